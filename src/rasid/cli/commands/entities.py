"""``rasid entities`` (by salience) and ``rasid entity NAME`` (aliases, mentions in context, articles)."""

from __future__ import annotations

import json

from rasid.cli.common import add_command
from rasid.entities.names import name_key
from rasid.errors import NotFound
from rasid.storage.base import open_store
from rasid.text.normalize import normalize

CONTEXT = 60


def _entities_command(args) -> int:
    with open_store(args.db) as store:
        allowed = None
        if args.story:
            story = store.get_document("story", args.story)
            if story is None:
                raise NotFound(f"no story with id {args.story!r}")
            allowed = set(story.article_ids)
        rows = []
        for doc in store.iter_documents("entity"):
            if args.type and doc.data["type"] != args.type.upper():
                continue
            if allowed is not None and not allowed & set(doc.article_ids):
                continue
            rows.append(doc)
            if len(rows) >= args.limit:
                break
    if args.json:
        print(json.dumps([{**d.data, "article_ids": d.article_ids} for d in rows], ensure_ascii=False, indent=1))
        return 0
    for doc in rows:
        aliases = ", ".join(f"{a} ×{n}" for a, n in list(doc.data["aliases"].items())[:4])
        print(f"{doc.id}  {doc.data['type']:<4}  {doc.data['salience']:>8.1f}  {len(doc.article_ids):>4} articles  "
              f"{doc.data['name']}  ({aliases})")
    return 0


def find_entity(store, name: str):
    """By id, by name key (any spelling), or by a normalised substring of a name or alias."""
    doc = store.get_document("entity", name)
    if doc:
        return doc
    key, wanted = name_key(name), normalize(name)
    partial = None
    for doc in store.iter_documents("entity"):
        aliases = [doc.data["name"], *doc.data["aliases"]]
        if any(name_key(a) == key for a in aliases):
            return doc
        if partial is None and any(wanted in normalize(a) for a in aliases):
            partial = doc
    return partial


def _entity_command(args) -> int:
    with open_store(args.db) as store:
        doc = find_entity(store, args.name)
        if doc is None:
            raise NotFound(f"no entity named {args.name!r}")
        articles = store.get_articles(doc.article_ids)
    if args.json:
        print(json.dumps({**doc.data, "article_ids": doc.article_ids}, ensure_ascii=False, indent=1))
        return 0
    data = doc.data
    print(f"{data['name']}  [{data['type']}]  id {doc.id}")
    print("aliases: " + ", ".join(f"{a} ×{n}" for a, n in data["aliases"].items()))
    if data.get("story_ids"):
        print("stories: " + ", ".join(data["story_ids"]))
    print(f"\narticles ({len(articles)}):")
    for article in articles:
        print(f"  {article.id[:8]}  {(article.published or '')[:10]:<10}  {article.outlet or '-'}  {article.title or '(untitled)'}")
        for m in [m for m in article.mentions if m.entity_id == doc.id][: args.contexts]:
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
    parser.add_argument("--json", action="store_true")
    parser.set_defaults(func=_entity_command)
