"""A story's briefing: summary, timeline, who said what, which source said which part, and
where sources disagree.  Every line carries the article and character span it came from."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import asdict, dataclass, field, replace
from typing import Any, Sequence

from rasid import records
from rasid.briefing.contradictions import Contradiction, find_contradictions
from rasid.briefing.summarize import Citation, SummarySentence, summarize
from rasid.briefing.timeline import TimelineEntry, source_label, timeline_from_events
from rasid.model import Article, Entity, Event, Quote, Story
from rasid.text.normalize import normalize

SUMMARY_WORDS = 150


@dataclass(slots=True)
class SourceReport:
    source: str
    article_ids: list[str]
    timeline_dates: list[str] = field(default_factory=list)  # entries this source supports
    only_here: list[str] = field(default_factory=list)  # entries no other source supports


@dataclass(slots=True)
class QuoteLine:
    speaker: str
    text: str
    kind: str
    citation: Citation
    source: str
    relayed_by: str | None = None


@dataclass(slots=True)
class Briefing:
    story_id: str
    title: str
    date_start: str | None
    date_end: str | None
    summary: list[SummarySentence]
    timeline: list[TimelineEntry]
    quotes: dict[str, list[QuoteLine]]
    sources: list[SourceReport]
    contradictions: list[Contradiction]

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def _speaker_name(quote: Quote, names: dict[str, str]) -> str | None:
    if quote.speaker_entity_id and quote.speaker_entity_id in names:
        return names[quote.speaker_entity_id]
    return quote.speaker


def _shorter_form(short: list[str], long: list[str]) -> bool:
    """``short`` is ``long`` written shorter: its words appear in order in ``long`` (either side
    may write two words as one, «عبدالعزيز» for «عبد العزيز»), starting at long's first
    word or ending at its last («عثمان المحرج», «آل الشيخ» for «عبد العزيز بن عبد الله آل الشيخ»)."""
    if len(short) >= len(long):
        return False

    def match(i: int, j: int, start: int | None) -> tuple[int, int] | None:
        # (first, last) word of ``long`` that the words ``short[i:]`` cover, or None
        if i == len(short):
            return (start if start is not None else j, j - 1)
        for k in range(j, len(long)):
            for took, width in ((1, 1), (1, 2), (2, 1)):
                if k + width <= len(long) and "".join(long[k:k + width]) == "".join(short[i:i + took]):
                    got = match(i + took, k + width, k if start is None else start)
                    if got is not None:
                        return got
        return None

    got = match(0, 0, None)
    return got is not None and (got[0] == 0 or got[1] == len(long) - 1)


def _merge_spellings(quotes: dict[str, list[QuoteLine]], linked: set[str]) -> dict[str, list[QuoteLine]]:
    """One person named in full by one outlet and shorter by another («فيصل بن خالد بن عبدالعزيز»,
    «فيصل بن خالد»), or linked to two entities, meets under one heading: a heading that is a
    shorter form of others goes under the most quoted of them, provided those others are
    themselves forms of one name (never «آل الشيخ» when two men of that family speak).  Only a
    heading linked to an entity gathers others: «المصدر» of one article and «المصدر العسكري
    نفسه» of another are two unnamed people."""
    words = {name: normalize(name).split() for name in quotes}
    into: dict[str, str] = {}
    for name in quotes:
        longer = [other for other in linked if _shorter_form(words[name], words[other])]
        if not longer:
            continue
        target = max(longer, key=lambda o: (len(quotes[o]), len(words[o])))
        if all(o == target or _shorter_form(words[o], words[target]) or _shorter_form(words[target], words[o])
               for o in longer):
            into[name] = target
    merged: dict[str, list[QuoteLine]] = defaultdict(list)
    for name, lines in quotes.items():
        head = name
        while head in into:
            head = into[head]
        merged[head] += [replace(line, speaker=head) for line in lines]
    return merged


def build_briefing(story_id: str, title: str, articles: Sequence[Article],
                   entity_names: dict[str, str] | None = None,
                   timeline: list[TimelineEntry] | None = None,
                   summary: list[SummarySentence] | None = None,
                   contradictions: list[Contradiction] | None = None,
                   events: Sequence[Event] = ()) -> Briefing:
    """``entity_names`` maps entity ids to canonical names, so one speaker's quotes meet
    under one heading whatever spelling each outlet used.  ``timeline`` (from the story's
    ``events``), ``summary`` and ``contradictions`` are computed when not given (the stories
    stage stores them with each story)."""
    entity_names = entity_names or {}
    by_id = {a.id: a for a in articles}
    label = {a.id: source_label(a) for a in articles}
    dates = sorted(a.published[:10] for a in articles if a.published)

    timeline = timeline_from_events(events, articles) if timeline is None else timeline
    quotes: dict[str, list[QuoteLine]] = defaultdict(list)
    linked: set[str] = set()
    for article in articles:
        for quote in article.quotes:
            name = _speaker_name(quote, entity_names)
            if name:
                if quote.speaker_entity_id in entity_names:
                    linked.add(name)
                quotes[name].append(QuoteLine(name, quote.text, quote.kind, Citation(article.id, quote.start, quote.end),
                                              label[article.id], quote.relayed_by))
    ordered_quotes = dict(sorted(_merge_spellings(quotes, linked).items(), key=lambda item: -len(item[1])))

    sources: dict[str, SourceReport] = {}
    for article in articles:
        report = sources.setdefault(label[article.id], SourceReport(label[article.id], []))
        report.article_ids.append(article.id)
    # The sources list names dates, so "only this source reports" is said of a date: two
    # outlets telling different happenings of one day both report that day, and neither alone.
    by_date: dict[str, set[str]] = defaultdict(set)
    for entry in timeline:
        supporting = {label[c.article_id] for c in entry.supports if c.article_id in by_id}
        by_date[entry.date] |= supporting
        for source in supporting:
            sources[source].timeline_dates.append(entry.date)
    for day, supporting in by_date.items():
        if len(supporting) == 1:
            sources[next(iter(supporting))].only_here.append(day)

    return Briefing(
        story_id=story_id, title=title, date_start=dates[0] if dates else None, date_end=dates[-1] if dates else None,
        summary=summarize(articles, max_words=SUMMARY_WORDS) if summary is None else summary, timeline=timeline, quotes=ordered_quotes,
        sources=sorted(sources.values(), key=lambda s: (-len(s.article_ids), s.source)),
        contradictions=find_contradictions(articles) if contradictions is None else contradictions,
    )


def story_briefing(store, story: Story) -> tuple[Briefing, list[Article]]:
    """The briefing of a stored story, reusing the timeline and summary stored with it and
    naming each quoted speaker by its entity's canonical name."""
    articles = store.get_articles(story.article_ids)
    speakers = sorted({q.speaker_entity_id for a in articles for q in a.quotes if q.speaker_entity_id})
    names = {e.id: e.name for e in records.load_many(store, Entity, speakers, articles=False)}
    briefing = build_briefing(story.id, story.title, articles, names,
                              story.timeline or None, story.summary or None, story.contradictions, story.events)
    return briefing, articles


