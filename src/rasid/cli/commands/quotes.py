"""``rasid quotes [--speaker NAME]``: who said what, across the database, each quote cited."""

from __future__ import annotations

from rasid.cli.common import add_command, print_json, workspace


def _quotes_command(args) -> int:
    with workspace(args) as ws:
        found = ws.quotes(speaker=args.speaker, story=args.story, entity=args.entity)
    if args.json:
        print_json(found)
        return 0
    if not found:
        print("no quotes" + (f" by {args.speaker}" if args.speaker else ""))
        return 0
    for q in found:
        relay = f" (via {q.relayed_by})" if q.relayed_by else ""
        print(f"{q.speaker or '(unattributed)'}{relay} [{q.kind}]  {(q.published or '')[:10]}  "
              f"{q.outlet or '-'}  {q.article_id[:8]}:{q.start}-{q.end}")
        print(f"    {q.text}\n")
    return 0


def register(subparsers) -> None:
    parser = add_command(subparsers, "quotes", "list quotes with their speakers and sources")
    parser.add_argument("--speaker", help="only quotes by this speaker (any spelling of the name)")
    parser.add_argument("--story", help="only quotes from this story")
    parser.add_argument("--entity", help="only quotes said by this entity (id or any spelling)")
    parser.add_argument("--json", action="store_true")
    parser.set_defaults(func=_quotes_command)
