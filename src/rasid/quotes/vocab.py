"""A language's reporting table, normalised once for matching against token norms."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from rasid.lang import tables
from rasid.text.normalize import normalize, words


_HAMZA_FORMS = frozenset("أإآ")


def _unmarked(word: str) -> str:
    return "".join(ch for ch in word if not unicodedata.category(ch).startswith("M") and ch != "\u0640")


def _norm_set(entries) -> frozenset[str]:
    return frozenset(normalize(e) for e in entries)


def _phrases(entries) -> tuple[tuple[str, ...], ...]:
    out = {tuple(words(normalize(e))) for e in entries}
    return tuple(sorted((p for p in out if p), key=len, reverse=True))


@dataclass(frozen=True)
class Vocabulary:
    language: str
    verbs: dict[str, str | None]
    participles: dict[str, str | None]
    saying_participles: frozenset[str]
    saying_by: frozenset[str]
    impersonal_verbs: frozenset[str]
    relational_heads: frozenset[str]
    relative_pronouns: frozenset[str]
    verbs_before_a_name: dict[str, str | None]
    phrase_openers: frozenset[str]
    topic_openers: frozenset[str]
    statement_openers: tuple[tuple[str, ...], ...]
    opinion_verbs: frozenset[str]
    subjectless_openers: frozenset[str]
    subject_first_after: frozenset[str]
    relay_verbs: frozenset[str]
    relay_saying: frozenset[str]
    relay_pronouns: dict[str, str | None]
    relay_markers: frozenset[str]
    relay_marker_phrases: tuple[tuple[str, ...], ...]
    relay_infix: frozenset[str]
    complementizers: frozenset[str]
    complementizer_optional: bool
    not_complementizer_after: frozenset[str]
    statement_nouns: frozenset[str]
    issuer_markers: tuple[tuple[str, ...], ...]
    stance_verbs: dict[str, str | None]
    expression_verbs: dict[str, str | None]
    expression_participles: dict[str, str | None]
    expression_preposition: str
    expression_links: frozenset[str]
    describing_verbs: dict[str, str | None]
    describing_participles: dict[str, str | None]
    describing_complementizers: frozenset[str]
    stance_prepositions: frozenset[str]
    stance_glued: tuple[str, ...]
    verb_prepositions: frozenset[str]
    content_prepositions: dict[str, str]
    article_prefix: str
    not_content_after_preposition: frozenset[str]
    order: tuple[str, ...]
    subject_leaders: frozenset[str]
    subject_leader_particles: frozenset[str]
    clause_openers: frozenset[str]
    time_conjunctions: tuple[tuple[str, ...], ...]
    relative_words: frozenset[str]
    pronouns: dict[str, str | None]
    demonstratives: frozenset[str]
    adjunct_words: frozenset[str]
    adjunct_spellings: frozenset[str]  # as written, hamza kept: أمام (in front of) is not إمام (imam)
    adjunct_phrases: tuple[tuple[str, ...], ...]
    title_words: frozenset[str]
    spokesman_words: frozenset[str]
    anonymous_heads: frozenset[str]
    institutions: tuple[tuple[str, ...], ...]
    non_name_words: frozenset[str]
    prepositions: frozenset[str]
    negations: frozenset[str]
    attribution_openers: tuple[tuple[str, ...], ...]
    trailing_attributions: tuple[tuple[str, ...], ...]
    conjunctions: tuple[str, ...]
    definite_prefixes: tuple[str, ...]
    names_capitalised: bool
    adjective_endings: tuple[str, ...]
    nisba_endings: tuple[str, ...]
    accusative_endings: tuple[str, ...]
    oblique_plurals: tuple[tuple[str, str], ...]
    quote_pairs: dict[str, str]

    def is_adjunct(self, token) -> bool:
        """An adjunct word ("أمام", "خلال"), as written where the writer marked the hamza (إمام, an
        imam, is not أمام); unmarked spellings (امام) may be either and count as the adjunct."""
        norm = self.strip_conjunction(token.norm) if token.norm not in self.adjunct_words else token.norm
        if norm not in self.adjunct_words:
            return False
        written = _unmarked(token.raw)
        if not any(ch in _HAMZA_FORMS for ch in written):
            return True
        return written in self.adjunct_spellings or any(
            written.startswith(c) and written[len(c):] in self.adjunct_spellings for c in self.conjunctions)

    @property
    def content_preposition_words(self) -> frozenset[str]:
        return frozenset(self.content_prepositions.values())

    def is_bare_definite(self, norm: str) -> bool:
        """«الشرطة», not «بالشرطة»: the article with nothing glued before it."""
        return bool(self.article_prefix) and norm.startswith(self.article_prefix) and len(norm) > len(self.article_prefix) + 1

    def strip_conjunction(self, norm: str) -> str:
        for conj in self.conjunctions:
            if norm.startswith(conj) and len(norm) > len(conj) + 1:
                return norm[len(conj):]
        return norm

    def lookup(self, table: dict | frozenset, norm: str):
        """Find ``norm`` in ``table`` as written or without a glued conjunction; (found, value)."""
        for form in (norm, self.strip_conjunction(norm)):
            if form in table:
                return True, (table[form] if isinstance(table, dict) else form)
        return False, None

    def is_definite(self, norm: str) -> bool:
        return any(norm.startswith(p) and len(norm) > len(p) + 1 for p in self.definite_prefixes)

    def is_definite_token(self, raw: str) -> bool:
        """Definite as written: the article's alef never carries hamza, so "إلون" (Elon)
        is a name although its normalised form "الون" looks definite."""
        plain = "".join(ch for ch in raw if not unicodedata.category(ch).startswith("M") and ch != "\u0640")
        return self.is_definite(plain)

    def bare(self, norm: str) -> str:
        """The word without its definite article: الوكالة -> وكالة (normalised)."""
        for p in self.definite_prefixes:
            if norm.startswith(p) and len(norm) > len(p) + 1:
                return norm[len(p):]
        return norm

    def is_generic_institution(self, norm: str) -> bool:
        """"الوكالة" (refers back to an agency) as against "الكرملين" (names one)."""
        return self.is_definite(norm) and (self.bare(norm),) in self.institutions


@lru_cache(maxsize=None)
def vocabulary(language: str | None) -> Vocabulary | None:
    t = tables(language, "reporting")
    if t is None:
        return None
    return Vocabulary(
        language=(language or "ar"),
        verbs={normalize(k): v for k, v in t.VERBS.items()},
        participles={normalize(k): v for k, v in t.PARTICIPLES.items()},
        saying_participles=_norm_set(getattr(t, "SAYING_PARTICIPLES", ())),
        saying_by=_norm_set(getattr(t, "SAYING_BY", ())),
        impersonal_verbs=_norm_set(getattr(t, "IMPERSONAL_VERBS", ())),
        relational_heads=_norm_set(getattr(t, "RELATIONAL_HEADS", ())),
        relative_pronouns=_norm_set(getattr(t, "RELATIVE_PRONOUNS", ())),
        verbs_before_a_name={normalize(k): v for k, v in getattr(t, "VERBS_BEFORE_A_NAME", {}).items()},
        phrase_openers=_norm_set(getattr(t, "PHRASE_OPENERS", ())),
        topic_openers=_norm_set(getattr(t, "TOPIC_OPENERS", ())),
        statement_openers=_phrases(getattr(t, "STATEMENT_OPENERS", ())),
        opinion_verbs=_norm_set(getattr(t, "OPINION_VERBS", ())),
        subjectless_openers=_norm_set(getattr(t, "SUBJECTLESS_OPENERS", ())),
        subject_first_after=_norm_set(getattr(t, "SUBJECT_FIRST_AFTER", ())),
        relay_verbs=_norm_set(t.RELAY_VERBS),
        relay_saying=_norm_set(t.RELAY_SAYING_WORDS),
        relay_pronouns={normalize(k): v for k, v in t.RELAY_PRONOUNS.items()},
        relay_markers=_norm_set(t.RELAY_SOURCE_MARKERS),
        relay_marker_phrases=_phrases(getattr(t, "RELAY_SOURCE_PHRASES", ())),
        relay_infix=_norm_set(t.RELAY_INFIX),
        complementizers=_norm_set(t.COMPLEMENTIZERS),
        complementizer_optional=t.COMPLEMENTIZER_OPTIONAL,
        not_complementizer_after=_norm_set(t.NOT_COMPLEMENTIZER_AFTER),
        statement_nouns=_norm_set(t.STATEMENT_NOUNS),
        issuer_markers=_phrases(getattr(t, "ISSUER_MARKERS", ())),
        stance_verbs={normalize(k): v for k, v in t.STANCE_VERBS.items()},
        expression_verbs={normalize(k): v for k, v in getattr(t, "EXPRESSION_VERBS", {}).items()},
        expression_participles={normalize(k): v for k, v in getattr(t, "EXPRESSION_PARTICIPLES", {}).items()},
        expression_preposition=normalize(getattr(t, "EXPRESSION_PREPOSITION", "")),
        expression_links=_norm_set(getattr(t, "EXPRESSION_LINKS", ())),
        describing_verbs={normalize(k): v for k, v in getattr(t, "DESCRIBING_VERBS", {}).items()},
        describing_participles={normalize(k): v for k, v in getattr(t, "DESCRIBING_PARTICIPLES", {}).items()},
        describing_complementizers=_norm_set(getattr(t, "DESCRIBING_COMPLEMENTIZERS", ())),
        stance_prepositions=_norm_set(getattr(t, "STANCE_PREPOSITIONS", ())),
        stance_glued=tuple(normalize(p) for p in getattr(t, "STANCE_GLUED_PREPOSITIONS", ())),
        verb_prepositions=_norm_set(t.VERB_PREPOSITIONS),
        article_prefix=normalize(getattr(t, "ARTICLE_PREFIX", "")),
        content_prepositions={normalize(k): normalize(v) for k, v in getattr(t, "CONTENT_PREPOSITIONS", {}).items()},
        not_content_after_preposition=_norm_set(getattr(t, "NOT_CONTENT_AFTER_PREPOSITION", ())),
        order=tuple(t.ORDER),
        subject_leaders=_norm_set(t.SUBJECT_LEADERS),
        subject_leader_particles=_norm_set(t.SUBJECT_LEADER_PARTICLES),
        clause_openers=_norm_set(t.CLAUSE_OPENERS),
        time_conjunctions=_phrases(getattr(t, "TIME_CONJUNCTIONS", ())),
        relative_words=_norm_set(t.RELATIVE_WORDS),
        pronouns={normalize(k): v for k, v in t.PRONOUNS.items()},
        demonstratives=_norm_set(t.DEMONSTRATIVES),
        adjunct_words=_norm_set(t.ADJUNCT_WORDS),
        adjunct_spellings=frozenset(_unmarked(w) for w in t.ADJUNCT_WORDS),
        adjunct_phrases=_phrases(t.ADJUNCT_PHRASES),
        title_words=_norm_set(t.TITLE_WORDS),
        spokesman_words=_norm_set(getattr(t, "SPOKESMAN_WORDS", ())),
        anonymous_heads=_norm_set(t.ANONYMOUS_HEADS),
        institutions=_phrases(t.INSTITUTIONS),
        non_name_words=_norm_set(t.NON_NAME_WORDS),
        prepositions=_norm_set(t.PREPOSITIONS),
        negations=_norm_set(t.DENIAL_WEAK),
        attribution_openers=_phrases(t.ATTRIBUTION_OPENERS),
        trailing_attributions=_phrases(t.TRAILING_ATTRIBUTIONS),
        conjunctions=tuple(normalize(c) for c in t.CONJUNCTION_PREFIXES),
        definite_prefixes=tuple(normalize(p) for p in t.DEFINITE_PREFIXES),
        names_capitalised=t.NAMES_ARE_CAPITALISED,
        adjective_endings=tuple(t.ADJECTIVE_ENDINGS),
        nisba_endings=tuple(getattr(t, "NISBA_ENDINGS", ())),
        accusative_endings=tuple(getattr(t, "ACCUSATIVE_ENDINGS", ())),
        oblique_plurals=tuple((normalize(a), normalize(b)) for a, b in getattr(t, "OBLIQUE_PLURALS", ())),
        quote_pairs=dict(t.QUOTE_PAIRS),
    )
