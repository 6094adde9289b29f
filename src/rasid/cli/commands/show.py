"""``rasid show ID``: one article's clean text, metadata and every removed line with its reason."""

from __future__ import annotations

import json

from rasid.cli.common import add_command, workspace
from rasid.storage.codec import article_as_dict


def _show_command(args) -> int:
    with workspace(args) as ws:
        article = ws.article(args.id).article
    if args.json:
        print(json.dumps(article_as_dict(article), ensure_ascii=False, indent=1))
        return 0
    fields = [("id", article.id), ("origin", article.origin), ("url", article.url), ("outlet", article.outlet),
              ("title", article.title), ("author", article.author), ("dateline", article.dateline),
              ("published", (article.published or "") + (" (estimated)" if article.published_estimated else "")),
              ("language", article.language), ("credits", ", ".join(article.credits))]
    for name, value in fields:
        if value:
            print(f"{name + ':':<11}{value}")
    print("\n" + article.text + "\n")
    print(f"removed lines ({len(article.removed)}):")
    for line in article.removed:
        print(f"  {line.line_no:>4}  [{line.reason}]  {line.text}")
    return 0


def register(subparsers) -> None:
    parser = add_command(subparsers, "show", "show one article: clean text, metadata, removed lines")
    parser.add_argument("id", help="article id (a unique prefix is enough)")
    parser.add_argument("--json", action="store_true")
    parser.set_defaults(func=_show_command)
