"""``rasid quotes [--speaker NAME]``: who said what, across the database, each quote cited."""

from __future__ import annotations

import json

from rasid.cli.common import add_command
from rasid.quotes.listing import iter_quote_records
from rasid.storage.base import open_store


def _quotes_command(args) -> int:
    with open_store(args.db) as store:
        records = list(iter_quote_records(store, speaker=args.speaker, story_id=args.story))
    if args.json:
        print(json.dumps(records, ensure_ascii=False, indent=1))
        return 0
    if not records:
        print("no quotes" + (f" by {args.speaker}" if args.speaker else ""))
        return 0
    for r in records:
        relay = f" (via {r['relayed_by']})" if r["relayed_by"] else ""
        print(f"{r['speaker'] or '(unattributed)'}{relay} [{r['kind']}]  {(r['published'] or '')[:10]}  "
              f"{r['outlet'] or '-'}  {r['article_id'][:8]}:{r['start']}-{r['end']}")
        print(f"    {r['text']}\n")
    return 0


def register(subparsers) -> None:
    parser = add_command(subparsers, "quotes", "list quotes with their speakers and sources")
    parser.add_argument("--speaker", help="only quotes by this speaker (any spelling of the name)")
    parser.add_argument("--story", help="only quotes from this story")
    parser.add_argument("--json", action="store_true")
    parser.set_defaults(func=_quotes_command)
