"""``rasid run PATH...``: the main job: ingest, run every stage, print what was found."""

from __future__ import annotations

import sys

from rasid.cli.commands.ingest import add_ingest_options, print_report, run_ingest
from rasid.cli.common import add_command, progress
from rasid.executor.base import make_executor
from rasid.pipeline.stages import StageContext, run_stages
from rasid.storage.base import open_store


SHOWN_ARTICLES = 40
SHOWN_STORIES = 10


def _print_articles(store, out=sys.stdout) -> None:
    total = store.count_articles()
    print(f"## Articles ({total})" + (f", the latest {SHOWN_ARTICLES}" if total > SHOWN_ARTICLES else "") + "\n", file=out)
    print(f"{'id':<8}  {'date':<11}  {'lang':<4}  {'removed':>7}  {'outlet':<22}  title", file=out)
    ids = store.article_ids()[-SHOWN_ARTICLES:]
    for article in store.get_articles(ids):
        date = (article.published or "")[:10] + ("~" if article.published_estimated else "")
        print(f"{article.id[:8]:<8}  {date:<11}  {article.language or '?':<4}  {len(article.removed):>7}  "
              f"{(article.outlet or '-')[:22]:<22}  {article.title or '(untitled)'}", file=out)
    print("\n(~ marks a date estimated from the text)\n", file=out)


def _print_stories(store, out=sys.stdout) -> None:
    from rasid.briefing.brief import render_markdown, story_briefing

    stories = list(store.iter_documents("story"))
    print(f"## Stories ({len(stories)})\n", file=out)
    for doc in stories[:SHOWN_STORIES]:
        span = " – ".join(x for x in (doc.data.get("date_start"), doc.data.get("date_end")) if x) or "undated"
        print(f"{doc.id}  {doc.data['size']:>4} articles  {len(doc.data['events']):>3} events  {span:<23}  "
              f"{doc.data['title']}", file=out)
    if not stories:
        return
    briefing, articles = story_briefing(store, stories[0])
    print("\n" + render_markdown(briefing, articles), file=out)


def _run_command(args) -> int:
    with open_store(args.db) as store:
        report = run_ingest(args, store)
        print_report(report)
        with make_executor(args.executor, args.workers) as executor:
            for summary in run_stages(StageContext(store, executor, progress)):
                print(summary, file=sys.stderr)
        _print_articles(store)
        _print_stories(store)
    return report.exit_code


def register(subparsers) -> None:
    parser = add_command(subparsers, "run", "the main job: ingest PATHs, run every stage, print what was found")
    add_ingest_options(parser)
    parser.set_defaults(func=_run_command)
