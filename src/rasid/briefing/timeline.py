"""A story's timeline: dated happenings in order, each told by one source sentence and
backed by the sentences every outlet gave it.

The dates come from the sentences themselves (resolved time expressions), not from when
articles were published: an article printed on Thursday says the summit was "yesterday
(Wednesday)", and the timeline must put the summit on Wednesday.
"""

from __future__ import annotations

import math
from collections import Counter
from functools import lru_cache
from dataclasses import dataclass, field
from typing import Sequence

from rasid.briefing.summarize import Citation, content_terms
from rasid.briefing.summary_weights import _corpus_idf
from rasid.model import Article, Sentence

# Day-precise expressions (and ranges of days) place a happening; a bare month or year
# ("July 2000") is background, not an entry.
PLACING_GRANULARITIES = ("day", "range")
# Sentences this similar are telling the same happening.
SAME_HAPPENING = 0.25
# An undated sentence this similar to an entry's description supports it.
SUPPORTS = 0.45
MAX_ENTRIES = 12


@dataclass(slots=True)
class TimelineEntry:
    date: str  # ISO day, or "start/end" for a span of days
    description: str
    citation: Citation
    supports: list[Citation] = field(default_factory=list)  # one per article, the description's included
    outlets: list[str] = field(default_factory=list)
    score: float = 0.0


@dataclass(slots=True)
class _Dated:
    date: str
    article: int
    sentence: Sentence
    vector: dict[str, float]


@lru_cache(maxsize=200_000)
def _idf(term: str) -> float:
    return _corpus_idf(term) or 3.0


def _weights(terms: Counter) -> dict[str, float]:
    return {t: c * _idf(t) for t, c in terms.items()}


def term_vector(text: str) -> dict[str, float]:
    """Content words of a text weighted by how rare they are in news (for comparing texts)."""
    return _weights(content_terms(text))


def cosine(a: dict[str, float], b: dict[str, float]) -> float:
    if not a or not b:
        return 0.0
    dot = sum(w * b.get(t, 0.0) for t, w in a.items())
    return dot / (math.sqrt(sum(w * w for w in a.values())) * math.sqrt(sum(w * w for w in b.values())))


def _sentence_at(article: Article, offset: int) -> Sentence | None:
    for sentence in article.sentences:
        if sentence.start <= offset < sentence.end:
            return sentence
    return None


def _dated_sentences(articles: Sequence[Article], vectors: list[dict[int, dict[str, float]]]) -> list[_Dated]:
    found: dict[tuple[int, int, str], _Dated] = {}
    for index, article in enumerate(articles):
        for ref in article.timerefs:
            if ref.granularity not in PLACING_GRANULARITIES or not ref.value:
                continue
            sentence = _sentence_at(article, ref.start)
            if sentence is None:
                continue
            key = (index, sentence.start, ref.value)
            if key not in found:
                found[key] = _Dated(ref.value, index, sentence, vectors[index][sentence.start])
    return list(found.values())


def source_label(article: Article) -> str:
    from pathlib import PurePath

    return article.outlet or article.meta.get("byline_outlet") or PurePath(article.origin).name


def build_timeline(articles: Sequence[Article], max_entries: int = MAX_ENTRIES) -> list[TimelineEntry]:
    # Grouping is single-link in reading order: fix the order so the same story always
    # gives the same timeline, however its articles were fetched.
    articles = sorted(articles, key=lambda a: (a.published or "", a.id or a.origin))
    if not any(ref.value for article in articles for ref in article.timerefs):
        return []
    # Every sentence's weighted terms, once: they are compared many times below.
    sentence_vectors = [{s.start: _weights(content_terms(a.sentence_text(s))) for s in a.sentences} for a in articles]
    dated = _dated_sentences(articles, sentence_vectors)
    if not dated:
        return []
    story_terms: Counter = Counter()
    for article in articles:
        story_terms.update(content_terms(article.text))
    centroid = _weights(story_terms)
    vectors = [d.vector for d in dated]
    centrality = [cosine(v, centroid) for v in vectors]

    # Same date and similar wording: one happening.  Single link inside each date.
    groups: list[list[int]] = []
    for i, item in enumerate(dated):
        for group in groups:
            if dated[group[0]].date == item.date and any(cosine(vectors[i], vectors[j]) >= SAME_HAPPENING for j in group):
                group.append(i)
                break
        else:
            groups.append([i])

    # A sentence naming two days ("said on Monday that he will visit on 18-19 June") describes
    # the later one, the happening; the earlier is when it was told.
    latest_date: dict[tuple[int, int], str] = {}
    for d in dated:
        key = (d.article, d.sentence.start)
        latest_date[key] = max(latest_date.get(key, d.date), d.date)

    entries = []
    for group in groups:
        group = [i for i in group if latest_date[(dated[i].article, dated[i].sentence.start)] == dated[i].date]
        if not group:
            continue
        lead = max(group, key=lambda i: centrality[i])
        head = dated[lead]
        article = articles[head.article]
        citation = Citation(article.id, head.sentence.start, head.sentence.end)
        supports = {dated[i].article: Citation(articles[dated[i].article].id, dated[i].sentence.start, dated[i].sentence.end)
                    for i in sorted(group, key=lambda i: -centrality[i])}
        for index, other in enumerate(articles):
            if index in supports:
                continue
            best, best_score = None, SUPPORTS
            for sentence in other.sentences:
                score = cosine(vectors[lead], sentence_vectors[index][sentence.start])
                if score >= best_score:
                    best, best_score = sentence, score
            if best is not None:
                supports[index] = Citation(other.id, best.start, best.end)
        outlets = sorted({source_label(articles[i]) for i in supports})
        score = centrality[lead] * math.log(1 + len(supports))
        entries.append(TimelineEntry(head.date, article.sentence_text(head.sentence), citation,
                                     list(supports.values()), outlets, score))
    best = sorted(entries, key=lambda e: -e.score)[:max_entries]
    return sorted(best, key=lambda e: (e.date, -e.score))
