"""The per-language chrome tables, merged and normalised once, and the line features built on them.

Every language's table is matched on every page: site templates mix languages (an English
theme notice on an Arabic page), and the phrases are specific enough not to collide.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from rasid.lang import all_tables
from rasid.text.normalize import normalize

_WORD = re.compile(r"\w+")
_CLOSERS = r"""(?:["”»’')\]]*)$"""


@lru_cache(maxsize=1)
def full_stops() -> str:
    """The marks that end a sentence as "." does: "." and every script's own ("。", "।")."""
    return "." + "".join(getattr(table, "FULL_STOPS", "") for table in all_tables("chrome"))


@lru_cache(maxsize=1)
def _terminal() -> re.Pattern:
    """Sentence-final punctuation, then any closing quotes/brackets."""
    return re.compile("[" + re.escape(full_stops() + "!?؟…") + "]" + _CLOSERS)


@lru_cache(maxsize=1)
def unspaced_letters() -> tuple[tuple[re.Pattern, int], ...]:
    """Letters of the scripts written without spaces between words (Chinese, Thai, Burmese): for
    each table that names some, a pattern matching a run of them and how many letters a word of
    that script has on average (empty when no table names any).  Counting such a run as one word
    made a Chinese paragraph a one-word line.  Each script keeps its own word length: a Thai word
    (its vowel and tone marks are letters here) is about twice a Chinese one."""
    return tuple((re.compile(f"[{table.UNSPACED_LETTERS}]+"), getattr(table, "LETTERS_PER_WORD", 1))
                 for table in all_tables("chrome") if getattr(table, "UNSPACED_LETTERS", ""))


@lru_cache(maxsize=1)
def _any_unspaced() -> re.Pattern | None:
    classes = "".join(getattr(table, "UNSPACED_LETTERS", "") for table in all_tables("chrome"))
    return re.compile(f"[{classes}]") if classes else None


def unspaced(text: str) -> bool:
    """Does the text hold letters of a script written without spaces between words?"""
    letters = _any_unspaced()
    return letters is not None and letters.search(text) is not None


def count_words(text: str) -> int:
    """Words of a line: its space-separated tokens, a run of unspaced letters counted by its
    script's average word length."""
    tokens = text.split()
    if not unspaced(text):
        return len(tokens)
    n = 0
    for token in tokens:
        rest = token
        in_runs = 0
        for pattern, per_word in unspaced_letters():
            in_runs += sum(-(-len(r) // per_word) for r in pattern.findall(rest))
            rest = pattern.sub(" ", rest)
        words = sum(1 for r in rest.split() if _WORD.search(r))
        n += in_runs + words
        if not in_runs and not rest.split():
            n += 1
    return n


@lru_cache(maxsize=1 << 16)  # template lines recur by the thousand; counting and cleaning both key them
def line_key(text: str) -> str:
    """Matching key of a line: normalised words joined by one space (punctuation dropped)."""
    return " ".join(_WORD.findall(normalize(text).replace("_", " ")))


def ends_sentence(text: str) -> bool:
    return bool(_terminal().search(text.rstrip()[-12:]))


@dataclass(frozen=True, slots=True)
class ChromeRule:
    reason: str
    mode: str  # prefix | exact | contains
    max_words: int
    edge_only: bool
    phrases: tuple[str, ...]
    first_words: frozenset[str]

    def matches(self, key: str, n_words: int) -> bool:
        if n_words > self.max_words:
            return False
        if self.mode == "frame":
            # "follow * on": the phrase's first words, one to three others, then its last words.
            for p in self.phrases:
                head, _, tail = p.partition(" * ")
                if key.startswith(head + " ") and key.endswith(" " + tail):
                    middle = key[len(head) + 1: len(key) - len(tail) - 1].split()
                    if 1 <= len(middle) <= 3:
                        return True
            return False
        if self.mode != "contains" and key.split(" ", 1)[0] not in self.first_words:
            return False
        if self.mode == "exact":
            return key in self.phrases
        if self.mode == "contains":
            return any(p in key for p in self.phrases)
        for p in self.phrases:
            # One-word phrases need a word boundary ("اخبار" must not match "اخبارية");
            # longer ones are specific enough to match glued text ("اخر الاخبارسياسه").
            if key == p or key.startswith(p + " ") or (" " in p and key.startswith(p)):
                return True
        return False


@dataclass(frozen=True, slots=True)
class Tables:
    rules: tuple[ChromeRule, ...]
    rules_by_first_word: dict[str, tuple[ChromeRule, ...]]
    contains_rules: tuple[ChromeRule, ...]
    related_triggers: frozenset[str]
    colon_triggers: frozenset[str]
    end_markers: tuple[str, ...]
    glued_prefixes: tuple[str, ...]
    glued_first_words: frozenset[str]
    tag_list: re.Pattern
    tag_labels: frozenset[str]  # "Tags", "Categoria": the labels of a CMS's tag and section lists
    source_prefixes: tuple[str, ...]
    byline_prefixes: tuple[str, ...]
    byline_roles: frozenset[str]  # a reporter's role printed after the name ("Reporter", "Sponsored")
    author_placeholders: frozenset[str]  # what a CMS writes where no author is set ("No Author")
    staff_words: frozenset[str]  # a credit with one of these names no person ("HNN Staff", "Web Desk")
    byline_labels: frozenset[str]  # a byline prefix printed as an element of its own above one name ("By")
    photo_prefixes: tuple[str, ...]
    agencies: dict[str, str]  # normalised spelling -> reported name
    outlet_words: frozenset[str]
    list_markers: frozenset[str]
    months: dict[str, int]
    date_words: frozenset[str]
    date_phrases: tuple[str, ...]  # date words of several words, longest first
    solar_months: dict[str, int]  # Solar Hijri month names (Persian pages), converted by the date reader
    date_patterns: tuple[re.Pattern, ...]  # dates written with counters ("2025年1月13日"): groups year, month, day


def _keys(phrases) -> tuple[str, ...]:
    return tuple(k for k in (line_key(p) for p in phrases) if k)


@lru_cache(maxsize=1)
def tables() -> Tables:
    rules: list[ChromeRule] = []
    related: set[str] = set()
    colon_triggers: set[str] = set()
    end_markers: set[str] = set()
    glued: set[str] = set()
    glued_raw: set[str] = set()
    tag_labels: set[str] = set()
    sources: set[str] = set()
    bylines: set[str] = set()
    roles: set[str] = set()
    placeholders: set[str] = set()
    staff: set[str] = set()
    labels: set[str] = set()
    photos: set[str] = set()
    agencies: dict[str, str] = {}
    outlet_words: set[str] = set()
    markers: set[str] = set()
    months: dict[str, int] = {}
    date_words: set[str] = set()
    date_phrases: set[str] = set()
    solar_months: dict[str, int] = {}
    date_patterns: list[re.Pattern] = []
    for table in all_tables("chrome"):
        solar_months.update({line_key(m): n for m, n in getattr(table, "SOLAR_HIJRI_MONTHS", {}).items()})
        date_patterns.extend(re.compile(p) for p in getattr(table, "DATE_PATTERNS", ()))
        for reason, (mode, max_words, where, phrases) in table.CHROME.items():
            # A frame's gap ("follow * on") is kept through normalising.
            keys = tuple(" * ".join(_keys(p.split("*"))) for p in phrases) if mode == "frame" else _keys(phrases)
            firsts = frozenset(k.split(" ", 1)[0] for k in keys)
            rules.append(ChromeRule(reason, mode, max_words, where == "edge", keys, firsts))
        related.update(_keys(table.RELATED_TRIGGERS))
        colon_triggers.update(_keys(getattr(table, "RELATED_COLON_TRIGGERS", ())))
        end_markers.update(_keys(getattr(table, "ARTICLE_END_MARKERS", ())))
        glued.update(_keys(table.GLUED_PREFIXES))
        glued_raw.update(table.GLUED_PREFIXES)
        tag_labels.update(table.TAG_LIST_LABELS)
        sources.update(_keys(table.SOURCE_PREFIXES))
        bylines.update(_keys(table.BYLINE_PREFIXES))
        roles.update(_keys(getattr(table, "BYLINE_ROLES", ())))
        placeholders.update(_keys(getattr(table, "AUTHOR_PLACEHOLDERS", ())))
        staff.update(_keys(getattr(table, "STAFF_CREDIT_WORDS", ())))
        labels.update(_keys(getattr(table, "BYLINE_LABELS", ())))
        photos.update(_keys(table.PHOTO_CREDIT_PREFIXES))
        for name, spellings in table.AGENCIES.items():
            for spelling in _keys(spellings):
                agencies[spelling] = name
        outlet_words.update(_keys(table.OUTLET_WORDS))
        markers.update(_keys(table.LIST_MARKERS))
        months.update({line_key(m): n for m, n in table.MONTHS.items()})
        for word in _keys(table.DATE_WORDS) + _keys(table.WEEKDAYS):
            (date_phrases if " " in word else date_words).add(word)
    by_first: dict[str, list[ChromeRule]] = {}
    for rule in rules:
        if rule.mode != "contains":
            for word in rule.first_words:
                by_first.setdefault(word, []).append(rule)
    return Tables(
        rules=tuple(rules),
        rules_by_first_word={w: tuple(r for r in rules if r in rs) for w, rs in by_first.items()},
        contains_rules=tuple(r for r in rules if r.mode == "contains"),
        related_triggers=frozenset(related),
        colon_triggers=frozenset(colon_triggers),
        end_markers=tuple(sorted(end_markers, key=len, reverse=True)),
        glued_prefixes=tuple(glued),
        glued_first_words=frozenset(g.split(None, 1)[0].lower() for g in glued | glued_raw),
        # After a sentence's end: the label, then up to 12 words with no sentence punctuation.
        tag_list=re.compile(
            r"(?<=[.!?؟»”\"])\s+(?:" + "|".join(sorted(map(re.escape, tag_labels), key=len, reverse=True))
            + r")\s*:?\s+[^.!?؟\n]{1,120}$",
            re.IGNORECASE,
        ),
        tag_labels=frozenset(_keys(tag_labels)),
        source_prefixes=tuple(sorted(sources, key=len, reverse=True)),
        byline_prefixes=tuple(sorted(bylines, key=len, reverse=True)),
        byline_roles=frozenset(roles),
        author_placeholders=frozenset(placeholders),
        staff_words=frozenset(staff),
        byline_labels=frozenset(labels),
        photo_prefixes=tuple(photos),
        agencies=agencies,
        outlet_words=frozenset(outlet_words),
        list_markers=frozenset(markers),
        months=months,
        date_words=frozenset(date_words),
        date_phrases=tuple(sorted(date_phrases, key=len, reverse=True)),
        solar_months=solar_months,
        date_patterns=tuple(date_patterns),
    )


def chrome_reason(key: str, n_words: int, at_edge: bool) -> str | None:
    t = tables()
    candidates = t.rules_by_first_word.get(key.split(" ", 1)[0], ())
    for rule in candidates + t.contains_rules:
        if (at_edge or not rule.edge_only) and rule.matches(key, n_words):
            return rule.reason
    return None


@lru_cache(maxsize=1)
def _see_also_site() -> re.Pattern | None:
    prefixes = [p for table in all_tables("chrome") for p in getattr(table, "SEE_ALSO_SITE_PREFIXES", ())]
    if not prefixes:
        return None
    return re.compile(r"^(?:" + "|".join(sorted(map(re.escape, prefixes), key=len, reverse=True))
                      + r")\s+(?:www\.)?[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}\b", re.IGNORECASE)


def see_also_site(text: str) -> bool:
    """A link to another story on the site, labelled with the site's address ("Also on rt.com
    Journalists & politicians ..."): a see-also link however long its headline; without the
    address ("Also on Tuesday, the minister ...") the line is text."""
    pattern = _see_also_site()
    return bool(pattern and pattern.match(text))


def glued_prefix_words(text: str) -> int:
    """How many leading words of a line are widget labels glued onto it (0 if none)."""
    t = tables()
    # Raw first-word test first: this runs on every line, normalising each would not pay.
    if not text or text.split(None, 1)[0].lower() not in t.glued_first_words:
        return 0
    key = line_key(" ".join(text.split(None, 6)[:6]))
    for prefix in t.glued_prefixes:
        if key.startswith(prefix + " "):
            return prefix.count(" ") + 1
    return 0


def long_line_notice(text: str, n_words: int) -> str | None:
    """A "contains" rule on a line too long to be keyed (a 25-word theme-licence notice).
    Matched on the lower-cased text (no normalising, which would cost more than the rest of
    the line's judging): these phrases are plain words without letter variants or punctuation."""
    lowered = None
    for rule in tables().contains_rules:
        if n_words <= rule.max_words:
            lowered = lowered or text.lower()
            if any(p in lowered for p in rule.phrases):
                return rule.reason
    return None


def tag_list_start(text: str) -> int | None:
    """Offset where a tag list glued to the end of a paragraph begins, or None."""
    m = tables().tag_list.search(text, max(0, len(text) - 160))
    if m and len(m.group().split()) <= 14:
        return m.start()
    return None


@lru_cache(maxsize=1)
def byline_first_words() -> frozenset[str]:
    """First words of the byline labels ("by", "كتب", "بقلم")."""
    return frozenset(p.split(" ", 1)[0] for p in tables().byline_prefixes)


def is_article_end(key: str, n_words: int) -> bool:
    """A label that only follows an article ("Tags:", "Related topics: X", "0 comments"),
    alone or with a few words glued after it."""
    for marker in tables().end_markers:
        if key == marker or (key.startswith(marker + " ") and n_words <= len(marker.split()) + 4):
            return True
    return False


def is_related_trigger(key: str, text: str = "") -> bool:
    """A label opening a box of related links ("Related stories", "اقرأ أيضا"); some words only
    with the colon of a label after them ("More:"), which ``text`` (the raw line) shows."""
    t = tables()
    return key in t.related_triggers or (key in t.colon_triggers and text.rstrip().endswith((":", "：")))


BOX_LABEL_EXTRA_WORDS = 3  # "More from UK", "Related Links", "More stories like this one"


def is_box_label(key: str) -> bool:
    """A related box's label: a trigger, or a trigger with a few words after it naming the
    section or the kind of link ("More from UK", "Related Links").  Callers check that a box
    follows (the next line is not prose): a subheading that starts like one is followed by text."""
    if key in tables().related_triggers:
        return True
    words = key.split()
    for n in range(len(words) - 1, max(0, len(words) - 1 - BOX_LABEL_EXTRA_WORDS), -1):
        if " ".join(words[:n]) in tables().related_triggers:
            return True
    return False


def agency_name(text: str) -> str | None:
    """The agency a short piece of text names ("(أ ف ب)", "Reuters"), or None."""
    return tables().agencies.get(line_key(text))


def is_list_marker(key: str) -> bool:
    return key in tables().list_markers or (key.split(" ", 1)[0] in tables().list_markers)
