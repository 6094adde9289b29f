"""Names learned from the unlabelled corpus (self-training): what the tagger and the span repairs find
across many SaudiNewsNet articles, kept where the evidence agrees.

One pass tags every article with the shipped CRF and ``refine`` and counts, per name (its normalised
words), how often it was tagged, with which type, in how many articles; and per word, how often it
was inside a name at all.  A second pass counts how often each such name occurs as plain words, so a
name's *tag rate* says whether the words are a name wherever they stand (عين اليوم, بوتين) or only
sometimes (الشباب: a club or the youth).  From these counts:

- **names**: seen tagged in several articles, with one type most of the time and tagged at most of
  their occurrences.  They teach the span repairs which words begin a name (so «لبوتين» splits off
  كيم) and are tagged where the CRF missed them in a text (a corpus-wide consistency pass);
- **common words**: frequent words almost never inside a name.  A mention made of nothing else
  («بجوار», «الدولة») is the tagger's mistake and is dropped;
- **rare names**: what the tagger tags now and then but almost never where the words stand
  («تحرير», «الناري»): a mention of them is the tagger's noise and is dropped.

Only the counts are shipped (``names.tsv.gz`` in the model folder), no article text.
"""

from __future__ import annotations

import gzip
import json
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from rasid.entities.ner.tokenize import tokenize
from rasid.entities.ner.words import norm

NAMES_FILE = "names.tsv.gz"
NAMES_META_FILE = "names.json"  # which days the counts were learned from
MAX_NAME_WORDS = 6
# What a learned name needs: tagged in this many articles, this share of its tags of one type, and
# tagged at this share of the places its words occur.
MIN_ARTICLES = 3
MIN_TYPE_SHARE = 0.8
MIN_TAG_RATE = 0.5
# Tagged names are written into texts where the tagger missed them only above this tag rate (one
# word: higher, since one word is more often also a common word).
FILL_TAG_RATE = 0.6
FILL_TAG_RATE_ONE_WORD = 0.75
FILL_MIN_ARTICLES = 5
# A common word: seen this often, inside a name at most this share of the time.
COMMON_MIN_SEEN = 30
COMMON_MAX_TAGGED = 0.05
# A rare name: seen this often, tagged at most this share of the places it stands.
RARE_MIN_SEEN = 20
RARE_MAX_TAG_RATE = 0.15
# A name filled in where the tagger missed it has at most this share of common words (a footer
# «ارسل رسالة sms تبدا» repeated on every page is tagged alike everywhere, and is no name).
FILL_MAX_COMMON_SHARE = 0.5


@dataclass
class CorpusNames:
    names: dict[tuple[str, ...], str]  # learned names -> type
    fill: dict[tuple[str, ...], str]  # the subset tagged where the tagger missed them
    common: frozenset[str]  # words that are (almost) never part of a name
    rare: frozenset[tuple[str, ...]] = frozenset()  # tagged now and then, almost never where they stand

    @classmethod
    def load(cls, path: str | Path) -> "CorpusNames":
        names: dict[tuple[str, ...], str] = {}
        fill: dict[tuple[str, ...], str] = {}
        common: set[str] = set()
        rare: set[tuple[str, ...]] = set()
        rows = []
        with gzip.open(path, "rt", encoding="utf-8") as lines:
            for line in lines:
                fields = line.rstrip("\n").split("\t")
                if fields[0] == "N":
                    rows.append(fields)
                elif fields[0] == "W":
                    _, word, tagged, seen = fields
                    if int(seen) >= COMMON_MIN_SEEN and int(tagged) <= COMMON_MAX_TAGGED * int(seen):
                        common.add(word)
        for _, kind, tagged, seen, articles, share, text in rows:
            key = tuple(text.split(" "))
            rate = int(tagged) / max(int(seen), int(tagged), 1)
            if int(seen) >= RARE_MIN_SEEN and rate <= RARE_MAX_TAG_RATE:
                rare.add(key)
            if int(articles) >= MIN_ARTICLES and float(share) >= MIN_TYPE_SHARE and rate >= MIN_TAG_RATE:
                names[key] = kind
                needed = FILL_TAG_RATE_ONE_WORD if len(key) == 1 else FILL_TAG_RATE
                plain = sum(w in common for w in key) <= FILL_MAX_COMMON_SHARE * len(key)
                if rate >= needed and int(articles) >= FILL_MIN_ARTICLES and plain and not any(
                        ch.isdigit() for ch in text):
                    fill[key] = kind
        return cls(names, fill, frozenset(common), frozenset(rare))


def _texts(folder: Path, exclude_days: set[str]) -> Iterator[str]:
    for path in sorted(folder.glob("*.json")):
        if path.stem in exclude_days:
            continue
        for record in json.loads(path.read_text(encoding="utf-8")):
            if isinstance(record, dict) and record.get("content"):
                yield record["content"]


