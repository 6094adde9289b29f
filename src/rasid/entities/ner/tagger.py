"""Tagging text with the shipped NER model: ``tag(text, language)`` -> mentions with character offsets.

Which model tags which language is read from the language tables (``rasid.lang.<code>.ner.MODEL``);
a language without such a table (English, for now) gets no mentions rather than the Arabic model's
guesses.  The settings (``RASID_NER_MODEL`` and friends) swap in another model folder, e.g. a
transformers token-classification model (``rasid.entities.ner.transformer``); see ``ner_choice``.
"""

from __future__ import annotations

import json
from functools import lru_cache
from itertools import groupby
from pathlib import Path

import numpy as np

from rasid.entities.ner.clusters import load_clusters, load_embeddings
from rasid.entities.ner.consistency import context_features
from rasid.entities.ner.corpus_names import NAMES_FILE, CorpusNames
from rasid.entities.ner.crf import CrfWeights, viterbi_many
from rasid.entities.ner.features import NEIGHBOURS, FeatureExtractor
from rasid.entities.ner.gazetteer import GazetteerMatcher, load_gazetteer
from rasid.entities.ner.lexicon import Lexicon
from rasid.entities.ner.neural import NEURAL_FILE, NeuralNet, TokenEncoder
from rasid.entities.ner.spans import bio_spans
from rasid.entities.ner.tokenize import tokenize
# Cheap to import: torch and transformers are imported only when a TransformerTagger is built.
from rasid.entities.ner.transformer import TRANSFORMERS, TransformerTagger, is_transformers_folder
from rasid.entities.ner.words import CliticSplitter
from rasid.errors import RasidError
from rasid.lang import DEFAULT as DEFAULT_LANGUAGE
from rasid.lang import tables
from rasid.model import Mention
from rasid.settings import NerSettings
from rasid.settings import active as active_settings

MODELS_DIR = Path(__file__).resolve().parent / "models"
MODEL_FILE = "model.crfsuite"
WEIGHTS_FILE = "weights.npz"
CLUSTERS_FILE = "clusters.tsv.gz"
GAZETTEER_FILE = "gazetteer.tsv.gz"
LEXICON_FILE = "lexicon.tsv.gz"
EMBEDDINGS_FILE = "embeddings.npz"
META_FILE = "meta.json"
# Weights of the optional second CRF pass (label consistency across a text, see consistency.py).
CONTEXT_WEIGHTS_FILE = "weights_context.npz"
# Sentences either side whose first-pass labels the second pass sees.
DEFAULT_CONTEXT_WINDOW = 20
# Longer runs without a sentence end are cut so one CRF pass never sees an unbounded sequence.
MAX_SEQUENCE = 150
NEURAL_BATCH = 128


