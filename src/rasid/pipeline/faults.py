"""Fault injection: kill the process at a named write point, to prove a rerun repairs it.

``RASID_FAULT=stories.before_state`` SIGKILLs the process the first time that point is
reached; ``RASID_FAULT=store.before_commit@3`` the third time (points inside loops and
transactions are reached many times).  Several can be given, comma-separated: the first
one reached kills.  Without the variable every point costs one dictionary lookup.

SIGKILL, not an exception: nothing runs after it (no ``finally``, no rollback, no atexit),
exactly as when the machine loses power or the kernel's OOM killer picks the process.

Every point is listed in ``POINTS`` so the crash tests can try each one.
"""

from __future__ import annotations

import os
import signal

ENV = "RASID_FAULT"

POINTS: dict[str, str] = {
    "store.before_commit": "inside any transaction, all its writes done, before COMMIT",
    "store.after_commit": "just after any transaction commits",
    "ingest.after_batch": "a batch of new articles stored, before the next is read",
    "enrich.after_batch": "a batch of enriched articles written back",
    "stories.after_redate": "articles re-dated with their story's help written, nothing else yet",
    "stories.after_copy_groups": "copy groups written, stories not yet",
    "stories.after_documents": "story documents written, the saved copy index and clusterer not yet",
    "stories.before_state": "the copy index saved, the clusterer not yet",
    "entities.after_relink": "relinked articles written, entity documents not yet",
    "entities.after_documents": "entity documents written, the saved linker not yet",
    "stage.after": "a stage finished, the next not started",
    "export.after_record": "a JSON export has written a record, the rest not yet",
}

_hits: dict[str, int] = {}


def _wanted() -> dict[str, int]:
    spec = os.environ.get(ENV)
    if not spec:
        return {}
    wanted = {}
    for part in spec.split(","):
        name, _, nth = part.strip().partition("@")
        wanted[name] = int(nth) if nth.isdigit() else 1
    return wanted


def point(name: str) -> None:
    """A write point: SIGKILL here when ``RASID_FAULT`` names it (and this is the nth time)."""
    if name not in POINTS:
        raise ValueError(f"unknown fault point {name!r}: add it to rasid.pipeline.faults.POINTS")
    if ENV not in os.environ:
        return
    nth = _wanted().get(name)
    if nth is None:
        return
    _hits[name] = _hits.get(name, 0) + 1
    if _hits[name] >= nth:
        os.kill(os.getpid(), signal.SIGKILL)


def reset() -> None:
    """Forget how often each point was reached (a forked test child starts counting afresh)."""
    _hits.clear()
