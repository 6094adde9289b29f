"""Everything ``rasid run`` does after ingest, in order, each stage incremental."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

from rasid.executor.base import Executor
from rasid.pipeline import faults
from rasid.settings import NerSettings
from rasid.storage.base import Store


@dataclass
class StageContext:
    store: Store
    executor: Executor
    progress: Callable[..., object]  # progress(desc=..., unit=...) -> a bar with update() and close()
    ner: NerSettings | None = None  # the run's NER settings (None: the process's)
    # The run's --batch-size: enrichment commits every min(this, ENRICH_BATCH) articles, so a
    # smaller batch loses less to a crash (None: ENRICH_BATCH).
    batch_size: int | None = None


def _enrich(ctx: StageContext) -> str:
    from rasid.pipeline.enrich import ENRICH_BATCH, enrich_stored

    bar = ctx.progress(desc="entities, dates, quotes", unit=" articles")
    try:
        done = enrich_stored(ctx.store, ctx.executor, on_progress=bar.update, ner=ctx.ner,
                             batch_size=min(ctx.batch_size or ENRICH_BATCH, ENRICH_BATCH))
    finally:
        bar.close()
    return f"enriched {done} articles (entities, dates, quotes)"


def _cluster_stories(ctx: StageContext) -> str:
    from rasid.stories.stage import cluster_stored

    added, touched, redated = cluster_stored(ctx.store, ctx.ner, ctx.executor)
    return f"clustered {added} new articles into stories ({touched} stories changed, {redated} articles dated from their story)"


def _link_entities(ctx: StageContext) -> str:
    from rasid.entities.stage import link_stored

    entities, relinked = link_stored(ctx.store, ctx.ner)
    return f"linked mentions into {entities} entities ({relinked} articles linked or relinked)"


STAGES: list[tuple[str, Callable[[StageContext], str]]] = [
    ("enrich", _enrich),
    ("stories", _cluster_stories),
    ("entities", _link_entities),
]


def run_stages(ctx: StageContext, only: set[str] | None = None) -> list[str]:
    """Each stage's one-line summary, with the time it took (where a long run spends its time)."""
    ctx.store.require_writable()
    summaries = []
    # One process at a time: a second run waits here rather than cluster articles the first
    # is still enriching, or link against stories it is rewriting.
    with ctx.store.stage_lock():
        for name, stage in STAGES:
            if only is None or name in only:
                started = time.perf_counter()
                summary = stage(ctx)
                summaries.append(f"{summary} in {format_duration(time.perf_counter() - started)}")
                faults.point("stage.after")
    return summaries


def format_duration(seconds: float) -> str:
    return f"{seconds:.1f} s" if seconds < 120 else f"{int(seconds // 60)} min {int(seconds % 60)} s"
