"""Name spans an analyst can trust: the tagger's mentions cut, split, joined, typed and filtered by rules
read from the language's tables (``rasid.lang.<code>.ner``).

The CRF was trained on ANERcorp (2000s wire news) and reads SaudiNewsNet's Gulf news loosely: it glues a
name to the next one through a clitic («كيم لبوتين», «موسكو وبيونغ يانغ»), takes a verb or a role into a
name («أعرب كيري», «محمد بن سلمان ولي ولي العهد»), stops a name on a connector («صالح بن»), tags words that
are no names («الله», «ريال») and misses most of the organisations and places named by a head noun
(«مجلس الوزراء», «مطار عدن الدولي», «مركز الملك سلمان للإغاثة والأعمال الإنسانية»).  Each step here is one
such repair, in this order:

1. a mention never crosses a punctuation mark (a glued one inside a word, as in جي.ام.ار, stays);
2. leading verbs and function words, and for people leading titles, leave the mention; trailing
   function words and roles leave it too;
3. a word glued by و/ل/ب/ف/ك to a name that is known on its own (in the same text, the place lists, the
   names learned from training or from the corpus) starts another name: «كيم لبوتين» is كيم and بوتين;
4. a connector (بن، أبو، عبد، آل) takes the next word in, or leaves when none follows;
5. a head noun and the words it governs make an organisation or a place («وزارة الخزانة الأمريكية»,
   «منطقة جازان»), absorbing the mentions inside; a personal title makes the name after it a person;
6. what remains of a non-name (the name of God in formulas, currencies, months, weekdays, common nouns)
   is dropped;
7. a full name's last word, written alone elsewhere in the text, is that person too (هولمز after
   جيمس هولمز).

A wrong name costs an analyst more than a missed one, so every step that adds a name needs a head
noun, a title or a name seen elsewhere.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from rasid.entities.names import fold_letters
from rasid.entities.ner.tokenize import tokenize
from rasid.entities.ner.words import norm
from rasid.lang import tables
from rasid.model import Mention

NAME_TYPES = ("PERS", "LOC", "ORG")
MAX_HEAD_PHRASE = 8  # words after an organisation or place head noun
MAX_TITLE_NAME = 4  # words of a name after a personal title
_MARKS = re.compile("[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640]")
# Marks that may join two parts of one word-like name (جي.ام.ار, Kepler-452b, إف.سي.إيه) when nothing
# separates them from either neighbour.
_GLUE_MARKS = frozenset(".-&'’")


def light(word: str) -> str:
    """Marks and tatweel removed, alef forms folded, ى and ة kept: on/Ali (على/علي) stay apart."""
    word = _MARKS.sub("", unicodedata.normalize("NFKC", word))
    return word.translate(_ALEF)


_ALEF = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا"})


@dataclass(frozen=True)
class _Tables:
    connectors: frozenset[str]
    lineage_connectors: frozenset[str]
    proclitics: tuple[str, ...]
    article: str
    contracted_article: str
    not_names: frozenset[tuple[str, ...]]
    person_titles: frozenset[str]
    royal_titles: frozenset[str]
    title_modifiers: frozenset[str]
    roles: frozenset[str]
    org_heads: frozenset[str]
    loc_heads: frozenset[str]
    light_heads: frozenset[str]  # as written, ى kept
    definite_heads: frozenset[str]
    descriptor_heads: frozenset[str]
    team_heads: frozenset[str]
    purpose_heads: frozenset[str]
    government_heads: frozenset[str]
    weak_heads: frozenset[str]
    verbal_heads: frozenset[str]
    possessed_endings: tuple[str, ...]
    fixed_names: dict[tuple[str, ...], str]
    national_heads: frozenset[str]
    national_names: frozenset[str]
    name_quotes: frozenset[str]
    of_construct_nouns: frozenset[str]
    sports_clubs: frozenset[str]
    sports_cues: frozenset[str]
    club_prefixes: frozenset[str]
    club_suffixes: frozenset[str]
    min_sports_cues: int
    of_phrase_after: frozenset[str]
    name_adjectives: frozenset[str]
    relative_endings: tuple[str, ...]
    function_norms: frozenset[str]  # normalised forms, for words read without their clitic
    name_breakers: frozenset[str]
    generic_modifiers: frozenset[str]
    locative_modifiers: frozenset[str]
    generic_complements: frozenset[str]
    function_words: frozenset[str]  # light forms
    verbs: frozenset[str]  # light forms
    time_words: frozenset[str]
    dated_units: frozenset[str]  # الأسبوع, العام: with the article, a time only before a shift marker
    shift_markers: frozenset[str]  # الماضي, المقبل
    weekdays: frozenset[str]
    given_names: frozenset[str]
    sentence_end: frozenset[str]
    adjective_endings: tuple[str, ...]
    accusative_endings: tuple[str, ...]
    nunation_marks: tuple[str, ...]
    own_modifiers: dict[str, frozenset[str]]
    purpose_prepositions: frozenset[str]
    prayer_names: frozenset[str]
    prayer_cues: frozenset[str]
    titles_before_titles: frozenset[str]
    perfect_verb_shapes: tuple[re.Pattern, ...]
    weak_perfect_verb_shapes: tuple[re.Pattern, ...]  # matched on the word as written
    imperfect_verb_shapes: tuple[re.Pattern, ...]
    byline_outlets: frozenset[tuple[str, ...]]
    byline_marks: frozenset[str]
    royal_namesake_heads: dict[str, str]
    canal_head: str
    canals: frozenset[str]
    day_parts: frozenset[str]  # صباح, مساء
    days: frozenset[str]  # اليوم, أمس, the weekdays: what a part of the day is of


def _phrase(text: str) -> tuple[str, ...]:
    return tuple(norm(t) for t in text.split())


@lru_cache(maxsize=None)
def _tables(language: str) -> _Tables | None:
    ner = tables(language, "ner")
    if ner is None or not hasattr(ner, "NAME_CONNECTORS"):
        return None
    temporal = tables(language, "temporal")
    reporting = tables(language, "reporting")
    stopwords = tables(language, "stopwords")
    time_words: set[str] = set()
    if temporal is not None:
        for table in (temporal.MONTHS, temporal.WEEKDAYS, temporal.HIJRI_MONTHS, temporal.DAY_WORDS,
                      temporal.UNITS, temporal.DAY_PARTS, temporal.RELATIVE_MARKERS):
            for phrase in table:
                time_words.update(_phrase(phrase))
    not_names = {_phrase(p) for p in ner.NOT_NAMES}
    if temporal is not None:
        not_names |= {_phrase(p) for p in (*temporal.MONTHS, *temporal.WEEKDAYS, *temporal.HIJRI_MONTHS)}
    verbs: set[str] = set()
    if reporting is not None:
        for table in (reporting.VERBS, reporting.STANCE_VERBS, reporting.PARTICIPLES):
            for verb in table:
                verbs.add(light(verb))
                verbs.update(light(c + verb) for c in reporting.CONJUNCTION_PREFIXES)
    verbs.update(light(v) for v in getattr(ner, "VERBS", ()))
    function_words = {light(w) for w in (stopwords.STOPWORDS if stopwords is not None else ())}
    if temporal is not None:  # counts are no names: «ستة مليارات»
        function_words |= {light(w) for phrase in temporal.NUMBER_WORDS for w in phrase.split()}
    function_words |= {light(w) for w in getattr(ner, "COUNT_WORDS", ())}
    return _Tables(
        connectors=frozenset(norm(w) for w in ner.NAME_CONNECTORS),
        lineage_connectors=frozenset(norm(w) for w in getattr(ner, "LINEAGE_CONNECTORS", ())),
        proclitics=tuple(norm(c) for c in ner.GLUE_PROCLITICS),
        article=ner.ARTICLE, contracted_article=ner.CONTRACTED_ARTICLE,
        not_names=frozenset(not_names),
        person_titles=frozenset(norm(w) for w in ner.PERSON_TITLES),
        royal_titles=frozenset(norm(w) for w in ner.ROYAL_TITLES),
        title_modifiers=frozenset(norm(w) for w in ner.TITLE_MODIFIERS),
        roles=frozenset(norm(w) for w in ner.ROLE_WORDS),
        org_heads=frozenset(norm(w) for w in ner.ORG_HEADS),
        loc_heads=frozenset(norm(w) for w in ner.LOC_HEADS),
        light_heads=frozenset(light(w) for w in (*ner.ORG_HEADS, *ner.LOC_HEADS)),
        definite_heads=frozenset(norm(w) for w in ner.DEFINITE_HEADS),
        descriptor_heads=frozenset(norm(w) for w in ner.DESCRIPTOR_HEADS),
        team_heads=frozenset(norm(w) for w in getattr(ner, "TEAM_HEADS", ())),
        purpose_heads=frozenset(norm(w) for w in ner.PURPOSE_HEADS),
        government_heads=frozenset(norm(w) for w in ner.GOVERNMENT_HEADS),
        weak_heads=frozenset(norm(w) for w in ner.WEAK_HEADS),
        verbal_heads=frozenset(norm(w) for w in getattr(ner, "VERBAL_HEADS", ())),
        possessed_endings=tuple(getattr(ner, "POSSESSED_ENDINGS", ())),
        fixed_names={_phrase(name): kind for name, kind in getattr(ner, "FIXED_NAMES", {}).items()},
        national_heads=frozenset(norm(w) for w in ner.NATIONAL_HEADS),
        national_names=frozenset(norm(w) for w in ner.NATIONAL_NAMES),
        name_quotes=frozenset(getattr(ner, "NAME_QUOTES", ())),
        of_construct_nouns=frozenset(norm(w) for w in getattr(ner, "OF_CONSTRUCT_NOUNS", ())),
        sports_clubs=frozenset(norm(w) for w in getattr(ner, "SPORTS_CLUBS", ())),
        sports_cues=frozenset(norm(w) for w in getattr(ner, "SPORTS_CUES", ())),
        club_prefixes=frozenset(norm(w) for w in getattr(ner, "CLUB_PREFIXES", ()) if " " not in w),
        club_suffixes=frozenset(norm(w) for w in getattr(ner, "CLUB_SUFFIXES", ())),
        min_sports_cues=getattr(ner, "MIN_SPORTS_CUES", 3),
        of_phrase_after=frozenset(norm(w) for w in ner.OF_PHRASE_AFTER),
        name_adjectives=frozenset(norm(w) for w in ner.NAME_ADJECTIVES),
        relative_endings=tuple(norm(e) for e in ner.RELATIVE_ADJECTIVE_ENDINGS),
        name_breakers=frozenset(norm(w) for w in ner.NAME_BREAKERS),
        function_norms=frozenset(norm(w) for w in (stopwords.STOPWORDS if stopwords is not None else ())),
        generic_modifiers=frozenset(norm(w) for w in ner.GENERIC_MODIFIERS),
        locative_modifiers=frozenset(norm(w) for w in getattr(ner, "LOCATIVE_MODIFIERS", ())),
        generic_complements=frozenset(norm(w) for w in ner.GENERIC_COMPLEMENTS),
        function_words=frozenset(function_words),
        verbs=frozenset(verbs),
        time_words=frozenset(time_words),
        dated_units=frozenset(ner.ARTICLE + norm(u) for u in (temporal.UNITS if temporal is not None else ())),
        shift_markers=frozenset(norm(m) for m, shift in (temporal.RELATIVE_MARKERS.items() if temporal is not None
                                                         else ()) if shift),
        weekdays=frozenset(norm(w) for w in (temporal.WEEKDAYS if temporal is not None else ())),
        given_names=frozenset(norm(w) for w in getattr(ner, "GIVEN_NAMES", ())),
        sentence_end=frozenset(ner.SENTENCE_END),
        adjective_endings=tuple(ner.ADJECTIVE_ENDINGS),
        accusative_endings=tuple(getattr(ner, "ACCUSATIVE_ENDINGS", ())),
        nunation_marks=tuple(getattr(ner, "NUNATION_MARKS", ())),
        prayer_names=frozenset(norm(w) for w in getattr(ner, "PRAYER_NAMES", ())),
        prayer_cues=frozenset(norm(w) for w in getattr(ner, "PRAYER_CUES", ())),
        purpose_prepositions=frozenset(light(w) for w in getattr(ner, "PURPOSE_PREPOSITIONS", ())),
        own_modifiers={norm(h): frozenset(norm(w) for w in ws) for h, ws in getattr(ner, "OWN_MODIFIERS", {}).items()},
        titles_before_titles=frozenset(norm(w) for w in getattr(ner, "TITLES_BEFORE_TITLES", ())),
        perfect_verb_shapes=tuple(re.compile(p) for p in getattr(ner, "PERFECT_VERB_SHAPES", ())),
        weak_perfect_verb_shapes=tuple(re.compile(p) for p in getattr(ner, "WEAK_PERFECT_VERB_SHAPES", ())),
        imperfect_verb_shapes=tuple(re.compile(p) for p in getattr(ner, "IMPERFECT_VERB_SHAPES", ())),
        byline_outlets=frozenset(_phrase(p) for p in getattr(ner, "BYLINE_OUTLETS", ())),
        byline_marks=frozenset(getattr(ner, "BYLINE_MARKS", ())),
        canal_head=norm(getattr(ner, "CANAL_HEAD", "")),
        canals=frozenset(norm(w) for w in getattr(ner, "CANALS", ())),
        royal_namesake_heads={norm(w): kind for w, kind in getattr(ner, "ROYAL_NAMESAKE_HEADS", {}).items()},
        day_parts=frozenset(norm(w) for w in (temporal.DAY_PARTS if temporal is not None else ()) if " " not in w),
        days=frozenset(norm(w) for w in ((*temporal.DAY_WORDS, *temporal.WEEKDAYS) if temporal is not None else ())
                       if " " not in w),
    )


class NameBook:
    """Names known before reading a text: full names (normalised word tuples, letter variants folded so
    بيونج يانج meets بيونغ يانغ) with their type, and the words that begin one.  Built from the tagger's
    lexicon and the corpus names (strong) and its place lists (weak: a short place name is often a
    common word too); each text adds its own mentions while it is refined."""

    def __init__(self, names: dict[tuple[str, ...], str] | None = None,
                 weak_names: dict[tuple[str, ...], str] | None = None):
        self.names: dict[tuple[str, ...], str] = {}
        self.first_words: dict[str, str] = {}
        self.strong_first: set[str] = set()
        for key, kind in (weak_names or {}).items():
            self.add(key, kind, strong=False)
        for key, kind in (names or {}).items():
            self.add(key, kind)

    def add(self, key: tuple[str, ...], kind: str, strong: bool = True) -> None:
        if not key or kind not in NAME_TYPES:
            return
        key = tuple(fold_letters(w) for w in key)
        self.names.setdefault(key, kind)
        self.first_words.setdefault(key[0], kind)
        if strong:
            self.strong_first.add(key[0])

    def known(self, words) -> str | None:
        """The type of the name spelled by exactly these words."""
        return self.names.get(tuple(fold_letters(w) for w in words))

    def begins(self, word: str, strong: bool = False) -> str | None:
        """The type of a name this word begins (only names from a strong source if ``strong``)."""
        word = fold_letters(word)
        if strong and word not in self.strong_first:
            return None
        return self.first_words.get(word)

    def copy(self) -> "NameBook":
        other = NameBook()
        other.names = dict(self.names)
        other.first_words = dict(self.first_words)
        other.strong_first = set(self.strong_first)
        return other


@dataclass
class _Span:
    a: int  # first token
    b: int  # last token + 1
    kind: str


class _Text:
    def __init__(self, text: str, t: _Tables):
        self.text = text
        self.t = t
        self.spans = tokenize(text)
        self.raw = [text[s:e] for s, e in self.spans]
        self.norms = [norm(w) for w in self.raw]
        self.lights = [light(w) for w in self.raw]
        self.n = len(self.spans)
        self._bare: dict[int, list[tuple[str, str]]] = {}

    def is_word(self, i: int) -> bool:
        return 0 <= i < self.n and self.raw[i][:1].isalnum()

    def glued_mark(self, i: int) -> bool:
        """A mark inside a word-like name (جي.ام.ار): touching a word on both sides."""
        if not (0 < i < self.n - 1) or self.raw[i] not in _GLUE_MARKS:
            return False
        return (self.spans[i - 1][1] == self.spans[i][0] and self.spans[i][1] == self.spans[i + 1][0]
                and self.is_word(i - 1) and self.is_word(i + 1))

    def breaks(self, i: int) -> bool:
        """Token i cannot be inside a name: punctuation, or a line break right before it."""
        if not self.is_word(i) and not self.glued_mark(i):
            return True
        return i > 0 and "\n" in self.text[self.spans[i - 1][1]:self.spans[i][0]]

    def bare(self, i: int) -> list[tuple[str, str]]:
        """(clitic, rest) readings of token i with a glued conjunction or preposition taken off.
        ل + ال is written لل (للأمم المتحدة): that reading's clitic is "", since no letters of the
        written word can be cut off to leave the name."""
        found = self._bare.get(i)
        if found is None:
            found = self._bare[i] = _bare(self.norms[i], self.t)
        return found

    def function_word(self, i: int) -> bool:
        """A function word or number word, as written or after a glued و/ف (والذي, وأين)."""
        word = self.lights[i]
        words = self.t.function_words
        return word in words or (word[:1] in "وف" and len(word) > 2 and word[1:] in words)

    def dated(self, i: int) -> bool:
        """Token i is a unit of time the next word shifts: «الأسبوع الماضي», «العام المقبل»."""
        return (self.norms[i] in self.t.dated_units and i + 1 < self.n
                and self.norms[i + 1] in self.t.shift_markers)

    def verb(self, i: int) -> bool:
        return self.lights[i] in self.t.verbs

    def definite(self, i: int) -> bool:
        """Written with the article: a word opening with أل (ألقى، ألزمت) only looks so once normalised."""
        word = self.norms[i]
        art = self.t.article
        return (word.startswith(art) and len(word) > len(art) + 1
                and _MARKS.sub("", unicodedata.normalize("NFKC", self.raw[i])).startswith(art))



def clitic_readings(word: str, language: str = "ar") -> list[str]:
    """A normalised word without a glued conjunction or preposition (وبوتين -> بوتين, للأمم -> الأمم)."""
    t = _tables(language)
    if t is None:
        return []
    return [rest for _, rest in _bare(word, t)]


def _bare(word: str, t: _Tables) -> list[tuple[str, str]]:
    out = []
    if word.startswith(t.contracted_article) and len(word) > len(t.contracted_article) + 1:
        out.append(("", t.article + word[len(t.contracted_article):]))
    for c1 in t.proclitics:
        if word.startswith(c1) and len(word) - len(c1) >= 2:
            rest = word[len(c1):]
            out.append((c1, rest))
            if c1 in ("و", "ف"):
                if rest.startswith(t.contracted_article) and len(rest) > len(t.contracted_article) + 1:
                    out.append(("", t.article + rest[len(t.contracted_article):]))
                for c2 in t.proclitics:
                    if c2 not in ("و", "ف") and rest.startswith(c2) and len(rest) - len(c2) >= 2:
                        out.append((c1 + c2, rest[len(c2):]))
    return out


def refine_mentions(text: str, mentions: list[Mention], language: str | None,
                    book: NameBook | None = None, corpus=None) -> list[Mention]:
    """The repaired mentions of ``text`` (offsets into it), in text order; MISC mentions pass through.
    ``corpus`` (a ``CorpusNames``) adds what self-training on the corpus learned: common words that
    are no names, and names to tag where the tagger missed them."""
    t = _tables((language or "ar").split("-")[0])
    if t is None or not text:
        return mentions
    x = _Text(text, t)
    if not x.n:
        return mentions
    prior = book if book is not None else NameBook()  # what was known before this text
    book = prior.copy()
    starts = {s: i for i, (s, _) in enumerate(x.spans)}
    ends = {e: i for i, (_, e) in enumerate(x.spans)}
    spans: list[_Span] = []
    passthrough: list[Mention] = []
    for m in mentions:
        a, b = starts.get(m.start), ends.get(m.end)
        if m.type not in NAME_TYPES or a is None or b is None:
            if a is None or b is None or not _not_a_name(x, _Span(a, b + 1, m.type)):
                passthrough.append(m)  # other kinds (MISC) keep their span, but «دولار» is no name either
            continue
        spans.append(_Span(a, b + 1, m.type))
    spans = _join_at_glued_marks(x, sorted(spans, key=lambda s: s.a))
    spans = [p for s in spans for p in _split_at_breaks(x, s)]
    spans = [p for s in spans if (p := _trim(x, s, corpus, prior)) is not None]
    spans = [_agreeing(x, p) for s in spans if (p := _close_connectors(x, s)) is not None]
    spans = _open_lineages(x, spans, corpus.common if corpus is not None else frozenset())
    for s in spans:
        book.add(_words_of(x, s), s.kind)
    spans = [p for s in spans for p in _split_glued(x, s, book, prior)]
    spans = [p for s in spans for p in _split_person_phrases(x, s, book, corpus.common if corpus is not None else frozenset())]
    spans = [p for s in spans if (p := _close_connectors(x, s)) is not None]
    spans = _join_persons(x, spans, prior)
    spans = _weekday_family_names(x, spans)
    spans = _given_family_names(x, spans, book)
    spans = _lineage_family_names(x, spans)
    spans = _extend_to_known(x, spans, book, corpus.common if corpus is not None else frozenset())
    spans = _after_family_names(x, spans)
    spans = _add_head_phrases(x, spans, book, corpus, prior)
    spans = _described_places(x, spans, book)
    spans = _quoted_names(x, spans, book)
    spans = _type_by_titles(x, spans, book, corpus)
    spans = _type_after_roles(x, spans, book)
    spans = [s for s in spans if not _not_a_name(x, s, corpus, prior)]
    spans = _fill_known(x, spans, {**t.fixed_names, **(corpus.fill if corpus is not None else {})}, book)
    spans = _surnames(x, spans, corpus.common if corpus is not None else frozenset())
    spans = _lone_family_names(x, spans, prior)
    spans = _sports_clubs(x, spans)
    spans = _club_designators(x, spans)
    spans = _royal_namesakes(x, spans)
    spans = _byline_outlets(x, spans, prior)
    spans = _canals(x, spans)
    spans = _persons_after_places(x, [p for s in spans for p in _place_then_person(x, s, prior)], prior)
    taken = {k for s in spans for k in range(s.a, s.b)}
    passthrough = [m for m in passthrough if not (starts.get(m.start) in taken and m.type == "MISC")]
    out = passthrough + [_mention(x, s) for s in spans]
    return sorted(out, key=lambda m: (m.start, m.end))


MAX_BYLINE_TOKENS = 14


def _given_name(x: _Text, k: int, prior: NameBook) -> bool:
    first = x.norms[k]
    return (not x.definite(k) and not x.bare(k)
            and (first in x.t.given_names or (prior.begins(first, strong=True) == "PERS"
                                              and prior.known((first,)) == "PERS")))


def _persons_after_places(x: _Text, spans: list[_Span], prior: NameBook) -> list[_Span]:
    """The glued span cut at the place (by the head phrase, or by ``_place_then_person``) leaves the
    person with the place's type: a short name opening with a given name right after a place or body
    is a person («بمنطقة تبوك» then «خالد العنزي»)."""
    for prev, s in zip(spans, spans[1:]):
        if (s.kind in ("LOC", "ORG") and prev.kind in ("LOC", "ORG") and prev.b == s.a and s.b - s.a <= 3
                and not x.breaks(s.a) and _given_name(x, s.a, prior) and _head_of(x, s.a) is None
                and not any(_head_of(x, k) for k in range(s.a, s.b))):
            s.kind = "PERS"
    return spans


def _place_then_person(x: _Text, s: _Span, prior: NameBook) -> list[_Span]:
    """A place or body known before the text, then a person's given name, is two names the tagger
    glued: «لهيئة الهلال الأحمر السعودي 【بمنطقة تبوك خالد العنزي】» (2015-08-07) is the region, then
    its spokesman (once in that day's 1,454 articles; a head noun alone, «مسجد عبدالله بن عباس», is
    the place named after the person)."""
    if s.kind not in ("LOC", "ORG") or s.b - s.a < 2:
        return [s]
    t = x.t
    for k in range(s.b - 1, s.a, -1):
        if (x.norms[k - 1] not in t.connectors and _given_name(x, k, prior)
                and prior.known(tuple(x.norms[s.a:k])) in ("LOC", "ORG")
                and not (k == s.a + 1 and _head_of(x, s.a))):  # («مسجد عبدالله بن عباس» is named after him)
            return [_Span(s.a, k, s.kind), _Span(k, s.b, "PERS")]
    return [s]


def _canals(x: _Text, spans: list[_Span]) -> list[_Span]:
    """«قناة السويس (الجديدة)» is the canal, a place, with its head noun (the tagger typed «السويس» after
    قناة an organisation, as for a channel); after an organisation's head it is that body's name:
    «هيئة قناة السويس»."""
    t = x.t
    if not t.canals:
        return spans
    taken = {k for s in spans for k in range(s.a, s.b)}
    for s in spans:
        k = s.a - 1
        if (k < 0 or k in taken or x.breaks(s.a) or x.norms[s.a] not in t.canals
                or t.canal_head not in [x.norms[k]] + [r for _, r in x.bare(k)]):
            continue
        body = k - 1
        if body >= 0 and body not in taken and not x.breaks(k) and _head_of(x, body) == "ORG":
            s.a, s.kind = body, "ORG"
        else:
            s.a, s.kind = k, "LOC"
        taken.update(range(s.a, s.b))
    return spans


def _byline_outlets(x: _Text, spans: list[_Span], book: NameBook | None = None) -> list[_Span]:
    """The outlet or agency signing the byline that opens the text, as a part of it between dashes or
    before its colon («بدر الجبل –سبق- تبوك:», «سبق- وكالات:»), is an organisation, whatever the
    word means elsewhere (سبق is also "preceded"); the byline's other parts are then the city it was
    filed from (a known place: تبوك) and the reporter (two or three words of a name: بدر الجبل)."""
    t = x.t
    if not t.byline_outlets:
        return spans
    end = 0
    while end < min(x.n, MAX_BYLINE_TOKENS) and not (end > 0 and x.breaks(end) and x.is_word(end)):
        end += 1
    if end == x.n:  # a text of one line has no byline line (unless a colon closes it early)
        end = next((k for k in range(min(x.n, MAX_BYLINE_TOKENS)) if x.raw[k] == ":"), 0)
    longest = max((len(p) for p in t.byline_outlets), default=0)
    found: list[_Span] = []
    i = 0
    while i < end:
        for size in range(min(longest, end - i), 0, -1):
            words = tuple(x.norms[i:i + size])
            if (words in t.byline_outlets and (i == 0 or x.raw[i - 1] in t.byline_marks)
                    and (i + size == end or x.raw[i + size] in t.byline_marks)
                    and (i > 0 or i + size < end)):
                found.append(_Span(i, i + size, "ORG"))
                i += size - 1
                break
        i += 1
    if not found:
        return spans
    parts: list[tuple[int, int]] = []
    a = 0
    for k in range(end + 1):
        if k == end or x.raw[k] in t.byline_marks:
            if k > a:
                parts.append((a, k))
            a = k + 1
    for a, b in parts:
        if any(f.a == a and f.b == b for f in found) or book is None:
            continue
        words = tuple(x.norms[a:b])
        if book.known(words) == "LOC":
            found.append(_Span(a, b, "LOC"))
        elif (2 <= b - a <= 3 and all(_name_like(x, k) and not x.bare(k) for k in range(a, b))
              and book.known(words) in (None, "PERS") and book.begins(x.norms[a], strong=True) == "PERS"):
            found.append(_Span(a, b, "PERS"))
    keep = [s for s in spans if not any(f.a < s.b and s.a < f.b for f in found)]
    return sorted(keep + found, key=lambda s: s.a)


# Offsets of a mention read from the article's own metadata (its dateline, its outlet's byline) rather
# than from its text: it names no place in the text.
OUTSIDE_TEXT = -1


def metadata_mentions(dateline: str | None, author: str | None, language: str | None,
                      book: NameBook | None, mentions: list[Mention],
                      byline_lines: list[str] = (), credits: list[str] = ()) -> list[Mention]:
    """The place of an article's dateline («عين اليوم – أنقرة») and the outlet or agency of its byline
    («عين اليوم»), which the cleaner lifts out of the text, as mentions too: a reader of the page sees
    them, and they are what the article is from.  Only names the book knows with that type (a place
    for a dateline, an organisation for a byline: a person's byline stays the author, not an entity
    of the story), and not already mentioned in the text.  The outlet of a byline line the cleaner
    dropped («سبق- أبها:») and the agencies it credited (واس) are organisations too."""
    t = _tables((language or "ar").split("-")[0])
    if t is None or book is None:
        return []
    seen = {tuple(norm(w) for w in m.text.split()) for m in mentions}
    out = []
    parts = [p.strip() for line in byline_lines for p in re.split("[" + re.escape("".join(t.byline_marks)) + "]", line)]
    values = [(dateline, "LOC"), (author, "ORG")] + [(p, "ORG") for p in (*parts, *credits)
                                                      if tuple(norm(w) for w in p.split()) in t.byline_outlets]
    for value, kind in values:
        if not value or not value.strip():
            continue
        key = tuple(norm(w) for w in value.split())
        known = book.known(key) == kind or (kind == "ORG" and key in t.byline_outlets)
        if key and key not in seen and known and key not in t.not_names:
            out.append(Mention(OUTSIDE_TEXT, OUTSIDE_TEXT, value.strip(), kind))
            seen.add(key)
    return out


def _words_of(x: _Text, s: _Span) -> tuple[str, ...]:
    """The span's normalised words, glued marks left out (كيم جونغ-أون is كيم جونغ أون)."""
    return tuple(x.norms[k] for k in range(s.a, s.b) if x.is_word(k))


