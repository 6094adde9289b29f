"""``rasid run PATH...``: the main job: ingest, run every stage, print what was found."""

from __future__ import annotations

import sys

from rasid.cli.commands.ingest import IngestProgress, add_ingest_options, field_map_of, print_report
from rasid.cli.common import add_command, progress, workspace

SHOWN_ARTICLES = 40
SHOWN_STORIES = 10


def _print_articles(ws, out=sys.stdout) -> None:
    total = ws.count_articles()
    print(f"## Articles ({total})" + (f", the latest {SHOWN_ARTICLES}" if total > SHOWN_ARTICLES else "") + "\n", file=out)
    print(f"{'id':<8}  {'date':<11}  {'lang':<4}  {'removed':>7}  {'outlet':<22}  title", file=out)
    for a in reversed(ws.articles(limit=SHOWN_ARTICLES).articles):
        date = (a.published or "")[:10] + ("~" if a.published_estimated else "")
        print(f"{a.id[:8]:<8}  {date:<11}  {a.language or '?':<4}  {a.removed:>7}  "
              f"{(a.outlet or '-')[:22]:<22}  {a.title or '(untitled)'}", file=out)
    print("\n(~ marks a date estimated from the text)\n", file=out)


def _print_stories(ws, out=sys.stdout) -> None:
    from rasid.briefing.brief import render_markdown

    stories = ws.stories(limit=SHOWN_STORIES)
    print(f"## Stories ({ws.count_stories()})\n", file=out)
    for s in stories:
        span = " – ".join(x for x in (s.date_start, s.date_end) if x) or "undated"
        print(f"{s.id}  {s.size:>4} articles  {s.events:>3} events  {span:<23}  {s.title}", file=out)
    if not stories:
        return
    briefing, articles = ws.brief_with_articles(stories[0].id)
    print("\n" + render_markdown(briefing, articles), file=out)


def _run_command(args) -> int:
    field_map = field_map_of(args)
    shown = IngestProgress()
    with workspace(args) as ws:
        try:
            report = ws.run(args.paths, field_map, on_article=shown.article, on_failure=shown.failure,
                            on_ingested=lambda ingested: (shown.close(), print_report(ingested)),
                            on_stage=lambda line: print(line, file=sys.stderr), progress=progress)
        finally:
            shown.close()
        _print_articles(ws)
        _print_stories(ws)
    settings = args.settings
    print(f"Open the workspace: rasid serve --db {settings.db}  (then visit http://{settings.host}:{settings.port}/)")
    return report.exit_code


def register(subparsers) -> None:
    parser = add_command(subparsers, "run", "the main job: ingest PATHs, run every stage, print what was found")
    add_ingest_options(parser)
    parser.set_defaults(func=_run_command)
