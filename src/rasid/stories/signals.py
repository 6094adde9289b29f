"""Similarity signals between an incoming article and a story, combined as a weighted mean.

Each signal returns a value in [0, 1], or None when it has nothing to say (no dates, no
entities yet); the weights of silent signals drop out of the mean, so a stream without
dates or entity links is judged on what it has.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

import numpy as np

from rasid.stories.features import Features


class StoryView(Protocol):
    """What a signal may read about a story (kept minimal so signals stay cheap)."""

    size: int
    embedding_sum: np.ndarray
    tfidf_sum: dict[str, float]
    tfidf_norm: float
    specifics_sum: dict[str, float]
    specifics_norm: float
    first_day: object
    last_day: object
    entity_counts: dict[str, int]
    languages: dict[str, int]
    lead_sum: dict[str, float]
    lead_norm: float
    lead_term_counts: dict[str, int]
    title_name_counts: dict[str, int]
    happening_counts: dict


class Signal(Protocol):
    name: str
    weight: float
    content: bool  # False for signals (time) that say when, not what

    def score(self, doc: Features, story: StoryView) -> float | None: ...


def sparse_dot(small: dict[str, float], large: dict[str, float]) -> float:
    # Only the shared keys contribute; the set intersection of two key views runs in C
    # over the smaller side, where a Python loop over every article term was the hot spot
    # of clustering (one dot product per candidate story).
    return sum(small[k] * large[k] for k in small.keys() & large.keys())


def sparse_similarity(vector: dict[str, float], story_sum: dict[str, float], story_norm: float, story_size: int,
                      linkage: str) -> float:
    """Cosine of a unit ``vector`` with the story's normalised sum ("centroid"), or its mean
    cosine with the story's members ("average": the members' vectors are unit vectors too)."""
    return sparse_dot(vector, story_sum) / (story_size if linkage == "average" else story_norm)


def across_languages(doc: Features, story: StoryView) -> bool:
    """The article's language is not among the story's: its words (and names in another
    script: بوتين / Putin) cannot match, so word signals stay silent rather than score zero."""
    return bool(doc.language and story.languages and doc.language not in story.languages)


def lead_cosine(doc: Features, story: StoryView) -> float | None:
    """Mean cosine of the article's lead with the story members' leads (what ``LeadSignal``
    weighs and ``LeadGapSignal`` reads the shortfall of); None when a side has no lead or
    the two are in different languages."""
    if not doc.lead_tfidf or story.lead_norm == 0 or across_languages(doc, story):
        return None
    return sparse_dot(doc.lead_tfidf, story.lead_sum) / story.size


@dataclass(slots=True)
class EmbeddingSignal:
    """Cosine of the article's lead embedding with the story's mean embedding.

    USE scores unrelated news around ``floor`` (measured on random SaudiNewsNet pairs:
    see benchmarks/stories.py --calibrate), so the scale starts there.
    """

    weight: float = 0.1
    floor: float = 0.2
    name: str = "embedding"
    content: bool = True

    def score(self, doc: Features, story: StoryView) -> float | None:
        if doc.embedding is None:
            return None
        norm = float(np.linalg.norm(story.embedding_sum))
        if norm == 0:
            return None
        cosine = float(doc.embedding @ story.embedding_sum) / norm
        return max(0.0, (cosine - self.floor) / (1.0 - self.floor))


@dataclass(slots=True)
class TfidfSignal:
    """Cosine of the article's TF-IDF vector with the story's centroid (normalised sum)."""

    weight: float = 0.3
    # "centroid": cosine with the normalised sum; "average": mean cosine with the members
    # (average linkage).  The centroid of many loosely related reports is close to every
    # report of their kind, so centroid joins grew catch-alls on SaudiNewsNet (357 articles of
    # unrelated royal-court news in one "story"); the mean cosine stays low for those.
    linkage: str = "average"
    name: str = "tfidf"
    content: bool = True

    def score(self, doc: Features, story: StoryView) -> float | None:
        if not doc.tfidf or story.tfidf_norm == 0 or across_languages(doc, story):
            # Across languages the embedding (one space for Arabic and English) decides.
            return None
        return sparse_similarity(doc.tfidf, story.tfidf_sum, story.tfidf_norm, story.size, self.linkage)


@dataclass(slots=True)
class SpecificsSignal:
    """Cosine of the article's names and numbers with the story's (see rasid.stories.specifics).

    Two happenings of one kind share the topical words the TF-IDF signal weighs; they
    differ in who, where and how many.  Silent when either side has no specifics.
    """

    weight: float = 0.55
    # As for TfidfSignal: "centroid" or "average" (mean cosine with the members).  With the
    # Arabic NER's names as specifics, centroid joins gathered catch-alls around the names
    # all official news shares (`rasid run` on SaudiNewsNet: 9 stories over 200, the largest
    # 475); average linkage: none over 200, the largest 188.
    linkage: str = "average"
    name: str = "specifics"
    content: bool = True

    def score(self, doc: Features, story: StoryView) -> float | None:
        if not doc.specifics or story.specifics_norm == 0 or across_languages(doc, story):
            return None
        return sparse_similarity(doc.specifics, story.specifics_sum, story.specifics_norm, story.size, self.linkage)


@dataclass(slots=True)
class LeadSignal:
    """Mean cosine of the article's lead (headline and first words) with the story members'.

    The lead is where a report says who did what, where and when; the rest of a body
    recalls background any report of the topic shares.  On hand-labelled SaudiNewsNet pairs
    the lead's cosine told same-story pairs from others better than the whole body's (ROC
    area 0.83 against 0.78) or the embedding's (0.74).
    """

    weight: float = 0.45
    name: str = "lead"
    content: bool = True

    def score(self, doc: Features, story: StoryView) -> float | None:
        return lead_cosine(doc, story)


@dataclass(slots=True)
class LeadGapSignal:
    """The leads (headline and first words) share next to nothing: whatever names the two
    bodies share, the reports do not tell the same who-did-what.  Takes away in proportion
    to how far the lead's cosine falls under ``floor``; silent when a side has no lead.

    Strays joined on a shared name alone were the commonest false joins read on the pairs
    tuned on (gold/pairs/README.md): a landlords bill and Channel-tunnel crossings sharing
    Britain, two Hilal transfer items, a palace visit and a wheat festival sharing a region,
    each with lead cosine under 0.08 and specifics over 0.4.  On those pairs no labelled
    same-story pair had a lead cosine under 0.05, and only SAME_STORY ones (never
    SAME_EVENT) under 0.1."""

    weight: float = 0.3
    floor: float = 0.05
    name: str = "lead_gap"
    content: bool = False

    def score(self, doc: Features, story: StoryView) -> float | None:
        cosine = lead_cosine(doc, story)
        return None if cosine is None else min(1.0, cosine / self.floor)


def names_shared(doc, story: StoryView) -> bool:
    """A name of one side's headline is in the other side's lead."""
    return bool(doc.title_names & story.lead_term_counts.keys() or doc.lead_terms.keys() & story.title_name_counts.keys())


@dataclass(slots=True)
class TitleConflictSignal:
    """Both headlines name a subject (a name the article mentions) and neither subject is in
    the other side's lead: two reports of one kind about different subjects (the election
    centres of Najran and of Al-Baha, two weddings, two companies' results, congratulations
    to Niger and to Jamaica).  Takes away; silent when a headline names nothing.  Asking one
    of the names to be rare (IDF >= 3 or 5) changed nothing on the pairs tuned on but the
    precision of 2015-08-03/04 (0.823 -> 0.816 at 5) and missed two weddings of common
    family names."""

    # Nearly a veto: 0.6 takes a template pair (two weddings, same wording, other families)
    # below any threshold.  On the pairs tuned on, 0.2 -> 0.6 raised story precision
    # 0.946 -> 0.946 (07-25/26) and 0.823 -> 0.835 (08-03/04), recall 0.853 -> 0.860 / 0.797 -> 0.789.
    # Once groups that bridge two stories merge them (StoryConfig.merge_threshold), 0.6 -> 0.8
    # kept out more strays (08-03/04 story P 0.837 -> 0.844) and recall held (07-25/26 0.846
    # -> 0.853); 1.0 lost the 08-03/04 precision again (0.843) and event recall (0.713).
    weight: float = 0.8
    name: str = "title_conflict"
    content: bool = False

    def score(self, doc: Features, story: StoryView) -> float | None:
        if not doc.title_names or not story.title_name_counts or across_languages(doc, story):
            return None
        return 1.0 if names_shared(doc, story) else 0.0


@dataclass(slots=True)
class HappeningSignal:
    """The days the reports say their happenings are on ("اليوم", "أمس", a dateline in the
    lead) do not meet, and the headlines share no named subject: one kind of report on
    different days (two market sessions, two daily weather or health bulletins).  A
    storyline with a named subject (the battle for Al-Anad, day after day) is not
    penalised.  Takes away; silent when either side's lead dates nothing."""

    weight: float = 0.15
    name: str = "happening"
    content: bool = False
    # Between stories a shared named subject excuses different days (a storyline); inside a
    # story, grouping its events, it does not.
    exempt_named: bool = True

    def score(self, doc: Features, story: StoryView) -> float | None:
        days = doc.happenings if hasattr(doc, "happenings") else (frozenset((doc.happening,)) if doc.happening else frozenset())
        if not days or not story.happening_counts:
            return None
        if days & story.happening_counts.keys():
            return 1.0
        if self.exempt_named and doc.title_names and story.title_name_counts and names_shared(doc, story):
            return None
        return 0.0


