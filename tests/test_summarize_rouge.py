"""ROUGE as implemented for Arabic: hand-computed scores and the normalisation both sides get."""

import pytest

from rasid.briefing.rouge import lcs_length, rouge_l, rouge_multi, rouge_n, tokenize


def test_rouge1_counts_clipped_unigram_overlap():
    score = rouge_n("a b c d".split(), "a b e d c".split(), 1)
    assert (score.precision, score.recall) == (1.0, 0.8)
    assert score.f1 == pytest.approx(8 / 9)


def test_rouge1_clips_repeated_words_to_reference_count():
    score = rouge_n("the the the".split(), "the cat".split(), 1)
    assert score.precision == pytest.approx(1 / 3)
    assert score.recall == pytest.approx(1 / 2)


def test_rouge2_counts_shared_bigrams():
    # candidate bigrams ab bc cd; reference ab be ed dc: only "a b" is shared
    score = rouge_n("a b c d".split(), "a b e d c".split(), 2)
    assert score.precision == pytest.approx(1 / 3)
    assert score.recall == pytest.approx(1 / 4)
    assert score.f1 == pytest.approx(2 / 7)


def test_rouge_l_uses_longest_common_subsequence():
    assert lcs_length("a b c d".split(), "a b e d c".split()) == 3
    score = rouge_l("a b c d".split(), "a b e d c".split())
    assert score.precision == pytest.approx(3 / 4)
    assert score.recall == pytest.approx(3 / 5)
    assert score.f1 == pytest.approx(2 / 3)


def test_empty_candidate_scores_zero_not_error():
    assert rouge_n([], "a b".split(), 1).f1 == 0.0
    assert rouge_l([], "a b".split()).f1 == 0.0


def test_arabic_tokens_survive_and_orthographic_variants_match():
    # rouge-score's default tokenizer would return [] here; ours keeps Arabic words.
    candidate = tokenize("أعلنت الحكومةُ الإماراتية عن مبادرة جديدة")
    reference = tokenize("اعلنت الحكومه الاماراتيه عن مبادره جديده")
    assert len(candidate) == 6
    assert rouge_n(candidate, reference, 1).f1 == 1.0
    assert rouge_n(candidate, reference, 2).f1 == 1.0
    assert tokenize("مستشفـــى") == tokenize("مستشفي")  # tatweel and alef maqsura


def test_multi_reference_score_is_mean_over_references():
    candidate = "a b".split()
    scores = rouge_multi(candidate, ["a b".split(), "c d".split()])
    assert scores["rouge1"] == pytest.approx(0.5)
    assert scores["rouge2"] == pytest.approx(0.5)
    assert scores["rougeL"] == pytest.approx(0.5)
