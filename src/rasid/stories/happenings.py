"""A story's events as an analyst reads them: what happened, when, where, who, and which
sentence of which outlet says so.

Two kinds of event come out of a story:

* the happenings its reports are about: the clusterer's events (its members grouped by
  happening, ``rasid.stories.events``), each given a title, a date, a place, participants
  and, per outlet, the sentences that report it;
* happenings the articles tell in passing, dated in their own sentences: Kim leaving
  Pyongyang on Sunday and crossing into Russia on Tuesday, told in a report of the plant
  visit on Friday.  A sentence naming two days tells two happenings; it is cut at the day
  expressions.  Those long before the story began ("في يوليو 2000") are background.

Dates are the happening's, read from the time expression of the sentence that tells it
(``happening_date``), with the guards a reader applies: a past-tense report's bare weekday
is the one before the report, a date after the day of writing needs a sentence that says
it is to come, a date after "ذكرى"/"أحداث" is remembered, not reported, and a time
expression inside a person's name («أحمد الخميس») dates nothing.

Two events that report one happening (the clusterer kept the reports apart, or a report told
it in passing) become one: same days, similar reports, a shared actor.  A title is a clause
with its subject: a clause that names nobody takes the person the sentence before opens on
(«وغادر بيونغ يانغ يوم الأحد» after «ويزور كيم روسيا» is «كيم غادر بيونغ يانغ»), and a long
one ends where a clause or phrase does.

A supporting sentence must be about its happening: compared without its time expressions
(weekdays are shared by every report of a week) and without the words every article of the
story uses (they name the story), and it must share a name or a rare word with the event.
"""

from __future__ import annotations

import hashlib
import math
import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache

from rasid.lang import tables
from rasid.model import Article, Event, EventSentence, Sentence, TimeRef
from rasid.stories.features import clean_headline
from rasid.stories.terms import term_of
from rasid.temporal.calendar import parse_day
from rasid.text.normalize import normalize, words

# A sentence is about an event when this similar to the event's reports (cosine, see above);
# one of a report's own sentences dated on its event's day, when this similar.
SUPPORTS = 0.3
SUPPORTS_OWN = 0.15
# Sentences told in passing group into one happening when on the same date and this similar.
SAME_HAPPENING = 0.25
# Two events on the same days are one happening when their reports are this similar.
SAME_EVENT = 0.22
# A happening this many days before the story's first report is background (one told by its
# month or year only, once its month or year is over before the first report's month).
BACKGROUND_DAYS = 30
# Happenings told in passing kept per story (the most supported first).
MAX_PASSING = 12
# A day expression spanning more days than this (a quarter, a year) does not date a report.
MAX_SPAN_DAYS = 7
# A quote starting within this many words after a date is what was said that day.
QUOTE_AFTER_WORDS = 7
# A sentence longer than this is a paragraph the splitter could not cut (see ``_passing``).
MAX_SENTENCE_WORDS = 90
# A person named within this many words of a sentence's start is what the sentence is about.
SUBJECT_WORDS = 4
# Titles are cut to this many words.
TITLE_WORDS = 14
# ...or up to this many to end where a phrase does; a clause break leaves this many at least.
TITLE_MAX_WORDS = 20
MIN_TITLE_WORDS = 4
# Words a sentence of the story must share beyond the story-wide ones, with this IDF at least.
RARE_IDF = 6.0
# Who can be a happening's subject: a person or a body («أعلنت وزارة الداخلية»).
_AGENTS = ("PERS", "ORG")
_CLAUSE = re.compile(r"[،,؛;:]|\s[-–—]\s")
_PLACING = ("day", "range")
_YEAR = re.compile(r"(?<!\d)(1[89]\d\d|20\d\d)(?!\d)")
_RECALLED = ("month", "year")


@dataclass(slots=True)
class _Piece:
    """A stretch of one sentence telling one dated happening."""

    article: Article
    sentence: Sentence
    start: int
    end: int
    day_start: date
    day_end: date
    granularity: str
    at: int  # where the time expression that dates it starts
    vector: dict[str, float] = field(default_factory=dict)

    @property
    def text(self) -> str:
        return self.article.text[self.start : self.end]


def build_events(story_id: str, groups: Sequence, articles: Sequence[Article],
                 label: Callable[[Article], str]) -> list[Event]:
    """The story's events.  ``groups`` are the clusterer's events (article ids and dates)."""
    by_id = {a.id: a for a in articles}
    story_terms = _story_terms(articles)
    known: dict[str, Counter] = {}  # every name the story writes, with its spellings
    for article in articles:
        for m in article.mentions:
            known.setdefault(" ".join(words(normalize(m.text))), Counter())[m.text] += 1
    kinds = name_kinds(articles)
    first_day = min((d for a in articles if (d := parse_day(a.published))), default=None)
    events: list[Event] = []
    cores: list[dict[str, float]] = []
    for group in groups:
        members = sorted((by_id[i] for i in group.article_ids if i in by_id), key=lambda a: (a.published or "", a.id))
        if not members:
            continue
        event, core = _reported(story_id, members, story_terms, label, known, kinds)
        events.append(event)
        cores.append(core)
    passing, passing_cores = _passing(articles, events, cores, story_terms, label, known, kinds)
    for event in passing:
        event.story_id = story_id
        last = _last_day(event.date_end or "")
        event.background = bool(last and _recalled(last, len(event.date_end or ""), first_day))
        event.id = _event_id(story_id, event.sentences[0])
    events, cores = _merged(events + passing, cores + passing_cores, kinds)
    events.sort(key=lambda e: (e.date_start or "9999", not e.article_ids, e.title))
    return events


