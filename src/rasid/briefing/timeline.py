"""A story's timeline: its dated events in order, each told by one source sentence and
backed by the sentence every outlet gave it.

The dates are the happenings' own, read from the sentences that tell them (resolved time
expressions, ``rasid.stories.happenings``), not from when articles were published: an
article printed on Thursday says the summit was "yesterday (Wednesday)", and the timeline
puts the summit on Wednesday.
"""

from __future__ import annotations

import math
from collections import Counter
from functools import lru_cache
from typing import Sequence

from rasid.briefing.summarize import content_terms
from rasid.briefing.summary_weights import _corpus_idf
from rasid.model import Article, Citation, TimelineEntry  # noqa: F401 - TimelineEntry re-exported


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


def source_label(article: Article) -> str:
    from pathlib import PurePath

    return article.outlet or article.meta.get("byline_outlet") or PurePath(article.origin).name


def timeline_from_events(events: Sequence, articles: Sequence[Article]) -> list[TimelineEntry]:
    """One entry per dated event, in date order: the happening's date, its title, the
    sentence that tells it and one supporting sentence per article (``rasid.stories.happenings``)."""
    texts = {a.id: a.text for a in articles}
    entries = []
    for event in events:
        if not event.date_start or not event.sentences:
            continue
        first = event.sentences[0]
        if first.article_id not in texts:
            continue
        supports: dict[str, Citation] = {}
        for s in event.sentences:
            supports.setdefault(s.article_id, Citation(s.article_id, s.start, s.end))
        single = event.date_start == event.date_end or not event.date_end
        entries.append(TimelineEntry(
            date=event.date_start if single else f"{event.date_start}/{event.date_end}",
            description=texts[first.article_id][first.start:first.end],
            citation=Citation(first.article_id, first.start, first.end), supports=list(supports.values()),
            outlets=sorted({s.outlet for s in event.sentences}), score=float(len(supports)), title=event.title,
            background=event.background, event_id=event.id))
    return sorted(entries, key=lambda e: (e.date, -e.score))
