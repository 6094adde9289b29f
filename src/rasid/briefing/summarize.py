"""Extractive summaries of one article or a whole story, every sentence cited by span.

A sentence's worth combines three signals news summarisation research keeps finding:
  * position - reporters put the news first (lead bias), so early sentences score higher;
  * centrality - cosine between the sentence and the centroid of the input, over
    normalised, lightly stemmed content words weighted by tf-idf (MEAD-style);
  * cross-document support - for a story, a sentence several outlets carry is one the
    story is about.
A length prior damps fragments (bylines, captions, one-line headings).  Sentences are
then picked greedily by MMR (score minus similarity to what is already chosen) within the
word budget, and near-identical sentences from different articles are grouped first, so
a wire sentence printed by five outlets appears once, citing all five.
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass, field
from typing import NamedTuple, Sequence

import numpy as np
from scipy import sparse

from rasid.briefing.redundancy import group_near_duplicates, normalize_rows, similarity_matrix
from rasid.lang import all_tables
from rasid.model import Article, Sentence
from rasid.text.normalize import normalize, words
from rasid.text.sentences import split_sentences
from rasid.text.stem import stem


class Citation(NamedTuple):
    """Where a summary sentence comes from: ``article.text[start:end]`` of article ``article_id``."""

    article_id: str
    start: int
    end: int


@dataclass(slots=True)
class SummarySentence:
    text: str
    article_id: str
    start: int
    end: int
    supports: list[Citation] = field(default_factory=list)  # every article saying it, this one included
    score: float = 0.0

    @property
    def citation(self) -> Citation:
        return Citation(self.article_id, self.start, self.end)


@dataclass(frozen=True, slots=True)
class SummaryParams:
    """Weights of the sentence score and the selection thresholds.

    Defaults and how they were chosen are documented in ``rasid.eval.summarize``
    (light 5-fold cross-validated grid search on the EASC development half).
    """

    position_weight: float = 1.0
    position_decay: float = 0.5  # position score = 1 / (1 + index) ** decay
    centrality_weight: float = 1.0
    support_weight: float = 1.0
    short_sentence_words: int = 8  # below this many words the score shrinks linearly
    min_words: int = 4  # shorter pieces (datelines, captions) are never chosen while others exist
    redundancy_weight: float = 0.5  # MMR penalty on similarity to already chosen sentences
    duplicate_threshold: float = 0.7  # cosine at which two sentences say the same thing


DEFAULT_PARAMS = SummaryParams()


def summarize(
    articles: Sequence[Article],
    max_words: int = 100,
    params: SummaryParams = DEFAULT_PARAMS,
    fill: bool = False,
) -> list[SummarySentence]:
    """Summarise one article or several on the same story in at most ``max_words`` words.

    Returns sentences in reading order: by the publication time of the article they are
    quoted from, then by position in it.  With ``fill=True`` the last chosen sentence may
    run past the budget (for evaluations that cut every system at exactly N words); by
    default the total never exceeds ``max_words`` unless no single sentence fits, in which
    case the best sentence alone is returned rather than nothing.
    """
    units = _units(articles)
    if not units:
        return []
    vectors, idf = _tfidf([u.terms for u in units])
    centroid = _centroid(vectors, [u.article for u in units], len(articles))
    groups = group_near_duplicates(similarity_matrix(vectors), [u.article for u in units], params.duplicate_threshold)
    sources = _source_keys(articles)
    total_sources = len(set(sources))

    candidates = []
    for members in groups:
        group_vector = normalize_rows(sparse.csr_matrix(vectors[members].sum(axis=0)))
        lead = min(members, key=lambda m: units[m].position)
        backing = len({sources[units[m].article] for m in members})
        score = (
            params.position_weight / (1 + units[lead].position) ** params.position_decay
            + params.centrality_weight * float((group_vector @ centroid.T).toarray()[0, 0])
            + (params.support_weight * (backing - 1) / (total_sources - 1) if total_sources > 1 else 0.0)
        )
        length = max(units[m].n_words for m in members)
        score *= min(1.0, length / params.short_sentence_words)
        candidates.append(_Candidate(members, group_vector, score, length))

    chosen = _select(candidates, units, max_words, params, fill)
    return _render(chosen, units, articles)


# ---------------------------------------------------------------------------------------


@dataclass(slots=True)
class _Unit:
    article: int  # index into the input list
    position: int  # sentence index within its article
    start: int
    end: int
    n_words: int
    terms: Counter


@dataclass(slots=True)
class _Candidate:
    members: list[int]
    vector: sparse.csr_matrix
    score: float
    n_words: int


def _stopwords() -> frozenset[str]:
    return frozenset(normalize(w) for table in all_tables("summary_stopwords") for w in table.WORDS)


_STOPWORDS: frozenset[str] | None = None


def content_terms(text: str) -> Counter:
    """Stemmed, normalised content words of a sentence (function words dropped)."""
    global _STOPWORDS
    if _STOPWORDS is None:
        _STOPWORDS = _stopwords()
    return Counter(stem(w) for w in words(normalize(text)) if w not in _STOPWORDS and len(w) > 1)


def word_count(text: str) -> int:
    return len(words(normalize(text)))


def article_sentences(article: Article) -> list[Sentence]:
    return article.sentences or split_sentences(article.text)


def _units(articles: Sequence[Article]) -> list[_Unit]:
    units = []
    for a, article in enumerate(articles):
        for position, sentence in enumerate(article_sentences(article)):
            text = article.text[sentence.start : sentence.end]
            terms = content_terms(text)
            if terms:
                units.append(_Unit(a, position, sentence.start, sentence.end, word_count(text), terms))
    return units


def _tfidf(term_counts: list[Counter]) -> tuple[sparse.csr_matrix, dict[str, float]]:
    """Rows = sentences, L2-normalised; idf over the input's own sentences (smoothed)."""
    vocabulary: dict[str, int] = {}
    document_frequency: Counter = Counter()
    for terms in term_counts:
        document_frequency.update(terms.keys())
        for t in terms:
            vocabulary.setdefault(t, len(vocabulary))
    n = len(term_counts)
    idf = {t: math.log((1 + n) / (1 + df)) + 1.0 for t, df in document_frequency.items()}
    rows, cols, data = [], [], []
    for r, terms in enumerate(term_counts):
        for t, count in terms.items():
            rows.append(r)
            cols.append(vocabulary[t])
            data.append((1 + math.log(count)) * idf[t])
    matrix = sparse.csr_matrix((data, (rows, cols)), shape=(n, len(vocabulary)))
    return normalize_rows(matrix).tocsr(), idf


