"""The step contract and the two ways to build one."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import TypeAlias

from rasid.model import Article

Step: TypeAlias = Callable[[Iterable[Article]], Iterator[Article]]


def per_article(transform: Callable[[Article], Article]) -> Step:
    """Lift a function of one article into a step over a stream."""

    def step(articles: Iterable[Article]) -> Iterator[Article]:
        for article in articles:
            yield transform(article)

    step.__name__ = getattr(transform, "__name__", "step")
    return step


def chain(steps: Iterable[Step]) -> Step:
    """Compose steps left to right into one."""
    steps = list(steps)

    def composed(articles: Iterable[Article]) -> Iterator[Article]:
        stream: Iterable[Article] = articles
        for step in steps:
            stream = step(stream)
        yield from stream

    return composed