# -- the happenings reports are about ---------------------------------------------------

def _reported(story_id: str, members: list[Article], story_terms: frozenset[str],
              label: Callable[[Article], str], known: dict[str, Counter], kinds: dict[str, str]) -> tuple[Event, dict[str, float]]:
    leads = [(a, s) for a in members if (s := _lead_sentence(a)) is not None]
    vectors = [_vector(a, s.start, s.end, story_terms) for a, s in leads]
    core = _mean(vectors)
    said = [_said_day(a, s) for a, s in leads]
    # A lead that says its day outvotes one that does not: a meeting "مساء أمس" told by four
    # reports is on the eve, though three more print it the next day without saying when.
    days = [d for d in said if d is not None]
    if not days:
        days = [(d, d) for a in members if (d := parse_day(a.published))]
    lead_days = [d if d is not None else _published_days(a) for d, (a, _) in zip(said, leads)]
    start = end = None
    if days:
        counts = Counter(days)
        start, end = min(counts, key=lambda d: (-counts[d], d))
    # Reports dated only to their month (an estimate) date their happening as much.
    months = {a.published[:7] for a in members if a.published and len(a.published) >= 7}
    month = next(iter(months)) if len(months) == 1 and start is None else None
    # The title comes from the most central of the reports that give the event's day.
    dating = [i for i, d in enumerate(lead_days) if d is not None and d[0] == start] or list(range(len(leads)))
    central = max(dating, key=lambda i: (_cosine(vectors[i], core), -i)) if leads else None
    sentences: list[EventSentence] = []
    for a, s in leads:
        sentences.append(EventSentence(label(a), a.id, s.start, s.end))
        for other in a.sentences:
            if other.start <= s.start or len(sentences) > 40:
                continue
            vector = _vector(a, other.start, other.end, story_terms)
            if _about(vector, core):
                sentences.append(EventSentence(label(a), a.id, other.start, other.end))
    title_from, lead = (leads[central] if central is not None else (members[0], None))
    event = Event(
        id=hashlib.blake2b(f"{story_id}\x00{members[0].id}".encode(), digest_size=8).hexdigest(),
        story_id=story_id,
        title=_title(title_from, lead, kinds),
        article_ids=[a.id for a in members],
        date_start=start.isoformat() if start else month,
        date_end=end.isoformat() if end else month,
        place=_place([(a, s) for a, s in leads]),
        participants=_participants([(a, s) for a, s in leads], known),
        sentences=sentences,
    )
    return event, core


def _lead_sentence(article: Article) -> Sentence | None:
    """The first sentence that says something (a few words at least, not a bare dateline)."""
    for sentence in article.sentences[:4]:
        if len(words(article.text[sentence.start : sentence.end])) >= 6:
            return sentence
    return article.sentences[0] if article.sentences else None


def _published_days(article: Article) -> tuple[date, date] | None:
    day = parse_day(article.published)
    return (day, day) if day else None


def _said_day(article: Article, sentence: Sentence) -> tuple[date, date] | None:
    """The happening's days from the lead's first usable day expression, or None when the
    lead says none.  A day inside a relative clause dates the noun it describes, not the
    lead's deed: «استنكر المحافظ الحادث الذي استهدف رجال الأمن ... الخميس الماضي» is the
    condemnation of Thursday's attack, not a happening of Thursday."""
    day = parse_day(article.published)
    for ref in _refs_in(article, sentence.start, sentence.end):
        if _in_relative(article, sentence.start, ref.start):
            continue
        days = happening_date(article, ref, sentence)
        # A lead's "2014" or "the second quarter" is what the report is about, not when it happened.
        if days is None or (days[1] - days[0]).days > MAX_SPAN_DAYS:
            continue
        # «في ذكرى غزو الكويت في 2 أغسطس 1990»: a day long before the report is what it recalls.
        if day is not None and days[1] < day - timedelta(days=BACKGROUND_DAYS):
            continue
        return days
    return None


def _in_relative(article: Article, start: int, at: int) -> bool:
    """Whether the text at ``at`` sits in a relative clause opened after ``start`` and not
    closed by a clause break before ``at``."""
    table = tables(article.language, "happenings")
    pronouns = frozenset(normalize(w) for w in getattr(table, "RELATIVE_PRONOUNS", ()))
    for m in re.finditer(r"\S+", article.text[start:at]):
        if normalize(m.group()) in pronouns and not _CLAUSE.search(article.text[start + m.end() : at]):
            return True
    return False


def _title(article: Article, lead: Sentence | None, kinds: dict[str, str]) -> str:
    """The report's own headline (desk labels off); without one, the lead's first clause."""
    headline = clean_headline(article.title or "", article.language)
    if headline and len(headline.split()) >= 3:
        return _cut(headline, language=article.language)
    if lead is None:
        return _cut(article.text[:120], language=article.language)
    return _clause_title(article, lead.start, lead.end, kinds=kinds)


