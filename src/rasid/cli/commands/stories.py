"""``rasid stories`` (list), ``rasid story ID`` (events and copies) and ``rasid brief STORY``."""

from __future__ import annotations

import json

from rasid.cli.common import add_command
from rasid.errors import NotFound
from rasid.storage.base import open_store


def find_story(store, story_id: str):
    doc = store.get_document("story", story_id)
    if doc is None:
        matches = [d for d in store.iter_documents("story") if d.id.startswith(story_id)]
        if len(matches) == 1:
            doc = matches[0]
    if doc is None:
        raise NotFound(f"no story with id {story_id!r} (see: rasid stories)")
    return doc


def _stories_command(args) -> int:
    with open_store(args.db) as store:
        rows = [d for d in store.iter_documents("story")
                if not args.since or (d.data.get("date_end") or "") >= args.since]
    rows = [d for d in rows if d.data["size"] >= args.min_size][: args.limit]
    if args.json:
        print(json.dumps([{"id": d.id, **d.data, "article_ids": d.article_ids} for d in rows], ensure_ascii=False, indent=1))
        return 0
    if not rows:
        print("no stories")
    for d in rows:
        span = " – ".join(x for x in (d.data.get("date_start"), d.data.get("date_end")) if x) or "undated"
        outlets = ", ".join(d.data["outlets"][:4]) + (" …" if len(d.data["outlets"]) > 4 else "")
        print(f"{d.id}  {d.data['size']:>4} articles  {len(d.data['events']):>3} events  {span:<23}  {d.data['title']}")
        print(f"{'':18}sources: {outlets}")
    return 0


def _story_command(args) -> int:
    with open_store(args.db) as store:
        doc = find_story(store, args.id)
        articles = {a.id: a for a in store.get_articles(doc.article_ids)}
        copy_of: dict[str, tuple[str, str]] = {}
        for article_id in doc.article_ids:
            for group in store.iter_documents("copy_group", article_id=article_id):
                original = group.data["original_id"]
                for member, relation in group.data["members"].items():
                    if member != original:
                        copy_of[member] = (original, relation)
    if args.json:
        print(json.dumps({"id": doc.id, **doc.data, "article_ids": doc.article_ids,
                          "copies": {k: {"original_id": v[0], "relation": v[1]} for k, v in copy_of.items()}},
                         ensure_ascii=False, indent=1))
        return 0
    data = doc.data
    print(f"{data['title']}\nstory {doc.id} · {data['size']} articles · {', '.join(data['outlets'])}\n")

    def line(article_id: str, indent: str) -> None:
        a = articles.get(article_id)
        if a is None:
            return
        date = (a.published or "")[:10] + ("~" if a.published_estimated else "")
        print(f"{indent}{a.id[:8]}  {date:<11}  {a.outlet or a.meta.get('byline_outlet') or '-'}  {a.title or '(untitled)'}")
        for copy, (original, relation) in copy_of.items():
            if original == article_id and copy in articles:
                c = articles[copy]
                print(f"{indent}    └ {relation} copy {c.id[:8]}  {c.outlet or '-'}  {c.url or c.origin}")

    covered = set()
    for event in data["events"]:
        span = event["date_start"] if event["date_start"] == event["date_end"] else f"{event['date_start']} – {event['date_end']}"
        print(f"■ {span}  {event['title']}")
        for article_id in event["article_ids"]:
            if article_id not in copy_of:
                line(article_id, "    ")
            covered.add(article_id)
        print()
    rest = [a for a in doc.article_ids if a not in covered and a not in copy_of]
    if rest:
        print("■ not tied to a dated happening")
        for article_id in rest:
            line(article_id, "    ")
    return 0


def _brief_command(args) -> int:
    from rasid.briefing.brief import render_markdown, story_briefing

    with open_store(args.db) as store:
        briefing, articles = story_briefing(store, find_story(store, args.story))
    if args.format == "json":
        print(json.dumps(briefing.to_dict(), ensure_ascii=False, indent=1))
    else:
        print(render_markdown(briefing, articles), end="")
    return 0


def register(subparsers) -> None:
    parser = add_command(subparsers, "stories", "list stories: title, size, sources, date span")
    parser.add_argument("--since", metavar="DATE", help="only stories active on or after DATE (YYYY-MM-DD)")
    parser.add_argument("--min-size", type=int, default=1, help="only stories with at least this many articles")
    parser.add_argument("--limit", type=int, default=50)
    parser.add_argument("--json", action="store_true")
    parser.set_defaults(func=_stories_command)
    parser = add_command(subparsers, "story", "show one story grouped by event, syndicated copies under their original")
    parser.add_argument("id", help="story id (a unique prefix is enough)")
    parser.add_argument("--json", action="store_true")
    parser.set_defaults(func=_story_command)
    parser = add_command(subparsers, "brief", "a story's cited briefing: summary, timeline, quotes, sources, contradictions")
    parser.add_argument("story", help="story id (a unique prefix is enough)")
    parser.add_argument("--format", choices=("md", "json"), default="md")
    parser.set_defaults(func=_brief_command)
