"""How a step runs over batches of articles: the steps themselves never know."""

from __future__ import annotations

import abc
from collections.abc import Iterable, Iterator

from rasid.model import Article
from rasid.pipeline.base import Step


def run_step_on_batch(step: Step, batch: list[Article]) -> list[Article]:
    return list(step(batch))


class Executor(abc.ABC):
    @abc.abstractmethod
    def map_batches(self, step: Step, batches: Iterable[list[Article]]) -> Iterator[list[Article]]:
        """Apply ``step`` to every batch, yielding results in input order."""

    def close(self) -> None:
        pass

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


def make_executor(kind: str = "local", workers: int | None = None) -> Executor:
    if kind == "ray":
        from rasid.executor.ray_executor import RayExecutor

        return RayExecutor(workers=workers)
    from rasid.executor.local import LocalExecutor

    return LocalExecutor(workers=workers)