def _centroid(vectors: sparse.csr_matrix, owners: list[int], n_articles: int) -> sparse.csr_matrix:
    """Mean of per-article centroids, so a long article does not outweigh a short one."""
    owner_matrix = sparse.csr_matrix((np.ones(len(owners)), (owners, range(len(owners)))), shape=(n_articles, len(owners)))
    per_article = normalize_rows((owner_matrix @ vectors).tocsr())
    return normalize_rows(sparse.csr_matrix(per_article.sum(axis=0)))


def _source_keys(articles: Sequence[Article]) -> list[str]:
    """What counts as an independent voice: the outlet, else the article itself."""
    return [a.outlet or _article_id(a, i) for i, a in enumerate(articles)]


def _article_id(article: Article, index: int) -> str:
    return article.id or article.origin or str(index)


def _select(candidates: list[_Candidate], units: list[_Unit], max_words: int, params: SummaryParams, fill: bool) -> list[_Candidate]:
    eligible = [c for c in candidates if c.n_words >= params.min_words] or list(candidates)
    chosen: list[_Candidate] = []
    used = 0
    while eligible and used < max_words:
        best, best_value = None, -math.inf
        for c in eligible:
            if not fill and used + c.n_words > max_words:
                continue
            overlap = max((float((c.vector @ s.vector.T).toarray()[0, 0]) for s in chosen), default=0.0)
            if overlap >= params.duplicate_threshold:
                continue
            value = c.score - params.redundancy_weight * overlap
            if value > best_value:
                best, best_value = c, value
        if best is None:
            break
        chosen.append(best)
        eligible.remove(best)
        used += best.n_words
    if not chosen and eligible:  # nothing fits: one sentence is a better answer than none
        chosen.append(max(eligible, key=lambda c: c.score))
    return chosen


def _render(chosen: list[_Candidate], units: list[_Unit], articles: Sequence[Article]) -> list[SummarySentence]:
    def when(m: int) -> tuple:
        """Earliest publication first (undated last, in input order), then position in the article."""
        stamp = articles[units[m].article].published
        return (stamp is None, stamp or "", units[m].article, units[m].position)

    keyed = []
    for candidate in chosen:
        members = sorted(candidate.members, key=when)
        supports = [Citation(_article_id(articles[units[m].article], units[m].article), units[m].start, units[m].end)
                    for m in members]
        head = units[members[0]]  # quote the earliest outlet to carry it: the likely original
        text = articles[head.article].text[head.start : head.end]
        item = SummarySentence(text, supports[0].article_id, head.start, head.end, supports, round(candidate.score, 6))
        keyed.append((when(members[0]), item))
    return [item for _, item in sorted(keyed, key=lambda pair: pair[0])]
