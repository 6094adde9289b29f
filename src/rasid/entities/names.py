"""Name keys: two spellings of one name share a key; two different names do not.

A key is the name normalised for matching, with titles dropped, spaces and hyphens
removed and transliteration letter variants folded; then the long-vowel letters are
taken out of place and kept only as a count: أمريكا/أميركا and ديمتري/دميتري move a
vowel letter (same key), while سعيد/سعد add one (different names, different keys).
Nothing fuzzier: كيم جونغ أون and كيم جونغ إيل differ by one letter of their keys and
must stay two people, so keys must be equal, not close.
"""

from __future__ import annotations

import re
from functools import lru_cache

from rasid.lang import all_tables
from rasid.text.normalize import normalize

_TOKEN = re.compile(r"\w+", re.UNICODE)


@lru_cache(maxsize=1)
def _tables():
    titles: set[str] = set()
    variants: dict[str, str] = {}
    weak = ""
    clitics: dict[str, str] = {}
    for table in all_tables("names"):
        titles |= {normalize(t) for t in table.TITLES}
        variants.update(table.LETTER_VARIANTS)
        weak += table.WEAK_LETTERS
        clitics.update({normalize(c): "" for c in table.CLITICS})
        clitics.update({normalize(c): normalize(r) for c, r in table.CLITIC_REWRITES.items()})
    ordered = tuple(sorted(clitics.items(), key=lambda kv: -len(kv[0])))
    return frozenset(titles), variants, weak, ordered


def name_tokens(name: str) -> list[str]:
    """Normalised words of a name without its titles."""
    titles, *_ = _tables()
    tokens = _TOKEN.findall(normalize(name).replace("_", " "))
    return [t for t in tokens if t not in titles] or tokens


@lru_cache(maxsize=100_000)
def token_key(token: str) -> str:
    _, variants, weak, _ = _tables()
    for variant, base in variants.items():
        token = token.replace(variant, base)
    rest = token[1:]
    vowels = "".join(sorted(ch for ch in rest if ch in weak))
    return token[:1] + "".join(ch for ch in rest if ch not in weak) + ("|" + vowels if vowels else "")


def name_key(name: str) -> str:
    """One key for the whole name, written joined or apart (بيونغ يانغ / بيونغيانغ)."""
    return token_key("".join(name_tokens(name)))


def token_keys(name: str) -> list[str]:
    return [token_key(t) for t in name_tokens(name)]


def without_clitic(token: str) -> list[str]:
    """The token and its readings with a glued conjunction or preposition removed."""
    *_, clitics = _tables()
    readings = [token]
    for clitic, replacement in clitics:
        if token.startswith(clitic) and len(token) - len(clitic) >= 3:
            readings.append(replacement + token[len(clitic):])
    return readings


def unclitic_name_keys(name: str) -> list[str]:
    """Keys of the name read with a clitic taken off its first word (وروسيا -> روسيا)."""
    tokens = name_tokens(name)
    if not tokens:
        return []
    return [token_key("".join([reading, *tokens[1:]])) for reading in without_clitic(tokens[0])[1:]]
