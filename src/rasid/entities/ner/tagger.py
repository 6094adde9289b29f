"""Tagging text with the shipped NER model: ``tag(text, language)`` -> mentions with character offsets.

Which model tags which language is read from the language tables (``rasid.lang.<code>.ner.MODEL``);
a language without such a table (English, for now) gets no mentions rather than the Arabic model's
guesses.
"""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

import pycrfsuite

from rasid.entities.ner.clusters import load_clusters
from rasid.entities.ner.features import FeatureExtractor
from rasid.entities.ner.gazetteer import GazetteerMatcher, load_gazetteer
from rasid.entities.ner.spans import bio_spans
from rasid.entities.ner.tokenize import tokenize
from rasid.entities.ner.words import CliticSplitter
from rasid.errors import RasidError
from rasid.lang import tables
from rasid.model import Mention

MODELS_DIR = Path(__file__).resolve().parent / "models"
MODEL_FILE = "model.crfsuite"
CLUSTERS_FILE = "clusters.tsv.gz"
GAZETTEER_FILE = "gazetteer.tsv.gz"
META_FILE = "meta.json"
# Longer runs without a sentence end are cut so one CRF pass never sees an unbounded sequence.
MAX_SEQUENCE = 150


class NerTagger:
    """A CRF model plus the tables its features need; load once, tag many texts."""

    def __init__(self, model_dir: str | Path):
        model_dir = Path(model_dir)
        if not (model_dir / MODEL_FILE).exists():
            raise RasidError(f"no NER model in {model_dir} (train one with: rasid train ner)")
        self.model_dir = model_dir
        meta_path = model_dir / META_FILE
        self.meta = json.loads(meta_path.read_text(encoding="utf-8")) if meta_path.exists() else {}
        self.language = self.meta.get("language", "ar")
        self.splitter = CliticSplitter(self.language)
        clusters = load_clusters(model_dir / CLUSTERS_FILE) if (model_dir / CLUSTERS_FILE).exists() else {}
        gazetteer = None
        if (model_dir / GAZETTEER_FILE).exists():
            gazetteer = GazetteerMatcher(load_gazetteer(model_dir / GAZETTEER_FILE), self.splitter)
        self.features = FeatureExtractor(clusters, gazetteer, self.splitter)
        self._crf = pycrfsuite.Tagger()
        self._crf.open(str(model_dir / MODEL_FILE))
        self._sentence_end = frozenset(self.splitter.table.SENTENCE_END)

    def tag_words(self, words: list[str]) -> list[str]:
        """BIO tags for one already-tokenised sentence."""
        if not words:
            return []
        return self._crf.tag(self.features.sentence(words))

    def _sentences(self, text: str, spans: list[tuple[int, int]]):
        start = 0
        for i, (s, e) in enumerate(spans):
            last = i + 1 == len(spans)
            breaks = text[s:e] in self._sentence_end or (not last and "\n" in text[e:spans[i + 1][0]])
            if breaks or last or i + 1 - start >= MAX_SEQUENCE:
                yield start, i + 1
                start = i + 1

    def tag(self, text: str) -> list[Mention]:
        spans = tokenize(text)
        mentions: list[Mention] = []
        for first, last in self._sentences(text, spans):
            chunk = spans[first:last]
            tags = self.tag_words([text[s:e] for s, e in chunk])
            for a, b, kind in bio_spans(tags):
                start, end = chunk[a][0], chunk[b - 1][1]
                mentions.append(Mention(start=start, end=end, text=text[start:end], type=kind))
        return mentions


@lru_cache(maxsize=None)
def tagger_for(language: str | None) -> NerTagger | None:
    """The loaded-once tagger for ``language``, or None when no model covers it."""
    table = tables(language, "ner")
    if table is None or not getattr(table, "MODEL", None):
        return None
    return NerTagger(MODELS_DIR / table.MODEL)


def tag(text: str, language: str | None = "ar") -> list[Mention]:
    """Named-entity mentions (PERS, LOC, ORG, MISC) in ``text``, offsets into ``text``.

    Returns [] for a language that has no model (there is no English model yet).
    """
    tagger = tagger_for(language)
    return tagger.tag(text) if tagger else []