def _forms(x: _Text, s: _Span) -> list[tuple[str, ...]]:
    """The span's words as written and with a clitic off its first word (وبيونغ يانغ: بيونغ يانغ)."""
    words = _words_of(x, s)
    return [words] + [(rest, *words[1:]) for clitic, rest in x.bare(s.a) if clitic] if words else []


def _known_form(book: NameBook, x: _Text, s: _Span) -> str | None:
    return next((kind for f in _forms(x, s) if (kind := book.known(f))), None)


def _join_at_glued_marks(x: _Text, spans: list[_Span]) -> list[_Span]:
    """The tagger cut «كيم جونغ-أون» at its hyphen: two spans a glued mark apart are one."""
    out: list[_Span] = []
    for s in spans:
        if out and out[-1].b + 1 == s.a and x.glued_mark(out[-1].b) and out[-1].kind == s.kind:
            out[-1] = _Span(out[-1].a, s.b, s.kind)
        else:
            out.append(s)
    return out


def _extend_to_known(x: _Text, spans: list[_Span], book: NameBook, common: frozenset[str] = frozenset()) -> list[_Span]:
    """A span that is part of a longer name known from this text or the corpus takes the rest in:
    «جو» before «بايدن» when جو بايدن is known, «وكوريا» before «الشمالية»."""
    covered = {k for s in spans for k in range(s.a, s.b)}
    out = []
    for s in spans:
        b = s.b
        for extra in (2, 1):
            end = s.b + extra
            if end <= x.n and all(k not in covered and x.is_word(k) and not x.breaks(k) for k in range(s.b, end)):
                if _known_form(book, x, _Span(s.a, end, s.kind)):
                    b = end
                    break
        a = s.a
        if not x.bare(s.a):
            for extra in (2, 1):
                start = s.a - extra
                if start >= 0 and all(k not in covered and x.is_word(k) and not x.breaks(k + 1)
                                      for k in range(start, s.a)):
                    if _known_form(book, x, _Span(start, b, s.kind)):
                        a = start
                        break
        if (a, b) != (s.a, s.b) and _split_person_phrases(x, _Span(a, b, s.kind), book, common) == [_Span(a, b, s.kind)]:
            # (never back over what a person's name cannot hold: the text's own glued span, as
            # «فيصل بن تركي والأمير» the tagger gave, is in the book)
            covered.update(range(a, b))
            s = _Span(a, b, s.kind)
        out.append(s)
    return out


