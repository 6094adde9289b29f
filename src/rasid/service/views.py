"""What the service layer answers: typed views over the records, ready for a terminal, an API
response (``rasid.records.to_data``) or a page.  They hold no logic of their own."""

from __future__ import annotations

from dataclasses import dataclass, field

from rasid.briefing.brief import Briefing
from rasid.model import Article, CopyGroup, Entity, Event, Story, TimelineEntry
from rasid.storage.base import SearchHit


@dataclass(slots=True)
class ArticleSummary:
    """An article in a listing: enough to show a row and link to it."""

    id: str
    title: str | None
    outlet: str | None
    published: str | None
    published_estimated: bool
    language: str | None
    url: str | None
    origin: str
    source: str  # the outlet, else the outlet named in the byline, else the file name
    lead: str = ""  # the first words of the clean text
    removed: int = 0  # lines the cleaner dropped from the page


@dataclass(slots=True)
class CopyOf:
    original_id: str
    relation: str  # identical | edited | partial


@dataclass(slots=True)
class Count:
    key: str | None  # a day (YYYY-MM-DD), an outlet or a language; None where the articles lack it
    count: int


@dataclass(slots=True)
class SeriesPoint:
    day: str
    series: str  # an outlet
    count: int


@dataclass(slots=True)
class ArticlePage:
    articles: list[ArticleSummary]
    next_cursor: str | None  # pass back as ``cursor`` for the next page; None on the last


@dataclass(slots=True)
class StorySummary:
    id: str
    title: str
    size: int
    outlets: list[str]
    date_start: str | None
    date_end: str | None
    events: int
    recent: int = 0  # articles in the latest window (for "fastest growing")
    before: int = 0  # articles in the window before it


@dataclass(slots=True)
class OutletSentence:
    """One outlet's sentence about an event: ``text`` is the span ``start:end`` of ``article_id``."""

    outlet: str
    article_id: str
    start: int
    end: int
    text: str


@dataclass(slots=True)
class Participant:
    name: str  # as the story writes it
    entity_id: str | None  # the entity the story's mentions of that name were linked to


@dataclass(slots=True)
class TimelineEvent:
    """One dated happening of a story's timeline, as a reader sees it: its entry (date, title, the
    sentence that tells it), where and who, and each outlet's sentence about it."""

    entry: TimelineEntry
    place: str | None
    participants: list[Participant]
    sentences: list[OutletSentence]  # one per outlet, the telling sentence's outlet first
    reports: int  # articles about the happening (0: only told in passing)


@dataclass(slots=True)
class StoryView:
    story: Story
    articles: list[ArticleSummary]  # by date; copies included (see ``copies``)
    copies: dict[str, CopyOf]  # copy id -> its original (a copy folds under it)
    per_day: list[SeriesPoint]  # articles per day per outlet
    briefing: Briefing
    entities: list[tuple[Entity, int]] = field(default_factory=list)  # most mentioned, with articles
    timeline: list[TimelineEvent] = field(default_factory=list)  # the briefing's timeline, event by event


@dataclass(slots=True)
class MentionView:
    start: int
    end: int
    text: str
    type: str
    entity_id: str | None
    entity_name: str | None  # the canonical name the mention was linked to


@dataclass(slots=True)
class ArticleView:
    article: Article
    source: str
    mentions: list[MentionView]
    copy_group: CopyGroup | None
    copies: list[ArticleSummary]  # the group's other members
    story: StorySummary | None


@dataclass(slots=True)
class QuoteRecord:
    article_id: str
    start: int
    end: int
    text: str
    kind: str
    speaker: str | None
    speaker_entity_id: str | None
    relayed_by: str | None
    outlet: str | None
    published: str | None
    title: str | None = None


@dataclass(slots=True)
class EntityView:
    entity: Entity  # article_ids left empty: ``articles`` counts them, ``recent`` lists the latest
    articles: int
    per_day: list[Count]
    per_outlet: list[Count]
    co_occurring: list[tuple[Entity, int]]  # entities sharing most articles, with how many
    stories: list[StorySummary]
    quotes_by: list[QuoteRecord]
    quotes_about: list[QuoteRecord]
    recent: list[ArticleSummary]
    quotes_scanned: int  # how many of its latest articles the quotes were read from


@dataclass(slots=True)
class SearchResults:
    query: str
    hits: list[SearchHit]
    total: int
    by_outlet: list[Count]
    by_language: list[Count]
    by_day: list[Count]


@dataclass(slots=True)
class Overview:
    """The home page: what is new in the database, relative to its newest article."""

    as_of: str | None  # the newest article's date
    articles: int
    stories: int
    entities: int
    latest: list[StorySummary]
    growing: list[StorySummary]
    rising: list[tuple[Entity, int, int]]  # entity, articles in the latest window, in the one before
    outlets: list[Count]


@dataclass(slots=True)
class EventView:
    event: Event
    story_title: str