def _clause_title(article: Article, start: int, end: int, at: int | None = None,
                  kinds: dict[str, str] | None = None) -> str:
    """A title from a stretch: a quote as its speaker's words; else the clause holding the
    time expression at ``at`` (the happening that date tells), or the clause that names the
    most; without its time expressions and the joining "و" / "كما" at its head.  A clause
    that names no person or body («وغادر بيونغ يانغ يوم الأحد») takes as its subject the
    person the sentences before it are about.  ``kinds`` types names as the whole story
    does (one page's tagger may call Pyongyang a person)."""
    kinds = kinds if kinds is not None else name_kinds([article])
    quote = next((q for q in article.quotes if q.speaker and q.start < end and q.end > start and q.end - q.start > 15
                  and (at is None or _quotes_at(article.text, q, at))), None)
    if quote is not None:
        return _quote_title(article, quote)
    names = [m for m in article.mentions if start <= m.start < end]
    if at is not None:
        at_end = next((r.end for r in article.timerefs if r.start == at), at)
        start, end = _clause_around(article.text, start, end, at, at_end)
        start = _described(article, start, at)
    text = _RELATIVE.sub(" ", _without_times(article, start, end))
    clauses = _clauses(text)

    def weight(clause: str) -> tuple[int, int]:
        return sum(1 for m in names if m.text in clause), len(clause.split())

    best = max(clauses, key=weight)
    tokens = best.split()
    # «مشيراً إلى أن البرنامج بدأ»: the words that join a clause on to the one before go.
    breaks = frozenset(normalize(w) for w in getattr(tables(article.language, "happenings"), "CLAUSE_BREAKS", ()))
    while len(tokens) > MIN_TITLE_WORDS // 2 and (normalize(tokens[0]) in _JOINERS or normalize(tokens[0]) in breaks):
        tokens = tokens[1:]
    if tokens and tokens[0].startswith("و") and len(tokens[0]) > 3 and normalize(tokens[0][1:]) not in _JOINERS:
        tokens[0] = tokens[0][1:]
    title = " ".join(tokens)
    table = tables(article.language, "happenings")
    opener = normalize(tokens[0]) if tokens else ""
    # «اليخت الذي أقل الملك فاروق»: a clause opening on a definite noun has its subject; one
    # opening on a preposition («منذ انطلاق دورة الخليج», «وفي اجتماع») is not a deed of anyone.
    nominal = opener.startswith(tuple(normalize(a) for a in getattr(table, "DEFINITE_ARTICLES", ()))) or \
        opener in frozenset(normalize(w) for w in (*getattr(table, "PHRASE_STARTS", ()), *getattr(table, "SINCE_CUES", ())))
    if not nominal and not any(m.text in title and _kind(m, kinds) in _AGENTS for m in names):
        subject = _subject_before(article, start, kinds)
        if subject and subject not in title:
            title = f"{subject} {title}"
    return _cut(title, [m.text for m in article.mentions if start <= m.start < end], article.language)


def _quotes_at(text: str, quote, at: int) -> bool:
    """Whether a quote tells the happening dated at ``at``: the date is inside it, in its
    first clause.  A quote beside the date (the spokesman's «رحلة وصلت أمس» before «البرنامج
    بدأ يوم الخميس») or whose date sits in a later clause («حررت عدن، آخر مدينة لجأ اليها
    هادي ... في آذار») is another happening's title."""
    if quote.start <= at < quote.end:
        return not _CLAUSE.search(text, quote.start, at)
    # «قال في تصريح له أمس: إن القيادة ...», «قال، الجمعة، قبل انطلاق المظاهرات، إنه يلتزم»:
    # the words said on that day follow it closely.
    return at < quote.start and len(text[at:quote.start].split()) <= QUOTE_AFTER_WORDS


def _quote_title(article: Article, quote) -> str:
    """A quote as its speaker's words: «بوتين: كيم سيزور ميناء فلاديفوستوك».  Reported speech
    whose subject is the speaker himself («أشار الرئيس الروسي إلى أنه بحث مع كيم ...») is
    a sentence about him: «الرئيس الروسي بحث مع كيم التعاون العسكري بين البلدين»."""
    table = tables(article.language, "happenings")
    own = frozenset(normalize(w) for w in getattr(table, "SPEAKER_AS_SUBJECT", ()))
    before = article.text[max(0, quote.start - 12) : quote.start].split()
    impersonal = frozenset(normalize(w) for w in getattr(table, "IMPERSONAL_STARTS", ()))
    first = normalize(quote.text.split()[0]) if quote.text.split() else ""
    # «مؤكدا أنها دسيسة على الإسلام»: the pronoun is the thing spoken of when a noun follows.
    noun = first.startswith(tuple(normalize(a) for a in getattr(table, "DEFINITE_ARTICLES", ()))) or \
        first.endswith(tuple(normalize(e) for e in getattr(table, "NOUN_ENDINGS", ())))
    own_deed = before and normalize(before[-1]) in own and first not in impersonal and not noun
    joined = " " if quote.kind == "indirect" and own_deed else ": "
    names = [m.text for m in article.mentions if quote.start <= m.start < quote.end]
    return _cut(f"{quote.speaker}{joined}{quote.text}", names, article.language)


def _described(article: Article, start: int, at: int) -> int:
    """Where the title of the happening dated at ``at`` starts: at the noun a relative clause
    holding the date describes («على الزيارة التي قام بها شويغو في آب» -> «الزيارة التي ...»),
    else at ``start``."""
    table = tables(article.language, "happenings")
    pronouns = frozenset(normalize(w) for w in getattr(table, "RELATIVE_PRONOUNS", ()))
    definite = tuple(normalize(a) for a in getattr(table, "DEFINITE_ARTICLES", ())) or ("\x00",)
    tokens = [(m.start(), normalize(m.group())) for m in re.finditer(r"\S+", article.text[start:at])]
    for i in range(len(tokens) - 1, 0, -1):
        # A relative clause closed by a comma before the date («بوتين، الذي يسعى ...، بكيم
        # يوم الأربعاء») does not hold it.
        if tokens[i][1] in pronouns and not _CLAUSE.search(article.text[start + tokens[i][0] : at]):
            # «حادث التفجير الإرهابي الذي استهدف»: the noun and its adjectives, all definite,
            # go back to the first of them («التفجير الإرهابي الذي ...», not «الإرهابي الذي ...»).
            head = i - 1
            while head > 0 and tokens[head][1].startswith(definite) and tokens[head - 1][1].startswith(definite) \
                    and not _CLAUSE.search(article.text[start + tokens[head - 1][0] : start + tokens[head][0]]):
                head -= 1
            return start + tokens[head][0]
    return start