class NerTagger:
    """A CRF model plus the tables its features need; load once, tag many texts."""

    def __init__(self, model_dir: str | Path, engine: str | None = None):
        """``engine``: "neural" (BiLSTM-CRF, used by default when the folder has one) or "crf"."""
        model_dir = Path(model_dir)
        if not (model_dir / WEIGHTS_FILE).exists() and not (model_dir / MODEL_FILE).exists():
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
        lexicon = Lexicon.load(model_dir / LEXICON_FILE) if (model_dir / LEXICON_FILE).exists() else None
        embeddings = load_embeddings(model_dir / EMBEDDINGS_FILE) if (model_dir / EMBEDDINGS_FILE).exists() else None
        self.features = FeatureExtractor(clusters, gazetteer, self.splitter, lexicon, embeddings)
        self.lexicon = lexicon
        self.neural = None
        if engine not in (None, "crf", "neural"):
            raise RasidError(f"unknown NER engine {engine!r} (crf, neural or transformers)")
        if engine == "neural" or (engine is None and (model_dir / NEURAL_FILE).exists()):
            if not (model_dir / NEURAL_FILE).exists():
                raise RasidError(f"no neural NER model in {model_dir} (rasid train ner --neural)")
            self.neural, meta = NeuralNet.load(model_dir / NEURAL_FILE)
            words = sorted(embeddings[0], key=embeddings[0].get) if embeddings else []
            self.encoder = TokenEncoder(self.splitter, clusters, gazetteer, words, meta["categories"], meta["chars"])
        self.engine = "neural" if self.neural else "crf"
        if (model_dir / WEIGHTS_FILE).exists():
            self.crf = CrfWeights.load(model_dir / WEIGHTS_FILE)
        else:
            self.crf = CrfWeights.from_crfsuite(model_dir / MODEL_FILE)
        crfs = [self.crf]
        # The optional second pass: the same features plus the first pass's labels across the text.
        self.two_pass = (model_dir / CONTEXT_WEIGHTS_FILE).exists()
        if self.two_pass:
            crfs.append(CrfWeights.load(model_dir / CONTEXT_WEIGHTS_FILE))
            self.context_window = int(self.meta.get("context_window", DEFAULT_CONTEXT_WINDOW))
        self._scorer = _Scorer(crfs)
        self.corpus_names = CorpusNames.load(model_dir / NAMES_FILE) if (model_dir / NAMES_FILE).exists() else None
        self._sentence_end = frozenset(self.splitter.table.SENTENCE_END)

    def tag_words(self, words: list[str]) -> list[str]:
        """BIO tags for one already-tokenised sentence (read as a text of its own)."""
        return self.tag_sentences([words])[0]

    def _tag_text(self, sentences: list[list[str]]) -> list[list[str]]:
        """CRF tags for the sentences of one text, in order: a first pass, then (when the model has
        one) a second pass that also sees what the first said about the same words nearby."""
        parts = [self.features.parts(words) for words in sentences]
        emissions = [self._scorer.emissions(words, infos, extras) for words, (infos, extras) in zip(sentences, parts)]
        first = self._scorer.decode(0, emissions)
        if not self.two_pass:
            return first
        stems = [[info.stem for info in infos] for infos, _ in parts]
        for scores, more in zip(emissions, context_features(stems, first, self.context_window)):
            self._scorer.add(scores, more)
        return self._scorer.decode(1, emissions)

    def _sentences(self, text: str, spans: list[tuple[int, int]]):
        start = 0
        for i, (s, e) in enumerate(spans):
            last = i + 1 == len(spans)
            breaks = text[s:e] in self._sentence_end or (not last and "\n" in text[e:spans[i + 1][0]])
            if breaks or last or i + 1 - start >= MAX_SEQUENCE:
                yield start, i + 1
                start = i + 1

    def tag_sentences(self, sentences: list[list[str]]) -> list[list[str]]:
        """BIO tags for many tokenised sentences, read in order as one running text (the CRF's second
        pass looks at neighbouring sentences; the neural engine runs them in length-sorted batches)."""
        if not self.neural:
            return self._tag_text(sentences)
        order = sorted((i for i in range(len(sentences)) if sentences[i]), key=lambda i: len(sentences[i]))
        out: list[list[str]] = [[] for _ in sentences]
        # Small matrices: BLAS threads only add hand-over costs (and take cores from other work).
        with _blas_threads().limit(limits=1, user_api="blas"):
            for k in range(0, len(order), NEURAL_BATCH):
                group = order[k:k + NEURAL_BATCH]
                tagged = self.neural.tag_batch([self.encoder.encode(sentences[i], self.lexicon) for i in group])
                for i, tags in zip(group, tagged):
                    out[i] = tags
        return out

    def tag(self, text: str) -> list[Mention]:
        return self.tag_many([text])[0]

    def tag_many(self, texts: list[str]) -> list[list[Mention]]:
        """Mentions of each text; the neural engine is several times faster given many texts at once."""
        owners: list[int] = []
        chunks: list[list[tuple[int, int]]] = []
        for k, text in enumerate(texts):
            spans = tokenize(text)
            for first, last in self._sentences(text, spans):
                chunks.append(spans[first:last])
                owners.append(k)
        sentences = [[texts[k][s:e] for s, e in chunk] for k, chunk in zip(owners, chunks)]
        if self.neural:
            all_tags = self.tag_sentences(sentences)
        else:  # one text at a time: the second pass must not carry labels from one text into another
            all_tags = []
            for _, group in groupby(range(len(sentences)), key=owners.__getitem__):
                all_tags += self._tag_text([sentences[i] for i in group])
        out: list[list[Mention]] = [[] for _ in texts]
        for k, chunk, tags in zip(owners, chunks, all_tags):
            text = texts[k]
            for a, b, kind in bio_spans(tags):
                start, end = chunk[a][0], chunk[b - 1][1]
                out[k].append(Mention(start=start, end=end, text=text[start:end], type=kind))
        return out


