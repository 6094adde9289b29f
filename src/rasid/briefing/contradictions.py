"""Candidate contradictions across the articles of one story.

A *denial* is a sentence with a denial cue ("لا توجد خطط", "نفى", "no plans", "denied"); what
it denies is the rest of the sentence after the cue (its *scope*).  An *assertion* is a sentence
of another article with an affirmation cue ("قبل الدعوة", "سيزور", "accepted") that covers most
of the scope's content words (normalised, lightly stemmed, with the preceding sentence as
context, since "قبِل الدعوة" often leaves the invitation itself to the sentence before).
These are candidates for a reader to judge, so the thresholds favour precision.

Outlets also disagree without denying anything: «استشهاد 10 رجال أمن و3 عمال» against
«استشهاد 12 من منسوبي القوات إضافة إلى ثلاثة من العاملين» (the Abha bombing, SaudiNewsNet
2015-08-06/07).  A *figures* candidate is two sentences giving different figures for one count
(killed, injured, arrested: the language's ``figures`` table) of one happening: sharing its
words (not the words any two tolls share: «مصدر», «بينهم», «مدينة»), not naming two places or
two days, two kinds of happening (a car bomb, shelling, a battle) nor two groups counted; rough
figures («نحو 15»), risen or summed tolls and the parts of a toll («بينهم 10 طلاب») are no claim
of their own, and a report that gives the other's figure too (431 arrested and the 97 of one
cell) claims nothing against it.  SaudiNewsNet 2015-07-21 showed why: eighteen candidates in
its largest Yemen story, nearly all two happenings set against each other.

Only two different sources, or one source at two times, can contradict each other: a copy
or a near copy of a report (a wire story reprinted, one outlet's web and print versions)
never contradicts its original, nor does one outlet on one day, nor a sentence its own
reprint (the only candidate of the five largest real briefings once set a sentence against
a copy of itself).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from sumy.utils import get_stop_words

from rasid.lang import tables
from rasid.model import Article, Contradiction, Statement  # noqa: F401 - re-exported: the records live in the model
from rasid.text.langid import detect_language
from rasid.text.normalize import normalize, words
from rasid.text.sentences import split_sentences
from rasid.text.stem import skeleton, stem

# Chosen by reading the seed pages: a strong cue needs half the denied content words back
# (the Peskov denial has 4: visit, Putin, Pyong-, -yang; "accepted the invitation to visit
# North Korea" returns visit + Putin), a weak cue ("لم", "not") three quarters and at least 3.
STRONG_MIN_SHARED, STRONG_MIN_RATIO = 2, 0.5
WEAK_MIN_SHARED, WEAK_MIN_RATIO = 3, 0.75
# An assertion's words count only this close to its cue: the thing accepted or confirmed is
# named next to "قبل"/"confirmed", not at the other end of a long sentence.
ASSERTION_WINDOW = 10
# The first content words of a denial's scope name what it denies.
HEAD_TERMS = 2
_CLAUSE = re.compile(r"[،,؛;:]")
# Two reports sharing this much of the shorter one's word 4-grams are copies of one report;
# two sentences sharing this much of their words are one sentence printed twice.
COPY_CONTAINMENT = 0.5
SAME_SENTENCE = 0.6


@dataclass(slots=True)
class _Sentence:
    article: Article
    index: int
    start: int
    end: int
    words: list[str] = field(default_factory=list)
    clause: list[int] = field(default_factory=list)  # clause number of each word
    surface: dict[str, str] = field(default_factory=dict)  # term key -> a word as written


@dataclass(frozen=True)
class _Cues:
    strong: tuple[tuple[str, ...], ...]
    weak: tuple[tuple[str, ...], ...]
    affirm: tuple[tuple[str, ...], ...]
    accept: tuple[tuple[str, ...], ...]
    stop: frozenset[str]
    conjunctions: tuple[str, ...]


@lru_cache(maxsize=None)
def _cues(language: str | None) -> _Cues | None:
    t = tables(language, "reporting")
    if t is None:
        return None

    def phrases(entries):
        return tuple(sorted({tuple(words(normalize(e))) for e in entries}, key=len, reverse=True))

    # sumy's stop-word lists (months, particles, numerals) plus our reporting vocabulary.
    stop = set(get_stop_words(t.STOPWORDS_LANGUAGE)) | set(t.CONTENT_STOPWORDS)
    return _Cues(
        phrases(t.DENIAL_STRONG), phrases(t.DENIAL_WEAK), phrases(t.AFFIRMATION_CUES),
        phrases(t.ACCEPTANCE_CUES), frozenset(normalize(w) for w in stop),
        tuple(normalize(c) for c in t.CONJUNCTION_PREFIXES),
    )


def _key(word: str) -> str:
    return skeleton(stem(word))


def _find(ws: list[str], cues: tuple[tuple[str, ...], ...], conj: tuple[str, ...]) -> tuple[int, tuple[str, ...]] | None:
    """First position where a cue phrase occurs (a glued و/ف allowed on its first word)."""
    for i in range(len(ws)):
        first = ws[i]
        variants = {first} | {first[len(c):] for c in conj if first.startswith(c) and len(first) > len(c) + 1}
        for cue in cues:
            if cue[0] in variants and tuple(ws[i + 1 : i + len(cue)]) == cue[1:]:
                return i, cue
    return None


def _terms(s: _Sentence, cues: _Cues, start: int = 0, end: int | None = None) -> set[str]:
    return set(_ordered_terms(s, cues, start, end))


def _ordered_terms(s: _Sentence, cues: _Cues, start: int = 0, end: int | None = None,
                   names: frozenset[str] = frozenset()) -> list[str]:
    """Content-word keys in order; ``names`` (stems of the article's names) are left out."""
    out: list[str] = []
    for w in s.words[start:end]:
        if w in cues.stop or w.isdigit() or len(w) < 2 or (names and stem(w) in names):
            continue
        bare = w
        for c in cues.conjunctions:
            if bare.startswith(c) and bare[len(c):] in cues.stop:
                bare = ""
        if bare and _key(w) not in out:
            out.append(_key(w))
    return out


def _sentences(article: Article) -> list[_Sentence]:
    out = []
    for i, sent in enumerate(article.sentences or split_sentences(article.text)):
        s = _Sentence(article, i, sent.start, sent.end)
        for n, clause in enumerate(_CLAUSE.split(article.text[sent.start : sent.end])):
            ws = words(normalize(clause))
            s.words.extend(ws)
            s.clause.extend([n] * len(ws))
        raw_words = article.text[sent.start : sent.end].split()
        for raw in raw_words:
            for w in words(normalize(raw)):
                s.surface.setdefault(_key(w), raw.strip("«»“”\"'.,،:؛()"))
        out.append(s)
    return out


def _scope_end(s: _Sentence, start: int) -> int:
    """End of the clause a denial cue sits in: what it denies stops at the next comma."""
    if start >= len(s.words):
        return start
    clause = s.clause[start - 1] if start else 0
    end = start
    while end < len(s.words) and s.clause[end] == clause:
        end += 1
    return end


def _statement(article: Article, start: int, end: int) -> Statement:
    return Statement(article.id or article.origin, start, end, article.text[start:end])


class _Apart:
    """Whether two articles are independent voices: other sources, or one source at two
    times, and not copies of one report.  Remembers each article's shingles."""

    def __init__(self) -> None:
        self._shingles: dict[int, frozenset[str]] = {}

    def __call__(self, a: Article, b: Article) -> bool:
        day_a, day_b = (a.published or "")[:10], (b.published or "")[:10]
        if a.outlet and a.outlet == b.outlet and day_a and day_a == day_b:
            return False
        sa, sb = self._of(a), self._of(b)
        if not sa or not sb:
            return True
        return len(sa & sb) / min(len(sa), len(sb)) < COPY_CONTAINMENT

    def _of(self, article: Article) -> frozenset[str]:
        key = id(article)
        if key not in self._shingles:
            tokens = words(normalize(article.text))
            self._shingles[key] = frozenset(" ".join(tokens[i : i + 4]) for i in range(len(tokens) - 3))
        return self._shingles[key]


def _one_sentence(d: _Sentence, a: _Sentence, cue: tuple[str, ...], conj: tuple[str, ...]) -> bool:
    """Whether ``a`` is the denial sentence printed again: most of its words and the denial's
    own cue.  "نفى الاتحاد رفع الإيقاف" and "أنباء عن موافقة الاتحاد على رفع الإيقاف" share
    their words and are opposite claims."""
    x, y = set(d.words), set(a.words)
    if not (x and y) or len(x & y) / min(len(x), len(y)) < SAME_SENTENCE:
        return False
    return _find(a.words, (cue,), conj) is not None


def _same_word(a: str, b: str) -> bool:
    x, y = words(normalize(a)), words(normalize(b))
    return bool(x and y) and stem(x[0]) == stem(y[0])


@lru_cache(maxsize=None)
def _markers(language: str | None) -> frozenset[str]:
    table = tables(language, "denials")
    return frozenset(normalize(w) for w in table.OBJECT_MARKERS) if table is not None else frozenset()


def find_contradictions(articles: Sequence[Article]) -> list[Contradiction]:
    """Pairs (denial in one article, assertion in another) about the same thing, best first."""
    denials = []
    assertions = []
    split: dict[int, list[_Sentence]] = {}  # each article's sentences, read once for both passes
    for article in articles:
        if not article.text.strip():
            continue
        cues = _cues(article.language or detect_language(article.text))
        if cues is None:
            continue
        sentences = split[id(article)] = _sentences(article)
        # Stems, not keys: a key drops the long vowels, and «وزارة» of a ministry's name would
        # then hide «زيارة», the visit Peskov denies.
        names = frozenset(stem(w) for m in article.mentions if m.type in ("PERS", "ORG")
                          for w in words(normalize(m.text)))
        markers = _markers(article.language)
        for i, s in enumerate(sentences):
            strong = _find(s.words, cues.strong, cues.conjunctions)
            hit, weak = strong, False
            if hit is None:
                hit, weak = _find(s.words, cues.weak, cues.conjunctions), True
            if hit is not None:
                pos, cue = hit
                end = _scope_end(s, pos + len(cue))
                ordered = _ordered_terms(s, cues, pos + len(cue), end)
                scope = set(ordered)
                # The denier is often named right after the verb ("ونفى الفهد وجود خلافات"): the
                # head of what is denied comes after «وجود»/«أن» when one opens it, and is the
                # first words that are nobody's name.
                opener = next((k for k in range(pos + len(cue), end) if s.words[k] in markers), None)
                head = frozenset(_ordered_terms(s, cues, opener + 1 if opener is not None else pos + len(cue),
                                                end, names)[:HEAD_TERMS])
                if len(scope) >= (WEAK_MIN_SHARED if weak else STRONG_MIN_SHARED):
                    denials.append((s, scope, cue, weak, head, cues.conjunctions))
            if strong is None:
                affirm = _find(s.words, cues.affirm, cues.conjunctions)
                accept = None if affirm else _find(s.words, cues.accept, cues.conjunctions)
                if affirm is not None or accept is not None:
                    at = (affirm or accept)[0]
                    own = _terms(s, cues, max(0, at - ASSERTION_WINDOW), at + ASSERTION_WINDOW)
                    previous = sentences[i - 1] if i and accept is not None else None
                    # A sentence before that itself denies (another report of the denial, then
                    # "the federation accepted the resignation") is no context for an assertion.
                    if previous is not None and (_find(previous.words, cues.strong, cues.conjunctions)
                                                 or _find(previous.words, cues.weak, cues.conjunctions)):
                        previous = None
                    context = _terms(previous, cues) if previous is not None else set()
                    assertions.append((s, own, context, previous, (affirm or accept)[1]))

    apart = _Apart()
    found: list[Contradiction] = find_figure_disagreements(articles, apart, split)
    for d, scope, dcue, weak, head, conj in denials:
        best_per_article: dict[str, Contradiction] = {}
        for a, own, context, previous, acue in assertions:
            if a.article is d.article or not apart(d.article, a.article) or _one_sentence(
                    d, a, dcue, conj) or (previous is not None and _one_sentence(d, previous, dcue, conj)):
                continue
            shared = scope & (own | context)
            # What is denied is named first ("نفى وجود خلافات بينه وبين ..."): the assertion must
            # assert that, not merely share the people named after it. Found in the sentence
            # before, it must be the same word there, not one of the same letters ("خلفا" is
            # no "خلافات").
            if not head & own and not any(
                    t in context and _same_word(d.surface.get(t, ""), previous.surface.get(t, ""))
                    for t in head):
                continue
            # Words found only in the context sentence count half.
            ratio = (len(shared & own) + 0.5 * len(shared - own)) / len(scope)
            if len(shared) < (WEAK_MIN_SHARED if weak else STRONG_MIN_SHARED):
                continue
            if len(shared) / len(scope) < (WEAK_MIN_RATIO if weak else STRONG_MIN_RATIO):
                continue
            start = previous.start if previous is not None and shared - own else a.start
            terms = sorted(d.surface.get(k, k) for k in shared)
            candidate = Contradiction(
                denial=_statement(d.article, d.start, d.end),
                assertion=_statement(a.article, start, a.end),
                shared_terms=terms,
                denial_cue=" ".join(dcue),
                assertion_cue=" ".join(acue),
                score=round(ratio * (0.75 if weak else 1.0), 3),
            )
            candidate.explanation = (
                f"«{candidate.denial_cue}» denies what «{candidate.assertion_cue}» asserts; "
                f"both are about: {'، '.join(terms)}"
            )
            key = a.article.id or a.article.origin
            if key not in best_per_article or best_per_article[key].score < candidate.score:
                best_per_article[key] = candidate
        found.extend(best_per_article.values())
    # Denials first: a denial is what the reader looks for, a differing figure may be a revision.
    found.sort(key=lambda c: (c.kind != "denial", -c.score))
    return found


# --- figures ------------------------------------------------------------------------------
# Two counts of one happening name it with this many content words in common: «تفجير مسجد
# قوات الطوارئ» in each report of the Abha bombing.
FIGURE_MIN_SHARED = 3
# ... or one, when they name one kind of happening and agree on another of its counts.
FIGURE_MIN_SHARED_AGREEING = 1
# Parts of one toll stand this close: «12 من منسوبي القوات الطوارئ الخاصة، إضافة إلى ثلاثة».
FIGURE_CHAIN_WINDOW = 8
# Who is counted is named in the few words after the number («12 من رجال الأمن»).
FIGURE_GROUP_WORDS = 3


@dataclass(frozen=True)
class _FigureCues:
    before: dict[str, tuple[tuple[tuple[str, ...], str], ...]]  # first word -> (phrase, kind), longest first
    after: dict[str, str]
    additions: tuple[tuple[str, ...], ...]
    subsets: frozenset[str]
    hedges: tuple[tuple[str, ...], ...]
    other: tuple[tuple[str, ...], ...]
    numbers: dict[str, tuple[tuple[tuple[str, ...], int], ...]]  # first word -> (phrase, value), longest first
    any_group: frozenset[str]
    proclitics: tuple[str, ...]
    gap: int
    count_words: frozenset[str]
    articles: frozenset[str]
    frame_keys: frozenset[str]  # words that say how a count is told, not what happened
    place_heads: frozenset[str]
    teens: frozenset[str]
    number_forms: frozenset[str]  # the first word of every spelled number, with its proclitics
    generic_keys: frozenset[str]  # words any two tolls share: «مصدر», «بينهم», «مدينة»
    incidents: dict[str, str]  # a word as written -> the kind of happening it names


@lru_cache(maxsize=None)
def _figure_cues(language: str | None) -> _FigureCues | None:
    t, temporal = tables(language, "figures"), tables(language, "temporal")
    if t is None or temporal is None:
        return None

    def phrase(text: str) -> tuple[str, ...]:
        return tuple(words(normalize(text)))

    def phrases(entries) -> tuple[tuple[str, ...], ...]:
        return tuple(sorted({phrase(e) for e in entries}, key=len, reverse=True))

    before = sorted(((phrase(w), kind) for kind, ws in t.BEFORE_NUMBER.items() for w in ws), key=lambda p: -len(p[0]))
    after = {normalize(w): kind for kind, ws in t.AFTER_NUMBER.items() for w in ws}
    approximate = {phrase(w) for w in t.APPROXIMATE_NUMBERS}
    numbers: dict[str, list[tuple[tuple[str, ...], int]]] = {}
    for w, n in sorted(temporal.NUMBER_WORDS.items(), key=lambda item: -len(phrase(item[0]))):
        if phrase(w) not in approximate:
            numbers.setdefault(phrase(w)[0], []).append((phrase(w), n))
    count_words = {w for p, _ in before for w in p} | set(after)
    by_first: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for p, kind in before:
        by_first.setdefault(p[0], []).append((p, kind))
    return _FigureCues({k: tuple(v) for k, v in by_first.items()}, after, phrases(t.ADDITIONS), frozenset(normalize(w) for w in t.SUBSETS),
                       phrases(t.HEDGES), phrases(t.OTHER_COUNTS), {k: tuple(v) for k, v in numbers.items()},
                       frozenset(normalize(w) for w in t.ANY_GROUP), tuple(normalize(p) for p in t.PROCLITICS),
                       t.AFTER_GAP, frozenset(count_words), frozenset(normalize(w) for w in t.ARTICLES),
                       frozenset(_key(w) for e in (*count_words, *t.ANY_GROUP, *t.ADDITIONS, *t.HEDGES, *t.FRAMES)
                                 for w in words(normalize(e))),
                       frozenset(normalize(w) for w in t.PLACE_HEADS), frozenset(normalize(w) for w in t.TEENS),
                       frozenset(p + w for w in numbers for p in ("", *(normalize(c) for c in t.PROCLITICS))),
                       frozenset(_key(w) for e in t.GENERIC for w in words(normalize(e))),
                       {normalize(w): kind for kind, ws in t.INCIDENTS.items() for w in ws})


@lru_cache(maxsize=65536)  # called for every word of every sentence a story's figures are read from
def _bare(word: str, proclitics: tuple[str, ...]) -> frozenset[str]:
    return frozenset({word} | {word[len(p):] for p in proclitics if word.startswith(p) and len(word) > len(p)})


def _at(ws: list[str], i: int, phrase: tuple[str, ...], proclitics: tuple[str, ...]) -> bool:
    return (i + len(phrase) <= len(ws) and phrase[0] in _bare(ws[i], proclitics)
            and tuple(ws[i + 1 : i + len(phrase)]) == phrase[1:])


def _number(ws: list[str], i: int, fc: _FigureCues) -> tuple[int, int] | None:
    """(value, words used) of a number written at ``i``: digits («12», «و3») or words («عشرة»)."""
    if i >= len(ws):
        return None
    for bare in _bare(ws[i], fc.proclitics):
        if bare.isdigit():
            return int(bare), 1
        for spelled, n in fc.numbers.get(bare, ()):
            if tuple(ws[i + 1 : i + len(spelled)]) == spelled[1:]:
                after = i + len(spelled)
                if n < 10 and after < len(ws) and ws[after] in fc.teens:
                    return n + 10, len(spelled) + 1  # «خمسة عشر»
                return n, len(spelled)
    return None


@dataclass(slots=True)
class _Figure:
    sentence: _Sentence
    kind: str
    values: frozenset[int]  # the first figure and, for «10 ... و3», their sum
    written: str
    group: frozenset[str]  # who is counted: «رجال الأمن», or nothing for «13 شخصا»
    total: int = 0  # the figure as a whole: the sum of its parts
    claim: bool = True  # False for a rough, risen or summed figure: given, but no claim to contradict


def _count_word_at(ws: list[str], i: int, fc: _FigureCues) -> tuple[tuple[str, ...], str] | None:
    """(phrase, kind) of a word that opens a count at ``i``: «استشهاد», «ولاستشهاد», «القبض على»."""
    for bare in _bare(ws[i], fc.proclitics):
        for p, kind in fc.before.get(bare, ()):
            if tuple(ws[i + 1 : i + len(p)]) == p[1:]:
                return p, kind
    return None


def _counts_at(ws: list[str], k: int, fc: _FigureCues) -> bool:
    """Whether a count of its own opens at ``k`` («وإصابة تسعة», «15 شهيدا»)."""
    return _count_word_at(ws, k, fc) is not None or ws[k] in fc.after


def _subset_at(ws: list[str], k: int, end: int, fc: _FigureCues) -> bool:
    """Whether «منهم»/«بينهم» at ``k`` opens a part of the count that ends at ``end``: «15 منهم 12»
    does, «10 منهم وثلاثة» ("ten of them and three") does not."""
    if ws[k] not in fc.subsets:
        return False
    return k > end or _number(ws, k + 1, fc) is not None and not ws[k + 1].startswith(tuple(p[0] for p in fc.additions))


def _chain(ws: list[str], end: int, fc: _FigureCues) -> list[int]:
    """The figures added to the one that ends at ``end``: «10 رجال أمن و3 عمال», «12 من منسوبي
    القوات، إضافة إلى ثلاثة من العاملين»; none after «بينهم» (a part of the toll, not more)."""
    parts: list[int] = []
    k = last = end
    while k < len(ws) and k - last <= FIGURE_CHAIN_WINDOW:
        if _subset_at(ws, k, end, fc) or _counts_at(ws, k, fc):
            break
        joined = next((p for p in fc.additions if tuple(ws[k : k + len(p)]) == p), None)
        at = k + len(joined) if joined else k
        glued = joined is None and any(len(p) == 1 and ws[k].startswith(p[0]) and ws[k] != p[0]
                                       and not ws[k].isdigit() for p in fc.additions)
        hit = _number(ws, at, fc) if joined or glued else None
        if hit is not None:
            after = at + hit[1]
            if after < len(ws) and ws[after] in fc.after:
                break  # «و3 جرحى»: a count of another kind
            parts.append(hit[0])
            k = last = after
            continue
        k += 1
    return parts


def _figures_of(s: _Sentence, fc: _FigureCues, cues: _Cues) -> list[_Figure]:
    """The counts a sentence gives, each with its kind and the figures it can be read as."""
    ws = s.words
    out: list[_Figure] = []
    i = 0
    while i < len(ws):
        kind, start, skip = None, None, 1
        if (cue := _count_word_at(ws, i, fc)) is not None:
            j = i + len(cue[0])
            skip = len(cue[0])
            while j < len(ws) and ws[j] in fc.articles:
                j += 1  # «الـ 15»
            hit = _number(ws, j, fc)
            # «ثمانية قتلى و128 جريحا»: a number its own word names as another count is not
            # the count of the word before it.
            named_after = fc.after.get(ws[j + hit[1]]) if hit is not None and j + hit[1] < len(ws) else None
            if hit is not None and named_after in (None, cue[1]):
                kind, start = cue[1], j
        if kind is None and (hit := _number(ws, i, fc)) is not None:
            end = i + hit[1]
            if any(end + g < len(ws) and ws[end + g] in fc.after and (kind := fc.after[ws[end + g]])
                   for g in range(fc.gap + 1)):
                start = i
        if kind is None or start is None:
            i += skip
            continue
        value, used = _number(ws, start, fc)
        end = start + used
        lead = start
        while lead > 0 and ws[lead - 1] in fc.articles:
            lead -= 1
        clause_start = s.clause.index(s.clause[start])
        # «قرابة الـ 15 شهيدا و40 مصابا»: the hedge rounds every count of its clause after it.
        hedged = any(_at(ws, k, p, fc.proclitics) for k in range(max(clause_start, lead - FIGURE_CHAIN_WINDOW), lead)
                     for p in fc.hedges)
        # «ارتفعت حصيلة الشهداء إلى 12، بعد وفاة اثنين من المصابين»: the comma does not end the rise.
        other = any(_at(ws, k, p, fc.proclitics) for k in range(max(0, i - 2 * FIGURE_CHAIN_WINDOW), start)
                    for p in fc.other)
        named = []
        # «أحد عشر قتيلا في صفوف القوات»: who is counted comes after the word that says how.
        after_kind = end + 1 if end < len(ws) and ws[end] in fc.after else end
        for k in range(after_kind, min(len(ws), after_kind + FIGURE_GROUP_WORDS)):
            if _subset_at(ws, k, end, fc) or _counts_at(ws, k, fc) or _number(ws, k, fc) is not None:
                break
            if ws[k] not in fc.any_group and ws[k] not in fc.subsets and ws[k] not in cues.stop:
                named.append(_key(ws[k]))
        group = frozenset(named)
        parts = [value, *_chain(ws, end, fc)]
        out.append(_Figure(s, kind, frozenset({value, sum(parts)}), " + ".join(map(str, parts)), group,
                           sum(parts), not hedged and not other))
        i = max(end, i + skip)
    return out


def _within(spans, s: _Sentence):
    return [x for x in spans if s.start <= x.start and x.end <= s.end]


def _place_keys(article: Article, s: _Sentence, fc: _FigureCues) -> frozenset[str]:
    """The words that tell a place apart: «القديح», «عسير», not «مسجد» or «منطقة»."""
    return frozenset(_key(bare) for m in _within(article.mentions, s) if m.type == "LOC"
                     for w in words(normalize(m.text)) for bare in [min(_bare(w, fc.proclitics), key=len)]
                     if w not in fc.place_heads and not (_bare(w, fc.proclitics) & fc.place_heads))


def _day_values(article: Article, s: _Sentence) -> frozenset[str]:
    return frozenset(t.value for t in _within(article.timerefs, s) if t.granularity == "day")


def _apart_in(a: frozenset[str], b: frozenset[str]) -> bool:
    """Both say it and they say nothing in common: two places, two days, two groups counted."""
    return bool(a and b and not a & b)


def _near_copy(a: _Sentence, b: _Sentence) -> bool:
    """Whether most words of the shorter sentence are the other's: one sentence printed twice."""
    x, y = set(a.words), set(b.words)
    return bool(x and y) and len(x & y) / min(len(x), len(y)) >= SAME_SENTENCE


def _numbers_in(s: _Sentence, fc: _FigureCues) -> frozenset[int]:
    """Every number a sentence writes, whatever it counts: «28 قتيلا – 17 متمردا و11 عنصرا»."""
    return frozenset(hit[0] for k in range(len(s.words)) if (hit := _number(s.words, k, fc)) is not None)


def _incidents_of(s: _Sentence, fc: _FigureCues) -> frozenset[str]:
    """The kinds of happening a sentence names: a bombing, shelling, a battle."""
    return frozenset(fc.incidents[b] for w in s.words for b in _bare(w, fc.proclitics) if b in fc.incidents)


def find_figure_disagreements(articles: Sequence[Article], apart: _Apart | None = None,
                              split: dict[int, list[_Sentence]] | None = None) -> list[Contradiction]:
    """Two articles giving different figures for one count of one happening: «استشهاد 10 رجال
    أمن و3 عمال» against «استشهاد 12 من منسوبي القوات إضافة إلى ثلاثة من العاملين».  One
    candidate per pair of figures, the pair of sentences that share most words."""
    apart = apart or _Apart()
    split = {} if split is None else split
    found: list[tuple] = []
    # Each article's figures of each kind, rough and risen ones too: a report that gives the
    # other's figure as well (a total and its parts, 431 arrested and the 97 of one cell) does
    # not claim another figure for it.
    given: dict[tuple[int, str], set[int]] = {}
    for article in articles:
        if not article.text.strip():
            continue
        language = article.language or detect_language(article.text)
        cues, fc = _cues(language), _figure_cues(language)
        if cues is None or fc is None:
            continue
        previous: frozenset[str] = frozenset()
        sentences = split.get(id(article)) or _sentences(article)
        # Every place each sentence names, place heads included («منطقة عسير»).
        named = [frozenset(_key(min(_bare(w, fc.proclitics), key=len)) for m in _within(article.mentions, s)
                           if m.type == "LOC" for w in words(normalize(m.text))) for s in sentences]
        for i, s in enumerate(sentences):
            places = _place_keys(article, s, fc)
            # Most sentences hold no number at all: skip them before reading their words.
            if not any(w[-1:].isdigit() or w in fc.number_forms for w in s.words):
                previous = places or previous
                continue
            figures = _figures_of(s, fc, cues)
            for f in figures:
                given.setdefault((id(article), f.kind), set()).add(f.total)
            figures = [f for f in figures if f.claim]
            if figures:
                counted = fc.frame_keys | fc.generic_keys
                terms = frozenset(t for t in _terms(s, cues) if t not in counted and _number([t], 0, fc) is None)
                # «وقالت مصادر عسكرية إن المعارك في هذا الحي أسفرت عن سقوط 28 قتيلا»: the place
                # of a toll that names none is the one named just before.
                found.append((s, figures, terms, places or previous, _day_values(article, s),
                              _incidents_of(s, fc), _numbers_in(s, fc), frozenset().union(*named[max(0, i - 1) : i + 2])))
            previous = places or previous
    best: dict[tuple, Contradiction] = {}
    for n, (s, figures, terms, places, days, kinds, numbers, near) in enumerate(found):
        for t, other_figures, other_terms, other_places, other_days, other_kinds, other_numbers, other_near \
                in found[n + 1 :]:
            if t.article is s.article or not apart(s.article, t.article):
                continue
            # Two places can be one happening's («أبها», in «منطقة عسير»), when each report names
            # the other's place beside its own toll; a long roundup names every city somewhere
            # (Taiz and Aden, 2015-07-21), so naming it far from the toll says nothing.
            if _apart_in(places, other_places) and not (places & other_near and other_places & near):
                continue
            if _apart_in(days, other_days) or _apart_in(kinds, other_kinds):
                continue
            shared = terms & other_terms
            # Two reports of one kind of happening that agree on one of its counts are of one
            # happening with fewer words in common: «التفجير تسبب في مقتل خمسة أشخاص وإصابة
            # سبعة» and «انفجار السيارة المفخخة خلف خمسة قتلى و11 جريحا» (a Sanaa car bomb).
            agree = kinds & other_kinds and any(f.kind == g.kind and f.values & g.values
                                                for f in figures for g in other_figures)
            # One statement printed twice, its figure edited in one print («استشهاد عشرة» then
            # «استشهاد 12» in the ministry's words), is a copy: the disagreement is shown where
            # two outlets word it themselves.
            if len(shared) < (FIGURE_MIN_SHARED_AGREEING if agree else FIGURE_MIN_SHARED) or _near_copy(s, t):
                continue
            for f in figures:
                for g in other_figures:
                    if f.kind != g.kind or f.values & g.values or _apart_in(f.group, g.group):
                        continue
                    if (f.total in other_numbers or g.total in numbers
                            or f.total in given.get((id(t.article), f.kind), ())
                            or g.total in given.get((id(s.article), g.kind), ())):
                        continue
                    first, second = sorted((f, g), key=lambda x: x.sentence.article.published or "")
                    key = (f.kind, frozenset({f.values, g.values}))
                    score = round(len(shared) / min(len(terms), len(other_terms)), 3)
                    if key in best and best[key].score >= score:
                        continue
                    names = sorted(first.sentence.surface.get(k, k) for k in shared)
                    candidate = Contradiction(
                        denial=_statement(first.sentence.article, first.sentence.start, first.sentence.end),
                        assertion=_statement(second.sentence.article, second.sentence.start, second.sentence.end),
                        shared_terms=names, denial_cue=first.written, assertion_cue=second.written,
                        score=score, kind="figures")
                    candidate.explanation = (f"{f.kind}: {first.written} against {second.written}; "
                                             f"both about: {'، '.join(names)}")
                    best[key] = candidate
    return sorted(best.values(), key=lambda c: -c.score)
