"""Name keys: two spellings of one name share a key; two different names do not.

A key is the name normalised for matching, with titles dropped, spaces and hyphens
removed and transliteration letter variants folded.  Inside the name, a sliding long-vowel
letter (ي و) may sit on either side of its consonants: أمريكا/أميركا and ديمتري/دميتري
share a key.  Nothing else moves, because in Arabic names the place of a long vowel is
the name (measured on SaudiNewsNet, where letting every long vowel move had merged
كامل/كمال, هاشم/هشام, زايد/زياد, الحكيم/الحكمي, لويس/لوسي and نيكاي/نايكي):
- the first and the last letter stay (a final ي is another name: الحكمي is not الحكيم);
- a fixed long vowel (ا) stays, and no sliding letter crosses it (زايد is not زياد);
- sliding letters keep their order (سيمون is not سومين) unless they are side by side
  (شويبله/شيوبله);
- a letter added is a different name (سعيد/سعد).
Nothing fuzzier: كيم جونغ أون and كيم جونغ إيل differ by one letter of their keys and
must stay two people, so keys must be equal, not close.

Across scripts a name has no spelling to share, only its sound: ``sound_key`` reads its
consonants as classes from each language's table (Vladimir Putin and فلاديمير بوتين both
read f-l-d-m-r-b-t-n); the linker lets two names meet so only inside one story.
"""

from __future__ import annotations

import re
from functools import lru_cache

from rasid.lang import all_tables
from rasid.text.normalize import normalize

_TOKEN = re.compile(r"\w+", re.UNICODE)


@lru_cache(maxsize=1)
def _place_classifiers() -> frozenset[str]:
    return frozenset(normalize(w) for table in all_tables("names") for w in getattr(table, "PLACE_CLASSIFIERS", ()))


@lru_cache(maxsize=1)
def _not_places_alone() -> frozenset[str]:
    """Names a place classifier keeps (منطقة اليورو is not اليورو), joined as ``name_tokens`` reads them."""
    return frozenset("".join(_TOKEN.findall(normalize(w))) for table in all_tables("names")
                     for w in getattr(table, "NOT_PLACES_ALONE", ()))


@lru_cache(maxsize=1)
def _tables():
    titles: set[str] = set()
    variants: dict[str, str] = {}
    sliding = fixed = ""
    clitics: dict[str, str] = {}
    for table in all_tables("names"):
        titles |= {normalize(t) for t in table.TITLES}
        variants.update(table.LETTER_VARIANTS)
        sliding += table.SLIDING_LETTERS
        fixed += table.FIXED_VOWEL_LETTERS
        clitics.update({normalize(c): "" for c in table.CLITICS})
        clitics.update({normalize(c): normalize(r) for c, r in table.CLITIC_REWRITES.items()})
    ordered = tuple(sorted(clitics.items(), key=lambda kv: -len(kv[0])))
    return frozenset(titles), variants, (frozenset(sliding), frozenset(fixed)), ordered


@lru_cache(maxsize=200_000)
def name_tokens(name: str, kind: str | None = None) -> tuple[str, ...]:
    """Normalised words of a name without its leading titles and, for a place, without the noun that
    classifies it (مدينة عدن is عدن; cached: linking asks for the same mention's words for its key,
    its spelling and its clitic readings)."""
    titles, *_ = _tables()
    tokens = _TOKEN.findall(normalize(name).replace("_", " "))
    # Only the titles before the name: one after a word of it is part of a place's or a body's name
    # (مدينة الملك عبدالعزيز, جامعة الملك سعود), which had keyed as the king himself.
    lead = next((i for i, t in enumerate(tokens) if t not in titles), len(tokens))
    kept = tuple(tokens[lead:]) or tuple(tokens)
    if kind == "LOC" and len(kept) > 1 and "".join(kept[1:]) not in _not_places_alone():
        classifiers = _place_classifiers()
        if kept[0] in classifiers or any(r in classifiers for r in without_clitic(kept[0])[1:]):
            kept = kept[1:]
    return kept


def fold_letters(token: str) -> str:
    """A normalised word with the transliteration letter variants folded (بيونج -> بيونغ)."""
    return _folded(token)


def _folded(token: str) -> str:
    _, variants, *_ = _tables()
    for variant, base in variants.items():
        token = token.replace(variant, base)
    return token


@lru_cache(maxsize=1)
def _same_place() -> dict[str, str]:
    """A place's other name, joined and folded as keys read it -> the name it stands for (SAME_PLACE)."""
    def joined(name: str) -> str:
        return _folded("".join(_TOKEN.findall(normalize(name))))
    return {joined(w): joined(n) for table in all_tables("names") for w, n in getattr(table, "SAME_PLACE", {}).items()}


