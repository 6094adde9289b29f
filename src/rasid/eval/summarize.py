"""``rasid eval summarize EASC.jsonl``: ROUGE of rasid's summariser against a lead baseline and LexRank.

Protocol (all systems alike):
  * length budget N = the mean length, in normalised word tokens, of all human summaries
    in the file (every reference of every article counts once), rounded;
  * each system picks whole sentences in its own preference order until it has at least
    N words; they are put in document order and the token sequence is cut at exactly N
    (the DUC "-l" convention), so no system gains from being longer;
  * the lead baseline is the first N words of the article;
  * ROUGE-1/2/L F1 (``rasid.briefing.rouge``, normalisation spelled out there) against each
    of the five references A..E, averaged over the references of an article (mean, not
    max), then averaged over articles (macro: every article counts once).

LexRank and TextRank come from ``sumy``, fed our own sentence splitter, tokenizer, light
stemmer and stop words (sumy's default tokenizers need NLTK punkt data, which is not
available offline, and know no Arabic), so the baselines differ from rasid only in how
they rank sentences.

The summariser's weights (``SummaryParams`` defaults) are round numbers set by reasoning
(see its docstring), not fitted on EASC.  ``--cv`` runs a 36-point grid over them with
5-fold cross-validation (choose on four folds, score the fifth) and prints the held-out
scores: the honest figure for what tuning on this data would buy.
"""

from __future__ import annotations

import itertools
import json
import random
from dataclasses import replace
from pathlib import Path
from statistics import fmean
from typing import Callable, Iterable

from rasid.briefing.rouge import METRICS, rouge_multi, tokenize
from rasid.briefing.summarize import (
    DEFAULT_PARAMS,
    SummaryParams,
    stopwords,
    summarize,
)
from rasid.briefing.summary_sentences import summary_sentences
from rasid.errors import RasidError
from rasid.eval.gold import one_file, read_jsonl
from rasid.model import Article
from rasid.text.normalize import normalize, words
from rasid.text.stem import stem

System = Callable[[Article, int], list[str]]  # article, budget -> summary tokens (before the cut)


def _easc(row: dict, file: Path, line_no: int) -> dict:
    row["article"], row["summaries"]  # noqa: B018 - both fields are required
    return row


def load_easc(path: str | Path) -> list[dict]:
    rows = read_jsonl(one_file(path, "EASC jsonl: one {id, article, summaries} object a line"), _easc,
                      "an EASC record")
    if not rows:
        raise RasidError(f"{path}: no records")
    return rows


def mean_reference_length(rows: Iterable[dict]) -> int:
    return round(fmean(len(tokenize(s)) for row in rows for s in row["summaries"].values()))


def as_article(row: dict) -> Article:
    return Article(origin=str(row.get("id", "")), raw_text=row["article"], text=row["article"], id=str(row.get("id", "")))


# --- systems --------------------------------------------------------------------------------


def lead_system(article: Article, budget: int) -> list[str]:
    return tokenize(article.text)[:budget]


def rasid_system(params: SummaryParams = DEFAULT_PARAMS) -> System:
    def run(article: Article, budget: int) -> list[str]:
        picked = summarize([article], budget, params, fill=True)
        return fit_budget([(s.rank, s.start, s.text) for s in picked], budget)

    return run


class _Tokenizer:
    """sumy's tokenizer protocol, backed by rasid's normalisation (no NLTK data needed)."""

    def to_sentences(self, text: str) -> list[str]:  # sumy calls this only when parsing raw text
        return [text]

    def to_words(self, sentence: str) -> list[str]:
        return words(normalize(sentence))


def sumy_system(kind: str) -> System:
    from sumy.models.dom import ObjectDocumentModel, Paragraph
    from sumy.models.dom import Sentence as SumySentence
    from sumy.summarizers.lex_rank import LexRankSummarizer
    from sumy.summarizers.text_rank import TextRankSummarizer

    summarizer = {"lexrank": LexRankSummarizer, "textrank": TextRankSummarizer}[kind](stem)
    summarizer.stop_words = stopwords()
    tokenizer = _Tokenizer()

    def run(article: Article, budget: int) -> list[str]:
        texts = [article.text[s.start : s.end] for s in summary_sentences(article)]
        document = ObjectDocumentModel([Paragraph([SumySentence(t, tokenizer) for t in texts])])
        taken = []

        def until_budget(ranked):  # sumy hands over its sentences best first
            total = 0
            for info in ranked:
                if total >= budget:
                    break
                taken.append(info)
                total += len(info.sentence.words)
            return taken

        summarizer(document, until_budget)
        return fit_budget([(rank, info.order, str(info.sentence)) for rank, info in enumerate(taken)], budget)

    return run


def fit_budget(picked: list[tuple[int, int, str]], budget: int) -> list[str]:
    """Tokens of (rank, position, text) sentences, cut to ``budget`` words, in reading order.

    The words that do not fit are taken off the sentence the system ranked lowest, not
    off whichever happens to come last in the article, for every system alike.
    """
    kept, room = [], budget
    for rank, position, text in sorted(picked):
        if room <= 0:
            break
        tokens = tokenize(text)[:room]
        room -= len(tokens)
        kept.append((position, tokens))
    return [token for _, tokens in sorted(kept, key=lambda pair: pair[0]) for token in tokens]


