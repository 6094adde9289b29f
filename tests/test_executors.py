"""The same steps give the same articles in-process, in worker processes and on Ray."""

from __future__ import annotations

import pytest

from rasid.executor.local import LocalExecutor
from rasid.model import Article
from rasid.pipeline.annotate import identify_language, split_into_sentences
from rasid.pipeline.base import chain, per_article


def _articles():
    texts = ["وصل الرئيس إلى موسكو. وعقد محادثات مطولة.", "The leaders met on Wednesday. Talks lasted hours."] * 10
    return [Article(origin=f"doc{i}", raw_text=t, text=t) for i, t in enumerate(texts)]


STEPS = chain([per_article(identify_language), per_article(split_into_sentences)])


def _digest(batches):
    return [(a.origin, a.language, [(s.start, s.end) for s in a.sentences]) for batch in batches for a in batch]


def _batches():
    articles = _articles()
    return [articles[i : i + 6] for i in range(0, len(articles), 6)]


def test_worker_processes_match_in_process():
    with LocalExecutor(workers=0) as inline, LocalExecutor(workers=2) as pool:
        expected = _digest(inline.map_batches(STEPS, _batches()))
        assert _digest(pool.map_batches(STEPS, _batches())) == expected
    assert expected[0][1] == "ar" and expected[1][1] == "en"
    assert len(expected[0][2]) == 2


def test_ray_runs_the_same_steps_unchanged():
    pytest.importorskip("ray", reason="Ray is optional: pip install 'rasid[ray]'")
    from rasid.executor.ray_executor import RayExecutor

    with LocalExecutor(workers=0) as inline:
        expected = _digest(inline.map_batches(STEPS, _batches()))
    executor = RayExecutor(workers=1)
    try:
        assert _digest(executor.map_batches(STEPS, _batches())) == expected
    finally:
        executor.ray.shutdown()
