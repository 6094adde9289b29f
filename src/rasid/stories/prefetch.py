"""Read-ahead: the next batch's features are prepared while the clusterer works on this one.

Clustering is one sequential pass (each article sees the stories the previous ones made),
but what it reads of an article - terms, lead, names and numbers, the lead's embedding -
depends on the article alone.  A worker process prepares batch k+1 while batch k is being
clustered, so on two cores feature extraction and embedding (on SaudiNewsNet 45% of the
single-process time) run beside the clustering instead of before it: benchmarks/stories.py
went from 125-129 s to 86-97 s.  A thread would not do: extraction is pure Python and waits
on the clustering's GIL (on 8,000 articles a thread saved 7%, a process 20%, both measured
beside another busy process).
"""

from __future__ import annotations

import multiprocessing
from collections.abc import Iterable, Iterator, Sequence
from typing import TypeVar

from rasid.model import Article
from rasid.stories.config import StoryConfig
from rasid.stories.features import Embedder, Features, extract

T = TypeVar("T", bound=Sequence[Article])


def prepare(articles: Sequence[Article], config: StoryConfig) -> list[Features]:
    """Features of the articles, with their lead embeddings when the clusterer uses them."""
    features = [extract(article, config.lead_chars) for article in articles]
    if config.use_embeddings:
        embed_leads(features, config.embed_threads)
    return features


def embed_leads(features: Sequence[Features], threads: int = 1) -> None:
    """Set the embedding of every feature that has none; syndicated copies share a lead, so
    each distinct lead is embedded once."""
    missing = [f for f in features if f.embedding is None]
    leads = list(dict.fromkeys(f.lead for f in missing))
    if not leads:
        return
    vectors = dict(zip(leads, Embedder.encode(leads, threads)))
    for f in missing:
        f.embedding = vectors[f.lead]


def prepared(batches: Iterable[T], config: StoryConfig) -> Iterator[tuple[T, list[Features]]]:
    """Each batch with its features, the next one prepared by a worker process meanwhile.

    Batches are pulled from ``batches`` in the calling process (a database cursor stays
    where it was opened), one ahead at most.  A single batch is prepared in place: a
    worker would only add its start-up (loading the embedding model a second time).
    """
    iterator = iter(batches)
    current, upcoming = next(iterator, None), next(iterator, None)
    if current is None:
        return
    if upcoming is None:
        yield current, prepare(current, config)
        return
    # Forked, not spawned: a spawned worker re-imports the caller's main module, which in a
    # script without a ``__main__`` guard starts the whole job again inside the worker (seen:
    # a clustering script hung).  The fork's memory is shared copy-on-write with the caller, so
    # its peak RSS counts pages the caller holds too.
    with multiprocessing.get_context("fork").Pool(1) as pool:
        pending = pool.apply_async(prepare, (current, config))
        while current is not None:
            features = pending.get()
            if upcoming is not None:
                pending = pool.apply_async(prepare, (upcoming, config))
            yield current, features
            current, upcoming = upcoming, (next(iterator, None) if upcoming is not None else None)
