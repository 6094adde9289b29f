"""``rasid eval annotations GOLD``: names, quotes and dates against hand-annotated articles.

GOLD is a JSONL file (or a folder of them) in the format and under the metric definitions of
``../shared/data/gold/README.md``: one SaudiNewsNet article a line, named by ``url``, with every
entity (type, surfaces), quote (speaker, snippet) and time expression (text, resolved value).
The articles are found in the SaudiNewsNet day files and run through the main job into a fresh
database (or read from ``--db``), then scored:

- entity recall: gold entities one of whose surfaces some PERS/LOC/ORG mention of the article
  equals (partial: shares a word with);
- mention precision: the article's distinct PERS/LOC/ORG mention strings that equal a gold
  surface; the others are *cut* (lie inside one), *glued* (hold a gold surface and more words)
  or *junk* (no gold surface inside or around them); type accuracy over the exact ones;
- attributed-quote recall: gold quotes some system quote contains (the snippet's first four
  words) with the right speaker (the system speaker or its entity's name equals, contains or
  lies inside the gold speaker or its surface); speaker precision: system quotes with a
  speaker whose speaker is right for a gold quote they contain;
- time-value recall: gold expressions with a value that a system time reference overlapping
  them resolves to; time-value precision: system references with a value that overlap a gold
  expression and resolve to its value.  A value is the stretch of days it covers, however it is
  written (2011/2013 is 2011-01-01/2013-12-31, 2015-W30 is 2015-07-20/2015-07-26); Hijri dates
  may be a day off at either end.

Strings are compared as words after matching normalisation; a clitic (و ف ب ل ك, لل for ال)
glued to a system mention's first word is forgiven.
"""

from __future__ import annotations

import json
import sys
import tempfile
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from rasid.entities.names import without_clitic
from rasid.errors import RasidError
from rasid.eval.gold import read_jsonl
from rasid.eval.mainjob import DEFAULT_DAYS_DIR, find_records, run_main_job
from rasid.model import Article, Quote, TimeRef
from rasid.text.normalize import normalize, words

NAME_TYPES = ("PERS", "LOC", "ORG")
SNIPPET_WORDS = 4
HIJRI_SLACK_DAYS = 1


def _gold_article(record: dict, file: Path, line_no: int) -> dict:
    if not isinstance(record.get("url"), str):
        raise ValueError("no url")
    for part in ("entities", "quotes", "times"):
        if not isinstance(record.get(part, []), list):
            raise ValueError(f"{part} is not a list")
    return record


def load_gold(path: Path) -> list[dict]:
    """Gold records of a JSONL file, or of every ``*.jsonl`` in a folder (in name order)."""
    if not path.exists():
        raise RasidError(f"{path}: no such file or folder")
    files = sorted(path.glob("*.jsonl")) if path.is_dir() else [path]
    if not files:
        raise RasidError(f"{path}: no .jsonl gold files")
    records = read_jsonl(files, _gold_article, "a gold article record")
    if not records:
        raise RasidError(f"{path}: no gold articles")
    return records


# -- matching ---------------------------------------------------------------------------------

def _words(text: str) -> tuple[str, ...]:
    return tuple(words(normalize(text or "")))


def _readings(text: str) -> list[tuple[str, ...]]:
    """The mention's words, and the same with a clitic glued to the first word taken off."""
    found = _words(text)
    if not found:
        return []
    return [(first, *found[1:]) for first in dict.fromkeys(without_clitic(found[0]))]


def _inside(needle: tuple[str, ...], haystack: tuple[str, ...]) -> bool:
    n = len(needle)
    return 0 < n <= len(haystack) and any(haystack[i:i + n] == needle for i in range(len(haystack) - n + 1))


def _related(a: str, b: str) -> bool:
    """Equal, or one inside the other, as runs of words."""
    x, y = _words(a), _words(b)
    return bool(x and y) and (x == y or _inside(x, y) or _inside(y, x))


def _snippet_key(snippet: str) -> tuple[str, ...]:
    return _words(snippet)[:SNIPPET_WORDS]


def _bounds(value: str) -> tuple[date, date] | None:
    """First and last day a value covers: 2015, 2015-07, 2015-07-26, 2015-W30 or START/END of those."""
    parts = value.split("/")
    if len(parts) > 2:
        return None
    try:
        ends = [_day_range(p) for p in parts]
    except ValueError:
        return None
    return ends[0][0], ends[-1][1]