def _clause_around(text: str, start: int, end: int, at: int, at_end: int | None = None) -> tuple[int, int]:
    """The clause of ``text[start:end]`` holding the time expression at ``at`` (ending at
    ``at_end``), widened to the next clause while it has fewer than four words."""
    # The commas around a relative clause (", الذي ...،") do not end the clause it sits in,
    # nor do those around a date set off by commas («لحكومة هادي، أمس (الأحد)، مدرعاتها»).
    relative = [(start + m.start(), start + m.end()) for m in _RELATIVE.finditer(text[start:end])]
    if at_end is not None and (opening := _APART_BEFORE.search(text, start, at)) and \
            (closing := _APART_AFTER.match(text, at_end, end)):
        relative.append((opening.start(), closing.end()))
    cuts = [m.end() for m in _CLAUSE.finditer(text[:end])
            if m.end() > start and not any(a <= m.start() < b for a, b in relative)]
    left = max([c for c in cuts if c <= at], default=start)
    rights = [c for c in cuts if c > at] + [end]
    # The date's own words do not count: «وفي الثالث من أغسطس (آب) الحالي،» says nothing yet.
    skip = (at, at_end if at_end is not None else at)
    for right in rights:
        if len((text[left : skip[0]] + " " + text[skip[1] : right]).split()) >= 4 or right == end:
            return left, right
    return left, end


# A date between commas: the comma just before it and the one just after it.
_APART_BEFORE = re.compile(r"[،,]\s*$")
_APART_AFTER = re.compile(r"[\s()]*[،,]")
# ", الذي يسعى إلى ...،": a relative clause between commas, dropped from a title.
_RELATIVE = re.compile(r"[،,]\s*(?:الذي|التي|الذين|اللذين|اللتين|اللواتي|who|which)\s[^،,]*[،,]")


def _clauses(text: str) -> list[str]:
    """Clauses of three words or more; a shorter piece is kept with the clause after it."""
    out: list[str] = []
    carry = ""
    for piece in _CLAUSE.split(text):
        piece = (carry + " " + piece).strip()
        if len(piece.split()) < 3:
            carry = piece
            continue
        out.append(piece)
        carry = ""
    if carry and out:
        out[-1] = f"{out[-1]} {carry}"
    return out or [text.strip()]


_JOINERS = frozenset(normalize(w) for w in ("و", "ف", "ثم", "كما", "وكان", "وكانت", "كان", "كانت", "قد", "وقد", "أن",
                                            "إن", "ان", "انه", "أنه", "إنه", "الى", "إلى", "بعد", "قبل"))


def _without_times(article: Article, start: int, end: int) -> str:
    pieces, at = [], start
    for ref in _refs_in(article, start, end):
        before = article.text[at : ref.start]
        # the preposition that introduced the date goes with it ("قام بتوسيعها في [1986]")
        tokens = before.rstrip().split(" ")
        if tokens and _dangling(tokens[-1]):
            before = " ".join(tokens[:-1]) + " "
        pieces.append(before)
        at = max(at, ref.end)
    pieces.append(article.text[at:end])
    text = " ".join(pieces)
    text = re.sub(r"\(\s*\)", " ", text)
    # the commas that set a removed date off close up («هادي، [أمس]، مدرعاتها»)
    text = re.sub(r"[،,]\s*[،,]", " ", text)
    return re.sub(r"\s+", " ", text).strip(" .،,؛")


def _cut(text: str, names: Sequence[str] = (), language: str | None = None) -> str:
    """At most about TITLE_WORDS words, ended where a clause or a phrase ends: at the last
    clause break («، لكن لم يكشف عن مزيد من التفاصيل» tells another thing), else before a
    preposition a few words on, else after the name the limit falls in (never «الرئيس الروسي
    فلاديمير…»)."""
    tokens = text.split()
    cut = False
    if len(tokens) > TITLE_WORDS:
        tokens, cut = _shortened(tokens, tables(language, "happenings"), names)
    # A title does not end on a preposition whose object was a time expression ("زيارة ... في").
    while tokens and _dangling(tokens[-1]):
        tokens.pop()
    return " ".join(tokens).strip(" .،,؛:-–—") + ("…" if cut else "")


def _shortened(tokens: list[str], table, names: Sequence[str]) -> tuple[list[str], bool]:
    """``tokens`` ended near TITLE_WORDS (see ``_cut``), and whether a clause was cut short.
    A title of TITLE_MAX_WORDS or fewer stays whole when no clause ends inside the limit."""
    breaks = frozenset(normalize(w) for w in getattr(table, "CLAUSE_BREAKS", ()))
    phrases = frozenset(normalize(w) for w in getattr(table, "PHRASE_STARTS", ()))
    clause_ends = [i + 1 for i, t in enumerate(tokens[:TITLE_WORDS]) if t[-1] in "،,؛;"] + \
                  [i for i, t in enumerate(tokens[: TITLE_WORDS + 1]) if normalize(t) in breaks]
    clause_ends = [i for i in clause_ends if i >= MIN_TITLE_WORDS]
    if clause_ends:
        return tokens[: max(clause_ends)], False
    if len(tokens) <= TITLE_MAX_WORDS:
        return tokens, False
    phrase = [i for i, t in enumerate(tokens[: TITLE_MAX_WORDS + 1])
              if i >= MIN_TITLE_WORDS and (normalize(t) in phrases or normalize(t) in breaks)]
    if phrase:
        return tokens[: min(phrase, key=lambda i: (abs(i - TITLE_WORDS), i))], True
    # The limit falls inside a name: the name goes whole, then the cut.
    cut = TITLE_WORDS
    for name in sorted(names, key=len, reverse=True):
        parts = name.split()
        for k in range(1, len(parts)):
            if tokens[TITLE_WORDS - k : TITLE_WORDS] == parts[:k] and tokens[TITLE_WORDS : TITLE_WORDS + len(parts) - k] == parts[k:]:
                cut = max(cut, TITLE_WORDS + len(parts) - k)
    return tokens[:cut], True