@dataclass(slots=True)
class TimeSignal:
    """Closeness in days to the story's date span: 1 inside it, decaying outside."""

    # Subtracted in full when the gap is many times ``scale_days``.
    weight: float = 0.1
    scale_days: float = 7.0
    name: str = "time"
    content: bool = False

    def score(self, doc: Features, story: StoryView) -> float | None:
        if doc.day is None or story.first_day is None or story.last_day is None:
            return None
        if doc.day < story.first_day:
            gap = (story.first_day - doc.day).days
        elif doc.day > story.last_day:
            gap = (doc.day - story.last_day).days
        else:
            gap = 0
        return math.exp(-gap / self.scale_days)


@dataclass(slots=True)
class EntitySignal:
    """Share of the article's linked entities the story already mentions; silent without links."""

    weight: float = 0.25
    name: str = "entities"
    content: bool = True

    def score(self, doc: Features, story: StoryView) -> float | None:
        if not doc.entities or not story.entity_counts:
            return None
        return sum(1 for e in doc.entities if e in story.entity_counts) / len(doc.entities)


def default_signals() -> list[Signal]:
    return [EmbeddingSignal(), TfidfSignal(), SpecificsSignal(), LeadSignal(), TimeSignal(), EntitySignal(),
            TitleConflictSignal(), HappeningSignal(), LeadGapSignal()]


def combine(signals: Sequence[Signal], doc: Features, story: StoryView, content_only: bool = False) -> float:
    """Weighted mean of the content signals, minus each context signal's shortfall.

    Context signals (time) only take away: an article from the same day as a story is
    judged on content alone, one from a week later must say more to join.  So a stream
    with dates and one without (ECB+) share one threshold.
    """
    total = weight = 0.0
    penalty = 0.0
    for signal in signals:
        if content_only and not signal.content:
            continue
        value = signal.score(doc, story)
        if value is None:
            continue
        if signal.content:
            total += signal.weight * value
            weight += signal.weight
        else:
            penalty += signal.weight * (1.0 - value)
    return (total / weight if weight else 0.0) - penalty
