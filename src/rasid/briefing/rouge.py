"""ROUGE-N and ROUGE-L (F1, precision, recall) with a tokenizer that works for Arabic.

We implement ROUGE ourselves rather than call ``rouge-score``: its default tokenizer keeps
only ``[a-z0-9]`` and so turns an Arabic summary into an empty token list (every Arabic
score comes out 0.0).  Both sides are put through ``rasid.text.normalize`` first, which is
explicitly: Unicode NFKC, lower-casing, removal of Arabic diacritics (harakat, shadda,
sukun, dagger alef), tatweel and invisible joiners/direction marks; folding أ إ آ ٱ → ا,
ى ی ئ → ي, ؤ → و, ة → ه, ھ → ه, ک → ك; Arabic-Indic/Persian digits → ASCII digits.  Tokens are
then the Unicode word runs (``\\w+``) of the normalised text: no stemming, no stop-word
removal, so the numbers are comparable to plain surface-ROUGE in the literature.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from statistics import fmean
from typing import Sequence

from rasid.text.normalize import normalize, words


@dataclass(frozen=True, slots=True)
class RougeScore:
    precision: float
    recall: float
    f1: float


def tokenize(text: str) -> list[str]:
    """Normalised word tokens, the unit every ROUGE figure here counts."""
    return words(normalize(text))


def _score(overlap: int, candidate_total: int, reference_total: int) -> RougeScore:
    precision = overlap / candidate_total if candidate_total else 0.0
    recall = overlap / reference_total if reference_total else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return RougeScore(precision, recall, f1)


def _ngrams(tokens: Sequence[str], n: int) -> Counter:
    return Counter(tuple(tokens[i : i + n]) for i in range(len(tokens) - n + 1))


def rouge_n(candidate: Sequence[str], reference: Sequence[str], n: int) -> RougeScore:
    """Clipped n-gram overlap: an n-gram counts as often as it occurs on both sides."""
    cand, ref = _ngrams(candidate, n), _ngrams(reference, n)
    overlap = sum((cand & ref).values())
    return _score(overlap, sum(cand.values()), sum(ref.values()))


def lcs_length(a: Sequence[str], b: Sequence[str]) -> int:
    """Longest common subsequence length, O(len(a)·len(b)) time, O(len(b)) memory."""
    if len(a) < len(b):
        a, b = b, a
    previous = [0] * (len(b) + 1)
    for x in a:
        current = [0]
        for j, y in enumerate(b, 1):
            current.append(previous[j - 1] + 1 if x == y else max(previous[j], current[j - 1]))
        previous = current
    return previous[-1]


def rouge_l(candidate: Sequence[str], reference: Sequence[str]) -> RougeScore:
    """LCS over the whole token sequences (rouge-score's ``rougeL``, not the per-sentence ``rougeLsum``)."""
    return _score(lcs_length(candidate, reference), len(candidate), len(reference))


METRICS = ("rouge1", "rouge2", "rougeL")


def rouge(candidate: Sequence[str], reference: Sequence[str]) -> dict[str, RougeScore]:
    return {
        "rouge1": rouge_n(candidate, reference, 1),
        "rouge2": rouge_n(candidate, reference, 2),
        "rougeL": rouge_l(candidate, reference),
    }


def rouge_multi(candidate: Sequence[str], references: Sequence[Sequence[str]]) -> dict[str, float]:
    """Mean F1 over the references: every human summary counts equally (not the best match)."""
    per_reference = [rouge(candidate, ref) for ref in references]
    return {m: fmean(s[m].f1 for s in per_reference) for m in METRICS}