# («الموافق»: "corresponding to", the Hijri date's Gregorian twin follows it.)
_DANGLING = frozenset(normalize(w) for w in ("في", "من", "إلى", "الى", "على", "عن", "منذ", "حتى", "خلال", "يوم", "يومي",
                                              "الموافق", "الموافقة",
                                              "بعد", "قبل", "مع", "و", "in", "on", "at", "since", "from", "to", "of"))


def _dangling(token: str) -> bool:
    """A preposition left without its object, with its joining و too («وفي [25 يونيو] أعلن»)."""
    key = normalize(token)
    return key in _DANGLING or (key.startswith("و") and key[1:] in _DANGLING)


def _place(leads: list[tuple[Article, Sentence]]) -> str | None:
    counts: Counter[str] = Counter()
    spelling: dict[str, Counter[str]] = {}
    for article, sentence in leads:
        seen = set()
        for m in article.mentions:
            if m.type == "LOC" and sentence.start <= m.start < sentence.end:
                key = " ".join(words(normalize(m.text)))
                spelling.setdefault(key, Counter())[m.text] += 1
                if key not in seen:
                    seen.add(key)
                    counts[key] += 1
    if not counts:
        return None
    key = max(counts, key=lambda k: (counts[k], len(k)))
    return spelling[key].most_common(1)[0][0]


def _participants(leads: list[tuple[Article, Sentence]], known: dict[str, Counter], limit: int = 5) -> list[str]:
    """The persons and organisations most of the event's leads name, as the story most often
    writes them.  A name written with a glued و/ب/ل (بكيم) is the name without it when the
    story writes that too; a longer spelling of one name (كيم جونغ أون / كيم) stands for both."""
    counts: Counter[str] = Counter()
    order: dict[str, int] = {}
    for article, sentence in leads:
        seen = set()
        for m in article.mentions:
            if m.type in ("PERS", "ORG") and sentence.start <= m.start < sentence.end:
                key = _unglued(" ".join(words(normalize(m.text))), known)
                if len(key) < 3:
                    continue
                order.setdefault(key, len(order))
                if key not in seen:
                    seen.add(key)
                    counts[key] += 1
    kept: list[str] = []
    for key in sorted(counts, key=lambda k: (-counts[k], -len(k), order[k])):
        if any(key in other or other in key for other in kept):
            continue
        kept.append(key)
    return [known[k].most_common(1)[0][0] if k in known else k for k in kept[:limit]]


def _unglued(key: str, known: dict[str, Counter]) -> str:
    """The name without a glued clitic when the story writes it so (بكيم -> كيم)."""
    for clitic in ("لل", "و", "ب", "ل", "ف"):
        rest = key[len(clitic):]
        if key.startswith(clitic) and len(rest) >= 3 and rest in known:
            return rest
    return key


# -- one happening told twice -----------------------------------------------------------

def _merged(events: list[Event], cores: list[dict[str, float]],
            kinds: dict[str, str]) -> tuple[list[Event], list[dict[str, float]]]:
    """Events that report the same happening as one: on the same days (or one dated only to
    the month the other's day falls in), by the same actors and about the same thing (the
    opening of the canal told by three reports the clusterer kept apart).  The one with the
    exact day and the most reports gives the date and the title; sentences, reports and
    participants are pooled."""
    order = sorted(range(len(events)), key=lambda i: (-_precision(events[i]), -len(events[i].article_ids),
                                                      -len(events[i].sentences), i))
    kept: list[int] = []
    for i in order:
        home = next((k for k in kept if _same_happening(events[k], cores[k], events[i], cores[i], kinds)), None)
        if home is None:
            kept.append(i)
            continue
        into, other = events[home], events[i]
        seen = {(s.article_id, s.start) for s in into.sentences}
        into.sentences.extend(s for s in other.sentences if (s.article_id, s.start) not in seen)
        into.article_ids.extend(a for a in other.article_ids if a not in into.article_ids)
        into.participants.extend(p for p in other.participants if not any(p in q or q in p for q in into.participants))
        into.participants = into.participants[:5]
        into.place = into.place or other.place
        cores[home] = _mean([cores[home], cores[i]])
    kept.sort()
    return [events[k] for k in kept], [cores[k] for k in kept]


def _precision(event: Event) -> int:
    return len(event.date_start or "")


def _same_happening(a: Event, core_a: dict[str, float], b: Event, core_b: dict[str, float],
                    kinds: dict[str, str]) -> bool:
    if a.background != b.background or not a.date_start or not b.date_start:
        return False
    same_days = (a.date_start, a.date_end) == (b.date_start, b.date_end)
    # A report dated only by its month, of a happening another event dates to the day.
    within = len(b.date_start) == 7 and len(a.date_start) == 10 and a.date_start.startswith(b.date_start) \
        and b.date_start == b.date_end
    if not (same_days or within) or _cosine(core_a, core_b) < SAME_EVENT or not _shares_specific(core_a, core_b):
        return False
    agents_a, agents_b = _agents(a, kinds), _agents(b, kinds)
    if not any(_covers(x, y) for x in agents_a for y in agents_b):
        return False
    # The emir receiving one delegation and then another: their titles name two guests.
    return not _apart(a.title, b.title, kinds)


