"""``rasid search QUERY``: ranked full-text search with highlighted snippets and filters."""

from __future__ import annotations

import json
import sys
from dataclasses import asdict

from rasid.cli.common import add_command, is_terminal, workspace
from rasid.errors import RasidError


def add_filter_options(parser) -> None:
    parser.add_argument("--outlet", help="only this outlet")
    parser.add_argument("--lang", dest="language", help="only this language (ar, en, ...)")
    parser.add_argument("--from", dest="date_from", metavar="DATE", help="published on or after (YYYY-MM-DD)")
    parser.add_argument("--to", dest="date_to", metavar="DATE", help="published on or before (YYYY-MM-DD)")


def _search_command(args) -> int:
    query = " ".join(args.query)
    if not query.strip():
        raise RasidError("give words to search for, e.g. rasid search بوتين")
    with workspace(args) as ws:
        hits = ws.search(query, outlet=args.outlet, language=args.language, date_from=args.date_from,
                         date_to=args.date_to, limit=args.limit, facets=False).hits
    if args.json:
        print(json.dumps([asdict(h) for h in hits], ensure_ascii=False, indent=1))
        return 0
    if not hits:
        print("no matches")
        return 0
    bold = ("\033[1m", "\033[0m") if is_terminal(sys.stdout) else ("**", "**")
    for hit in hits:
        snippet = "".join(f"{bold[0]}{piece}{bold[1]}" if matched else piece for piece, matched in hit.snippet_parts)
        print(f"{hit.article_id[:8]}  {(hit.published or '')[:10]}  {hit.outlet or '-'}  {hit.title or '(untitled)'}")
        print(f"    {snippet}\n")
    return 0


def register(subparsers) -> None:
    parser = add_command(subparsers, "search", "full-text search (spelling variants and light stemming included)")
    parser.add_argument("query", nargs="*", metavar="WORD",
                        help='words to find; "quoted words" must appear together; a word beginning with - is '
                             'searched for as it is (rasid search -x, or rasid search -- -x)')
    add_filter_options(parser)
    parser.add_argument("--limit", type=int, default=20)
    parser.add_argument("--json", action="store_true", help="print hits as JSON")
    parser.set_defaults(func=_search_command)
