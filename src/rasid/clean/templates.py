"""Site templates learnt across pages, kept in the database, and the same whatever the batches.

A line is a site's template when many of its pages carry it (``rasid.clean.boilerplate``).  For
that verdict not to depend on how the input is cut into batches, the ingest reads ahead a
*window* of pages (WINDOW_ARTICLES, or WINDOW_CHARS of text, whichever comes first: a few
hundred MB of memory would buy no better verdicts, an outlet's template shows within days), counts
them all, and only then lets them be cleaned, each batch carrying the verdicts that concern its outlets
(``TemplateBatch``).  What is counted is kept as documents of kind ``clean_templates`` (one per
outlet, one for the corpus, with the fingerprints of the bodies counted), so the next run starts
from every page seen before: an outlet's footer learnt on Monday's crawl is dropped from
Tuesday's first page.  Counting twice is harmless: a body already counted (same fingerprint) is
not counted again, so a run cut short and run again gives the same counts.

Within a window the result is independent of ``--batch-size`` and of how batches are spread over
worker processes; a larger input is learnt window after window, each seeing all before it.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Iterator

from rasid.clean.boilerplate import CORPUS_MAX_WORDS, BoilerplateStats, OutletCounts, Templates, outlet_of
from rasid.model import Article

KIND = "clean_templates"
VERSION = 1
WINDOW_ARTICLES = 5_000  # about 30 MB of news text held at once (SaudiNewsNet: 31,030 records, 7 windows)
WINDOW_CHARS = 50_000_000  # for long pages: about 100 MB of text at most
_CORPUS = "corpus"


class TemplateBatch(list):
    """A batch of articles with the template verdicts for their outlets (``templates``): the
    verdicts travel with the batch to whichever worker cleans it."""

    templates: Templates | None = None


def _outlet_doc(outlet: str) -> str:
    return f"outlet:{outlet}"


class TemplateLearner:
    """Counts pages window by window in the reading process, loading and saving what earlier
    runs learnt; ``store`` None keeps everything in memory (one run only)."""

    def __init__(self, store=None, window_articles: int = WINDOW_ARTICLES, window_chars: int = WINDOW_CHARS):
        self.store = store
        self.window_articles = max(1, window_articles)
        self.window_chars = max(1, window_chars)
        self.stats = BoilerplateStats()
        self._loaded: set[str] = set()
        self._corpus_loaded = False
        self._unsaved: deque = deque()  # documents counted but not yet written (deque: thread-safe ends)

    def batches(self, batches: Iterable[list[Article]]) -> Iterator[TemplateBatch]:
        """The same batches, in order, each released once its whole window is counted.  An
        executor may pull this from another thread (a pool's feeder reads the next window while
        the workers clean this one): counting happens there, writing only in ``flush``."""
        pending: list[list[Article]] = []
        articles = chars = 0
        for batch in batches:
            pending.append(batch)
            articles += len(batch)
            chars += sum(len(a.raw_text or "") for a in batch)
            if articles >= self.window_articles or chars >= self.window_chars:
                yield from self._release(pending)
                pending, articles, chars = [], 0, 0
        if pending:
            yield from self._release(pending)

    def flush(self) -> None:
        """Write what was counted so far (call it from the thread that owns the store)."""
        while True:
            try:
                docs = self._unsaved.popleft()
            except IndexError:
                return
            self.store.put_documents(KIND, docs)

    def _release(self, pending: list[list[Article]]) -> list[TemplateBatch]:
        self._load({outlet_of(a) for batch in pending for a in batch})
        touched: set[str] = set()
        for batch in pending:
            for article in batch:
                if self.stats.observe(article) and (outlet := outlet_of(article)) is not None:
                    touched.add(outlet)
        self._queue_save(touched)
        released = []
        for batch in pending:
            carried = TemplateBatch(batch)
            carried.templates = self.stats.snapshot({outlet_of(a) for a in batch})
            released.append(carried)
        return released

    # -- persistence ---------------------------------------------------------------
    def _load(self, outlets: set[str | None]) -> None:
        if self.store is None:
            return
        if not self._corpus_loaded:
            self._corpus_loaded = True
            doc = self.store.get_document(KIND, _CORPUS)
            if doc is not None and doc.data.get("version") == VERSION:
                for key, (pages, seen_in) in doc.data["lines"].items():
                    self.stats.corpus[key] += pages
                    self.stats.corpus_outlets[key].update(seen_in)
                self.stats.seen.update(doc.data["seen"])
        for outlet in outlets:
            if outlet is None or outlet in self._loaded:
                continue
            self._loaded.add(outlet)
            doc = self.store.get_document(KIND, _outlet_doc(outlet))
            if doc is None or doc.data.get("version") != VERSION:
                continue
            counts = self.stats.counts(outlet)
            counts.lines.update(doc.data["lines"])
            for part, others in doc.data["partners"].items():
                counts.partners[part].update(others)
            self.stats._tags.pop(outlet, None)

    def _queue_save(self, touched: set[str]) -> None:
        """The documents to write, built now (they are new objects, so the writing thread never
        reads counts that are still changing)."""
        if self.store is None or not touched:
            return
        from rasid.storage.base import Document

        docs = [Document(_outlet_doc(o), _outlet_data(self.stats.outlets[o])) for o in sorted(touched)]
        stats = self.stats
        # The corpus rule only takes lines of CORPUS_MAX_WORDS words or fewer: only those are kept.
        corpus = {k: [n, sorted(stats.corpus_outlets.get(k, ()), key=str)] for k, n in stats.corpus.items()
                  if k.count(" ") < CORPUS_MAX_WORDS}
        docs.append(Document(_CORPUS, {"version": VERSION, "lines": corpus, "seen": sorted(stats.seen)}))
        self._unsaved.append(docs)


def _outlet_data(counts: OutletCounts) -> dict:
    return {"version": VERSION, "lines": dict(counts.lines),
            "partners": {part: sorted(others) for part, others in counts.partners.items()}}