def _tagged(texts: list[str], language: str):
    """(text, refined mentions) for a batch; module-level so worker processes can run it."""
    from rasid.entities.ner.refine import refine_mentions
    from rasid.entities.ner.tagger import name_book, tagger_for

    tagger = tagger_for(language)
    book = name_book(language, with_corpus=False)
    return [(text, refine_mentions(text, mentions, language, book, corpus=None))
            for text, mentions in zip(texts, tagger.tag_many(texts))]


def _batches(texts: Iterable[str], size: int = 200) -> Iterator[list[str]]:
    batch: list[str] = []
    for text in texts:
        batch.append(text)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def learn(folder: str | Path, out: str | Path, language: str = "ar", exclude_days: Iterable[str] = (),
          workers: int = 1, log=print) -> dict:
    """Count names and words over the corpus in ``folder`` (SaudiNewsNet day files) and write them."""
    import multiprocessing
    from functools import partial

    folder = Path(folder)
    excluded = set(exclude_days)
    name_types: dict[tuple[str, ...], Counter] = defaultdict(Counter)
    name_articles: Counter = Counter()
    word_seen: Counter = Counter()
    word_tagged: Counter = Counter()
    articles = 0
    job = partial(_tagged, language=language)
    pool = multiprocessing.get_context("fork").Pool(workers) if workers > 1 else None
    results = pool.imap(job, _batches(_texts(folder, excluded))) if pool else map(job, _batches(_texts(folder, excluded)))
    try:
        for batch in results:
            for text, mentions in batch:
                articles += 1
                spans = tokenize(text)
                inside = [False] * len(spans)
                starts = {s: i for i, (s, _) in enumerate(spans)}
                seen_here: set[tuple[str, ...]] = set()
                for m in mentions:
                    if m.type not in ("PERS", "LOC", "ORG"):
                        continue
                    key = tuple(norm(w) for w in _words(m.text))
                    if not key or len(key) > MAX_NAME_WORDS:
                        continue
                    name_types[key][m.type] += 1
                    seen_here.add(key)
                    i = starts.get(m.start)
                    while i is not None and i < len(spans) and spans[i][0] < m.end:
                        inside[i] = True
                        i += 1
                name_articles.update(seen_here)
                for (s, e), tagged in zip(spans, inside):
                    word = norm(text[s:e])
                    word_seen[word] += 1
                    if tagged:
                        word_tagged[word] += 1
            if articles % 5000 < 200:
                log(f"names: {articles} articles tagged")
    finally:
        if pool:
            pool.terminate()
    candidates = {k for k, n in name_articles.items() if n >= MIN_ARTICLES}
    occurrences = _count_occurrences(_texts(folder, excluded), candidates)
    with gzip.open(out, "wt", encoding="utf-8", compresslevel=9) as handle:
        for key in sorted(candidates):
            types = name_types[key]
            kind, count = types.most_common(1)[0]
            tagged = sum(types.values())
            handle.write(f"N\t{kind}\t{tagged}\t{occurrences[key]}\t{name_articles[key]}\t"
                         f"{count / tagged:.3f}\t{' '.join(key)}\n")
        for word, seen in sorted(word_seen.items()):
            if seen >= COMMON_MIN_SEEN:
                handle.write(f"W\t{word}\t{word_tagged[word]}\t{seen}\n")
    days = sorted(p.stem for p in folder.glob("*.json") if p.stem not in excluded)
    summary = {"articles": articles, "days": days, "candidate_names": len(candidates),
               "words": sum(1 for n in word_seen.values() if n >= COMMON_MIN_SEEN)}
    Path(out).with_name(NAMES_META_FILE).write_text(json.dumps(summary, ensure_ascii=False, indent=1), encoding="utf-8")
    return summary


def _words(text: str) -> list[str]:
    return [text[s:e] for s, e in tokenize(text)]


def _count_occurrences(texts: Iterable[str], keys: set[tuple[str, ...]]) -> Counter:
    """How often each key occurs as consecutive words (its first word with or without a glued
    clitic), anywhere in the corpus."""
    from rasid.entities.ner.refine import clitic_readings

    first: dict[str, list[tuple[str, ...]]] = defaultdict(list)
    for key in keys:
        first[key[0]].append(key)
    counts: Counter = Counter()
    for text in texts:
        words = [norm(text[s:e]) for s, e in tokenize(text)]
        for i, word in enumerate(words):
            for form in {word, *clitic_readings(word)}:
                for key in first.get(form, ()):
                    if tuple(words[i + 1:i + len(key)]) == key[1:]:
                        counts[key] += 1
    return counts