def _apart(title_a: str, title_b: str, kinds: dict[str, str]) -> bool:
    """Whether each title names a person the other does not."""
    def persons(title: str) -> set[str]:
        tokens = words(normalize(title))
        grams = (" ".join(tokens[i : i + n]) for n in range(1, 5) for i in range(len(tokens) - n + 1))
        return {g.replace(" ", "") for g in grams if kinds.get(g) == "PERS"}
    pa, pb = persons(title_a), persons(title_b)
    return any(not any(_covers(x, y) for y in pb) for x in pa) and any(not any(_covers(x, y) for x in pa) for y in pb)


def _agents(event: Event, kinds: dict[str, str], types: Sequence[str] = _AGENTS) -> list[str]:
    """The event's participants of ``types``, one entry per name however it is spelled."""
    out: list[str] = []
    for name in event.participants:
        key = " ".join(words(normalize(name)))
        squashed = key.replace(" ", "")
        if kinds.get(key, "PERS") in types and not any(_covers(squashed, o) for o in out):
            out.append(squashed)
    return out


def _covers(x: str, y: str) -> bool:
    """One spelling of a name in the other (عبد الفتاح السيسي / عبدالفتاح السيسي / السيسي)."""
    return x in y or y in x


# -- happenings told in passing ---------------------------------------------------------

def _passing(articles: Sequence[Article], events: list[Event], cores: list[dict[str, float]],
             story_terms: frozenset[str], label: Callable[[Article], str], known: dict[str, Counter],
             kinds: dict[str, str]) -> list[Event]:
    pieces: list[_Piece] = []
    leads = {a.id: _lead_sentence(a) for a in articles}
    first_day = min((d for a in articles if (d := parse_day(a.published))), default=None)
    for article in articles:
        for sentence in article.sentences:
            lead = leads.get(article.id)
            # A "sentence" the splitter could not cut (a page without full stops) tells many
            # happenings on many days: it cites none of them.
            if len(article.text[sentence.start : sentence.end].split()) > MAX_SENTENCE_WORDS:
                continue
            for piece in _pieces(article, sentence):
                piece.vector = _vector(article, piece.start, piece.end, story_terms)
                if not piece.vector:
                    continue
                # The day a report's own lead gives is that report's event: not told in passing.
                if lead is not None and sentence.start == lead.start:
                    continue
                home = _home(piece, events, cores)
                if home is not None:
                    if not any(s.article_id == article.id and s.start == sentence.start for s in home.sentences):
                        home.sentences.append(EventSentence(label(article), article.id, sentence.start, sentence.end))
                    continue
                # A month or a year places a happening only when it is long past (background):
                # "في سبتمبر" in a report of September's summit is that summit, told vaguely.
                if piece.granularity in _RECALLED and not _long_before(piece, first_day):
                    continue
                # A year places a recalled happening only when written out ("في يوليو 2000", "عام
                # 1967"), not as a stretch ("العام الماضي", "2006-2014").
                if piece.granularity == "year" and not _YEAR.search(article.text[piece.at : piece.at + 40]):
                    continue
                if piece.day_end - piece.day_start > timedelta(days=MAX_SPAN_DAYS) and piece.granularity not in _RECALLED:
                    continue
                # A happening has an actor: a name in the stretch, or a person just before it
                # ("وعبر الحدود يوم الثلاثاء" after Kim).  A balance "as of 30 June" has none.
                if _actor(piece, kinds) is None:
                    continue
                pieces.append(piece)
    groups: list[list[_Piece]] = []
    for piece in pieces:
        for group in groups:
            first = group[0]
            if (first.day_start, first.day_end) != (piece.day_start, piece.day_end):
                continue
            # Long-past happenings recalled on the same month or year are one recollection
            # (Putin's July 2000 visit, told as "his last visit" and as "he met Kim Jong Il").
            if piece.granularity in _RECALLED or \
                    max(_cosine(piece.vector, other.vector) for other in group) >= SAME_HAPPENING:
                group.append(piece)
                break
        else:
            groups.append([piece])
    groups.sort(key=lambda g: (-len({p.article.id for p in g}), g[0].day_start))
    out: list[Event] = []
    out_cores: list[dict[str, float]] = []
    for group in groups[:MAX_PASSING]:
        core = _mean([p.vector for p in group])
        out_cores.append(core)
        lead = max(group, key=lambda p: _cosine(p.vector, core))
        sentences, seen = [], set()
        for p in group:
            key = (p.article.id, p.sentence.start)
            if key not in seen:
                seen.add(key)
                sentences.append(EventSentence(label(p.article), p.article.id, p.sentence.start, p.sentence.end))
        lead_citation = next(s for s in sentences if (s.article_id, s.start) == (lead.article.id, lead.sentence.start))
        sentences.remove(lead_citation)
        sentences.insert(0, lead_citation)
        out.append(Event(
            id="", story_id="",
            title=_clause_title(lead.article, lead.start, lead.end, lead.at, kinds),
            date_start=_iso(lead.day_start, lead.granularity),
            date_end=_iso(lead.day_end, lead.granularity),
            place=_place([(p.article, Sentence(p.start, p.end)) for p in group]),
            participants=_participants([(p.article, Sentence(p.start, p.end)) for p in group], known),
            sentences=sentences,
        ))
    return out, out_cores