def _join_persons(x: _Text, spans: list[_Span], prior: NameBook) -> list[_Span]:
    """The tagger cut «خالد محفوظ بحاح» into خالد and محفوظ بحاح: two person spans side by side are
    one name, unless both are names known apart (التقى بوتين كيم) or the second opens with a clitic
    (جيسي لينجارد وعدنان يانوزاي were split there on purpose).  A given name news never writes alone
    (خالد) known apart is still the first name of the person after it."""
    out: list[_Span] = []
    for s in spans:
        last = out[-1] if out else None
        if (last is not None and last.kind == s.kind == "PERS" and last.b == s.a and not x.bare(s.a)
                and not (_known_form(prior, x, last) and _known_form(prior, x, s)
                         and "".join(x.norms[last.a:last.b]) not in x.t.given_names)):
            out[-1] = _Span(last.a, s.b, "PERS")
        else:
            out.append(s)
    return out


def _weekday_family_names(x: _Text, spans: list[_Span]) -> list[_Span]:
    """«أحمد الخميس», «عبدالله الجمعة»: a weekday right after a given name that stands for no one alone is
    the person's family name (the tagger stops before it, taking it for the date); not after a royal
    title («الملك سلمان الخميس»: on Thursday) nor before a last/next marker («... الخميس الماضي»)."""
    t = x.t
    if not t.given_names:
        return spans
    starts = {s.a for s in spans}
    for s in spans:
        k = s.b
        if (s.kind != "PERS" or k >= x.n or k in starts or x.breaks(k) or x.norms[k] not in t.weekdays
                or "".join(x.norms[s.a:s.b]) not in t.given_names
                or (s.a > 0 and x.norms[s.a - 1] in t.royal_titles)
                or (k + 1 < x.n and not x.breaks(k + 1) and x.norms[k + 1] in t.time_words)):
            continue
        s.b = k + 1
    return spans


def _given_family_names(x: _Text, spans: list[_Span], book: NameBook) -> list[_Span]:
    """«اللاعب عبدالله الزاير»: a given name news never writes alone, tagged alone, goes on to the
    definite word right after it, the family name the tagger left out; never to a description
    (الثاني, السابق), a nationality (السعودي), a title, a time word or a head noun."""
    t = x.t
    if not t.given_names:
        return spans
    starts = {s.a for s in spans}
    for s in spans:
        k = s.b
        if (s.kind == "PERS" and s.b - s.a == 1 and x.norms[s.a] in t.given_names and k < x.n
                and k not in starts and x.definite(k) and not x.bare(k) and _name_like(x, k)
                and not _adjective_of_kind(x, k) and x.norms[k] not in t.name_adjectives
                and not _nationality(x.norms[k], book, feminine_country=True)
                and not (s.a > 0 and x.norms[s.a - 1] in t.royal_titles)):
            s.b = k + 1
    return spans


def _type_after_roles(x: _Text, spans: list[_Span], book: NameBook) -> list[_Span]:
    """«وزير خارجية كوريا الجنوبية بارك جين»: a name right after the place or body that completes a
    role is the person holding it, whatever the tagger typed it; and in «حاكم خاباروفسك ميخائيل
    ديجتياريف» the first of two names side by side after a role is the place it governs."""
    t = x.t
    for prev, s in zip(spans, spans[1:]):
        if s.a != prev.b or _head_of(x, s.a):
            continue
        after_role = any(x.norms[k] in t.roles or x.norms[k] in t.person_titles
                         for k in range(max(0, prev.a - 3), prev.a))
        if not after_role:
            continue
        # (not «بجدة»: where the body is, a known place after a preposition; «بارك جين» only
        # looks like one)
        placed = any(c in ("ب", "ل", "ك") and book.known([rest]) == "LOC" for c, rest in x.bare(s.a))
        if prev.kind in ("LOC", "ORG") and s.kind != "PERS" and not placed:
            s.kind = "PERS"
        elif prev.kind == "PERS" and s.kind == "PERS" and prev.a > 0 and x.norms[prev.a - 1] in t.roles:
            prev.kind = "LOC"
    return spans


def _mention(x: _Text, s: _Span) -> Mention:
    start = x.spans[s.a][0]
    end = x.spans[s.b - 1][1]
    return Mention(start, end, x.text[start:end], s.kind)


def _split_at_breaks(x: _Text, s: _Span) -> list[_Span]:
    out: list[_Span] = []
    a = s.a
    for i in range(s.a, s.b + 1):
        if i == s.b or x.breaks(i):
            if i > a and not (i == a + 1 and x.breaks(a)):
                out.append(_Span(a, i, s.kind))
            a = i + 1 if i < s.b and not x.is_word(i) else i
    return [p for p in out if any(x.is_word(k) for k in range(p.a, p.b))]


