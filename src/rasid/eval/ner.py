"""``rasid eval ner GOLD``: exact-span precision, recall and F1 of the NER model (conlleval semantics, seqeval)."""

from __future__ import annotations

import json
import time
from pathlib import Path

from rasid.errors import RasidError

TYPES = ("PERS", "LOC", "ORG", "MISC")


def score(gold: list[list[str]], predicted: list[list[str]]) -> dict:
    """Overall and per-type P/R/F1 with support, as seqeval's default (conlleval) mode computes them."""
    try:
        from seqeval.metrics import classification_report
    except ImportError as exc:  # seqeval is in the "test" extra
        raise RasidError("rasid eval ner needs seqeval (pip install seqeval)") from exc
    report = classification_report(gold, predicted, output_dict=True, zero_division=0)
    result = {"overall": _row(report["micro avg"])}
    for kind in TYPES:
        result[kind] = _row(report.get(kind, {"precision": 0.0, "recall": 0.0, "f1-score": 0.0, "support": 0}))
    return result


def _row(row: dict) -> dict:
    return {"precision": round(float(row["precision"]), 4), "recall": round(float(row["recall"]), 4),
            "f1": round(float(row["f1-score"]), 4), "support": int(row["support"])}


def evaluate(gold_path: str | Path, model_dir: str | Path | None = None, language: str = "ar",
             engine: str | None = None) -> dict:
    from rasid.entities.ner.corpus import read_conll
    from rasid.entities.ner.tagger import MODELS_DIR, load_tagger, tagger_for
    from rasid.entities.ner.transformer import TRANSFORMERS

    sentences = read_conll(gold_path)
    if model_dir or engine:
        from rasid.lang import tables

        table = tables(language, "ner")
        if not model_dir and engine == TRANSFORMERS:
            raise RasidError("--engine transformers needs --model /path/to/model-folder")
        if not model_dir and table is None:
            raise RasidError(f"no NER model for language {language!r}")
        tagger = load_tagger(model_dir or MODELS_DIR / table.MODEL, engine)
    else:
        tagger = tagger_for(language)
    if tagger is None:
        raise RasidError(f"no NER model for language {language!r}")
    started = time.perf_counter()
    predicted = tagger.tag_sentences([words for words, _ in sentences])
    seconds = time.perf_counter() - started
    result = score([tags for _, tags in sentences], predicted)
    tokens = sum(len(words) for words, _ in sentences)
    result["tokens"] = tokens
    result["sentences"] = len(sentences)
    result["tokens_per_second"] = round(tokens / seconds) if seconds else None
    result["engine"] = tagger.engine
    return result


def _run(args) -> int:
    result = evaluate(args.gold, args.model, args.language, args.engine)
    if args.json:
        print(json.dumps(result, ensure_ascii=False))
        return 0
    print(f"{'type':<8}{'precision':>10}{'recall':>10}{'f1':>10}{'support':>9}")
    for kind in ("overall",) + TYPES:
        row = result[kind]
        print(f"{kind:<8}{row['precision']:>10.4f}{row['recall']:>10.4f}{row['f1']:>10.4f}{row['support']:>9}")
    print(f"{result['tokens']} tokens in {result['sentences']} sentences, "
          f"{result['tokens_per_second']} tokens/s wall ({result['engine']} engine)")
    return 0


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "ner", help="score the NER model on a CoNLL file (TOKEN TAG per line), exact-span P/R/F1",
        description="Exact-span precision/recall/F1 overall and per type (PERS, LOC, ORG, MISC), "
                    "conlleval semantics via seqeval.")
    parser.add_argument("gold", help="gold file, e.g. ../shared/data/anercorp/test.txt")
    parser.add_argument("--model", help="model folder: a rasid one or a transformers save_pretrained folder "
                                        "(default: RASID_NER_MODEL, else the shipped model for --language)")
    parser.add_argument("--language", default="ar", help="language whose shipped model to use (default: ar)")
    parser.add_argument("--engine", choices=("crf", "neural", "transformers"),
                        help="tagger to score (default: the language table's, or RASID_NER_ENGINE)")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.set_defaults(func=_run)
