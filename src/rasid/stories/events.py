"""Events inside a story: the reports of one happening, grouped.

A story about Kim and Putin holds the Vostochny summit, the aircraft-plant visit two
days later and a visit to Pyongyang nine months later.  Reports of one happening share
its lead (who did what, where) and its day.  So the members of a story are grouped by the
story's own pairwise signals (average linkage, ``rasid.stories.pairwise``) with two more
that take away: the days the leads give for their happenings do not meet ("اليوم" in a
report of the 13th against "اليوم" in one of the 15th), and the reports came out days
apart.  Inside one story the shared subject does not excuse a different day, as it does
between stories (``HappeningSignal.exempt_named``).

Measured on the hand-labelled pairs of 2015-07-25/26 and 2015-08-03/04 (the days tuned on,
see gold/pairs/README.md); what the events of a story are made of (titles, places,
participants, sentences, background happenings) is ``rasid.stories.happenings``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

import numpy as np


@dataclass(slots=True)
class EventConfig:
    # Average-linkage cut: reports of one happening are on average this similar.
    threshold: float = 0.3
    # Taken away when the leads' days differ (whatever the names shared) ...
    happening_weight: float = 0.3
    # ... and for reports published far apart (weight, and the gap in days that costs it ~63 %).
    gap_weight: float = 0.2
    gap_days: float = 2.0
    # Reports published more than this many days apart are never one happening's.
    max_gap_days: int = 3
    # A report whose day is unknown joins a dated one's happening on content this much
    # stronger only (the sample's summit report, dated to its month, is as close in content
    # to the plant visit two days later, which recaps it, as to the summit's own reports).
    undated_penalty: float = 0.15
    # Terms every member uses name the story, not one of its happenings: inside a story each
    # term can be weighed again by log(1 + members / members using it) (``_local``).  With
    # dates the days tell happenings apart better: on the pairs tuned on, the local IDF cost
    # event recall 0.75 -> 0.68 (2015-07-25/26) at no gain in precision.  Without dates it
    # is what separates the sample's June 2024 visit from the September 2023 summit.
    local_idf: bool = False
    local_idf_undated: bool = True
    # Beyond this many members, events are grouped on consecutive blocks (cost grows with the square).
    block: int = 400


def event_signals(story_signals: Sequence, config: EventConfig) -> list:
    """The story's signals made stricter for telling happenings apart."""
    from rasid.stories.signals import HappeningSignal, TimeSignal

    signals = []
    for signal in story_signals:
        if isinstance(signal, HappeningSignal):
            signal = replace(signal, weight=config.happening_weight, exempt_named=False)
        elif isinstance(signal, TimeSignal):
            signal = replace(signal, weight=config.gap_weight, scale_days=config.gap_days)
        signals.append(signal)
    return signals


_LOCAL_VECTORS = ("tfidf", "lead_tfidf", "specifics")


def _local(views: Sequence) -> list:
    """Copies of the views with their term vectors weighed by the story-local IDF."""
    import math
    from collections import Counter
    from copy import copy

    n = len(views)
    weighed = [copy(v) for v in views]
    for attribute in _LOCAL_VECTORS:
        df: Counter[str] = Counter()
        for v in views:
            df.update(getattr(v, attribute).keys())
        for v, w in zip(views, weighed):
            vector = {t: x * math.log(1.0 + n / df[t]) for t, x in getattr(v, attribute).items()}
            norm = math.sqrt(sum(x * x for x in vector.values())) or 1.0
            setattr(w, attribute, {t: x / norm for t, x in vector.items()})
    return weighed


def group_events(members: Sequence, story_signals: Sequence, config: EventConfig) -> list[list[int]]:
    """Partition member indices (views with the clusterer's per-article vectors) into
    events, each list sorted, events in order of their first member."""
    from rasid.stories.pairwise import average_linkage_groups, similarity_matrix

    if not members:
        return []
    signals = event_signals(story_signals, config)
    groups: list[list[int]] = []
    for start in range(0, len(members), config.block):
        block = list(range(start, min(len(members), start + config.block)))
        if len(block) == 1:
            groups.append(block)
            continue
        views = [members[i] for i in block]
        undated = sum(1 for v in views if v.day is None) * 2 >= len(views)
        if config.local_idf or (config.local_idf_undated and undated):
            views = _local(views)
        similarity = similarity_matrix(signals, views)
        ordinals = np.array([v.day.toordinal() if v.day else np.nan for v in views])
        with np.errstate(invalid="ignore"):
            apart = np.abs(ordinals[:, None] - ordinals[None, :]) > config.max_gap_days
        similarity[apart] = -1.0
        dated = ~np.isnan(ordinals)
        similarity[dated[:, None] != dated[None, :]] -= config.undated_penalty
        groups.extend([block[p] for p in group] for group in average_linkage_groups(similarity, config.threshold))
    return sorted((sorted(g) for g in groups), key=lambda g: g[0])
