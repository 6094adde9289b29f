"""Ray execution: the same steps, each batch a Ray task, results streamed back in order."""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Iterator

from rasid.errors import RasidError
from rasid.executor.base import Executor, run_step_on_batch
from rasid.model import Article
from rasid.pipeline.base import Step


class RayExecutor(Executor):
    def __init__(self, workers: int | None = None, address: str | None = None):
        try:
            import ray
        except ImportError:
            raise RasidError("the Ray executor needs Ray: pip install 'rasid[ray]'") from None
        self.ray = ray
        if not ray.is_initialized():
            ray.init(address=address, num_cpus=workers, include_dashboard=False, log_to_driver=False)
        self.in_flight = 2 * int(ray.available_resources().get("CPU", 1))
        self._remote = ray.remote(run_step_on_batch)

    def map_batches(self, step: Step, batches: Iterable[list[Article]]) -> Iterator[list[Article]]:
        step_ref = self.ray.put(step)
        pending: deque = deque()
        for batch in batches:
            pending.append(self._remote.remote(step_ref, batch))
            if len(pending) >= self.in_flight:
                yield self.ray.get(pending.popleft())
        while pending:
            yield self.ray.get(pending.popleft())