def _trim(x: _Text, s: _Span, corpus=None, book: NameBook | None = None) -> _Span | None:
    """Leading verbs, function words and (for people) titles, roles and common words after a clitic
    leave a name, and so do trailing ones and trailing common words: «أعرب كيري» is كيري, «بوالد كيم»
    is كيم, «كيم حاشية» is كيم."""
    t = x.t
    common = corpus.common if corpus is not None and s.kind == "PERS" else frozenset()
    a, b = s.a, s.b
    while a < b and not (x.norms[a] in t.connectors and b - a > 1) and (
            x.verb(a) or x.function_word(a) or (s.kind == "PERS" and x.norms[a] in t.person_titles)
            or (x.norms[a] in t.roles and s.kind == "PERS")
            # «بوالد كيم»: a common word after a clitic opens no name (a name may be a common word:
            # بدر; and a known name may begin with a conjunction's letter: فيصل, وليد)
            or (b - a > 1 and any(c for c, _ in x.bare(a)) and _common(x, a, common)
                and not (book is not None and not any(c in ("ل", "ب") for c, _ in x.bare(a))
                         and book.begins(x.norms[a], strong=True)))
            # «والشاعر منصور», «ولاعب الوسط»: a title or role after a conjunction or preposition
            or (s.kind == "PERS" and b - a > 1
                and any(c and (r in t.person_titles or r in t.roles) for c, r in x.bare(a)))
            # «المرشح اليساري جيريمي كوربين»: a definite relative adjective describes the person after
            # it (a family name so shaped comes last: محمد الغامدي)
            or (s.kind == "PERS" and b - a > 1 and x.definite(a) and x.norms[a].endswith(t.relative_endings)
                and not (book is not None and book.begins(x.norms[a], strong=True) == "PERS"))):
        a += 1
    if (s.kind == "PERS" and a > s.a and b - a == 1 and x.definite(a) and x.norms[a].endswith(t.relative_endings)
            and not (book is not None and book.begins(x.norms[a], strong=True) == "PERS")):
        return None  # «الملياردير الروسي»: the title's adjective, left alone, would open the next name
    everyone_common = corpus.common if corpus is not None else frozenset()
    while b - a > 2 and (k := _formula_start(x, a, b)) is not None:
        b = k  # the whole formula leaves: «عثمان رضي الله» is عثمان
    while b > a and (x.function_word(b - 1) or x.verb(b - 1) or x.norms[b - 1] in t.roles
                     or (s.kind == "PERS" and x.norms[b - 1] in t.person_titles)
                     # «منطقة عسير اللواء», «حركة طالبان الأسبوع»: the next person's rank, the sentence's time
                     or (s.kind != "PERS" and b - a > 1 and (x.norms[b - 1] in t.time_words or x.dated(b - 1) or (
                         x.norms[b - 1] in t.person_titles and x.norms[b - 1] not in t.royal_titles
                         and x.norms[b - 1] not in t.of_phrase_after)))
                     or not x.is_word(b - 1)
                     or (b - a > 1 and _common(x, b - 1, common) and not _family_after_given(x, a, b))
                     or (b - a > 1 and x.norms[b - 1][:1] in "يت" and _common(x, b - 1, everyone_common)
                         and not _family_after_given(x, a, b))):
        b -= 1
    if t.nunation_marks:
        # «لعبدٍ طائعٍ», «أوباما ضعيفٌ»: a declined indefinite word, and nothing of a name after it
        b = next((k for k in range(a, b) if any(m in x.raw[k] for m in t.nunation_marks)), b)
    if s.kind == "PERS" and t.possessed_endings:
        # «ألفارو غوتيريز قناعته», «موافقته الكاملة»: the sentence's noun, and nothing of a name after it
        b = next((k for k in range(a, b) if _possessed(x, k)), b)
    if a >= b:
        return None
    return _Span(a, b, s.kind)


def _lone_family_names(x: _Text, spans: list[_Span], prior: NameBook) -> list[_Span]:
    """A person tagged as one definite word takes in the given name the tagger left before it («علي
    【الأحمدي】», «يزيد 【الرشيد】», read on 2015-08-06).  (Dropping the others, unknown as family names,
    was tried on that day: of 24 so dropped, 9 were people whose full name the tagger had missed.)"""
    t = x.t
    covered = {k for s in spans for k in range(s.a, s.b)}
    out = []
    for s in spans:
        k = s.a - 1
        if (s.kind == "PERS" and s.b - s.a == 1 and k >= 0 and k not in covered and x.definite(s.a)
                and not x.bare(s.a) and not x.breaks(s.a) and _name_like(x, k) and not x.definite(k)
                and not _title_word(x, k) and x.norms[k] not in t.connectors
                and any(r in t.given_names or prior.begins(r, strong=True) == "PERS" or prior.known((r,)) == "PERS"
                        for r in (x.norms[k], *(rest for c, rest in x.bare(k) if c in ("و", "ف"))))):
            s = _Span(k, s.b, "PERS")
            covered.add(k)
        out.append(s)
    return out


def _family_after_given(x: _Text, a: int, b: int) -> bool:
    """Tokens [a, b) are a given name news never writes alone and one indefinite word after it: the
    family name, however common a word it is («ناصر جودة», «خالد عويضه»; trimmed, the person was cut
    to «ناصر», read on 2015-08-06)."""
    return (b - a == 2 and x.norms[a] in x.t.given_names and not x.bare(b - 1) and not x.definite(b - 1)
            and _name_like(x, b - 1))


def _formula_start(x: _Text, a: int, b: int) -> int | None:
    """Where tokens [a, b) end in a formula of several words that is no name («الملك عبدالعزيز رحمه الله»)."""
    return next((k for k in range(max(a + 1, b - MAX_NOT_NAME_WORDS), b - 1) if tuple(x.norms[k:b]) in x.t.not_names),
                None)


def _agreeing(x: _Text, s: _Span) -> _Span:
    """A place of two words whose feminine adjective cannot agree with it is the first word alone:
    in «دول الخليج العربية» the adjective is the countries', not the Gulf's («الإمارات العربية» and
    «المملكة العربية» agree)."""
    if s.kind != "LOC" or s.b - s.a != 2 or not x.definite(s.a) or not x.definite(s.a + 1):
        return s
    first, second = x.raw[s.a], x.raw[s.a + 1]
    if second.endswith("ية") and not first.endswith(("ة", "ات")):
        return _Span(s.a, s.a + 1, s.kind)
    return s


def _known(book: NameBook, words: tuple[str, ...]) -> str | None:
    """The type of a known name spelled by ``words`` or beginning with its first word."""
    return book.known(words) or _begins_known(book, words[0])


def _begins_known(book: NameBook, word: str) -> str | None:
    """A name this word begins, trusting the place lists only for words of four letters or more."""
    return book.begins(word, strong=True) or (book.begins(word) if len(word) >= 4 else None)


def _split_glued(x: _Text, s: _Span, book: NameBook, prior: NameBook) -> list[_Span]:
    """«كيم لبوتين» -> كيم, بوتين: a later word of the span whose clitic-free reading begins a known
    name (and which is not itself a known name word) starts a new mention.  Inside an organisation's
    name و and ل are common («للإغاثة والأعمال الإنسانية»), so there the rest must be a whole known name.
    A clitic on the first word whose rest begins a known name stays outside the mention (لبوتين), and
    a known name of two words or more followed by another known name is two (كيم جونغ أون بوتين)."""
    if s.kind != "ORG":
        for i in range(s.b - 1, s.a + 1, -1):
            if x.norms[i] in x.t.connectors or x.norms[i - 1] in x.t.connectors or not x.is_word(i):
                continue
            left, right = _Span(s.a, i, s.kind), _Span(i, s.b, s.kind)
            forms = _forms(x, right)
            if (len(_words_of(x, left)) >= 3 and _known_form(book, x, left) and _known_form(book, x, right)
                    and any(_begins_known(book, f[0]) for f in forms)):
                return [left, right]
    for i in range(s.a + 1, s.b):
        if x.norms[i - 1] in x.t.connectors:
            continue
        if prior.begins(x.norms[i]) or (book.begins(x.norms[i]) and not any(_begins_known(book, rest)
                                                                           for _, rest in x.bare(i))):
            continue  # وليد, لافروف, بيونغ: a name that begins with a clitic's letter
        for clitic, rest in x.bare(i):
            words = (rest, *x.norms[i + 1:s.b])
            if s.kind == "ORG":
                kind = book.known(words)
            else:
                kind = _known(book, words)
            if kind:
                left = _Span(s.a, i, s.kind)
                right = _Span(i, s.b, kind if s.kind == "ORG" else s.kind)
                return [left] + _split_glued(x, right, book, prior)
    return [s]


def _split_person_phrases(x: _Text, s: _Span, book: NameBook, common: frozenset[str] = frozenset()) -> list[_Span]:
    """A person's name holds no function word, no accusative and no definite word after و/ل/ب/ك: «صلاح إلى فيورنتينا»
    is صلاح, «أوباما والرئيس التركي» is أوباما, «داسيلفا واللاعبين» is داسيلفا.  What follows a title
    or role so glued is the next person (والأمير نواف بن سعد); other words after it leave the span, and so
    does a common word of the corpus after ب/ك («دايسلفا بإمكانات الخيبري»)."""
    if s.kind != "PERS" or s.b - s.a < 2:
        return [s]
    t = x.t
    for i in range(s.a + 1, s.b):
        if x.norms[i] in t.connectors or x.norms[i - 1] in t.connectors:
            continue
        if x.raw[i].endswith(t.accusative_endings):
            return [_Span(s.a, i, s.kind)]  # «تركي الفيصل شرحاً مفصلاً»: the object of the sentence
        if x.function_word(i) and not x.bare(i):
            return [_Span(s.a, i, s.kind)] + _split_person_phrases(x, _Span(i + 1, s.b, s.kind), book, common) \
                if i + 1 < s.b else [_Span(s.a, i, s.kind)]
        if (common and any(c in ("ب", "ك") and rest in common for c, rest in x.bare(i))
                and not book.begins(x.norms[i], strong=True)):
            return [_Span(s.a, i, s.kind)]
        for clitic, rest in x.bare(i):
            if not clitic or not rest.startswith(t.article) or len(rest) <= len(t.article) + 1:
                continue
            left = [_Span(s.a, i, s.kind)]
            if rest in t.person_titles or rest in t.roles:
                return left + (_split_person_phrases(x, _Span(i + 1, s.b, s.kind), book) if i + 1 < s.b else [])
            if book.begins(x.norms[i], strong=True) and not _begins_known(book, rest):
                continue  # a name that begins so (بالوتيلي, والتر)
            return left
    return [s]


def _after_family_names(x: _Text, spans: list[_Span]) -> list[_Span]:
    """A person written in full elsewhere in the text ends at the family name (definite: العنزي) there
    too: in «الدكتور عبدالعزيز العنزي كريم ثقته» the indefinite word after it is the sentence's
    («generous»), not more of the name the text wrote as عبدالعزيز العنزي."""
    names = {tuple(x.norms[s.a:s.b]) for s in spans if s.kind == "PERS"}
    out = []
    for s in spans:
        if (s.kind == "PERS" and s.b - s.a >= 3 and x.definite(s.b - 2) and not x.definite(s.b - 1)
                and tuple(x.norms[s.a:s.b - 1]) in names
                and x.norms[s.b - 2] not in x.t.connectors):
            s = _Span(s.a, s.b - 1, s.kind)
        out.append(s)
    return out


def _lineage_family_names(x: _Text, spans: list[_Span]) -> list[_Span]:
    """«صالح بن عبدالله القاضي»: a person's name that ends in a lineage (بن + the father's name) goes on
    to the definite word right after it, the family name the tagger left out as a common word (the
    judge); never to a title, a role, a time word, a head noun or a word of the sentence."""
    starts = {s.a for s in spans}
    for s in spans:
        k = s.b
        if (s.kind == "PERS" and s.b - s.a >= 3 and x.norms[s.b - 2] in x.t.connectors and k < x.n
                and k not in starts and x.definite(k) and not x.bare(k) and _name_like(x, k)
                and not _adjective_of_kind(x, k)):
            s.b = k + 1
    return spans