def _actor(piece: _Piece, kinds: dict[str, str]) -> str | None:
    article = piece.article
    inside = next((m.text for m in article.mentions if piece.start <= m.start < piece.end), None)
    return inside or _subject_before(article, piece.start, kinds)


def _subject_before(article: Article, start: int, kinds: dict[str, str] | None = None) -> str | None:
    """The person the text just before ``start`` is about: the first one named in the
    nearest sentence (or the stretch of this one) before it that names one, within 400
    characters («ويزور كيم روسيا ... منذ تفشي جائحة كوفيد-19. وغادر بيونغ يانغ» is Kim)."""
    kinds = kinds if kinds is not None else name_kinds([article])
    persons = [m for m in article.mentions if m.start < start and start - m.start < 400 and _kind(m, kinds) == "PERS"]
    if not persons:
        return None
    own = next((s.start for s in article.sentences if s.start <= start < s.end), 0)
    begins = [own] + [s.start for s in article.sentences if s.start < own]
    for begin in sorted(set(begins), reverse=True):
        found = [m for m in persons if m.start >= begin]
        if found:
            first = min(found, key=lambda m: m.start)
            # The sentence is about him when he is named at its head («ويزور كيم روسيا»,
            # «وصل الرئيس عبد ربه منصور هادي»), not in passing at its end.
            return first.text if len(article.text[begin : first.start].split()) <= SUBJECT_WORDS else None
    return None


def name_kinds(articles: Sequence[Article]) -> dict[str, str]:
    """Each name's type (normalised key) as the story's mentions settle it, the way the entity
    linker does (``rasid.entities.linking._entity_type``; stories are built before linking):
    the tagger reads بيونغ يانغ as a person in most sentences, but the story also writes it
    بيونغيانغ, a place the tagger and the gazetteer both know."""
    from rasid.entities.linking import _entity_type

    keys: dict[str, Counter] = {}
    for article in articles:
        for m in article.mentions:
            keys.setdefault(" ".join(words(normalize(m.text))), Counter())[m.type] += 1
    types: dict[str, Counter] = {}
    aliases: dict[str, Counter] = {}
    group_of: dict[str, str] = {}
    for key, counts in keys.items():
        # One name written with or without its space or a glued و/ب/ل («وبيونغ يانغ», «بيونغيانغ»).
        group = _unglued(key, keys).replace(" ", "")
        group_of[key] = group
        types.setdefault(group, Counter()).update(counts)
        aliases.setdefault(group, Counter())[key] += sum(counts.values())
    settled = {g: _entity_type(t.most_common(1)[0][0], t, aliases[g]) for g, t in types.items()}
    return {key: settled[group] for key, group in group_of.items()}


def _kind(mention, kinds: dict[str, str]) -> str:
    key = " ".join(words(normalize(mention.text)))
    # «وبيونغ يانغ», «لبوتين»: a glued clitic is not part of the name the story types.
    for clitic in ("لل", "و", "ب", "ل", "ف"):
        rest = key[len(clitic):]
        if key.startswith(clitic) and len(rest) >= 3 and rest in kinds:
            return kinds[rest]
    return kinds.get(key, mention.type)


def _home(piece: _Piece, events: list[Event], cores: list[dict[str, float]]) -> Event | None:
    """The reported event a dated stretch tells of: its days and its content agree (less
    content is asked of a report's own sentence dated on its own event's day)."""
    best, best_score = None, 0.0
    for event, core in zip(events, cores):
        start, end = parse_day(event.date_start), parse_day(event.date_end)
        if start is None or piece.granularity not in _PLACING:
            continue
        if piece.day_end < start - timedelta(days=1) or piece.day_start > end + timedelta(days=1):
            continue
        own = piece.article.id in event.article_ids and start <= piece.day_start <= end
        score = _cosine(piece.vector, core)
        if score >= (SUPPORTS_OWN if own else SUPPORTS) and score > best_score and (own or _shares_specific(piece.vector, core)):
            best, best_score = event, score
    return best


def _pieces(article: Article, sentence: Sentence) -> list[_Piece]:
    """The dated happenings a sentence tells: cut after each day expression."""
    refs = list(_refs_in(article, sentence.start, sentence.end))
    out: list[_Piece] = []
    at = sentence.start
    for index, ref in enumerate(refs):
        days = happening_date(article, ref, sentence)
        end = ref.end if index < len(refs) - 1 else sentence.end
        if days is None or (ref.granularity not in _PLACING and ref.granularity not in _RECALLED):
            continue
        # «وصلت أمس ... وأكد أمس»: two days alike in one sentence tell one happening, not two.
        if out and (out[-1].day_start, out[-1].day_end, out[-1].granularity) == (days[0], days[1], ref.granularity):
            out[-1].end = end
        else:
            out.append(_Piece(article, sentence, at, end, days[0], days[1], ref.granularity, ref.start))
        at = end
    return out


def _refs_in(article: Article, start: int, end: int) -> list[TimeRef]:
    names = [(m.start, m.end) for m in article.mentions if m.type == "PERS"]
    refs = []
    for ref in sorted(article.timerefs, key=lambda r: r.start):
        if not (start <= ref.start < end) or not ref.value:
            continue
        # «أحمد الخميس»: a weekday inside a person's name dates nothing.
        if any(s <= ref.start < e or s < ref.end <= e for s, e in names):
            continue
        refs.append(ref)
    return refs


