"""``rasid run PATH...``: the main job: ingest, run every stage, print what was found."""

from __future__ import annotations

import sys

from rasid.cli.commands.ingest import add_ingest_options, print_report, run_ingest
from rasid.cli.common import add_command, progress
from rasid.executor.base import make_executor
from rasid.pipeline.stages import StageContext, run_stages
from rasid.storage.base import open_store


def _print_articles(store, out=sys.stdout) -> None:
    print(f"{'id':<8}  {'date':<10}  {'lang':<4}  {'removed':>7}  {'outlet':<22}  title", file=out)
    for article in store.iter_articles():
        date = (article.published or "")[:10] + ("~" if article.published_estimated else "")
        print(f"{article.id[:8]:<8}  {date:<10}  {article.language or '?':<4}  {len(article.removed):>7}  "
              f"{(article.outlet or '-')[:22]:<22}  {article.title or '(untitled)'}", file=out)


def _run_command(args) -> int:
    with open_store(args.db) as store:
        report = run_ingest(args, store)
        print_report(report)
        with make_executor(args.executor, args.workers) as executor:
            for summary in run_stages(StageContext(store, executor, progress)):
                print(summary, file=sys.stderr)
        _print_articles(store)
    return report.exit_code


def register(subparsers) -> None:
    parser = add_command(subparsers, "run", "the main job: ingest PATHs, run every stage, print what was found")
    add_ingest_options(parser)
    parser.set_defaults(func=_run_command)