def _adjective_of_kind(x: _Text, k: int) -> bool:
    """A description after the name rather than a family name: «السابق», «الراحل», «الجديد»."""
    t = x.t
    return x.norms[k] in t.title_modifiers or x.norms[k] in t.generic_modifiers or x.norms[k] in t.name_breakers


def _close_connectors(x: _Text, s: _Span) -> _Span | None:
    """A connector never ends a name: take the next word in, or let the connector go (and a span
    of nothing but connectors, «أبو» alone, is no name)."""
    t = x.t
    b = s.b
    # forward over connectors and the words they join (محمد بن عبد + الله) ...
    while b > s.a and x.norms[b - 1] in t.connectors and b < x.n and x.is_word(b) and not x.breaks(b) \
            and not x.function_word(b):
        b += 1
    # ... and back over the ones nothing follows («محمد بن» before a full stop)
    while b > s.a and x.norms[b - 1] in t.connectors:
        b -= 1
    return _Span(s.a, b, s.kind) if b > s.a else None


def _open_lineages(x: _Text, spans: list[_Span], common: frozenset[str]) -> list[_Span]:
    """A name the tagger started at its lineage (بن, بني) begins a word earlier: «مساعد بن عبدالرحمن
    السالم», where the given name is also a role; «حوطة» and «بني تميم» tagged apart are one town.
    The word before is taken in only if it could be a name's: no title, verb, function word, head
    noun, definite or common word of the corpus («عائلة بن لادن» is a family, not a person)."""
    t = x.t
    if not t.lineage_connectors:
        return spans
    covered = {k for s in spans for k in range(s.a, s.b)}
    out: list[_Span] = []
    for s in spans:
        if x.norms[s.a] not in t.lineage_connectors or s.b - s.a < 2 or x.breaks(s.a):
            out.append(s)
            continue
        last = out[-1] if out else None
        if last is not None and last.b == s.a and last.kind == s.kind:
            out[-1] = _Span(last.a, s.b, s.kind)
            continue
        k = s.a - 1
        if (k >= 0 and k not in covered and x.is_word(k) and not x.definite(k) and x.norms[k] not in t.connectors
                and not x.function_word(k) and not x.verb(k) and x.norms[k] not in t.person_titles
                and x.norms[k] not in t.time_words and _head_of(x, k) is None
                and not any(ch.isdigit() for ch in x.norms[k]) and not (common and _common(x, k, common))):
            s = _Span(k, s.b, s.kind)
        out.append(s)
    return out


def _head_of(x: _Text, i: int) -> str | None:
    """The type when token i is an organisation or place head noun, bare (وزارة), after a conjunction
    or preposition (بمنطقة), or with the article where the head names something so too (المجلس
    التشريعي)."""
    t = x.t
    if x.lights[i].endswith("ى") and not any(x.lights[i][len(c):] in t.light_heads for c, _ in [("", "")] + x.bare(i)):
        return None  # «وأدى» (and he performed) is no «وادي» (valley) once ى and ي are folded (مستشفى is a head)
    for clitic, word in [("", x.norms[i])] + x.bare(i):
        if word in t.definite_heads or word in t.national_heads:
            bare = word[len(t.article):]
        elif word.startswith(t.article):
            continue
        else:
            bare = word
        if bare in t.org_heads:
            return "ORG"
        if bare in t.loc_heads:
            return "LOC"
    return None


# Clitics that may open a word inside an organisation's or place's name: ل/لل (للإغاثة) and و (والأعمال);
# a word after ب, ف or ك is a new phrase (بالقدس, فالاجتهادات).
_NAME_INNER_CLITICS = ("", "ل", "و", "ول")


def _definite_reading(x: _Text, i: int) -> str | None:
    """How token i continues a name when it is definite: "plain", "of" (ل/لل + definite: a purpose
    or genitive phrase) or "and" (و + definite), else None."""
    if not x.is_word(i) or x.breaks(i) or x.function_word(i) or x.verb(i):
        return None
    t = x.t
    word = x.norms[i]
    if word in t.time_words or x.dated(i) or any(ch.isdigit() for ch in word) or word in t.name_breakers:
        return None
    if word in t.person_titles and word not in t.royal_titles and word not in t.of_phrase_after:
        return None  # a title starts a person (but «الديوان الملكي» goes on with the adjective of «السمو الملكي»)
    if x.definite(i):
        return "plain"
    for clitic, rest in x.bare(i):
        if clitic not in _NAME_INNER_CLITICS or rest in t.function_norms or rest in t.name_breakers:
            continue
        if _starts_another(t, clitic, rest):
            return None
        if rest.startswith(t.article) and len(rest) > len(t.article) + 1:
            return "and" if clitic.startswith("و") else "of"
    return None


def _starts_another(t: _Tables, clitic: str, rest: str) -> bool:
    """A word after و/ل that cannot go on the name before it: a personal title or role (جماعة الحوثي
    | والرئيس المخلوع, نادي الأنصار | والمدرب) starts a person; و + a head that names a body by itself
    with the article (المجلس التنسيقي | واللجنة الوطنية, القوات الخاصة | والجيش) starts another body,
    coordinated with the first, not inside it."""
    role = rest in t.roles or (rest.startswith(t.article) and rest[len(t.article):] in t.roles)
    if (rest in t.person_titles or role) and rest not in t.royal_titles and rest not in t.of_phrase_after:
        return True  # (المدير as much as مدير: «مستشفى الملك فهد | والمدير العام»)
    if (clitic.startswith("و") and rest.startswith(t.article)
            and (rest[len(t.article):] in t.org_heads or rest[len(t.article):] in t.loc_heads)):
        return True  # «الهيئة العامة للسياحة | والمنظمة العربية للسياحة»: a second body
    return clitic.startswith("و") and (rest in t.definite_heads or rest in t.national_heads)


def _of_construct(x: _Text, i: int) -> bool:
    """Token i is ل + an indefinite noun in construct with the definite noun after it (لكرة القدم)."""
    if i + 1 >= x.n or x.breaks(i + 1) or _definite_reading(x, i + 1) != "plain" or _adjective(x, i + 1):
        return False
    return any(c == "ل" and rest in x.t.of_construct_nouns for c, rest in x.bare(i))


def _adjective(x: _Text, i: int) -> bool:
    """A definite adjective that may close a name: الأمريكية, الدولي, الحرام."""
    word = x.norms[i]
    return x.definite(i) and (word in x.t.name_adjectives or word.endswith(x.t.relative_endings))


def _proper_word(x: _Text, i: int, book: NameBook, corpus_common: frozenset[str] = frozenset()) -> bool:
    """An indefinite word that may be the name right after a head noun (منطقة جازان, ولاية كولورادو):
    a known name, or a word not shaped like the adjective or plural agreeing with the head (مدينة
    كبيرة, شركة صينية, تنظيم لقاءات)."""
    if not _name_like(x, i) or x.definite(i):
        return False
    if any(rest in x.t.function_norms for _, rest in x.bare(i)):
        return False
    if x.raw[i].endswith(x.t.accusative_endings) or _possessed(x, i):
        return False  # «محافظة تبعاً», «مقاطعة اجبرتها»: an adverb, a verb or noun with its pronoun
    if corpus_common and _after_preposition(x, i, corpus_common) and not book.begins(x.norms[i], strong=True):
        return False  # «شركة لإنتاج دجاج لاحم»: a head so followed is indefinite, described by its purpose
    if book.begins(x.norms[i]):
        return True
    return not x.raw[i].endswith(x.t.adjective_endings)


def _perfect_verb(x: _Text, i: int) -> bool:
    """Shaped like a derived verb in the past (استبعدت, انطلقت, اعتبرت): no place's second word."""
    word = x.norms[i]
    return word.startswith("ا") and word.endswith("ت") and len(word) >= 5


def _derived_perfect(x: _Text, i: int) -> bool:
    """Shaped like the past of a derived verb (اعتقل, اجتمع: PERFECT_VERB_SHAPES; ادعى, اشترى as
    written: WEAK_PERFECT_VERB_SHAPES), not a definite noun (الطفل)."""
    if x.definite(i):
        return False
    if any(p.match(x.norms[i]) for p in x.t.perfect_verb_shapes):
        return True
    written = _MARKS.sub("", unicodedata.normalize("NFKC", x.raw[i]))
    return any(p.match(written) for p in x.t.weak_perfect_verb_shapes)


def _after_preposition(x: _Text, i: int, common: frozenset[str]) -> bool:
    """Token i is ل/ب/ك + a common word: a head noun so followed is indefinite, described by what it
    is for («صندوق لتمويل المشاريع», «لجنة لتوطين الوظائف»), never in construct with a name."""
    return any(c in ("ل", "ب", "ك") and rest in common for c, rest in x.bare(i))


def _construct_word(x: _Text, i: int) -> bool:
    t = x.t
    word = x.norms[i]
    return (x.is_word(i) and not x.breaks(i) and not x.function_word(i) and not x.verb(i) and not x.definite(i)
            and word not in t.person_titles and word not in t.roles and word not in t.time_words
            and not any(ch.isdigit() for ch in word) and not x.raw[i].endswith(t.adjective_endings)
            and not any(rest in t.function_norms for _, rest in x.bare(i)))


