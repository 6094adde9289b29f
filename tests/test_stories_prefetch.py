"""Read-ahead (rasid.stories.prefetch): clustering with the next batch prepared by a worker
process gives exactly what clustering in one process gives."""

import os

import numpy as np

from rasid.model import Article
from rasid.stories.clusterer import StoryClusterer
from rasid.stories.config import StoryConfig
from rasid.stories.prefetch import prepare, prepared

REPORTS = [
    ("q1", "An earthquake of magnitude 6.1 struck the Iranian island of Qeshm on Sunday, killing ten people."),
    ("q2", "Rescuers on Qeshm island searched collapsed houses after Sunday's magnitude 6.1 earthquake killed ten."),
    ("r1", "The European Central Bank raised its main interest rate by a quarter point to fight inflation."),
    ("q3", "Iran said the death toll of the Qeshm earthquake rose to ten, with dozens injured in seven villages."),
    ("r2", "ECB president said the quarter-point rise in interest rates was needed as inflation stayed high."),
    ("f1", "Barcelona beat Real Madrid 3-1 in the league on Saturday with two goals from Lewandowski."),
]


def articles() -> list[Article]:
    return [Article(origin=f"{key}.txt", raw_text=text, text=text, id=key, language="en") for key, text in REPORTS]


def test_batches_are_read_in_the_calling_process_and_come_back_in_order_with_their_features():
    readers: list[int] = []

    def batches():
        items = articles()
        for start in range(0, len(items), 2):
            readers.append(os.getpid())
            yield items[start : start + 2]

    seen = list(prepared(batches(), StoryConfig()))
    assert set(readers) == {os.getpid()}  # a database cursor is never used from the worker
    assert [[a.id for a in batch] for batch, _ in seen] == [["q1", "q2"], ["r1", "q3"], ["r2", "f1"]]
    inline = prepare(articles(), StoryConfig())
    ahead = [f for _, features in seen for f in features]
    assert [f.article_id for f in ahead] == [f.article_id for f in inline]
    assert [f.terms for f in ahead] == [f.terms for f in inline]
    for a, b in zip(ahead, inline):
        assert np.allclose(a.embedding, b.embedding, atol=1e-5)


def test_clustering_with_read_ahead_matches_clustering_in_one_process():
    one_process = StoryClusterer().add_many(articles())
    clusterer = StoryClusterer()
    items = articles()
    ahead: list[str] = []
    for _, features in prepared((items[i : i + 2] for i in range(0, len(items), 2)), StoryConfig()):
        ahead.extend(clusterer.add_features(features))
    assert ahead == one_process
    story = dict(zip((key for key, _ in REPORTS), ahead))
    assert story["q1"] == story["q2"] == story["q3"] != story["r1"]


def test_a_single_batch_needs_no_worker_and_nothing_yields_nothing():
    assert list(prepared(iter([]), StoryConfig())) == []
    ((batch, features),) = list(prepared([articles()[:3]], StoryConfig()))
    assert [f.article_id for f in features] == ["q1", "q2", "r1"]
