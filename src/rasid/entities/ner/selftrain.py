"""Sentence-level self-training: sentences of the unlabelled corpus that the first-pass CRF tags with
confidence, labelled by it, as extra training data for the next fit.

The CRF trained on ANERcorp tags SaudiNewsNet sentences; a sentence is kept only when every token's
label (entity or O) has a posterior (forward-backward marginal) of at least ``threshold`` and it names
at least one entity, so the extra data is mostly right and still teaches something: names, contexts
and word clusters of Saudi news that ANERcorp (2007, other sources) never shows.  Only ``limit``
sentences are added, so the gold sentences keep the larger share of the training data (crfsuite
has no per-sentence weights).  Articles are visited in a fixed shuffled order so the sentences come
from all the days used, not the first one.

Measured (one-pass screening, ``--context-window 0 --reuse-tables models/ar --no-refit``, ANERcorp
dev = last 10 % of train): baseline 0.7112; 2000 sentences at T=0.95: 0.7108; 4000 at 0.8: 0.7064;
2000 at 0.99: 0.7100 (test, baseline and the best of these: 0.6962 and 0.6966).  The confident
sentences are mostly ones the CRF already gets right (LOC-heavy), and the missed names in them are
taught as O, so recall does not rise: the option stays off by default.
"""

from __future__ import annotations

import json
import random
from collections.abc import Iterable, Iterator
from pathlib import Path

import numpy as np

from rasid.entities.ner.corpus import Sentence
from rasid.entities.ner.crf import marginals
from rasid.entities.ner.spans import bio_spans
from rasid.entities.ner.tokenize import tokenize

# Sentences outside this many tokens are skipped: very short ones are headlines and bylines, very
# long ones are run-on lists the tagger cut at MAX_SEQUENCE.
MIN_WORDS = 6
MAX_WORDS = 60
# At most this many sentences from one article, so a long article's style does not dominate.
PER_ARTICLE = 4


def _articles(folder: Path, exclude_days: set[str], seed: int) -> list[str]:
    texts = []
    for path in sorted(folder.glob("*.json")):
        if path.stem in exclude_days:
            continue
        texts += [r["content"] for r in json.loads(path.read_text(encoding="utf-8"))
                  if isinstance(r, dict) and r.get("content")]
    random.Random(seed).shuffle(texts)
    return texts


def _valid_bio(tags: list[str]) -> bool:
    """True when every I- continues a B- or I- of its type (crfsuite may decode O I-ORG)."""
    prev = "O"
    for tag in tags:
        if tag.startswith("I-") and prev[2:] != tag[2:]:
            return False
        prev = tag
    return True


def confident(tagger, sentences: Iterable[list[str]], threshold: float) -> Iterator[tuple[Sentence, float]]:
    """((words, first-pass tags), least marginal) for the ``sentences`` whose every label has at least
    ``threshold`` posterior under the tagger's first CRF pass and that name at least one entity."""
    scorer = tagger._scorer
    crf = scorer.crfs[0]
    columns = scorer.passes[0]
    for words in sentences:
        infos, extras = tagger.features.parts(words)
        scores = scorer.emissions(words, infos, extras)[:, columns]
        probs = marginals(scores, crf.transitions)
        best = probs.argmax(axis=1)
        least = float(probs[np.arange(len(words)), best].min())
        if least < threshold:
            continue
        tags = [crf.labels[j] for j in best]
        if not _valid_bio(tags) or not bio_spans(tags):
            continue
        yield (list(words), tags), least


def select(model_dir: str | Path, folder: str | Path, limit: int, threshold: float,
           exclude_days: Iterable[str] = (), seed: int = 13, log=print) -> list[Sentence]:
    """Up to ``limit`` confidently tagged sentences of the SaudiNewsNet day files in ``folder``
    (leaving out ``exclude_days``), tagged by the first CRF pass of the model in ``model_dir``."""
    from rasid.entities.ner.tagger import NerTagger

    tagger = NerTagger(model_dir, engine="crf")
    out: list[Sentence] = []
    seen = 0
    for text in _articles(Path(folder), set(exclude_days), seed):
        spans = tokenize(text)
        sentences = [[text[s:e] for s, e in spans[a:b]] for a, b in tagger._sentences(text, spans)]
        sentences = [words for words in sentences if MIN_WORDS <= len(words) <= MAX_WORDS]
        seen += len(sentences)
        for sentence, _ in list(confident(tagger, sentences, threshold))[:PER_ARTICLE]:
            out.append(sentence)
            if len(out) >= limit:
                log(f"self-training: {len(out)} of {seen} sentences kept (marginal >= {threshold})")
                return out
    log(f"self-training: {len(out)} of {seen} sentences kept (marginal >= {threshold}; corpus exhausted)")
    return out