def _head_phrase(x: _Text, i: int, covered: dict[int, _Span], book: NameBook,
                 corpus_common: frozenset[str] = frozenset(), prior: NameBook | None = None) -> _Span | None:
    """The organisation or place a head noun at token i names, if it names one:
    - the head (bare, or with the article where DEFINITE_HEADS allows it) and then either a royal
      title and its name, a name the tagger found, one or two proper words, a definite noun, or an
      indefinite noun in construct with a definite one;
    - then relative adjectives, and (unless a proper name came first) ل/و + definite phrases:
      «مركز الملك سلمان للإغاثة والأعمال الإنسانية», «وزارة الخزانة الأمريكية», «مطار عدن الدولي»;
    - never across a title, a role, a function word, a verb, a time word or punctuation."""
    head = _head_of(x, i)
    if head is None:
        return None
    kind = head
    t = x.t
    if kind == "LOC" and i + 1 < x.n and _head_of(x, i + 1) == "LOC" and not x.bare(i + 1):
        return None  # «منطقة جبل الهيكل»: the place is جبل الهيكل, named by its own head
    if any(w in t.team_heads for w in [x.norms[i]] + [r for _, r in x.bare(i)]) and i + 1 < x.n:
        inside = covered.get(i + 1)
        if inside is not None and inside.a == i + 1 and inside.kind == "LOC":
            return None  # منتخب مصر: the tagger's country stands
        # (or a fixed name: «منتخب المملكة» is the kingdom's team, المملكة the place)
        if inside is None and not x.breaks(i + 1) and (book.known((x.norms[i + 1],)) == "LOC"
                                                       or t.fixed_names.get((x.norms[i + 1],)) == "LOC"):
            return _Span(i + 1, i + 2, "LOC")
    construct = False  # the head's complement is an indefinite noun in construct (مركز أبحاث ...)
    definite_head = any(w in t.definite_heads or w in t.national_heads for w in [x.norms[i]] + [r for _, r in x.bare(i)])
    national = any(w in t.national_heads for w in [x.norms[i]] + [r for _, r in x.bare(i)])
    j = i + 1
    named = False  # the first complement is a proper name: only adjectives may follow it
    proper = False  # ... and it is a name, not a common noun the lexicon happens to know (الجيش)
    heads = [x.norms[i]] + [r for _, r in x.bare(i)]
    heads += [h[len(t.article):] for h in heads if h.startswith(t.article)]
    government = any(h in t.government_heads for h in heads)
    if j >= x.n or x.breaks(j):
        return None
    inside = covered.get(j)
    if not (inside is not None and inside.a == j) and _verbal_head_alone(x, i, book):
        return None  # «حركة الرياح السطحية», «تنظيم بيع التذاكر»: a movement, an organising
    if definite_head:
        if _definite_reading(x, j) != "plain" or x.norms[j] in t.generic_complements:
            return None
        if (not national and corpus_common and _common(x, j, corpus_common)
                and x.norms[j] not in t.of_phrase_after and x.norms[j] not in t.name_adjectives):
            return None  # «المنطقة القابلة للحياة», «المنطقة المحيطة»: what the corpus never names
        j += 1
    elif x.norms[j] in t.royal_titles and j + 1 < x.n and _name_like(x, j + 1):
        proper = True
        j += 2
        while j + 1 < x.n and x.norms[j] in t.connectors and x.is_word(j + 1):
            j += 2
    elif (_construct_word(x, j) and j + 1 < x.n and _definite_reading(x, j + 1) == "plain"
          and not _adjective(x, j + 1) and not _after_preposition(x, j, corpus_common)
          # (not over a place's name: «بمنطقة تبوك الرائد» is the place and then a rank)
          and not (inside is not None and inside.a == j and inside.kind == "LOC") and book.known((x.norms[j],)) != "LOC"):
        j += 2  # an indefinite noun in construct: وكالة أنباء البحرين, بلدية محافظة العارضة
        construct = True
    elif inside is not None and inside.a == j and inside.kind == "PERS" and government:
        return None  # «بمكتب أولوند»: a person's office, not a body named after them
    elif (inside is not None and inside.a == j) or (_proper_word(x, j, book, corpus_common) and not government and (
            kind == "LOC" or any(h in t.descriptor_heads for h in heads)
            # a known name, unless the corpus has the word as a common one («قوات أمن»: أمن is no place)
            or (book.begins(x.norms[j]) and not (corpus_common and _common(x, j, corpus_common))))):
        one_word = not (inside is not None and inside.a == j and inside.b - inside.a > 1)
        j = inside.b if inside is not None and inside.a == j else j + 1  # a name the tagger found: مطار عدن الدولي
        # a second word only in the names of places and companies (مدينة خور مكسر, شركة فيات كرايسلر)
        second = (one_word and j < x.n and j not in covered and _proper_word(x, j, book) and not x.bare(j)
                  and not (corpus_common and _common(x, j, corpus_common))
                  and (kind == "LOC" or any(h in t.descriptor_heads for h in heads))
                  and x.norms[j] not in t.connectors and j + 1 < x.n and x.norms[j + 1] not in t.connectors)
        # مدينة سان فرانسيسكو; but منطقة عسير صالح ... and سلطنة عمان عيد الثقفي are a place, then a person
        # (the first word known as a name before this text, from more than the place lists: what the
        # tagger alone took for a name here, as «خور» of «مدينة خور مكسر», may have a second word)
        before = prior if prior is not None else book
        first_known = before.known((x.norms[j - 1],)) and before.begins(x.norms[j - 1], strong=True)
        if second and (book.known((x.norms[j - 1], x.norms[j])) or (
                not book.begins(x.norms[j]) and not first_known and not _perfect_verb(x, j))):
            j += 1
        while j + 1 < x.n and x.glued_mark(j) and x.is_word(j + 1):
            j += 2  # جي.ام.ار
        if x.norms[j - 1] in t.club_prefixes and j < x.n and _name_like(x, j) and not x.bare(j):
            j = covered[j].b if j in covered and covered[j].a == j else j + 1  # «نادي أولمبيك مارسيليا»: a club's prefix never ends its name
        named = proper = True
        if any(w in t.descriptor_heads for w in [x.norms[i]] + [r for _, r in x.bare(i)]):
            return _Span(i + 1, j, kind)  # صحيفة كرونيكل: the name is كرونيكل
    elif _definite_reading(x, j) == "plain":
        named = book.known((x.norms[j],)) is not None or (x.norms[j],) in t.not_names  # حزب الله
        j += 1
    else:
        return None
    purpose = any(h in t.purpose_heads for h in heads)
    # a ل + definite phrase was taken in, or a construct noun (أبحاث, علوم): what they govern is a field,
    # and fields are coordinated, each with its adjective («مركز أبحاث الفسيولوجيا الخلوية والوراثة البشرية»)
    of_phrase = construct
    if x.norms[j - 1] in t.generic_complements and j == i + 2:
        return None
    restated = {t.article + h for h in heads if not h.startswith(t.article)}
    while j < x.n and j - i <= MAX_HEAD_PHRASE:
        if x.norms[j] in restated:
            break  # «حزب العمال الحزب الحاكم»: the head noun said again opens an apposition
        reading = _definite_reading(x, j)
        if reading is None:
            # «الاتحاد السعودي لكرة القدم», «الإدارة الوطنية لسلامة المرور»: ل + a noun in construct
            # with a definite one, after a modifier that opens such a phrase or a nationality
            if (not named and kind == "ORG" and j > i + 1 and (purpose or x.norms[j - 1] in t.of_phrase_after
                                             or _nationality(x.norms[j - 1], book, feminine_country=True))
                    and _of_construct(x, j)):
                j += 2
            break
        if named and not _adjective(x, j) and not (purpose and reading == "of"):
            break
        if (named and reading == "plain" and x.norms[j] not in t.of_phrase_after
                and _nationality(x.norms[j], book, feminine_country=True)):
            break  # «حزب الله اللبناني»: a proper name is whole; the nationality only describes it
        if reading == "of" and not purpose and x.norms[j - 1] not in t.of_phrase_after:
            break  # «مجلس الوزراء الياباني للصحفيين»: the audience, not the name
        if (reading == "of" and j + 1 < x.n and x.lights[j + 1] in t.purpose_prepositions
                and not any(r[len(t.article):] in t.of_construct_nouns for _, r in x.bare(j) if r.startswith(t.article))):
            break  # «المدينة الصناعية | للوقوف على»: the sentence's purpose, governing its preposition
        if reading == "and" and kind == "LOC":
            break  # «ضاحية السلام والمالح»: a second place («وزارة التجارة والصناعة» is one body)
        if reading == "and" and not of_phrase and _coordinated_phrase(x, j):
            break  # «قوات التحالف العربي | والمقاومة الشعبية اليمنية»: a second body, described apart
        if reading == "of":
            of_phrase = True
        if reading == "plain" and not _adjective(x, j):
            # a second definite noun is a genitive only right after the head's own noun: مجلس
            # التعاون الخليجي; otherwise it starts a new phrase (المسجد الأقصى الطوب والحجارة), and a
            # place's name is whole at its first («بحي الروضة القيام بـ»)
            if j > i + 2 or definite_head or kind == "LOC":
                break
            # after a name a feminine word describes it («جبال السراة الشاهقة», «صحيفة الوسط القريبة»)
            if (x.raw[j].endswith("ة") and x.norms[j] not in t.generic_modifiers
                    and x.norms[j] not in t.of_phrase_after and not book.begins(x.norms[j])):
                break
        j += 1
    own = frozenset().union(*(t.own_modifiers.get(h, frozenset()) for h in heads))
    if j < x.n and j - i <= MAX_HEAD_PHRASE and j > i + 1 and x.norms[j] in own and not x.breaks(j):
        j += 1  # «مستشفى الفيوم العام»: the hospital's kind is its name's last word
    while j > i + 1 and (x.norms[j - 1] in t.connectors or (x.norms[j - 1] in t.generic_modifiers
                                                           and x.norms[j - 1] not in own)):
        j -= 1
    if j <= i + 1:
        return None
    of_nation = any(_nationality(x.norms[k], book) for k in range(i + 1, j))
    # (a national head after it is as generic: «قوات الجيش», «قوات الشرطة»)
    generic_next = _head_of(x, i + 1) is None or x.norms[i + 1] in t.national_heads
    if (any(h in t.weak_heads for h in heads) and not proper and j == i + 2 and generic_next
            and not (of_nation and any(h in t.national_names for h in heads))):
        return None  # «كلية الطب», «قوات الجيش»: what any such body is called (not «قوات التحالف», «الشرطة الإسرائيلية»)
    if national and not of_nation:
        return None  # «القوات الأمنية»: any country's forces
    return _Span(i, j, kind)


def _described_places(x: _Text, spans: list[_Span], book: NameBook) -> list[_Span]:
    """A place named by a proper word and then a nationality adjective is the place, described by the
    country it lies in: «جزيرة لاريونيون الفرنسية», «مدينة ميونخ الألمانية» name لاريونيون and ميونخ
    (the tagger and the head phrase take the adjective in).  Not where the adjective is a country's
    own name (جمهورية مصر العربية, المملكة العربية السعودية), after a definite word (المحيط الهندي:
    the adjective is the name's), or where the whole is a name known before the text."""
    out = []
    for s in spans:
        b = s.b
        while (s.kind == "LOC" and b - s.a >= 2 and x.is_word(b - 1) and not x.definite(b - 2)
               and _nationality(x.norms[b - 1], book)
               and book.known((x.norms[b - 1],)) is None and not book.known(tuple(x.norms[s.a:b]))):
            b -= 1
        out.append(s if b == s.b else _Span(s.a, b, s.kind))
    return out


def _coordinated_phrase(x: _Text, j: int) -> bool:
    """Token j (و + a definite noun) opens a noun phrase of its own coordinated with the name before it:
    the name closed on a definite adjective (العربي, الدولي, الكردستاني) and the noun after و carries its
    own (والمقاومة الشعبية, والمفوضية الأوروبية, والدولة التركية).  An adjective describes the whole
    name before it, so what follows the conjunction is a second body, not more of the first; a name's
    coordinated fields come before its adjectives (وزارة الشؤون البلدية والقروية, وزارة التجارة
    والصناعة) or inside a phrase of fields («للتعليم الفني والتدريب المهني», left to the caller)."""
    return (j >= 1 and j + 1 < x.n and _adjective(x, j - 1) and not x.breaks(j + 1) and _adjective(x, j + 1))


def _verbal_head_alone(x: _Text, i: int, book: NameBook) -> bool:
    """Token i is a head that is a verbal noun first (حركة) and no known name or royal title follows it."""
    t = x.t
    if not any(h in t.verbal_heads for h in [x.norms[i]] + [r for _, r in x.bare(i)]):
        return False
    j = i + 1
    return j >= x.n or not (book.begins(x.norms[j]) or x.norms[j] in t.royal_titles)


def _possessed(x: _Text, i: int) -> bool:
    """A feminine noun with an attached pronoun (قناعته): no word of a person's name."""
    return len(x.raw[i]) >= 5 and bool(x.t.possessed_endings) and x.raw[i].endswith(x.t.possessed_endings)


def _add_head_phrases(x: _Text, spans: list[_Span], book: NameBook, corpus=None,
                      prior: NameBook | None = None) -> list[_Span]:
    """Organisations and places named by a head noun and the words it governs; the tagger's mentions
    inside them are absorbed (مركز الملك سلمان ... holds the «سلمان» it tagged as a person)."""
    covered: dict[int, _Span] = {}
    for s in spans:
        for k in range(s.a, s.b):
            covered[k] = s
    found: list[_Span] = []
    i = 0
    while i < x.n:
        phrase = _head_phrase(x, i, covered, book, corpus.common if corpus is not None else frozenset(), prior) \
            if x.is_word(i) else None
        if phrase is None:
            i += 1
            continue
        known = covered.get(i)
        # (more than a nationality after it: «حزب الله اللبناني» is حزب الله, described)
        if (known is not None and known.a == i and known.b > phrase.b + 1 and known.kind == phrase.kind
                and prior is not None and _known_form(prior, x, known)):
            # «جامعة نايف العربية للعلوم الأمنية», known whole before this text, is not cut at its adjective
            phrase = known
        found.append(phrase)
        i = phrase.b
    if not found:
        return spans
    keep = []
    for s in spans:
        if any(f.a <= s.a and s.b <= f.b for f in found):
            continue  # inside a head phrase: absorbed
        crossing = next((f for f in found if f.a < s.b and s.a < f.b), None)
        if crossing is not None:
            if s.a < crossing.a:
                s = _Span(s.a, crossing.a, s.kind)  # what the tagger saw before the phrase
            elif s.b > crossing.b and x.is_word(crossing.b):
                s = _Span(crossing.b, s.b, s.kind)  # and after it
            else:
                continue
            s = _trim(x, s)
            if s is None or all(not x.is_word(k) or x.norms[k] in x.t.name_breakers or x.norms[k] in x.t.generic_modifiers
                                for k in range(s.a, s.b)):
                continue  # «جامعة الملك عبدالعزيز المكلف»: what the tagger took beyond the name
        keep.append(s)
    return sorted(keep + found, key=lambda s: s.a)


MAX_QUOTED_NAME = 4  # words of a name written in quotation marks