# Article text is data, not markup: a page saying <script> or <img onerror=...> must show
# those characters, never become HTML where the Markdown is rendered; brackets and
# backticks could make links or code of it.  Newlines would end the list item.
_MARKDOWN_ACTIVE = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", "[": "\\[", "]": "\\]", "`": "\\`",
                                  "\\": "\\\\", "\n": " ", "\r": " "})


def md(text: str | None) -> str:
    """Text from an article as inert Markdown."""
    return (text or "").translate(_MARKDOWN_ACTIVE)


def _cite(citation: Citation, label: dict[str, str]) -> str:
    return f"[{md(label.get(citation.article_id, '?'))} · {citation.article_id[:8]}:{citation.start}-{citation.end}]"


def render_markdown(briefing: Briefing, articles: Sequence[Article]) -> str:
    label = {a.id: source_label(a) for a in articles}
    span = " – ".join(d for d in (briefing.date_start, briefing.date_end) if d)
    out = [f"# {md(briefing.title)}", "", f"Story `{briefing.story_id}` · {len(articles)} articles · "
           f"{len(briefing.sources)} sources" + (f" · {span}" if span else ""), "", "## Summary", ""]
    for sentence in briefing.summary:
        also = [c for c in sentence.supports if c.article_id != sentence.article_id]
        extra = f" (also {', '.join(_cite(c, label) for c in also)})" if also else ""
        out.append(f"- {md(sentence.text)} {_cite(sentence.citation, label)}{extra}")
    out += ["", "## Timeline", ""]
    for entry in briefing.timeline:
        heading = f"{entry.title} (background)" if entry.background else entry.title
        out.append(f"- **{md(entry.date)}** {md(heading)} — {md(entry.description)} {_cite(entry.citation, label)}")
        others = [c for c in entry.supports if c != entry.citation]
        if others:
            out.append(f"  - reported by: {', '.join(_cite(c, label) for c in others)}")
    out += ["", "## Who said what", ""]
    for speaker, lines in briefing.quotes.items():
        out.append(f"### {md(speaker)}")
        for line in lines:
            relay = f" (via {md(line.relayed_by)})" if line.relayed_by else ""
            out.append(f"- «{md(line.text)}»{relay} {_cite(line.citation, label)}")
        out.append("")
    out += ["## Sources", ""]
    for source in briefing.sources:
        dates = ", ".join(sorted(set(source.timeline_dates))) or "no dated happening"
        only = f"; only this source reports: {', '.join(md(d) for d in sorted(set(source.only_here)))}" if source.only_here else ""
        out.append(f"- **{md(source.source)}** ({len(source.article_ids)} articles): reports {md(dates)}{only}")
    out += ["", "## Candidate contradictions", ""]
    if not briefing.contradictions:
        out.append("- none found")
    for c in briefing.contradictions:
        sides = ("one figure", "a different figure") if c.kind == "figures" else ("denial", "assertion")
        out.append(f"- {md(c.explanation)}")
        out.append(f"  - {sides[0]}: «{md(c.denial.text)}» "
                   f"{_cite(Citation(c.denial.article_id, c.denial.start, c.denial.end), label)}")
        out.append(f"  - {sides[1]}: «{md(c.assertion.text)}» "
                   f"{_cite(Citation(c.assertion.article_id, c.assertion.start, c.assertion.end), label)}")
    return "\n".join(out) + "\n"
