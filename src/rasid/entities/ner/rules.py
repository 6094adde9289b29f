"""Names in cased scripts read from their shape: capitalised runs, typed by title words, place
and organisation words and a place gazetteer.  The fallback for languages with no trained model
(English today); it has not been measured against gold data, so treat its types as hints."""

from __future__ import annotations

import re
from functools import lru_cache

from rasid.lang import tables
from rasid.model import Mention

_WORD = re.compile(r"[A-Za-z][A-Za-z'’.\-]*[A-Za-z]|[A-Z]")


@lru_cache(maxsize=1)
def _places() -> frozenset[str]:
    from rasid.clean.places import CASED, read_lines

    return read_lines(CASED)


def _is_capitalised(word: str) -> bool:
    return word[0].isupper()


def tag_by_shape(text: str, language: str | None = "en") -> list[Mention]:
    rules = tables(language, "ner_rules")
    if rules is None:
        return []
    words = list(_WORD.finditer(text))
    mentions: list[Mention] = []
    i = 0
    while i < len(words):
        word = words[i].group()
        if not _is_capitalised(word) or word.lower().rstrip(".") in rules.NOT_NAMES:
            i += 1
            continue
        j = i + 1
        while j < len(words):
            nxt = words[j].group()
            gap = text[words[j - 1].end(): words[j].start()]
            if gap.strip() not in ("", "-"):
                break
            if _is_capitalised(nxt) and nxt.lower().rstrip(".") not in rules.NOT_NAMES:
                j += 1
            elif nxt.lower() in rules.CONNECTORS and j + 1 < len(words) and _is_capitalised(words[j + 1].group()):
                j += 2
            else:
                break
        span_words = [w.group() for w in words[i:j]]
        start, end = words[i].start(), words[j - 1].end()
        kind = _type(span_words, words, i, text, rules)
        opens_sentence = i == 0 or any(c in text[words[i - 1].end(): start] for c in ".!?\n")
        if kind == "MISC" and opens_sentence:
            kind = None  # "Talks in Riyadh.": any first word has a capital
        if kind is not None:
            mentions.append(Mention(start, end, text[start:end], kind))
        i = j
    # "Putin" alone is the "Vladimir Putin" named elsewhere in the text: a person too.
    person_words = {w for m in mentions if m.type == "PERS" for w in m.text.split()}
    for mention in mentions:
        if mention.type == "MISC" and mention.text in person_words:
            mention.type = "PERS"
    return mentions


def _type(span: list[str], words, i: int, text: str, rules) -> str | None:
    lowered = [w.lower().rstrip(".") for w in span]
    previous = words[i - 1].group().lower().rstrip(".") if i > 0 else ""
    if len(span) == 1 and lowered[0].endswith(rules.ADJECTIVE_ENDINGS) and lowered[0] not in _places():
        return None  # "Russian President", "Korean state media": an adjective, not a name
    if " ".join(lowered) in _places() or lowered[-1] in rules.PLACE_WORDS:
        return "LOC"
    acronym = len(span) == 1 and span[0].isupper() and 2 <= len(span[0]) <= 5
    if any(w in rules.ORG_WORDS for w in lowered) or acronym:
        return "ORG"
    if previous in rules.PERSON_TITLES or len(span) >= 2:
        return "PERS"
    return "MISC"