def _quoted_runs(x: _Text) -> list[tuple[int, int]]:
    """Token ranges [a, b) of short runs of words between two quotation marks on one line."""
    marks = [i for i in range(x.n) if x.raw[i] in x.t.name_quotes]
    runs: list[tuple[int, int]] = []
    k = 0
    while k + 1 < len(marks):
        a, b = marks[k] + 1, marks[k + 1]
        inner = range(a, b)
        words = sum(x.is_word(i) for i in inner)
        if (1 <= words <= MAX_QUOTED_NAME and all(x.is_word(i) or x.raw[i] in _GLUE_MARKS for i in inner)
                and x.is_word(a) and "\n" not in x.text[x.spans[a][0]:x.spans[b - 1][1]]):
            runs.append((a, b))
            k += 2
        else:
            k += 1
    return runs


def _quoted_names(x: _Text, spans: list[_Span], book: NameBook) -> list[_Span]:
    """A name written in quotation marks is the whole quoted run when the tagger's name opens it: the
    tagger stops inside «"سكاي نيوز عربية"» and «"إف.سي.إيه"»; a quoted run after a head noun is the
    name of a body or place (مدينة ”مسندم“, موقع "X"), without the head.  Never a run that lists
    names («“بريطانيا وإيطاليا وغيرها”») or one a name only ends («جزار سينما كولورادو»)."""
    t = x.t
    runs = _quoted_runs(x)
    for a, b in runs:
        if x.function_word(a) or x.verb(a):
            continue
        if any(x.function_word(k) or any(c.startswith("و") and (book.known((r,)) or r in t.function_norms)
                                         for c, r in x.bare(k)) for k in range(a + 1, b) if x.is_word(k)):
            continue
        inside = [s for s in spans if a <= s.a and s.b <= b]
        crossing = [s for s in spans if s.a < b and a < s.b and s not in inside]
        if len({s.kind for s in inside}) > 1:
            continue  # «برشلونة يفترس بوجود ميسي»: a headline quoted, naming a club and a player
        before = a - 2  # the word before the opening mark
        kind = None
        if inside:
            kind = inside[0].kind if inside[0].a == a else None
        elif before >= 0 and x.is_word(before) and not crossing:
            if any(r in t.descriptor_heads for r in [x.norms[before]] + [r for _, r in x.bare(before)]):
                kind = "ORG"
            else:
                kind = _head_of(x, before)
        if kind is None or crossing:
            continue
        spans = sorted([s for s in spans if s not in inside] + [_Span(a, b, kind)], key=lambda s: s.a)
    return _quoted_lists(x, spans, runs)


def _quoted_lists(x: _Text, spans: list[_Span], runs: list[tuple[int, int]]) -> list[_Span]:
    """Quoted runs listed with و or a comma («“نايكي” و”ماكدونالدز” و”غولدمان ساكس”») are names of one
    type when one of them is a name and none of them is anything else."""
    chains: list[list[tuple[int, int]]] = []
    for run in runs:
        if chains and _listed_after(x, chains[-1][-1], run):
            chains[-1].append(run)
        else:
            chains.append([run])
    for chain in chains:
        if len(chain) < 2:
            continue
        exact = [s for s in spans for a, b in chain if s.a == a and s.b == b]
        kinds = {s.kind for s in exact}
        other = any(s.a < b and a < s.b and s not in exact for s in spans for a, b in chain)
        if len(kinds) != 1 or other:
            continue
        kind = kinds.pop()
        have = {(s.a, s.b) for s in exact}
        spans = sorted(spans + [_Span(a, b, kind) for a, b in chain if (a, b) not in have
                                and not x.function_word(a) and not x.verb(a)], key=lambda s: s.a)
    return spans


def _listed_after(x: _Text, first: tuple[int, int], second: tuple[int, int]) -> bool:
    """The run ``second`` follows ``first`` in a list: closing mark, و or a comma, opening mark."""
    between = [x.raw[k] for k in range(first[1] + 1, second[0] - 1)]
    return len(between) == 1 and (between[0] in ("و", "،", ",") )


def _type_by_titles(x: _Text, spans: list[_Span], book: NameBook, corpus=None) -> list[_Span]:
    """A name right after a personal title is a person; a title followed by a name-like word the tagger
    left untagged starts one («الكابتن عبد الله», «المهندس عبدالعزيز سندي»), and goes on only with
    words a name is made of: no indefinite common word of the corpus, no accusative, nothing after
    ل/ب/و unless known as a name («الأمير تركي الفيصل شرحاً مفصلاً» is تركي الفيصل, «الدكتورة رقية
    عواشرية ورقة عمل» is رقية عواشرية)."""
    t = x.t
    common = corpus.common if corpus is not None else frozenset()
    starts = {s.a: s for s in spans}
    covered = {k for s in spans for k in range(s.a, s.b)}
    added: list[_Span] = []
    for i in range(x.n - 1):
        if x.norms[i] not in t.person_titles or i in covered:
            continue
        if x.norms[i] in t.titles_before_titles and (i + 1 >= x.n or x.norms[i + 1] not in t.person_titles):
            continue  # «صاحب مصحف الحاضنة»: the owner of a thing, no title
        if x.norms[i] in t.roles and not x.definite(i):
            # «رئيس قسم صحة البيئة», «رئيس خيركم»: a role without the article is in construct with the
            # body it heads (a person after a title is written «الرئيس بوتين»), read on 2015-08-06
            continue
        j = i + 1
        while j < x.n and x.norms[j] in t.title_modifiers | t.person_titles and j - i <= 2:
            j += 1
        if j in starts:
            s = starts[j]
            # (a role's place is no person: «رئيس اليمن»)
            place = (s.kind == "LOC" and x.norms[j - 1] in t.roles and book.known(_words_of(x, s)) == "LOC")
            if s.kind != "PERS" and not _head_of(x, s.a) and not place:
                s.kind = "PERS"
            continue
        if j >= x.n or j in covered or not _name_like(x, j) or x.definite(j):
            continue
        if x.bare(j) and not book.begins(x.norms[j], strong=True):
            continue  # «الباحث الرئيس للاتفاقية»: a word after ل/ب is no name unless known as one
        if _not_name_word(x, j, book, common) or _derived_perfect(x, j) or (
                any(p.match(x.norms[j]) for p in t.imperfect_verb_shapes) and not book.begins(x.norms[j])):
            # «المدرب خضع لبرنامج», «سموه دور رجال الأمن», «سعادة اعتقل», «السابق سيتخذ قراره»: the
            # title's sentence goes on
            continue
        k = j + 1
        while k < x.n and k - j < MAX_TITLE_NAME and k not in covered and not (
                # «المدرب ناصيف البياوي التشكيل الأساسي»: a person's full name, known, then the sentence
                k - j >= 2 and x.definite(k) and book.known(tuple(x.norms[j:k])) == "PERS"
                and not book.known(tuple(x.norms[j:k + 1]))) and (
                # (a definite word there is the family name, however common: سليمان العايد)
                (_name_like(x, k) and not _glued_other(x, k, book) and not _derived_perfect(x, k)
                 and not _not_name_word(x, k, book, frozenset() if x.definite(k) else common))
                or x.norms[k] in t.connectors or (x.norms[k - 1] in t.connectors and x.is_word(k))):
            k += 1
        after = starts.get(k)
        if (after is not None and after.kind == "PERS" and k > j and not x.breaks(k) and x.norms[k - 1] not in t.connectors
                and k == j + 1):
            # «الرئيس المخلوع علي 【عبدالله صالح】», «الرئيس اليمني عبدربه 【منصور هادي】»: the name-like word the
            # tagger left out between the title and the person it tagged is that person's given name
            after.a = j
            covered.update(range(j, k))
            continue
        span = _close_connectors(x, _Span(j, k, "PERS"))
        if span is not None and any(x.is_word(q) for q in range(span.a, span.b)):
            added.append(span)
            covered.update(range(span.a, span.b))
    return sorted(spans + added, key=lambda s: s.a)


def _not_name_word(x: _Text, i: int, book: NameBook, common: frozenset[str]) -> bool:
    """A word no name is made of: an indefinite accusative (شرحاً, برنامجًا: an object or adverb, as
    names are not declined so), or a common word of the corpus that is not known to begin a name."""
    if x.raw[i].endswith(x.t.accusative_endings) or _possessed(x, i):
        return True
    return bool(common) and _common(x, i, common) and not book.begins(x.norms[i], strong=True)


def _glued_other(x: _Text, i: int, book: NameBook) -> bool:
    """Token i is a word after ل/ب/و ... that no name is known to begin as written (بدر, لؤي are), or
    whose rest begins a known name (بجدة): another phrase, not the name's next word."""
    if not x.bare(i):
        return False
    if any(c and _begins_known(book, rest) for c, rest in x.bare(i)):
        return True
    return not book.begins(x.norms[i], strong=True)


def _title_word(x: _Text, i: int) -> bool:
    """A title, rank, role or the modifier of a title: what stands around a name, never the name."""
    t = x.t
    word = x.norms[i]
    return word in t.person_titles or word in t.roles or word in t.title_modifiers


def _name_like(x: _Text, i: int) -> bool:
    t = x.t
    return (x.is_word(i) and not x.breaks(i) and not x.function_word(i) and not x.verb(i)
            and x.norms[i] not in t.person_titles and x.norms[i] not in t.roles
            and x.norms[i] not in t.time_words and _head_of(x, i) is None
            and not any(ch.isdigit() for ch in x.norms[i]))


def _not_a_name(x: _Text, s: _Span, corpus=None, book: NameBook | None = None) -> bool:
    words = tuple(x.norms[s.a:s.b])
    if (len(words) == 1 and x.definite(s.a) and words[0].endswith(x.t.relative_endings)
            and not (book is not None and book.known(words))):
        # A nationality or other relative adjective standing alone («الكورية») is no name; a country
        # written so (السعودية) is one the place lists, the lexicon or the corpus know.
        return True
    if len(words) == 1 and _agreeing_adjective(x, s.a, book):
        return True
    readings = [words] + [(rest, *words[1:]) for _, rest in x.bare(s.a)]
    t = x.t
    if _listed_not_name(x, s):
        return True
    if len(words) == 1 and x.raw[s.a].endswith(t.accusative_endings):
        return True  # «لغوياً»: an adverb (names are written undeclined)
    if not any(ch.isalpha() for k in range(s.a, s.b) for ch in x.raw[k]):
        return True  # «وهبط المؤشر العام لسوق أبوظبي 0.2%»: a figure tagged a person (2015-08-07)
    if (len(words) == 1 and words[0] in t.day_parts and s.b < x.n and not x.breaks(s.b)
            and x.norms[s.b] in t.days):
        return True  # «وصل صباح اليوم», «مساء الخميس»: a time of day, not صباح the person
    if (len(words) == 1 and any(r[0] in t.prayer_names for r in readings) and s.a > 0 and not x.breaks(s.a - 1)
            and any(w in t.prayer_cues for w in [x.norms[s.a - 1]] + [r for _, r in x.bare(s.a - 1)])):
        return True  # «وبعد المغرب», «صلاة العشاء»: the prayer and its time, not Morocco
    if s.kind in ("ORG", "LOC") and len(words) >= 2 and x.definite(s.a) and words[0][len(t.article):] in t.org_heads \
            and not any(r[0] in t.national_names for r in readings) and book is not None and all(_nationality(w, book) for w in words[1:]):
        # «الوكالة الكورية», «الوزارة الروسية»: a description, not a name (but a state's own forces,
        # police, government and customs are named so: «الشرطة الإسرائيلية», «الجمارك السعودية»)
        return True
    if (corpus is not None and len(words) == 1 and any(r in corpus.rare for r in readings)
            and not any(r in corpus.names for r in readings)
            and not (book is not None and book.known(words) == "PERS" and book.begins(words[0], strong=True))
            # (after a royal title a given name is the person's: «الملك عبدالعزيز رحمه الله»)
            and not (s.kind == "PERS" and s.a > 0 and x.norms[s.a - 1] in t.royal_titles
                     and book is not None and book.begins(words[0], strong=True) == "PERS")):
        return True  # «تحرير», «الناري»: the tagger's noise, read on the corpus
    national_name = (len(words) >= 2 and any(r[0] in t.national_names for r in readings) and book is not None
                     and all(_nationality(w, book) for w in words[1:]))  # «البرلمان الإيراني», each word common
    if corpus is not None and corpus.common and not any(r in corpus.names for r in readings) and not national_name:
        # Nothing but words the corpus almost never has inside a name: «تحرير», «بجوار», «الناري».
        if all(_common(x, k, corpus.common) or x.function_word(k) or not x.is_word(k) for k in range(s.a, s.b)):
            return True
    return all(x.function_word(k) or x.verb(k) or not x.is_word(k) for k in range(s.a, s.b))


