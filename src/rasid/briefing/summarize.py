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

from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from typing import Sequence

import numpy as np
from scipy import sparse

from rasid.briefing.redundancy import group_near_duplicates
from rasid.briefing.summary_weights import TermWeights, normalize_rows
from rasid.briefing.summary_sentences import summary_sentences
from rasid.lang import all_tables
from rasid.model import Article, Citation, SummarySentence  # noqa: F401 - re-exported: the records live in the model
from rasid.text.normalize import normalize, words
from rasid.text.stem import stem


@dataclass(frozen=True, slots=True)
class SummaryParams:
    """Weights of the sentence score and the selection thresholds.

    The defaults are round numbers set by reasoning, not fitted: position and centrality
    count equally (as in MEAD); relative position was added after a look at the EASC
    development half showed it the strongest single predictor of which sentences people
    keep.  About a dozen variants and a cross-validated grid (``rasid eval summarize
    --cv``) moved ROUGE by less than half a point, so nothing was tuned further.
    """

    position_weight: float = 1.0
    position_decay: float = 0.5  # position score = 1 / (1 + index) ** decay
    relative_position_weight: float = 1.0  # plus weight * (1 - index / sentences in the article)
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
    # A fixed order, so ties break the same way however the articles were fetched.
    articles = sorted(articles, key=lambda a: (a.published or "", a.id or a.origin))
    units = _units(articles)
    if not units:
        return []
    weights = TermWeights([u.terms for u in units])
    vectors = weights.matrix([u.terms for u in units])
    centroid = _centroid(vectors, [u.article for u in units], len(articles))
    groups = group_near_duplicates(vectors, [u.article for u in units], params.duplicate_threshold)
    sources = _source_keys(articles)
    total_sources = len(set(sources))

    group_vectors = normalize_rows(_indicator([g for g, members in enumerate(groups) for _ in members],
                                              [m for members in groups for m in members], len(groups)) @ vectors)
    centrality = (group_vectors @ centroid.T).toarray().ravel()

    candidates = []
    for g, members in enumerate(groups):
        lead = min(members, key=lambda m: units[m].position)
        backing = len({sources[units[m].article] for m in members})
        score = (
            params.position_weight / (1 + units[lead].position) ** params.position_decay
            + params.relative_position_weight * (1 - units[lead].position / units[lead].article_sentences)
            + params.centrality_weight * float(centrality[g])
            + (params.support_weight * (backing - 1) / (total_sources - 1) if total_sources > 1 else 0.0)
        )
        length = units[members[0]].n_words
        score *= min(1.0, length / params.short_sentence_words)
        candidates.append(_Candidate(members, score, length))

    chosen = _select(candidates, group_vectors, max_words, params, fill)
    return _render(chosen, units, articles)


# ---------------------------------------------------------------------------------------


@dataclass(slots=True)
class _Unit:
    article: int  # index into the input list
    position: int  # sentence index within its article
    article_sentences: int  # how many sentences that article has
    start: int
    end: int
    n_words: int
    terms: Counter


@dataclass(slots=True)
class _Candidate:
    members: list[int]
    score: float
    n_words: int


@lru_cache(maxsize=1)
def stopwords() -> frozenset[str]:
    """Function words of every supported language, normalised (they never collide across scripts)."""
    return frozenset(normalize(w) for table in all_tables("summary_stopwords") for w in table.WORDS)


def content_terms(text: str) -> Counter:
    """Stemmed, normalised content words of a sentence (function words and single letters dropped)."""
    skip = stopwords()
    return Counter(stem(w) for w in words(normalize(text)) if w not in skip and len(w) > 1)


def word_count(text: str) -> int:
    return len(words(normalize(text)))


def _units(articles: Sequence[Article]) -> list[_Unit]:
    units = []
    for a, article in enumerate(articles):
        sentences = summary_sentences(article)
        for position, sentence in enumerate(sentences):
            text = article.text[sentence.start : sentence.end]
            terms = content_terms(text)
            if terms:
                units.append(_Unit(a, position, len(sentences), sentence.start, sentence.end, word_count(text), terms))
    return units


def _centroid(vectors: sparse.csr_matrix, owners: list[int], n_articles: int) -> sparse.csr_matrix:
    """Mean of per-article centroids, so a long article does not outweigh a short one."""
    per_article = normalize_rows(_indicator(owners, list(range(len(owners))), n_articles) @ vectors)
    return normalize_rows(sparse.csr_matrix(per_article.sum(axis=0)))


def _indicator(rows: list[int], cols: list[int], n_rows: int) -> sparse.csr_matrix:
    """0/1 matrix putting sentence ``cols[i]`` into row ``rows[i]`` (a group, an article)."""
    return sparse.csr_matrix((np.ones(len(cols)), (rows, cols)), shape=(n_rows, len(cols)))


def _source_keys(articles: Sequence[Article]) -> list[str]:
    """What counts as an independent voice: the outlet, else the article itself."""
    return [a.outlet or _article_id(a, i) for i, a in enumerate(articles)]


def _article_id(article: Article, index: int) -> str:
    return article.id or article.origin or str(index)


def _select(candidates: list[_Candidate], vectors: sparse.csr_matrix, max_words: int, params: SummaryParams,
            fill: bool) -> list[_Candidate]:
    """Greedy MMR within the budget: best score minus similarity to what is already chosen."""
    if not candidates:
        return []
    scores = np.array([c.score for c in candidates])
    lengths = np.array([c.n_words for c in candidates])
    open_ = lengths >= params.min_words
    if not open_.any():
        open_ = np.ones(len(candidates), dtype=bool)
    redundancy = np.zeros(len(candidates))  # max similarity to any chosen candidate
    chosen: list[int] = []
    used = 0
    while used < max_words:
        allowed = open_ & (redundancy < params.duplicate_threshold)
        if not fill:
            allowed &= used + lengths <= max_words
        if not allowed.any():
            break
        value = np.where(allowed, scores - params.redundancy_weight * redundancy, -np.inf)
        best = int(np.argmax(value))
        chosen.append(best)
        open_[best] = False
        used += int(lengths[best])
        redundancy = np.maximum(redundancy, (vectors @ vectors[best].T).toarray().ravel())
    if not chosen:  # nothing fits: one sentence is a better answer than none
        chosen.append(int(np.argmax(np.where(open_, scores, -np.inf))))
    return [candidates[i] for i in chosen]


def _render(chosen: list[_Candidate], units: list[_Unit], articles: Sequence[Article]) -> list[SummarySentence]:
    def when(m: int) -> tuple:
        """Earliest publication first (undated last, in input order), then position in the article."""
        stamp = articles[units[m].article].published
        return (stamp is None, stamp or "", units[m].article, units[m].position)

    keyed = []
    for rank, candidate in enumerate(chosen):
        members = sorted(candidate.members, key=when)
        supports = [Citation(_article_id(articles[units[m].article], units[m].article), units[m].start, units[m].end)
                    for m in members]
        head = units[members[0]]  # quote the earliest outlet to carry it: the likely original
        text = articles[head.article].text[head.start : head.end]
        item = SummarySentence(text, supports[0].article_id, head.start, head.end, supports, round(candidate.score, 6), rank)
        keyed.append((when(members[0]), item))
    return [item for _, item in sorted(keyed, key=lambda pair: pair[0])]
