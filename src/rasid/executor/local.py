"""In-process execution, optionally fanned out over a pool of local worker processes."""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Iterable, Iterator
from functools import partial

from rasid.executor.base import Executor, run_step_on_batch
from rasid.model import Article
from rasid.pipeline.base import Step


class LocalExecutor(Executor):
    def __init__(self, workers: int | None = None):
        # One worker per core: the parent mostly waits on them, reading input and writing the
        # database in between, so it needs no core of its own.
        self.workers = (os.cpu_count() or 1) if workers is None else workers
        self._pool = None

    def map_batches(self, step: Step, batches: Iterable[list[Article]]) -> Iterator[list[Article]]:
        if self.workers == 0:
            for batch in batches:
                yield run_step_on_batch(step, batch)
            return
        if self._pool is None:
            self._pool = multiprocessing.get_context("fork").Pool(self.workers)
        yield from self._pool.imap(partial(run_step_on_batch, step), batches)

    def close(self) -> None:
        if self._pool is not None:
            self._pool.terminate()
            self._pool.join()
            self._pool = None