class _Scorer:
    """The state weights of one or two CRFs side by side (columns ``passes[k]`` belong to CRF k), with
    the summed weights of each distinct word's own features and of what it adds to each neighbour
    cached per word: most of a token's features depend on its word alone, and the two passes share
    them, so one lookup serves both."""

    def __init__(self, crfs: list[CrfWeights]):
        self.crfs = crfs
        attributes = sorted({a for crf in crfs for a in crf.attributes})
        self.index = {a: i for i, a in enumerate(attributes)}
        width = sum(len(crf.labels) for crf in crfs)
        self.state = np.zeros((len(attributes), width), dtype=np.float32)
        self.passes: list[slice] = []
        start = 0
        for crf in crfs:
            columns = slice(start, start + len(crf.labels))
            rows = [self.index[a] for a in crf.attributes]
            self.state[rows, columns] = crf.state
            self.passes.append(columns)
            start = columns.stop
        self._rows: dict[str, int] = {}
        self._table = np.zeros((4096, 1 + len(NEIGHBOURS), width), dtype=np.float32)

    def emissions(self, words: list[str], infos, extras: list[list[str]]) -> np.ndarray:
        """(tokens, all passes' labels) scores of the features every pass shares."""
        n = len(words)
        ids = np.fromiter((self._row(w, info) for w, info in zip(words, infos)), dtype=np.int64, count=n)
        table = self._table
        emissions = table[ids, 0]
        # Slot k+1 of a word holds what it contributes to the token at offset -NEIGHBOURS[k] from it.
        for k, d in enumerate(NEIGHBOURS, 1):
            if abs(d) < n:
                if d < 0:
                    emissions[-d:] += table[ids[:d], k]
                else:
                    emissions[:-d] += table[ids[d:], k]
        self.add(emissions, extras)
        return emissions

    def add(self, emissions: np.ndarray, features: list[list[str]]) -> None:
        """Add each feature's state weights to the emission row of the position that has it."""
        rows, at = self._weight_rows(features)
        if rows:
            np.add.at(emissions, at, self.state[rows])

    def _weight_rows(self, features: list[list[str]]) -> tuple[list[int], list[int]]:
        """(weight-table row, position) for every known feature of every position."""
        index = self.index
        rows: list[int] = []
        at: list[int] = []
        for i, feats in enumerate(features):
            for f in feats:
                r = index.get(f)
                if r is not None:
                    rows.append(r)
                    at.append(i)
        return rows, at

    def decode(self, k: int, emissions: list[np.ndarray]) -> list[list[str]]:
        """CRF ``k``'s best tags for each sentence's emissions (all passes' columns)."""
        crf = self.crfs[k]
        paths = viterbi_many([e[:, self.passes[k]] for e in emissions], crf.transitions)
        return [[crf.labels[j] for j in path] for path in paths]

    def _row(self, word: str, info) -> int:
        row = self._rows.get(word)
        if row is None:
            if len(self._rows) >= 500_000:  # bound memory on endless streams of new words
                self._rows.clear()
            row = len(self._rows)
            if row >= len(self._table):
                grown = np.zeros((len(self._table) * 2,) + self._table.shape[1:], dtype=np.float32)
                grown[: len(self._table)] = self._table
                self._table = grown
            rows, slots = self._weight_rows([["bias"] + info.own] + [info.near[d] for d in NEIGHBOURS])
            if rows:
                np.add.at(self._table[row], slots, self.state[rows])
            if info.dense:
                for f, value in info.dense.items():
                    r = self.index.get(f)
                    if r is not None:
                        self._table[row, 0] += value * self.state[r]
            self._rows[word] = row
        return row


@lru_cache(maxsize=1)
def _blas_threads():
    from threadpoolctl import ThreadpoolController

    return ThreadpoolController()


def ner_choice(language: str | None, ner: NerSettings | None = None) -> tuple[Path | None, str | None]:
    """(model folder, engine) that tags ``language``, or (None, None) when no model covers it.

    From the settings (``rasid.settings``: file, environment, flags; the process's own unless
    ``ner`` is given): a folder named for the language (``RASID_NER_MODEL_EN``, ``[ner.models] en``)
    comes first; ``RASID_NER_MODEL`` ("*") replaces the shipped model of every language that has
    one; either may hold a rasid model or a transformers ``save_pretrained`` folder.  The engine
    setting ("crf", "neural" or "transformers") picks the engine, else the folder's kind decides,
    else the language table's ``ENGINE``.
    """
    ner = ner or active_settings().ner
    table = tables(language, "ner")
    shipped = MODELS_DIR / table.MODEL if table is not None and getattr(table, "MODEL", None) else None
    code = (language or DEFAULT_LANGUAGE).split("-")[0].lower()
    chosen = ner.model_for(code, shipped is not None)
    if chosen:
        return Path(chosen).expanduser(), ner.engine
    if shipped is None:
        return None, None
    if ner.engine == TRANSFORMERS:
        raise RasidError("the transformers NER engine needs a model folder: RASID_NER_MODEL=/path/to/model-folder "
                         "(or [ner.models] in the settings file)")
    return shipped, ner.engine or getattr(table, "ENGINE", None)


