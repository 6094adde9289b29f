"""The shared vocabulary every stage reads and writes.

Every span is a pair of character offsets into ``Article.text`` (the clean text), so
any output can cite the exact source sentence it came from.  Stages never mutate the
clean text once it is set; they only add annotations pointing into it.
"""

from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field
from typing import Any, NamedTuple

SCHEMA_VERSION = 1


@dataclass(slots=True)
class RemovedLine:
    """A line the cleaner dropped from the page, kept so a user can audit it."""

    line_no: int
    text: str
    reason: str


@dataclass(slots=True)
class Sentence:
    start: int
    end: int


@dataclass(slots=True)
class Mention:
    start: int
    end: int
    text: str
    type: str  # PERS, LOC, ORG, MISC
    entity_id: str | None = None


@dataclass(slots=True)
class TimeRef:
    start: int
    end: int
    text: str
    value: str  # ISO value at its true granularity: 2023, 2023-09, 2023-09-13, or "A/B" for a range
    granularity: str  # year, month, week, day, range
    relative: bool = False
    weekday: int | None = None  # named weekday (Monday=0): lets an unanchored "يوم الجمعة" be resolved later
    calendar: str = "gregorian"  # "hijri" when written in the Hijri calendar (value is still Gregorian)
    time_of_day: str | None = None  # "HH:MM" when a clock time is tied to the day ("الساعة العاشرة صباح أمس")


@dataclass(slots=True)
class Quote:
    start: int
    end: int
    text: str
    kind: str  # direct | indirect
    speaker: str | None = None
    speaker_start: int | None = None
    speaker_end: int | None = None
    speaker_entity_id: str | None = None
    relayed_by: str | None = None
    sentence_index: int | None = None


@dataclass(slots=True)
class Article:
    """One page of news, from wherever it came, in one shape.

    ``raw_text`` is the text as read (for HTML/WARC: what trafilatura extracted);
    ``text`` is the clean article body that every offset refers to.
    """

    origin: str  # file path (plus "#record" for multi-record files) or URL
    raw_text: str
    source_format: str = "text"
    url: str | None = None
    outlet: str | None = None
    title: str | None = None
    author: str | None = None
    published: str | None = None  # ISO 8601 date or datetime
    published_estimated: bool = False
    fetched: str | None = None
    text: str = ""
    language: str | None = None
    dateline: str | None = None
    credits: list[str] = field(default_factory=list)
    removed: list[RemovedLine] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    timerefs: list[TimeRef] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    meta: dict[str, Any] = field(default_factory=dict)
    id: str | None = None
    content_hash: str | None = None
    # Stems of title and text for the search index: derived, computed wherever the pipeline
    # runs (often a worker process) so the database writer only inserts; never exported.
    index_terms: tuple[str, str] | None = None

    def sentence_text(self, sentence: Sentence) -> str:
        return self.text[sentence.start : sentence.end]

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def article_identity(origin: str, content_hash: str) -> str:
    """Stable id: where the article came from plus what it says.

    The same file ingested twice maps to the same id; the same wire text published by
    two outlets (two origins) stays two articles.
    """
    return hashlib.blake2b(f"{origin}\x00{content_hash}".encode(), digest_size=10).hexdigest()


@dataclass(slots=True)
class IngestFailure:
    """A file (or one record of it) that could not be read, with a reason a user can act on."""

    origin: str
    problem: str

    def __str__(self) -> str:
        return f"{self.origin}: {self.problem}"


class Citation(NamedTuple):
    """Where a claim comes from: ``article.text[start:end]`` of article ``article_id``."""

    article_id: str
    start: int
    end: int


# -- records derived from many articles ------------------------------------------------------
# Stored and exported through one codec (``rasid.records``), which reads the fields below: add a
# field with a default and old databases still load, new ones carry it, nothing else changes.


@dataclass(slots=True)
class Entity:
    id: str
    name: str
    type: str
    aliases: dict[str, int] = field(default_factory=dict)
    article_ids: list[str] = field(default_factory=list)
    story_ids: list[str] = field(default_factory=list)
    salience: float = 0.0


@dataclass(slots=True)
class CopyGroup:
    """Articles carrying the same (or nearly the same) body: one report, many addresses."""

    id: str
    original_id: str
    members: dict[str, str] = field(default_factory=dict)  # article id -> identical|edited|partial|original


@dataclass(slots=True)
class EventSentence:
    """A sentence of one outlet reporting an event: ``text[start:end]`` of article ``article_id``."""

    outlet: str
    article_id: str
    start: int
    end: int


@dataclass(slots=True)
class Event:
    """A happening: the reports of it (``article_ids``), when, where and who, and every
    outlet's sentences about it.  A happening the articles only recall from the past (an
    earlier visit, last year's deal) is ``background``; one they mention in passing but no
    report is about has sentences and no ``article_ids``."""

    id: str
    story_id: str
    title: str
    article_ids: list[str] = field(default_factory=list)
    date_start: str | None = None
    date_end: str | None = None
    place: str | None = None
    participants: list[str] = field(default_factory=list)
    sentences: list[EventSentence] = field(default_factory=list)
    background: bool = False


@dataclass(slots=True)
class SummarySentence:
    text: str
    article_id: str
    start: int
    end: int
    supports: list[Citation] = field(default_factory=list)  # every article saying it, this one included
    score: float = 0.0
    rank: int = 0  # 0 = chosen first (the most important); the list itself is in reading order

    @property
    def citation(self) -> Citation:
        return Citation(self.article_id, self.start, self.end)


@dataclass(slots=True)
class TimelineEntry:
    date: str  # ISO day, or "start/end" for a span of days (a month or a year for background)
    description: str  # the text of ``citation``: the sentence that tells the happening
    citation: Citation
    supports: list[Citation] = field(default_factory=list)  # one per article, the description's included
    outlets: list[str] = field(default_factory=list)
    score: float = 0.0
    title: str = ""  # the event's short title
    background: bool = False  # a happening the articles recall from long before the story
    event_id: str = ""


@dataclass(slots=True)
class Statement:
    """A sentence of one article, cited by its span."""

    article_id: str
    start: int
    end: int
    text: str


@dataclass(slots=True)
class Contradiction:
    """A denial in one article of what another asserts, or two articles' different figures
    for one count (a candidate for a reader to judge)."""

    denial: Statement
    assertion: Statement
    shared_terms: list[str]
    denial_cue: str
    assertion_cue: str
    score: float
    explanation: str = ""
    # "denial": ``denial`` denies what ``assertion`` asserts; "figures": the two sentences give
    # different figures for one count of one happening (the cues are the figures as written).
    kind: str = "denial"


@dataclass(slots=True)
class Story:
    id: str
    title: str
    article_ids: list[str] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    outlets: list[str] = field(default_factory=list)
    date_start: str | None = None
    date_end: str | None = None
    # The briefing parts that cost most to compute, kept with the story by the stories stage.
    timeline: list[TimelineEntry] = field(default_factory=list)
    summary: list[SummarySentence] = field(default_factory=list)
    contradictions: list[Contradiction] | None = None  # None: not computed yet (a story stored before)
    size: int = 0  # len(article_ids), kept for readers of the export that do not load the ids
