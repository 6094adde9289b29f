"""``rasid stories`` (list), ``rasid story ID`` (events and copies) and ``rasid brief STORY``."""

from __future__ import annotations

import json

from rasid.cli.common import add_command, print_json, workspace
from rasid.records import to_data


def _span(start: str | None, end: str | None) -> str:
    return " – ".join(x for x in (start, end) if x) or "undated"


def _stories_command(args) -> int:
    with workspace(args) as ws:
        rows = ws.stories(sort=args.sort, limit=args.limit, since=args.since, min_size=args.min_size)
        if args.json:
            print_json([ws.story_record(s.id) for s in rows])
            return 0
    if not rows:
        print("no stories")
    for s in rows:
        outlets = ", ".join(s.outlets[:4]) + (" …" if len(s.outlets) > 4 else "")
        growth = f"  (+{s.recent} this week, {s.before} the week before)" if args.sort == "growth" else ""
        print(f"{s.id}  {s.size:>4} articles  {s.events:>3} events  {_span(s.date_start, s.date_end):<23}  {s.title}{growth}")
        print(f"{'':18}sources: {outlets}")
    return 0


def _story_command(args) -> int:
    with workspace(args) as ws:
        view = ws.story(args.id)
    story = view.story
    if args.json:
        print(json.dumps({**to_data(story), "copies": to_data(view.copies)}, ensure_ascii=False, indent=1))
        return 0
    print(f"{story.title}\nstory {story.id} · {story.size} articles · {', '.join(story.outlets)}\n")
    articles = {a.id: a for a in view.articles}

    def line(article_id: str, indent: str) -> None:
        a = articles.get(article_id)
        if a is None:
            return
        date = (a.published or "")[:10] + ("~" if a.published_estimated else "")
        print(f"{indent}{a.id[:8]}  {date:<11}  {a.source}  {a.title or '(untitled)'}")
        for copy, of in view.copies.items():
            if of.original_id == article_id and copy in articles:
                c = articles[copy]
                print(f"{indent}    └ {of.relation} copy {c.id[:8]}  {c.outlet or '-'}  {c.url or c.origin}")

    told = {entry.event_id: entry.description for entry in view.briefing.timeline}
    covered = set()
    for event in story.events:
        span = event.date_start if event.date_start == event.date_end else _span(event.date_start, event.date_end)
        mark = "  (background)" if event.background else ""
        print(f"■ {span}  {event.title}{mark}")
        where = "  ".join(x for x in (f"at {event.place}" if event.place else "",
                                       f"with {', '.join(event.participants)}" if event.participants else "") if x)
        if where:
            print(f"    {where}")
        for article_id in event.article_ids:
            if article_id not in view.copies:
                line(article_id, "    ")
            covered.add(article_id)
        if not event.article_ids and event.id in told:  # told in passing: the sentence that tells it
            first = event.sentences[0]
            print(f"    «{told[event.id].strip()[:200]}»  {first.outlet} · {first.article_id[:8]}")
        print()
    rest = [a for a in story.article_ids if a not in covered and a not in view.copies]
    if rest:
        print("■ not tied to a dated happening")
        for article_id in rest:
            line(article_id, "    ")
    return 0


def _brief_command(args) -> int:
    from rasid.briefing.brief import render_markdown

    with workspace(args) as ws:
        briefing, articles = ws.brief_with_articles(args.story)
    if args.format == "json":
        print_json(briefing)
    else:
        print(render_markdown(briefing, articles), end="")
    return 0


def register(subparsers) -> None:
    parser = add_command(subparsers, "stories", "list stories: title, size, sources, date span")
    parser.add_argument("--since", metavar="DATE", help="only stories active on or after DATE (YYYY-MM-DD)")
    parser.add_argument("--min-size", type=int, default=1, help="only stories with at least this many articles")
    parser.add_argument("--sort", choices=("size", "recent", "growth"), default="size",
                        help="largest first, newest first, or fastest growing over the database's latest week")
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
