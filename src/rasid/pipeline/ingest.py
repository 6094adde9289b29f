"""Ingest: read paths, skip what is stored, prepare the rest in batches, store each batch atomically."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from rasid.executor.base import Executor
from rasid.executor.local import LocalExecutor
from rasid.model import Article, IngestFailure
from rasid.pipeline import faults
from rasid.pipeline.annotate import identify_language, split_into_sentences
from rasid.pipeline.base import Step, chain, per_article
from rasid.pipeline.identify import assign_identity
from rasid.search.query import with_index_terms
from rasid.storage.base import Store


@dataclass
class IngestReport:
    ingested: int = 0
    already_present: int = 0
    failed: list[IngestFailure] = field(default_factory=list)
    new_ids: list[str] = field(default_factory=list)  # the articles this ingest added

    @property
    def exit_code(self) -> int:
        return 1 if self.failed else 0

    def summary(self) -> str:
        return f"ingested {self.ingested}, already present {self.already_present}, failed {len(self.failed)}"


def preparation_steps() -> Step:
    """What happens to every new article before it is stored."""
    from rasid.clean import clean_articles

    return chain([clean_articles, per_article(identify_language), per_article(split_into_sentences),
                  per_article(with_index_terms)])


def ingest(
    paths: Iterable[str | Path],
    store: Store,
    executor: Executor | None = None,
    batch_size: int = 500,
    field_map: dict[str, str] | None = None,
    on_article: Callable[[int], None] | None = None,
    on_failure: Callable[[IngestFailure], None] | None = None,
    relabel: Callable[[str], str] | None = None,
) -> IngestReport:
    """``relabel`` maps each origin before identity is assigned: files uploaded to a server are read
    from a folder of its own, but are known by the name they were uploaded under."""
    from rasid.ingest import iter_articles

    store.require_writable()  # before reading a single file
    report = IngestReport()
    seen_this_run: set[str] = set()

    def fail(failure: IngestFailure) -> None:
        report.failed.append(failure)
        if on_failure:
            on_failure(failure)

    def new_only(batch: list[Article]) -> list[Article]:
        stored = store.existing_ids([a.id for a in batch])
        fresh = []
        for article in batch:
            if article.id in stored or article.id in seen_this_run:
                report.already_present += 1
            else:
                seen_this_run.add(article.id)
                fresh.append(article)
        if on_article:  # fresh articles are counted once stored
            on_article(len(batch) - len(fresh))
        return fresh

    def batches() -> Iterator[list[Article]]:
        batch: list[Article] = []
        # The database's own files may sit in the folder being read (rasid run .).
        for item in iter_articles(paths, field_map=field_map, skip=store.local_files()):
            if relabel is not None:
                item.origin = relabel(item.origin)
            if isinstance(item, IngestFailure):
                fail(item)
                continue
            batch.append(assign_identity(item))
            if len(batch) >= batch_size:
                if fresh := new_only(batch):
                    yield fresh
                batch = []
        if batch and (fresh := new_only(batch)):
            yield fresh

    owned = executor is None
    executor = executor or LocalExecutor()
    # Site templates are counted over a whole window of input (and what earlier runs learnt)
    # before any of it is cleaned, so what is removed does not depend on the batch size.
    from rasid.clean import TemplateLearner

    learner = TemplateLearner(store)
    try:
        for prepared in executor.map_batches(preparation_steps(), learner.batches(batches())):
            report.ingested += store.add_articles(prepared)
            report.new_ids.extend(a.id for a in prepared)
            learner.flush()
            faults.point("ingest.after_batch")
            if on_article:
                on_article(len(prepared))
        learner.flush()
    finally:
        if owned:
            executor.close()
    return report
