"""``rasid eval dumps DIR``: cleaning measured on full-page text dumps with every line labelled.

``DIR/labels.json`` labels each line of ``DIR/<page>.txt`` B (article body), C (site chrome),
M (the article's own metadata: kept or lifted, either is fine) or T (the <title> line), and may
give each page's ``meta``: URL, headline, author and the publication date(s) accepted as right.
``--meta FILE`` supplies that ``meta`` for a folder whose labels lack it (``../shared/data/dumps``:
``gold/dumps/shared-meta.json``).

The pages go through the cleaning step together, as one input would (so repetition across a
site's pages counts), with their URL when known, as a WET record carries one; then through the
date step, which estimates a date for pages the cleaner left undated.  A line counts as kept when
the clean text holds it (all of it, or what is left once a glued byline or caption is cut off).
Reported: body lines lost, chrome lines kept as a share of all chrome, and per page whether the
headline, the byline and the publication date are right; a date counts as wrong only when given
at confidence 0.5 or more (a guess flagged as a guess misleads no one).
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from rasid.errors import RasidError

CONFIDENT = 0.5
# A date the cleaner read off a date line or the URL is the page's own statement.
PAGE_DATE_CONFIDENCE = 0.95


def register(subparsers) -> None:
    p = subparsers.add_parser("dumps", help="cleaning of full-page text dumps with labelled lines")
    p.add_argument("dir", type=Path, help="folder of <page>.txt files and their labels.json")
    p.add_argument("--meta", type=Path, help="JSON with a 'meta' object per page (headline, author, date, url)")
    p.add_argument("--split", default="all", help="only pages of this split (dev, held-out); default all")
    p.add_argument("--no-url", action="store_true", help="clean the pages without their URL (as lynx -dump gives them)")
    p.add_argument("--html", type=Path, metavar="HTML_DIR",
                   help="ingest <page>.html from this folder instead of the dump (the HTML path: trafilatura, "
                        "the second extractor, then the cleaner); body and chrome lines are then found by their text")
    p.add_argument("--verbose", action="store_true", help="list every body line lost and chrome line kept")
    p.add_argument("--json", action="store_true", help="print the figures as JSON")
    p.set_defaults(func=run)


@dataclass
class PageResult:
    page: str
    split: str
    body: int = 0
    body_lost: list[str] = field(default_factory=list)
    chrome: int = 0
    chrome_kept: list[str] = field(default_factory=list)
    title: str | None = None
    title_right: bool | None = None
    author: str | None = None
    author_right: bool | None = None
    date: str | None = None
    date_confidence: float | None = None
    date_right: bool | None = None
    date_wrong_confident: bool = False


def kept_line_numbers(raw: str, text: str) -> set[int]:
    """Line numbers (1-based) of ``raw`` that the clean ``text`` keeps.

    The clean text is pieces of raw lines, in line order, joined by newlines: each piece is
    matched to the first later line that it equals, or of which it is the long part left once
    a glued byline, caption or tag list was cut (20 characters or more, at either end)."""
    lines = [ln.strip() for ln in raw.split("\n")]
    kept: set[int] = set()
    i = 0
    for piece in text.split("\n"):
        piece = piece.strip()
        if not piece:
            continue
        for j in range(i, len(lines)):
            line = lines[j]
            if line == piece or (len(piece) >= 20 and (line.startswith(piece) or line.endswith(piece))):
                kept.add(j + 1)
                i = j + 1
                break
    return kept


def _load(folder: Path, meta_file: Path | None) -> tuple[dict, dict]:
    labels_path = folder / "labels.json"
    if not labels_path.is_file():
        raise RasidError(f"no labels.json in {folder}")
    try:
        data = json.loads(labels_path.read_text(encoding="utf-8"))
        meta = dict(data.get("meta") or {})
        if meta_file is not None:
            meta.update(json.loads(meta_file.read_text(encoding="utf-8")).get("meta") or {})
    except (OSError, json.JSONDecodeError) as exc:
        raise RasidError(f"cannot read the labels: {exc}") from None
    return data["labels"], meta


def _flat(text: str) -> str:
    return " ".join(text.split())


def kept_in_text(lines: list[str], text: str) -> set[int]:
    """For output that is not made of the dump's lines (the HTML path): a line (1-based) is kept
    when the clean text holds it, whitespace aside, as a whole line or, for lines of 20 characters
    and more, anywhere; or when a clean line of 20 characters or more is the line's start or end
    (what is left once a glued dateline, byline or caption was lifted, as on the dump path)."""
    flat = _flat(text)
    clean_lines = {_flat(ln) for ln in text.split("\n")}
    long_pieces = [c for c in clean_lines if len(c) >= 20]
    kept = set()
    for no, line in enumerate(lines, start=1):
        line = _flat(line)
        if line and (line in clean_lines or (len(line) >= 20 and line in flat)
                     or any(line.startswith(c) or line.endswith(c) for c in long_pieces)):
            kept.add(no)
    return kept


def _same(found: str | None, expected: str | None) -> bool:
    from rasid.clean.phrases import line_key

    if expected is None:
        return found is None
    return found is not None and line_key(found) == line_key(expected)


def evaluate(folder: Path, meta_file: Path | None = None, split: str = "all", use_url: bool = True,
             html: Path | None = None) -> list[PageResult]:
    from rasid.clean import clean_articles
    from rasid.ingest.html import html_article
    from rasid.model import Article
    from rasid.temporal.step import annotate_time

    labels, meta = _load(folder, meta_file)
    pages = [p for p in sorted(labels) if split == "all" or (meta.get(p) or {}).get("split", "dev") == split]
    if not pages:
        raise RasidError(f"no pages of split {split!r} in {folder}")
    articles = []
    for page in pages:
        path = folder / f"{page}.txt"
        try:
            raw = path.read_text(encoding="utf-8")
        except OSError as exc:
            raise RasidError(f"{path}: {exc}") from None
        info = meta.get(page) or {}
        url = info.get("url") if use_url else None
        if html is not None:
            page_html = html / f"{page}.html"
            if not page_html.is_file():
                raise RasidError(f"no {page_html}: fetch it from {(info.get('source') or {}).get('repo', 'its test suite')}")
            article = html_article(page_html.read_bytes(), origin=str(page_html), source_format="html", url=url)
            article.meta["dump"] = raw
            articles.append(article)
        else:
            articles.append(Article(origin=str(path), raw_text=raw, url=url))
    cleaned = [annotate_time(a) for a in clean_articles(articles)]

    results = []
    for page, article in zip(pages, cleaned):
        info = meta.get(page) or {}
        if html is not None:
            lines = article.meta.pop("dump").split("\n")
            kept = kept_in_text(lines, article.text)
        else:
            lines = article.raw_text.split("\n")
            kept = kept_line_numbers(article.raw_text, article.text)
        r = PageResult(page, info.get("split", "dev"))
        for no, label in labels[page].items():
            line = lines[int(no) - 1].strip()
            if label == "B":
                r.body += 1
                if int(no) not in kept:
                    r.body_lost.append(line)
            elif label == "C":
                r.chrome += 1
                if int(no) in kept:
                    r.chrome_kept.append(line)
        r.title, r.author = article.title, article.author
        if "title" in info:
            r.title_right = _same(article.title, info["title"])
        if "author" in info:
            r.author_right = _same(article.author, info["author"])
        r.date = (article.published or "")[:10] or None
        if article.published_estimated:
            r.date_confidence = (article.meta.get("published_estimate") or {}).get("confidence")
        elif article.published:
            r.date_confidence = (article.meta.get("date_evidence") or {}).get("confidence", PAGE_DATE_CONFIDENCE)
        if "date" in info:
            accepted = info["date"] if isinstance(info["date"], list) else [info["date"]]
            r.date_right = r.date in accepted
            r.date_wrong_confident = (r.date is not None and not r.date_right
                                      and (r.date_confidence or 0) >= CONFIDENT)
        results.append(r)
    return results


def summary(results: list[PageResult]) -> dict:
    c: Counter = Counter()
    for r in results:
        c["pages"] += 1
        c["body_lines"] += r.body
        c["body_lost"] += len(r.body_lost)
        c["chrome_lines"] += r.chrome
        c["chrome_kept"] += len(r.chrome_kept)
        for what in ("title", "author", "date"):
            right = getattr(r, f"{what}_right")
            if right is not None:
                c[f"{what}_labelled"] += 1
                c[f"{what}_right"] += right
        c["date_wrong_confident"] += r.date_wrong_confident
    out = dict(c)
    out["chrome_kept_share"] = round(c["chrome_kept"] / c["chrome_lines"], 4) if c["chrome_lines"] else None
    return out


def _mark(flag: bool | None) -> str:
    return "-" if flag is None else ("ok" if flag else "WRONG")


def run(args) -> int:
    results = evaluate(args.dir, args.meta, args.split, use_url=not args.no_url, html=args.html)
    total = summary(results)
    if args.json:
        print(json.dumps({"summary": total, "pages": [r.__dict__ for r in results]}, ensure_ascii=False, indent=1))
        return 0
    for r in results:
        print(f"{r.page:<20} {r.split:<9} body lost {len(r.body_lost):>2}/{r.body:<3} chrome kept "
              f"{len(r.chrome_kept):>3}/{r.chrome:<4} title {_mark(r.title_right):<5} byline {_mark(r.author_right):<5} "
              f"date {_mark(r.date_right):<5} {r.date or '':<10} {'' if r.date_confidence is None else r.date_confidence}")
        if args.verbose:
            for what, value in (("title", r.title), ("byline", r.author)):
                print(f"    {what}: {value}")
            for line in r.body_lost:
                print(f"    body lost:   {line[:110]}")
            for line in r.chrome_kept:
                print(f"    chrome kept: {line[:110]}")
    share = total["chrome_kept_share"]
    print(f"\npages {total['pages']}: body lines lost {total['body_lost']} of {total['body_lines']}; chrome lines kept "
          f"{total['chrome_kept']} of {total['chrome_lines']} ({share:.1%}); title right {total.get('title_right', 0)} of "
          f"{total.get('title_labelled', 0)}; byline right {total.get('author_right', 0)} of {total.get('author_labelled', 0)}; "
          f"date right {total.get('date_right', 0)} of {total.get('date_labelled', 0)}, wrong at confidence >= "
          f"{CONFIDENT}: {total.get('date_wrong_confident', 0)}")
    return 0
