"""A story's timeline: dated happenings in order, each told by one source sentence and
backed by the sentences every outlet gave it.

The dates come from the sentences themselves (resolved time expressions), not from when
articles were published: an article printed on Thursday says the summit was "yesterday
(Wednesday)", and the timeline must put the summit on Wednesday.
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from typing import Sequence

import numpy as np

from rasid.briefing.summarize import content_terms
from rasid.briefing.summary_weights import _corpus_idf
from rasid.model import Article, Citation, Sentence, TimelineEntry  # noqa: F401 - TimelineEntry re-exported

# Day-precise expressions (and ranges of days) place a happening; a bare month or year
# ("July 2000") is background, not an entry.
PLACING_GRANULARITIES = ("day", "range")
# Sentences this similar are telling the same happening.
SAME_HAPPENING = 0.25
# An undated sentence this similar to an entry's description supports it.
SUPPORTS = 0.45
MAX_ENTRIES = 12


@dataclass(slots=True)
class _Dated:
    date: str
    article: int
    sentence: Sentence


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


def _dated_sentences(articles: Sequence[Article]) -> list[_Dated]:
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
                found[key] = _Dated(ref.value, index, sentence)
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
    dated = _dated_sentences(articles)
    if not dated:
        return []
    story_terms: Counter = Counter()
    for article in articles:
        story_terms.update(content_terms(article.text))
    # Every sentence's weighted terms as a row of one sparse matrix of unit vectors: a story
    # of hundreds of articles compares every dated sentence with every other and with every
    # sentence of the story, which one cosine at a time (dicts) took seconds per story.
    rows = [(index, sentence) for index, article in enumerate(articles) for sentence in article.sentences]
    space = _VectorSpace([_weights(content_terms(articles[i].sentence_text(s))) for i, s in rows]
                         + [_weights(story_terms)])
    sentences = space.matrix[: len(rows)]
    row_of = {(index, sentence.start): row for row, (index, sentence) in enumerate(rows)}
    dated_matrix = sentences[[row_of[(d.article, d.sentence.start)] for d in dated]]
    # Rounded: copies of one sentence must tie exactly, whatever order their terms were summed in.
    centrality = np.round((dated_matrix @ space.matrix[-1].T).toarray().ravel(), 9)
    among_dated = (dated_matrix @ dated_matrix.T).toarray()

    # Same date and similar wording: one happening.  Single link inside each date.
    groups: list[list[int]] = []
    for i, item in enumerate(dated):
        for group in groups:
            if dated[group[0]].date == item.date and among_dated[i, group].max() >= SAME_HAPPENING:
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

    kept = [[i for i in group if latest_date[(dated[i].article, dated[i].sentence.start)] == dated[i].date] for group in groups]
    kept = [group for group in kept if group]
    leads = [max(group, key=lambda i: centrality[i]) for group in kept]
    to_sentences = (dated_matrix[leads] @ sentences.T).tocsr() if leads else None
    entries = []
    for row, (group, lead) in enumerate(zip(kept, leads)):
        head = dated[lead]
        article = articles[head.article]
        citation = Citation(article.id, head.sentence.start, head.sentence.end)
        supports = {dated[i].article: Citation(articles[dated[i].article].id, dated[i].sentence.start, dated[i].sentence.end)
                    for i in sorted(group, key=lambda i: -centrality[i])}
        # Every other article lends its sentence closest to the lead (the later one on a tie).
        best: dict[int, tuple[float, Sentence]] = {}
        line = to_sentences[row]
        for column, score in sorted(zip(line.indices.tolist(), line.data.tolist())):
            index, sentence = rows[column]
            if index in supports or score < SUPPORTS:
                continue
            if index not in best or score >= best[index][0]:
                best[index] = (score, sentence)
        for index in sorted(best):
            sentence = best[index][1]
            supports[index] = Citation(articles[index].id, sentence.start, sentence.end)
        outlets = sorted({source_label(articles[i]) for i in supports})
        score = centrality[lead] * math.log(1 + len(supports))
        entries.append(TimelineEntry(head.date, article.sentence_text(head.sentence), citation,
                                     list(supports.values()), outlets, score))
    best_entries = sorted(entries, key=lambda e: -e.score)[:max_entries]
    return sorted(best_entries, key=lambda e: (e.date, -e.score))


class _VectorSpace:
    """Term-weight dicts as the rows of a CSR matrix, each scaled to unit length."""

    def __init__(self, vectors: list[dict[str, float]]):
        from scipy.sparse import csr_matrix

        vocabulary: dict[str, int] = {}
        indptr, indices, data = [0], [], []
        for vector in vectors:
            norm = math.sqrt(sum(w * w for w in vector.values())) or 1.0
            for term, weight in vector.items():
                indices.append(vocabulary.setdefault(term, len(vocabulary)))
                data.append(weight / norm)
            indptr.append(len(indices))
        self.matrix = csr_matrix((data, indices, indptr), shape=(len(vectors), max(1, len(vocabulary))))