def tagger_for(language: str | None, ner: NerSettings | None = None) -> NerTagger | TransformerTagger | None:
    """The loaded-once tagger for ``language`` (see ``ner_choice``), or None when no model covers it."""
    folder, engine = ner_choice(language, ner)
    if folder is None:
        return None
    return load_tagger(folder, engine, (ner or active_settings().ner).device)


@lru_cache(maxsize=8)
def load_tagger(model_dir: str | Path, engine: str | None = None,
                device: str | None = None) -> NerTagger | TransformerTagger:
    """The tagger for a model folder: a transformers folder (config.json) or ``engine="transformers"``
    gets the transformer engine; anything else is a rasid CRF/neural folder."""
    path = Path(model_dir).expanduser()
    if engine == TRANSFORMERS or (engine is None and is_transformers_folder(path)):
        return TransformerTagger(path, device=device)
    return NerTagger(path, engine=engine)


def name_book(language: str | None, with_corpus: bool = True, ner: NerSettings | None = None):
    """The names the tagger of ``language`` already knows (its place lists, its lexicon and, unless
    ``with_corpus`` is False, the names learned from the corpus), for the span repairs of
    ``rasid.entities.ner.refine``; an empty book for engines that ship none."""
    from rasid.entities.ner.refine import NameBook

    tagger = tagger_for(language, ner)
    return _book_of(tagger, with_corpus) if isinstance(tagger, NerTagger) else NameBook()


def corpus_names(language: str | None, ner: NerSettings | None = None):
    """What self-training on the corpus learned for ``language``'s tagger (None when it ships none)."""
    tagger = tagger_for(language, ner)
    return tagger.corpus_names if isinstance(tagger, NerTagger) else None


@lru_cache(maxsize=8)
def _book_of(tagger: "NerTagger", with_corpus: bool):
    from rasid.entities.ner.refine import NameBook, clitic_readings

    names: dict[tuple[str, ...], str] = {}
    if tagger.lexicon is not None:
        # ANERcorp tags names with their clitics (لبوتين): keep the name itself where the lexicon
        # also has it bare, so a glued clitic is not taken for part of a name.
        starts = {key[0] for key in tagger.lexicon.entities}
        for key, kind in tagger.lexicon.entities.items():
            bare = next((rest for rest in clitic_readings(key[0], tagger.language) if rest in starts), None)
            names.setdefault((bare, *key[1:]) if bare else key, kind)
    if with_corpus and tagger.corpus_names is not None:
        names.update(tagger.corpus_names.names)
    places = tagger.features.gazetteer.entries if tagger.features.gazetteer is not None else {}
    return NameBook(names, places)


@lru_cache(maxsize=32)
def model_identity(model_dir: str | Path) -> str:
    """A fingerprint of a model folder's files (names, sizes, and the bytes at both ends of each),
    so replacing a model with another, or retraining it, is noticed without reading gigabytes."""
    import hashlib

    digest = hashlib.blake2b(digest_size=8)
    root = Path(model_dir).expanduser()
    if not root.is_dir():
        return "missing"
    for path in sorted(p for p in root.rglob("*") if p.is_file()):
        size = path.stat().st_size
        digest.update(f"{path.relative_to(root)}\x00{size}\x00".encode())
        with open(path, "rb") as handle:
            digest.update(handle.read(1 << 20))
            if size > 2 << 20:
                handle.seek(-(1 << 20), 2)
                digest.update(handle.read())
    return digest.hexdigest()


def ner_identity(language: str | None, ner: NerSettings | None = None) -> str:
    """What tags ``language``, as a short string that changes when the model or engine does."""
    folder, engine = ner_choice(language, ner)
    if folder is None:
        return "rules"  # shape rules (rasid.entities.ner.rules): versioned with the enrichment
    return f"{engine or 'auto'}:{model_identity(folder)}"


def tag(text: str, language: str | None = "ar", ner: NerSettings | None = None) -> list[Mention]:
    """Named-entity mentions (PERS, LOC, ORG, MISC) in ``text``, offsets into ``text``.

    Returns [] for a language that has no model (there is no English model yet).
    """
    tagger = tagger_for(language, ner)
    return tagger.tag(text) if tagger else []


def tag_many(texts: list[str], language: str | None = "ar", ner: NerSettings | None = None) -> list[list[Mention]]:
    """``tag`` for many texts of one language at once (faster with the neural engine)."""
    tagger = tagger_for(language, ner)
    return tagger.tag_many(texts) if tagger else [[] for _ in texts]
