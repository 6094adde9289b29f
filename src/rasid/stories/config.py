"""The story clusterer's settings, each with the reason for its value.

Kept apart from the clusterer so that what only reads settings (the read-ahead worker in
``rasid.stories.prefetch``) need not import the clusterer.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from rasid.stories.events import EventConfig
from rasid.stories.signals import Signal, default_signals


@dataclass(slots=True)
class StoryConfig:
    # A day's articles are grouped by average linkage cut here, and a group joins the best
    # candidate story when the combined signals reach it.  Chosen with the signal weights on
    # a grid (rasid eval pairs on the days tuned on, gold/pairs/README.md, and ECB+ dev):
    # 0.20 with lead 0.45 / specifics 0.55 / TF-IDF 0.3 / embedding 0.1 scored story pairs
    # P 0.938 R 0.853 (2015-07-25/26) and P 0.816 R 0.797 (2015-08-03/04) and ECB+ dev
    # B-cubed F1 0.903; 0.22-0.24 buys ~0.01-0.02 of precision for 0.03-0.05 of recall and
    # drops ECB+ under 0.90.
    threshold: float = 0.2
    # A story idle for longer than ``window_days`` attracts only matches this strong
    # (content signals only: the time gap is what made it old).  A later development of an
    # old story (Putin's June 2024 visit, accepting the invitation Kim made at the Sept 2023
    # summit) scored 0.40 against it on the sample pages when this was set (0.47 since the
    # TF-IDF signal reads average linkage), where unrelated articles on a shared topic
    # stayed under 0.35; 0.45 split that story in two.
    strong_threshold: float = 0.38
    window_days: int = 14
    # A story whose core (its last strong match, see ``_StoryState.core_day``) is older than
    # this many days attracts only strong matches too, however recent its last weak join.
    stale_days: int = 2
    # Embedding cost grows with the text: title plus ~two sentences is what a story is about.
    lead_chars: int = 160
    tfidf_terms: int = 80
    lead_terms: int = 40
    # Names and numbers kept per article for the specifics signal.
    specifics_terms: int = 30
    # Place names among the specifics count this much of a person's or organisation's name.
    place_weight: float = 0.5
    # 1.5 with threshold 0.15 scores the same on the whole of ECB+ dev and is steadier
    # across its topic halves, but merges SaudiNewsNet into catch-all stories (Eid
    # festivities, hospital visits: 7,009 stories, the largest 857, against 11,407 and 639).
    idf_power: float = 1.0
    # A candidate story is judged by its latest this many anchors (``StoryClusterer._core``).
    core_size: int = 40
    # A group joins a story when its mean pair score with the story's core reaches the
    # threshold plus this (not for old or stale stories, which need ``strong_threshold``).
    # Under the day's own cut: a later report of a storyline says less about the day before
    # than that day's reports said to each other.  On the pairs tuned on, 0 -> -0.04 kept
    # story precision (0.935 -> 0.930 on 2015-07-25/26, 0.841 -> 0.850 on 2015-08-03/04) and
    # won back recall (0.804 -> 0.832, 0.828 -> 0.844); ECB+ dev 0.9003 -> 0.9033.
    core_margin: float = -0.04
    # A group that matches two stories at this mean core score or more (each passing its own
    # bar) bridges them: they become one.  The day's grouping cuts one happening in two when
    # its reports are many and varied, and each part then grows a story of its own (Turkey's
    # strikes on ISIS and the PKK, 19 and 18 reports on 2015-07-25/26; Bahrain recalling its
    # ambassador and foiling the smuggling).  On the pairs tuned on, story P/R 0.928/0.811 ->
    # 0.931/0.846 (07-25/26) and 0.844/0.844 -> 0.837/0.844 (08-03/04) at 0.2; 0.25 gained
    # less recall (0.839), 0.3 none.
    merge_threshold: float = 0.2
    candidate_terms: int = 12
    candidate_postings: int = 100
    # Term candidates scored in full: the stories sharing most of the article's rarest terms.
    candidate_stories: int = 20
    candidate_neighbours: int = 8
    # One BLAS thread: on a shared 2-core machine two threads were 8x slower (measured
    # 43 vs 5.3 s per 1000 leads while another process trained), never much faster.
    embed_threads: int = 1
    use_embeddings: bool = True
    # Local reassignment: when a story grows past each of these sizes its members are split
    # in two, and the split is kept when both parts have ``split_min_part`` members and the
    # members sit clearly closer to their own part (mean silhouette >= ``split_silhouette``).
    # Off by default since a day's articles are grouped together before joining (what the
    # splits repaired was the single pass's order): on the SaudiNewsNet pairs tuned on,
    # splitting at (6, 9, 13, ...) cut recall (it left two stories of one symposium, one of
    # a festival's days) and precision did not rise.
    split_sizes: tuple[int, ...] = ()
    split_min_part: int = 4
    split_silhouette: float = 0.15
    signals: list[Signal] = field(default_factory=default_signals)
    events: EventConfig = field(default_factory=EventConfig)
