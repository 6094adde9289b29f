"""Specifics: the names and numbers of an article, kept apart from its other words.

Two reports of the same *kind* of happening (two earthquakes, two title fights, two
pin-up models dying) share their topical vocabulary - "heavyweight", "retain", "round" -
and a TF-IDF over all words scores them close.  What tells them apart is who and how
many: "Rahman" against "Thompson", "85" against "91", "2008" against "2013".  A story's
specifics, compared on their own, keep those apart where the topical words blur them.

Names come from the article's NER mentions (any language, once the enrichment stage has
run) and, in a cased script, from capitalised words (``rasid.lang.<code>.specifics``).
Numbers are read in every language.  Keys are prefixed ("@" names, "%" place names, "#"
numbers) so they never collide with ordinary terms or the background word tables.  Place
names weigh less (``discount_places``): a shared town says where, not what happened (the
admissions of Khaybar's technical college and Khaybar's labour inspections share Khaybar).
"""

from __future__ import annotations

import re
from collections import Counter

from rasid.lang import tables
from rasid.model import Article
from rasid.stories.terms import term_of
from rasid.text.normalize import normalize, words

# A word with its inner apostrophes/hyphens/dots ("O'Neal", "Coca-Cola", "U.S"); a number
# with its separators ("1,300", "6.1").
_TOKEN = re.compile(r"[^\W\d_](?:[\w'’.-]*\w)?|\d+(?:[.,]\d+)*", re.UNICODE)
_SENTENCE_END = frozenset(".!?:;\"'“”‘’«»()[]-–—…|•")


def specifics(article: Article, body: str, language: str | None) -> Counter[str]:
    keys: Counter[str] = Counter()
    for mention in article.mentions:
        prefix = PLACE if mention.type == "LOC" else NAME
        for word in words(normalize(mention.text)):
            if (term := term_of(word)) is not None:
                keys[prefix + term] += 1
    table = tables(language, "specifics")
    if table is not None and table.CASED:
        for key, count in cased_names(body, table).items():
            keys[key] = max(keys[key], count)  # a name both tagged and capitalised counts once
    if keys:
        # Numbers alone (a date, a page's clock) rarely pin down one happening; beside
        # names they do (the "85" of a death notice, the "2013" of an election).
        keys.update(numbers(body))
    return keys


NAME, PLACE = "@", "%"

_CLASSIFIERS: dict[int, frozenset[str]] = {}


def classifier_terms(table) -> frozenset[str]:
    """The terms of the language's place classifiers and name particles (``NAME_CLASSIFIERS``:
    «محافظة» of «محافظة أملج»; ``NAME_PARTICLES``: «بن» of «فيصل بن بندر»), which a name mention
    holds but which name nothing: two governorates, or two princes, share them."""
    if table is None:
        return frozenset()
    key = id(table)
    if key not in _CLASSIFIERS:
        phrases = (*getattr(table, "NAME_CLASSIFIERS", ()), *getattr(table, "NAME_PARTICLES", ()))
        _CLASSIFIERS[key] = frozenset(t for phrase in phrases for w in words(normalize(phrase))
                                      if (t := term_of(w)) is not None)
    return _CLASSIFIERS[key]


def discount_places(vector: dict[str, float], weight: float) -> dict[str, float]:
    """The vector with place-name keys scaled by ``weight``, L2-normalised again."""
    if weight == 1.0 or not any(key.startswith(PLACE) for key in vector):
        return vector
    scaled = {k: (v * weight if k.startswith(PLACE) else v) for k, v in vector.items()}
    norm = sum(v * v for v in scaled.values()) ** 0.5 or 1.0
    return {k: v / norm for k, v in scaled.items()}


def numbers(body: str) -> Counter[str]:
    """Counts, tolls, years, magnitudes.  Single digits and zero-led pieces ("06" minutes,
    the "000" of "10 , 000") say too little to tell happenings apart."""
    keys: Counter[str] = Counter()
    for token in _TOKEN.findall(normalize(body)):
        if token[0].isdigit() and len(token) > 1 and token[0] != "0":
            keys["#" + token.replace(",", "")] += 1
    return keys


def cased_names(body: str, table) -> Counter[str]:
    """Words capitalised inside a sentence and never lower-case elsewhere in the text."""
    capitalised: Counter[str] = Counter()
    inside: set[str] = set()
    lower: Counter[str] = Counter()
    for line in body.splitlines():
        tokens = [(m.start(), m.group()) for m in _TOKEN.finditer(line)]
        long_words = [t for _, t in tokens if t[0].isalpha() and len(t) > 3]
        title_case = bool(long_words) and sum(t[0].isupper() for t in long_words) > table.TITLE_CASE_SHARE * len(long_words)
        for start, token in tokens:
            if not token[0].isalpha():
                continue
            key = token.lower().rstrip(".'’-")
            if token[0].isupper():
                capitalised[key] += 1
                before = line[:start].rstrip()
                if not title_case and before and before[-1] not in _SENTENCE_END:
                    inside.add(key)
            else:
                lower[key] += 1
    names: Counter[str] = Counter()
    for key, count in capitalised.items():
        if key not in inside or lower[key] >= count or key in table.NOT_NAMES:
            continue
        for word in words(normalize(key)):
            if (term := term_of(word)) is not None:
                names[NAME + term] += count
    return names
