"""``rasid entities`` (by salience) and ``rasid entity NAME`` (aliases, mentions in context, articles)."""

from __future__ import annotations

from rasid.cli.common import add_command, print_json, workspace
from rasid.records import to_data

CONTEXT = 60


def _entities_command(args) -> int:
    with workspace(args) as ws:
        rows = ws.entities(type=args.type, story=args.story, limit=args.limit)
    if args.json:
        print_json([{**to_data(entity, exclude=("article_ids",)), "articles": count} for entity, count in rows])
        return 0
    for entity, count in rows:
        aliases = ", ".join(f"{a} ×{n}" for a, n in list(entity.aliases.items())[:4])
        print(f"{entity.id}  {entity.type:<4}  {entity.salience:>8.1f}  {count:>4} articles  "
              f"{entity.name}  ({aliases})")
    return 0


def _entity_command(args) -> int:
    with workspace(args) as ws:
        if args.json:
            print_json(ws.entity_record(args.name))
            return 0
        view = ws.entity(args.name)
        articles = ws.articles(entity=view.entity.id, limit=min(500, max(1, args.articles))).articles
        texts = {a.id: ws.article(a.id).article for a in articles} if args.contexts else {}
    entity = view.entity
    print(f"{entity.name}  [{entity.type}]  id {entity.id}")
    print("aliases: " + ", ".join(f"{a} ×{n}" for a, n in entity.aliases.items()))
    if entity.story_ids:
        print("stories: " + ", ".join(entity.story_ids))
    if view.co_occurring:
        print("appears with: " + ", ".join(f"{e.name} ({n})" for e, n in view.co_occurring[:8]))
    shown = f", the latest {len(articles)}" if view.articles > len(articles) else ""
    print(f"\narticles ({view.articles}{shown}):")
    for summary in articles:
        print(f"  {summary.id[:8]}  {(summary.published or '')[:10]:<10}  {summary.outlet or '-'}  "
              f"{summary.title or '(untitled)'}")
        article = texts.get(summary.id)
        for m in [m for m in (article.mentions if article else []) if m.entity_id == entity.id][: args.contexts]:
            left = article.text[max(0, m.start - CONTEXT): m.start].replace("\n", " ")
            right = article.text[m.end: m.end + CONTEXT].replace("\n", " ")
            print(f"      …{left}[{article.text[m.start:m.end]}]{right}…")
    return 0


def register(subparsers) -> None:
    parser = add_command(subparsers, "entities", "list people, organisations and places by salience")
    parser.add_argument("--type", choices=("PERS", "LOC", "ORG", "MISC", "pers", "loc", "org", "misc"))
    parser.add_argument("--story", help="only entities of this story")
    parser.add_argument("--limit", type=int, default=50)
    parser.add_argument("--json", action="store_true")
    parser.set_defaults(func=_entities_command)
    parser = add_command(subparsers, "entity", "show one entity: aliases, mentions in context, articles")
    parser.add_argument("name", help="any spelling of the name, or the entity id")
    parser.add_argument("--contexts", type=int, default=3, help="mentions shown per article")
    parser.add_argument("--articles", type=int, default=50, help="articles shown, newest first (50)")
    parser.add_argument("--json", action="store_true")
    parser.set_defaults(func=_entity_command)