def _day_range(part: str) -> tuple[date, date]:
    if "-W" in part:
        year, week = part.split("-W")
        monday = date.fromisocalendar(int(year), int(week), 1)
        return monday, date.fromordinal(monday.toordinal() + 6)
    pieces = [int(p) for p in part.split("-")]
    if len(pieces) == 3:
        day = date(*pieces)
        return day, day
    if len(pieces) == 2:
        first = date(pieces[0], pieces[1], 1)
        following = date(pieces[0] + pieces[1] // 12, pieces[1] % 12 + 1, 1)
        return first, date.fromordinal(following.toordinal() - 1)
    if len(pieces) == 1:
        return date(pieces[0], 1, 1), date(pieces[0], 12, 31)
    raise ValueError(part)


def _same_value(system: str, gold: str, hijri: bool) -> bool:
    """The same stretch of days, however written (2011/2013 is 2011-01-01/2013-12-31); a Hijri
    date's ends may be a day off (the tabular and Umm al-Qura calendars differ by one)."""
    if system == gold:
        return True
    a, b = _bounds(system), _bounds(gold)
    if a is None or b is None:
        return False
    slack = HIJRI_SLACK_DAYS if hijri else 0
    return all(abs((x - y).days) <= slack for x, y in zip(a, b))


def _occurrences(text: str, needle: str) -> list[tuple[int, int]]:
    spans, at = [], text.find(needle) if needle else -1
    while at >= 0:
        spans.append((at, at + len(needle)))
        at = text.find(needle, at + 1)
    return spans


def _overlaps(ref: TimeRef, spans: list[tuple[int, int]], gold_text: str) -> bool:
    """The reference overlaps a place the gold expression is written (or, where the clean text
    writes it otherwise, shares a word with it)."""
    if spans:
        return any(ref.start < end and start < ref.end for start, end in spans)
    return bool(set(_words(ref.text)) & set(_words(gold_text)))


# -- scoring ----------------------------------------------------------------------------------

@dataclass
class Tally:
    counts: Counter = field(default_factory=Counter)
    errors: list[str] = field(default_factory=list)

    def add(self, other: "Tally") -> None:
        self.counts.update(other.counts)
        self.errors.extend(other.errors)


def score_article(gold: dict, article: Article, entity_names: dict[str, str]) -> Tally:
    tally = Tally()
    label = f"[{gold.get('article', '?')}] "
    _score_entities(gold, article, tally, label)
    _score_quotes(gold, article, entity_names, tally, label)
    _score_times(gold, article, tally, label)
    return tally


def _score_entities(gold: dict, article: Article, tally: Tally, label: str) -> None:
    c = tally.counts
    mentions = [m for m in article.mentions if m.type in NAME_TYPES]
    readings = {m.text: _readings(m.text) for m in mentions}
    surfaces: dict[tuple[str, ...], str] = {}
    for entity in gold.get("entities", []):
        forms = [_words(s) for s in entity["surfaces"]]
        for form in forms:
            surfaces.setdefault(form, entity["type"])
        c["gold_entities"] += 1
        exact = any(r in forms for m in mentions for r in readings[m.text])
        partial = exact or any(set(r) & set(f) for m in mentions for r in readings[m.text] for f in forms)
        c["entities_found"] += exact
        c["entities_found_partial"] += partial
        if not exact:
            tally.errors.append(f"{label}missed {entity['type']} {entity['name']}")
    distinct: dict[str, str] = {}
    for m in mentions:
        distinct.setdefault(m.text, m.type)
    for text, kind in distinct.items():
        c["mentions"] += 1
        rs = readings[text]
        hit = next((r for r in rs if r in surfaces), None)
        if hit is not None:
            c["mentions_exact"] += 1
            c["types_right"] += surfaces[hit] == kind
            if surfaces[hit] != kind:
                tally.errors.append(f"{label}type {kind} for {surfaces[hit]} {text}")
            continue
        # A piece of a longer name is cut even when the piece is itself a surface of it (كيم جونغ
        # of كيم جونغ أون, whose short form كيم is a surface too).
        if any(_inside(r, s) for r in rs for s in surfaces):
            verdict = "cut"
        elif any(_inside(s, r) for r in rs for s in surfaces):
            verdict = "glued"
        else:
            verdict = "junk"
        c["mentions_" + verdict] += 1
        tally.errors.append(f"{label}{verdict} {kind} {text}")


def _speaker_right(quote: Quote, gold_quote: dict, entity_names: dict[str, str]) -> bool:
    said = [quote.speaker, entity_names.get(quote.speaker_entity_id or "")]
    truth = [gold_quote.get("speaker"), gold_quote.get("speaker_surface")]
    return any(s and t and _related(s, t) for s in said for t in truth)


def _score_quotes(gold: dict, article: Article, entity_names: dict[str, str], tally: Tally, label: str) -> None:
    c = tally.counts
    quote_words = [_words(q.text) for q in article.quotes]
    gold_quotes = gold.get("quotes", [])
    keys = [_snippet_key(g["snippet"]) for g in gold_quotes]
    for gq, key in zip(gold_quotes, keys):
        c["gold_quotes"] += 1
        found = [q for q, w in zip(article.quotes, quote_words) if _inside(key, w)]
        c["quotes_found"] += bool(found)
        right = any(_speaker_right(q, gq, entity_names) for q in found)
        c["quotes_attributed"] += right
        if not right:
            said = ", ".join(sorted({q.speaker or "-" for q in found})) if found else "no quote"
            tally.errors.append(f"{label}quote of {gq['speaker']} «{gq['snippet']}»: {said}")
    for q, w in zip(article.quotes, quote_words):
        if not q.speaker:
            continue
        c["system_quotes_with_speaker"] += 1
        matched = [gq for gq, key in zip(gold_quotes, keys) if _inside(key, w)]
        right = any(_speaker_right(q, gq, entity_names) for gq in matched)
        c["speakers_right"] += right
        if not right:
            truth = ", ".join(gq["speaker"] for gq in matched) or "no gold quote"
            tally.errors.append(f"{label}speaker {q.speaker} for «{' '.join(w[:6])}» (gold: {truth})")


def _score_times(gold: dict, article: Article, tally: Tally, label: str) -> None:
    c = tally.counts
    gold_times = gold.get("times", [])
    spans = [_occurrences(article.text, g["text"]) for g in gold_times]
    refs = [r for r in article.timerefs if r.value]
    for gt, where in zip(gold_times, spans):
        if gt.get("value") is None:
            continue
        c["gold_times_with_value"] += 1
        right = any(_overlaps(r, where, gt["text"]) and _same_value(r.value, gt["value"], r.calendar == "hijri")
                    for r in refs)
        c["times_found"] += right
        if not right:
            got = ", ".join(f"{r.text}={r.value}" for r in refs if _overlaps(r, where, gt["text"])) or "nothing"
            tally.errors.append(f"{label}time «{gt['text']}» = {gt['value']}: {got}")
    for r in refs:
        c["system_times_with_value"] += 1
        right = any(gt.get("value") and _overlaps(r, where, gt["text"])
                    and _same_value(r.value, gt["value"], r.calendar == "hijri")
                    for gt, where in zip(gold_times, spans))
        c["times_right"] += right
        if not right:
            truth = ", ".join(f"«{gt['text']}»={gt['value']}" for gt, where in zip(gold_times, spans)
                              if _overlaps(r, where, gt["text"])) or "no gold expression"
            tally.errors.append(f"{label}time «{r.text}» = {r.value} (gold: {truth})")


def _ratio(a: int, b: int) -> float | None:
    return round(a / b, 4) if b else None


def summarize(counts: Counter, articles: int) -> dict:
    c = counts
    return {
        "articles": articles,
        "gold_entities": c["gold_entities"],
        "entity_recall": _ratio(c["entities_found"], c["gold_entities"]),
        "entity_recall_partial": _ratio(c["entities_found_partial"], c["gold_entities"]),
        "mentions": c["mentions"],
        "mention_precision": _ratio(c["mentions_exact"], c["mentions"]),
        "junk": _ratio(c["mentions_junk"], c["mentions"]),
        "glued": _ratio(c["mentions_glued"], c["mentions"]),
        "cut": _ratio(c["mentions_cut"], c["mentions"]),
        "type_accuracy": _ratio(c["types_right"], c["mentions_exact"]),
        "gold_quotes": c["gold_quotes"],
        "quote_found": _ratio(c["quotes_found"], c["gold_quotes"]),
        "attributed_quote_recall": _ratio(c["quotes_attributed"], c["gold_quotes"]),
        "system_quotes_with_speaker": c["system_quotes_with_speaker"],
        "speaker_precision": _ratio(c["speakers_right"], c["system_quotes_with_speaker"]),
        "gold_times_with_value": c["gold_times_with_value"],
        "time_value_recall": _ratio(c["times_found"], c["gold_times_with_value"]),
        "system_times_with_value": c["system_times_with_value"],
        "time_value_precision": _ratio(c["times_right"], c["system_times_with_value"]),
    }


def _stored_articles(db: str, urls: list[str]) -> tuple[dict[str, Article], dict[str, str]]:
    from rasid.storage.base import open_store

    wanted = set(urls)
    by_url: dict[str, Article] = {}
    with open_store(db) as store:
        for article in store.iter_articles():
            if article.url in wanted and article.url not in by_url:
                by_url[article.url] = article
        names = {doc.id: doc.data.get("name", "") for doc in store.iter_documents("entity")}
    return by_url, names


def evaluate(gold_path: Path, db: str | None = None, days_dir: Path = DEFAULT_DAYS_DIR) -> tuple[dict, Tally]:
    gold = load_gold(gold_path)
    urls = [g["url"] for g in gold]
    if db is None:
        records = find_records(urls, days_dir, [g["day"] for g in gold if g.get("day")])
        missing = [u for u in urls if u not in records]
        if missing:
            raise RasidError(f"{len(missing)} gold articles are in no day file of {days_dir}, e.g. {missing[0]}")
        with tempfile.TemporaryDirectory(prefix="rasid-eval-") as folder:
            db_path = run_main_job([records[u] for u in dict.fromkeys(urls)], Path(folder))
            articles, names = _stored_articles(str(db_path), urls)
    else:
        articles, names = _stored_articles(db, urls)
    missing = [u for u in urls if u not in articles]
    if missing:
        raise RasidError(f"{len(missing)} gold articles are not in the database, e.g. {missing[0]}")
    total = Tally()
    for record in gold:
        total.add(score_article(record, articles[record["url"]], names))
    return summarize(total.counts, len(gold)), total


_ROWS = (
    ("entity recall", "entity_recall", "gold_entities"), ("  partial", "entity_recall_partial", None),
    ("mention precision", "mention_precision", "mentions"), ("  junk", "junk", None), ("  glued", "glued", None),
    ("  cut", "cut", None), ("type accuracy", "type_accuracy", None),
    ("quote found", "quote_found", "gold_quotes"), ("attributed-quote recall", "attributed_quote_recall", None),
    ("speaker precision", "speaker_precision", "system_quotes_with_speaker"),
    ("time-value recall", "time_value_recall", "gold_times_with_value"),
    ("time-value precision", "time_value_precision", "system_times_with_value"),
)


def _run(args) -> int:
    result, tally = evaluate(Path(args.gold), args.db, Path(args.data))
    if args.errors:
        for line in tally.errors:
            print(line, file=sys.stderr)
    if args.json:
        print(json.dumps(result, ensure_ascii=False))
        return 0
    print(f"{result['articles']} articles")
    for title, key, support in _ROWS:
        value = result[key]
        shown = "-" if value is None else f"{value:.3f}"
        print(f"{title:<26}{shown:>7}" + (f"   of {result[support]}" if support else ""))
    return 0


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "annotations", help="names, quotes and dates against hand-annotated SaudiNewsNet articles",
        description="Runs the main job on the gold articles (found by url in the SaudiNewsNet day files) "
                    "into a fresh database, or reads --db, and scores entities, mentions, quotes and time "
                    "expressions as ../shared/data/gold/README.md defines.")
    parser.add_argument("gold", help="gold JSONL file or folder, e.g. ../shared/data/gold/articles_dev.jsonl")
    parser.add_argument("--db", help="score the articles stored in this database instead of running the main job")
    parser.add_argument("--data", default=str(DEFAULT_DAYS_DIR), help="folder of SaudiNewsNet YYYY-MM-DD.json day files")
    parser.add_argument("--errors", action="store_true", help="list every miss and wrong answer on stderr")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.set_defaults(func=_run)