MAX_NOT_NAME_WORDS = 4


def _agreeing_adjective(x: _Text, i: int, book: NameBook | None) -> bool:
    """A country named by its feminine adjective (السعودية) right after a definite feminine noun is that
    noun's adjective, not the country: «السوق المالية السعودية», «المنتخبات السعودية» (but «اتهم
    الحوثيون السعودية» names it, and a known name before it, «المملكة العربية السعودية», is the name's)."""
    if i == 0 or x.breaks(i) or not x.definite(i) or not x.definite(i - 1):
        return False
    if not x.norms[i].endswith(x.t.relative_endings) or not x.raw[i - 1].endswith(("ة", "ات")):
        return False
    if book is None or book.known((x.norms[i],)) != "LOC":
        return False
    return not any(book.known((x.norms[k],)) or book.begins(x.norms[k], strong=True)
                   for k in range(max(0, i - 2), i) if x.is_word(k))


def _listed_not_name(x: _Text, s: _Span) -> bool:
    """The span, with or without a clitic, is one of the table's non-names or part of one."""
    words = tuple(x.norms[s.a:s.b])
    readings = [words] + [(rest, *words[1:]) for _, rest in x.bare(s.a)]
    return any(r in x.t.not_names for r in readings) or _inside_not_name(x, s)


def _inside_not_name(x: _Text, s: _Span) -> bool:
    """The span is part of a longer phrase that is no name: «عز» of «المولى عز وجل», «رحمه» ... «الله»."""
    for a in range(max(0, s.a - MAX_NOT_NAME_WORDS + 1), s.a + 1):
        for b in range(max(s.b, a + 2), min(x.n, a + MAX_NOT_NAME_WORDS) + 1):
            if (a, b) != (s.a, s.b) and tuple(x.norms[a:b]) in x.t.not_names:
                return True
    return False


def _nationality(word: str, book: NameBook, feminine_country: bool = False) -> bool:
    """A relative adjective made from a place's name: الكورية from كوريا, اليابانية from اليابان (and,
    with ``feminine_country``, السعودي from السعودية: not for the description test, where العربي of
    «التحالف العربي» would come from العربية)."""
    if not word.startswith("ال"):
        return False
    stem = word[2:]
    for ending in ("يه", "ي"):
        if stem.endswith(ending):
            stem = stem[: -len(ending)]
            break
    else:
        return False
    # the word itself where a country is named by its adjective (السعودية)
    forms = (stem, stem + "ا", "ال" + stem, stem + "يا", stem + "ه", word) + (("ال" + stem + "يه",) if feminine_country else ())
    return any(book.known((form,)) == "LOC" for form in forms)


def _common(x: _Text, i: int, common: frozenset[str]) -> bool:
    """A common word of the corpus.  Its counts were kept in matching normalisation, where على and
    the name علي are one word: a word written with ي whose ى spelling is a function word is the name."""
    light = x.lights[i]
    if light.endswith("ي") and light[:-1] + "ى" in x.t.function_words:
        return False
    return x.norms[i] in common or any(rest in common for _, rest in x.bare(i))


def _fill_known(x: _Text, spans: list[_Span], fill: dict[tuple[str, ...], str],
                book: NameBook | None = None) -> list[_Span]:
    """Names the corpus tags nearly wherever they occur, tagged where the tagger missed them here
    (longest first; the first word may carry a clitic: لعين اليوم)."""
    if not fill:
        return spans
    covered = {k for s in spans for k in range(s.a, s.b)}
    longest = max(len(k) for k in fill)
    added: list[_Span] = []
    i = 0
    while i < x.n:
        if i in covered or not x.is_word(i):
            i += 1
            continue
        hit = None
        for size in range(min(longest, x.n - i), 0, -1):
            if any(k in covered or x.breaks(k) for k in range(i + 1, i + size)):
                continue
            rest = tuple(x.norms[i + 1:i + size])
            for clitic, first in [("", x.norms[i])] + x.bare(i):
                kind = fill.get((first, *rest))
                if kind:
                    hit = _Span(i, i + size, kind)
                    break
            if hit:
                break
        if hit and x.norms[hit.b - 1] in x.t.locative_modifiers:
            hit = None  # «المدينة الواقعة»: what self-training took for a name ends in a word no name ends in
        if hit and (all(_title_word(x, k) for k in range(hit.a, hit.b)) or _listed_not_name(x, hit)
                    or (hit.b == hit.a + 2 and _head_of(x, hit.a) and x.norms[hit.a + 1] in x.t.generic_complements)
                    or (book is not None and hit.b > hit.a + 1 and _verbal_head_alone(x, hit.a, book))):
            # «العميد طيار ركن يوسف», «مليار يوان», «اتحاد اللعبة»: ranks, currencies and what any such
            # body is called, which self-training took for names
            hit = None
        if hit:
            added.append(hit)
            i = hit.b
        else:
            i += 1
    return sorted(spans + added, key=lambda s: s.a) if added else spans


def _sports_clubs(x: _Text, spans: list[_Span]) -> list[_Span]:
    """Clubs named by a common word, in a text about football, where they stand as names (see
    SPORTS_CLUBS in the language's table)."""
    t = x.t
    if not t.sports_clubs or len({w for w in x.norms if w in t.sports_cues}) < t.min_sports_cues:
        return spans
    covered = {k for s in spans for k in range(s.a, s.b)}

    def club(i: int) -> tuple[bool, bool]:  # (a club's word, glued to a clitic)
        if x.norms[i] in t.sports_clubs:
            return True, False
        return any(r in t.sports_clubs for _, r in x.bare(i)), True

    added: list[_Span] = []
    for i in range(x.n):
        if i in covered or not x.is_word(i):
            continue
        is_club, glued = club(i)
        if not is_club:
            continue
        if i + 1 < x.n and x.is_word(i + 1) and not x.breaks(i + 1) and _adjective(x, i + 1):
            continue  # «الهلال الأحمر»
        prev = i - 1
        stands = (glued or prev < 0 or x.breaks(i) or x.function_word(prev) or x.verb(prev)
                  or x.norms[prev] in t.sports_cues or club(prev)[0] or x.norms[prev] in t.connectors)
        if stands:
            added.append(_Span(i, i + 1, "ORG"))
    return sorted(spans + added, key=lambda s: s.a) if added else spans


def _royal_namesakes(x: _Text, spans: list[_Span]) -> list[_Span]:
    """A port, university or road named after a king or prince ends in the person's name: «جمرك ميناء
    الملك» and «عبدالله» tagged apart are «جمرك ميناء الملك عبدالله», the organisation."""
    out: list[_Span] = []
    taken = {k for s in spans for k in range(s.a, s.b)}
    for s in spans:
        # «طريق الملك عبدالله», «بحديقة الملك فهد»: the noun before the title, no head noun alone,
        # names the road or park after the king
        head = s.a - 2
        if (s.kind == "PERS" and head >= 0 and x.norms[s.a - 1] in x.t.royal_titles
                and not (taken & {head, s.a - 1}) and not x.breaks(s.a - 1) and not x.breaks(s.a)):
            kinds = [x.t.royal_namesake_heads.get(r) for r in (x.norms[head], *(r for _, r in x.bare(head)))]
            kind = next((k for k in kinds if k), None)
            if kind:
                s.a, s.kind = head, kind
                taken.update((head, head + 1))
    for s in sorted(spans, key=lambda s: s.a):
        last = out[-1] if out else None
        if (last is not None and last.kind != "PERS" and s.kind == "PERS" and last.b == s.a
                and last.b - last.a >= 2 and x.norms[last.b - 1] in x.t.royal_titles and not x.breaks(s.a)
                # (a noun in construct before the title: «ميناء الملك»; «منطقة الرياض الأمير» is the
                # region, then its governor)
                and not x.definite(last.b - 2)):
            last.b = s.b
            continue
        out.append(s)
    return out


def _club_designators(x: _Text, spans: list[_Span]) -> list[_Span]:
    """A name next to a club's designator (CLUB_PREFIXES, CLUB_SUFFIXES of the language's table) is the
    club, with the designator: «أتلتيكو مدريد», «مانشستر سيتي»; a designator tagged alone takes the
    undefined proper word after it («سبورتنج براغا»)."""
    t = x.t
    if not t.club_prefixes and not t.club_suffixes:
        return spans

    def designator(i: int, words: frozenset[str]) -> bool:
        return (x.is_word(i) and not x.breaks(i)
                and (x.norms[i] in words or any(r in words for _, r in x.bare(i))))

    merged: list[_Span] = []
    for s in sorted(spans, key=lambda s: s.a):
        last = merged[-1] if merged else None
        if (last is not None and last.b == s.a and not x.breaks(s.a)
                and ((last.b - last.a == 1 and designator(last.a, t.club_prefixes) and "PERS" not in (s.kind, last.kind))
                     or (s.b - s.a == 1 and x.norms[s.a] in t.club_suffixes))):
            last.b, last.kind = s.b, "ORG"  # «أتلتيكو» and «مدريد» tagged apart are one club
            continue
        merged.append(s)
    spans = merged
    covered = {k for s in spans for k in range(s.a, s.b)}
    for s in spans:
        # (a person tagged before a suffix is the club the tagger took for one: «وقال مانشستر سيتي»)
        if s.b < x.n and s.b not in covered and x.norms[s.b] in t.club_suffixes and not x.breaks(s.b):
            covered.add(s.b)
            s.b, s.kind = s.b + 1, "ORG"
        elif s.b - s.a > 1 and x.norms[s.b - 1] in t.club_suffixes:
            s.kind = "ORG"
        if s.kind == "PERS":
            continue
        if s.a > 0 and s.a - 1 not in covered and not x.breaks(s.a) and designator(s.a - 1, t.club_prefixes):
            covered.add(s.a - 1)
            s.a, s.kind = s.a - 1, "ORG"
        elif (s.b - s.a == 1 and designator(s.a, t.club_prefixes) and s.b not in covered and x.is_word(s.b)
              and not x.breaks(s.b) and not x.definite(s.b) and not x.function_word(s.b) and not x.verb(s.b)):
            covered.add(s.b)
            s.b, s.kind = s.b + 1, "ORG"
    return spans


def _surnames(x: _Text, spans: list[_Span], common: frozenset[str] = frozenset()) -> list[_Span]:
    """A person's family name alone elsewhere in the text is that person: هولمز after جيمس هولمز.  A
    family name that is a common word (الطويل) is the person only after a title (اللواء الطويل), not
    where it stands as the word («قميص النادي» is no one called النادي in «رئيس النادي»)."""
    t = x.t
    surnames = {x.norms[s.b - 1] for s in spans if s.kind == "PERS" and s.b - s.a >= 2
                and x.norms[s.b - 2] not in t.connectors and (x.norms[s.b - 1],) not in t.not_names
                and not _title_word(x, s.b - 1)}
    # (الله of «حسن نصر الله» is no one's name alone: «بيوت الله»)
    if not surnames:
        return spans
    for s in spans:
        # «حفل تكريم للجاسر» after «عمر الجاسر»: the family name with a preposition, typed a place
        if (s.kind != "PERS" and s.b - s.a == 1
                and any(rest in surnames for _, rest in x.bare(s.a))):
            s.kind = "PERS"
    covered = {k for s in spans for k in range(s.a, s.b)}
    added = []
    for i in range(x.n):
        if i in covered or not x.is_word(i):
            continue
        # (a rank or honorific, not a role that takes a body: «رئيس النادي» is the club's)
        titled = i > 0 and x.norms[i - 1] in t.person_titles and x.norms[i - 1] not in t.roles
        word = x.norms[i]
        # (a feminine relative adjective, «العربية» of a mistyped «نايف العربية», goes on as the
        # adjective of «الدول العربية»: a family name so shaped, العطية, is the person only after a title)
        if (word in surnames and len(word) > 2 and not x.function_word(i)
                and (titled or (word not in common and not (x.definite(i) and x.raw[i].endswith("ية"))))):
            added.append(_Span(i, i + 1, "PERS"))
            continue
        for clitic, rest in x.bare(i):
            if rest in surnames and len(rest) > 2 and (titled or rest not in common):
                added.append(_Span(i, i + 1, "PERS"))
                break
    return sorted(spans + added, key=lambda s: s.a) if added else spans