@lru_cache(maxsize=100_000)
def token_key(token: str) -> str:
    _, _, (sliding, fixed), _ = _tables()
    token = _folded(token)
    token = _same_place().get(token, token)  # المملكة is السعودية
    if len(token) < 3 or not sliding:
        return token
    parts = [token[0]]
    consonants: list[str] = []
    vowels: list[str] = []
    run: list[str] = []  # sliding letters side by side: their order is not kept either

    def close_run() -> None:
        vowels.extend(sorted(run))
        run.clear()

    def close_stretch() -> None:
        close_run()
        parts.append("".join(consonants) + ("(" + "".join(vowels) + ")" if vowels else ""))
        consonants.clear()
        vowels.clear()

    for ch in token[1:-1]:
        if ch in sliding:
            run.append(ch)
            continue
        close_run()
        if ch in fixed:
            close_stretch()
            parts.append(ch)
        else:
            consonants.append(ch)
    close_stretch()
    parts.append("|" + token[-1])
    return "".join(parts)


def name_key(name: str, kind: str | None = None) -> str:
    """One key for the whole name, written joined or apart (بيونغ يانغ / بيونغيانغ)."""
    return token_key("".join(name_tokens(name, kind)))


def token_keys(name: str, kind: str | None = None) -> list[str]:
    return [token_key(t) for t in name_tokens(name, kind)]


def without_clitic(token: str) -> list[str]:
    """The token and its readings with a glued conjunction or preposition removed."""
    *_, clitics = _tables()
    readings = [token]
    for clitic, replacement in clitics:
        if token.startswith(clitic) and len(token) - len(clitic) >= 3:
            readings.append(replacement + token[len(clitic):])
    return readings


def spelling(name: str, kind: str | None = None) -> str:
    """The name as written, give or take spaces, hyphens, titles and letter variants (its
    vowels where they are): what a glued clitic must leave exactly, see ``unclitic_readings``."""
    return _folded("".join(name_tokens(name, kind)))


def unclitic_readings(name: str, kind: str | None = None) -> list[tuple[str, str]]:
    """(spelling, key) of the name read with a clitic taken off its first word (وروسيا -> روسيا).

    A reading counts only if the corpus writes that exact spelling: two guesses at once (the
    first letter is a clitic, and a vowel slid) had read باريس as ب + آيرس (of بوينس آيرس),
    كينيا as ك + يينا and كابول as ك + أوبل.
    """
    tokens = name_tokens(name, kind)
    if not tokens:
        return []
    readings = []
    for reading in without_clitic(tokens[0])[1:]:
        if _article_only(tokens[0], reading):
            continue
        joined = "".join((reading, *tokens[1:]))
        readings.append((_folded(joined), token_key(joined)))
    return readings


@lru_cache(maxsize=1)
def _article_only_clitics() -> tuple[tuple[str, str], ...]:
    return tuple((normalize(c), normalize(t.ARTICLE)) for t in all_tables("names")
                 for c in getattr(t, "ARTICLE_ONLY_CLITICS", ()))


def _article_only(token: str, reading: str) -> bool:
    """The reading took off a clitic that comes off only before the article, and no article follows."""
    return any(token == clitic + reading and not reading.startswith(article)
               for clitic, article in _article_only_clitics())


def _table_of(word: str):
    return next((t for t in all_tables("names") if re.match(f"[{t.SCRIPT}]", word)), None)


@lru_cache(maxsize=200_000)
def script_of(name: str) -> str | None:
    """The script a name is written in (its names table's ``SCRIPT``), None for digits and the like."""
    table = _table_of(normalize(name).lstrip())
    return table.SCRIPT if table is not None else None


# Shorter sound skeletons meet by chance (Rossi / روسيا would be r-s).
MIN_SOUNDS = 3


@lru_cache(maxsize=200_000)
def sound_key(words: tuple[str, ...]) -> tuple[str, str] | None:
    """(script, consonant skeleton) of a name's word keys (``token_keys``), for meeting the same
    name written in another script: فلاديمير بوتين and Vladimir Putin both read f-l-d-m-r-b-t-n.
    None when no table reads the name or the skeleton is too short to tell names apart."""
    letters = [re.sub(r"[^\w]|_", "", w) for w in words]
    letters = [w for w in letters if w]
    table = _table_of(letters[0]) if letters else None
    if table is None:
        return None
    if len(letters) > 1 and letters[0] in table.ARTICLE_WORDS:
        letters = letters[1:]
    for prefix in table.ARTICLE_PREFIXES:
        if letters[0].startswith(prefix) and len(letters[0]) > len(prefix) + 2:
            letters[0] = letters[0][len(prefix):]
    classes: list[str] = []
    for word in letters:
        i = 0
        while i < len(word):
            sound = table.SOUNDS.get(word[i:i + 2])
            step = 2 if sound is not None else 1
            if sound is None:
                sound = table.SOUNDS.get(word[i], "")
            for ch in sound:
                if not classes or classes[-1] != ch:  # a doubled letter is one sound
                    classes.append(ch)
            i += step
    if len(classes) < MIN_SOUNDS:
        return None
    return table.SCRIPT, "".join(classes)