# --- scoring --------------------------------------------------------------------------------


def score_system(system: System, rows: list[dict], budget: int) -> dict[str, float]:
    per_article = []
    for row in rows:
        candidate = system(as_article(row), budget)[:budget]
        references = [tokenize(s) for s in row["summaries"].values()]
        per_article.append(rouge_multi(candidate, references))
    return {m: 100 * fmean(a[m] for a in per_article) for m in METRICS}


def evaluate(rows: list[dict], systems: dict[str, System], budget: int | None = None) -> dict:
    budget = budget or mean_reference_length(rows)
    return {
        "articles": len(rows),
        "references": sum(len(r["summaries"]) for r in rows),
        "budget_words": budget,
        "scores": {name: score_system(system, rows, budget) for name, system in systems.items()},
    }


# --- parameter choice by cross-validation ----------------------------------------------------

GRID = {
    "position_decay": (0.5, 1.0),
    "relative_position_weight": (0.5, 1.0, 2.0),
    "centrality_weight": (0.5, 1.0, 2.0),
    "redundancy_weight": (0.0, 0.5),
}


def _grid() -> list[SummaryParams]:
    keys = list(GRID)
    return [replace(DEFAULT_PARAMS, **dict(zip(keys, values))) for values in itertools.product(*GRID.values())]


def cross_validate(rows: list[dict], folds: int = 5, seed: int = 13) -> dict:
    """Pick params on k-1 folds (by mean of the three ROUGE F1), score them on the held-out fold."""
    budget = mean_reference_length(rows)
    order = list(range(len(rows)))
    random.Random(seed).shuffle(order)
    grid = _grid()
    # Score every configuration on every article once; folds then only re-average.
    per_article = [[_article_score(rasid_system(p), rows[i], budget) for i in range(len(rows))] for p in grid]
    held_out, picks = [], []
    for k in range(folds):
        test = set(order[k::folds])
        train = [i for i in range(len(rows)) if i not in test]
        best = max(range(len(grid)), key=lambda g: fmean(fmean(per_article[g][i].values()) for i in train))
        picks.append(grid[best])
        held_out.extend(per_article[best][i] for i in test)
    return {
        "folds": folds,
        "held_out": {m: 100 * fmean(a[m] for a in held_out) for m in METRICS},
        "picked": [{k: getattr(p, k) for k in GRID} for p in picks],
    }


def _article_score(system: System, row: dict, budget: int) -> dict[str, float]:
    return rouge_multi(system(as_article(row), budget)[:budget], [tokenize(s) for s in row["summaries"].values()])


# --- CLI --------------------------------------------------------------------------------------


def register(subparsers) -> None:
    about = "ROUGE-1/2/L F1 of the summariser, a lead baseline and LexRank on EASC-format jsonl"
    parser = subparsers.add_parser("summarize", help=about, description=about)
    parser.add_argument("path", help="EASC jsonl (e.g. ../shared/data/easc/dev.jsonl)")
    parser.add_argument("--json", action="store_true", help="print one JSON object instead of a table")
    parser.add_argument("--words", type=int, default=None, help="length budget (default: mean human summary length)")
    parser.add_argument("--limit", type=int, default=None, help="only the first N articles")
    parser.add_argument("--textrank", action="store_true", help="also score sumy's TextRank")
    parser.add_argument("--cv", action="store_true", help="also rerun the 5-fold cross-validated parameter choice")
    parser.set_defaults(func=run)


def run(args) -> int:
    rows = load_easc(args.path)[: args.limit] if args.limit else load_easc(args.path)
    systems: dict[str, System] = {"rasid": rasid_system(), "lead": lead_system, "lexrank": sumy_system("lexrank")}
    if args.textrank:
        systems["textrank"] = sumy_system("textrank")
    result = evaluate(rows, systems, args.words)
    if args.cv:
        result["cross_validation"] = cross_validate(rows)
    if args.json:
        print(json.dumps(result, ensure_ascii=False))
        return 0
    print(f"{result['articles']} articles, {result['references']} references, budget {result['budget_words']} words "
          "(ROUGE F1 x100, mean over references then articles)")
    print(f"{'system':<10}{'ROUGE-1':>9}{'ROUGE-2':>9}{'ROUGE-L':>9}")
    for name, scores in result["scores"].items():
        print(f"{name:<10}" + "".join(f"{scores[m]:>9.1f}" for m in METRICS))
    if "cross_validation" in result:
        cv = result["cross_validation"]
        print(f"rasid, {cv['folds']}-fold held-out: " + " ".join(f"{m} {cv['held_out'][m]:.1f}" for m in METRICS))
        print("picked per fold: " + "; ".join(json.dumps(p) for p in cv["picked"]))
    return 0
