"""The step contract and the two ways to build one.

Steps are plain picklable objects (module-level functions, or the small classes below)
so an executor can ship them to worker processes or Ray tasks unchanged.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import TypeAlias

from rasid.model import Article

Step: TypeAlias = Callable[[Iterable[Article]], Iterator[Article]]


class per_article:  # noqa: N801 - reads as a function at the call site: per_article(fn)
    """Lift a function of one article into a step over a stream."""

    def __init__(self, transform: Callable[[Article], Article]):
        self.transform = transform
        self.__name__ = getattr(transform, "__name__", "step")

    def __call__(self, articles: Iterable[Article]) -> Iterator[Article]:
        for article in articles:
            yield self.transform(article)


class chain:  # noqa: N801
    """Compose steps left to right into one."""

    def __init__(self, steps: Iterable[Step]):
        self.steps = list(steps)

    def __call__(self, articles: Iterable[Article]) -> Iterator[Article]:
        stream: Iterable[Article] = articles
        for step in self.steps:
            stream = step(stream)
        yield from stream