def happening_date(article: Article, ref: TimeRef, sentence: Sentence) -> tuple[date, date] | None:
    """The days of the happening ``ref`` dates in ``sentence``, or None when it dates none."""
    start_s, _, end_s = ref.value.partition("/")
    start = _first_day(start_s)
    end = _last_day(end_s or start_s)
    if start is None or end is None:
        return None
    table = tables(article.language, "happenings")
    before = normalize(article.text[max(sentence.start, ref.start - 25) : ref.start])
    text = normalize(article.text[sentence.start : sentence.end])
    if table is not None:
        said = normalize(ref.text)
        # "منذ 24 عاما", "منذ بدء هجومهم في يوليو 2014": "since" earlier in the date's clause.
        clause_start = max([sentence.start] + [m.end() for m in _CLAUSE.finditer(article.text[: ref.start])
                                                if m.end() > sentence.start])
        lately = words(normalize(article.text[clause_start : ref.start]))
        if any(said.startswith(normalize(cue)) or normalize(cue) in lately for cue in table.SINCE_CUES):
            return None
        if any(normalize(cue) in before for cue in table.REMEMBERED_CUES) and ref.granularity in _PLACING:
            return None
    published = parse_day(article.published)
    if published is not None and start > published and ref.granularity in _PLACING:
        to_come = table is not None and any(_has(text, normalize(cue)) for cue in table.FUTURE_CUES)
        if not to_come:
            if ref.weekday is not None and (start - published).days <= 7:
                # A past-tense report's bare weekday: the one before the report.
                start = end = start - timedelta(days=7)
            else:
                return None
    return start, end


def _has(text: str, cue: str) -> bool:
    """Whether ``text`` holds the words of ``cue`` side by side, punctuation aside («الأربعاء
    المقبل، وتركزت» says "next Wednesday" though a comma follows it)."""
    return f" {' '.join(words(cue))} " in f" {' '.join(words(text))} "


def _first_day(value: str) -> date | None:
    if len(value) >= 10:
        return parse_day(value)
    if re.fullmatch(r"\d{4}-\d{2}", value):
        return date(int(value[:4]), int(value[5:7]), 1)
    if re.fullmatch(r"\d{4}", value):
        return date(int(value), 1, 1)
    return None


def _last_day(value: str) -> date | None:
    if len(value) >= 10:
        return parse_day(value)
    if re.fullmatch(r"\d{4}-\d{2}", value):
        year, month = int(value[:4]), int(value[5:7])
        return (date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1))
    if re.fullmatch(r"\d{4}", value):
        return date(int(value), 12, 31)
    return None


def _long_before(piece: _Piece, first_day: date | None) -> bool:
    return _recalled(piece.day_end, len(_iso(piece.day_end, piece.granularity)), first_day)


def _recalled(last: date, width: int, first_day: date | None) -> bool:
    """Whether a happening ending on ``last`` is background to a story first reported on
    ``first_day``: a month before, or (told only by its month or year, ``width`` < 10) over
    before the month of the first report began («آب الماضي» in September's reports)."""
    if first_day is None:
        return False
    if width < 10 and last < first_day.replace(day=1):
        return True
    return last < first_day - timedelta(days=BACKGROUND_DAYS)


def _iso(day: date, granularity: str) -> str:
    if granularity == "year":
        return f"{day.year:04d}"
    if granularity == "month":
        return f"{day.year:04d}-{day.month:02d}"
    return day.isoformat()


def _event_id(story_id: str, sentence: EventSentence) -> str:
    return hashlib.blake2b(f"{story_id}\x00{sentence.article_id}\x00{sentence.start}".encode(), digest_size=8).hexdigest()


# -- sentence vectors ---------------------------------------------------------------------

def _story_terms(articles: Sequence[Article]) -> frozenset[str]:
    """Terms most of the story's articles use: they name the story, not one happening."""
    if len(articles) < 3:
        return frozenset()
    df: Counter[str] = Counter()
    for article in articles:
        df.update({t for t in (term_of(w) for w in words(normalize(article.text[:3000]))) if t})
    return frozenset(t for t, n in df.items() if n >= 0.6 * len(articles))


def _vector(article: Article, start: int, end: int, story_terms: frozenset[str]) -> dict[str, float]:
    text = _without_times(article, start, end)
    counts = Counter(t for t in (term_of(w) for w in words(normalize(text))) if t and t not in story_terms)
    vector = {t: (1.0 + math.log(c)) * _idf(t) for t, c in counts.items()}
    norm = math.sqrt(sum(v * v for v in vector.values())) or 1.0
    return {t: v / norm for t, v in vector.items()}


@lru_cache(maxsize=200_000)
def _idf(term: str) -> float:
    from rasid.stories.background import background

    documents, frequency = background().lookup(term)
    if not documents:
        return 3.0
    return math.log((1 + documents) / (1 + frequency)) + 1.0


def _mean(vectors: Sequence[dict[str, float]]) -> dict[str, float]:
    total: dict[str, float] = {}
    for vector in vectors:
        for t, v in vector.items():
            total[t] = total.get(t, 0.0) + v
    norm = math.sqrt(sum(v * v for v in total.values())) or 1.0
    return {t: v / norm for t, v in total.items()}


def _cosine(a: dict[str, float], b: dict[str, float]) -> float:
    if len(a) > len(b):
        a, b = b, a
    return sum(v * b[t] for t, v in a.items() if t in b)


def _shares_specific(a: dict[str, float], b: dict[str, float]) -> bool:
    return any(_idf(t) >= RARE_IDF for t in a.keys() & b.keys())


def _about(vector: dict[str, float], core: dict[str, float]) -> bool:
    return _cosine(vector, core) >= SUPPORTS and _shares_specific(vector, core)
