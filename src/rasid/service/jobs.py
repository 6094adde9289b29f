"""Ingest jobs for a server: uploaded files (or posted JSON documents) read, stored and run
through every stage in a child process, one job at a time, with progress a page can follow.

A child process, not a thread: cleaning, tagging and clustering are CPU work that would hold
the interpreter lock the request handlers need, and a job that crashes takes only itself down.
Uploads are written to a folder the job owns, under names it chose; an article keeps the name
it was uploaded under as its origin (``upload:<name>``), so uploading a file twice adds nothing.
"""

from __future__ import annotations

import json
import multiprocessing
import queue
import re
import secrets
import shutil
import tempfile
import threading
import time
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from multiprocessing.managers import BaseManager
from pathlib import Path
from typing import Any

from rasid.errors import RasidError
from rasid.settings import Settings

UPLOAD_PREFIX = "upload:"
KEPT_JOBS = 200  # finished jobs remembered for their status pages
STOP_SECONDS = 10  # how long a stopping server gives its job to unwind before killing it
_SAFE_NAME = re.compile(r"[^\w.\-]+", re.UNICODE)


@dataclass
class JobFailure:
    origin: str
    problem: str


@dataclass
class Job:
    id: str
    files: list[str]  # the names as uploaded
    state: str = "queued"  # queued | running | done | failed
    phase: str = "waiting"  # what it is doing now, in words
    created: float = field(default_factory=time.time)
    started: float | None = None
    finished: float | None = None
    read: int = 0  # articles read so far
    ingested: int = 0
    already_present: int = 0
    failed: list[JobFailure] = field(default_factory=list)
    stages: list[str] = field(default_factory=list)
    article_ids: list[str] = field(default_factory=list)  # the articles it added
    error: str | None = None  # why the job itself failed (not one of its files)

    @property
    def finished_ok(self) -> bool:
        return self.state == "done"


def safe_name(name: str) -> str:
    """A file name with no folder part, no hidden dot and no characters a path could misuse;
    the suffix survives (it tells the reader the format)."""
    base = re.split(r"[\\/]", name or "")[-1]
    cleaned = _SAFE_NAME.sub("_", base).strip("._") or "upload"
    return cleaned[-120:]


def documents_jsonl(documents: Any) -> bytes:
    """Posted JSON documents (a list of objects, or {"documents": [...]}) as one JSONL file."""
    if isinstance(documents, dict) and "documents" in documents:
        documents = documents["documents"]
    if isinstance(documents, dict):
        documents = [documents]
    if not isinstance(documents, list) or not documents:
        raise RasidError('send a JSON list of documents, or {"documents": [...]}, each an object with a text field')
    lines = []
    for number, document in enumerate(documents, 1):
        if not isinstance(document, dict):
            raise RasidError(f"document {number} is not a JSON object")
        lines.append(json.dumps(document, ensure_ascii=False))
    return ("\n".join(lines) + "\n").encode("utf-8")


def _stop_quietly_on_sigterm() -> None:
    """A server that stops mid-job (Ctrl+C, SIGTERM) terminates the job's process.  Dying at once would leave its
    executor's worker processes writing results into a closed pipe, each printing a traceback into
    the server's log; raising instead unwinds the run (its transaction rolls back, the executor
    closes its workers), and the next run of the same files resumes."""
    import os
    import signal

    def stop(signum, frame):
        raise SystemExit(1)

    signal.signal(signal.SIGTERM, stop)
    # Worker processes forked from here die of SIGTERM as the kernel does it, not through the handler
    # above: a handler written in Python runs only once the interpreter gets to it, and a worker
    # woken in its queue's semaphore wait just as the signal came goes back to waiting without
    # ever running it - its pool, terminating, then waited for it without end (seen: a server
    # stopped mid-job left its job and one worker waiting forever).
    os.register_at_fork(after_in_child=lambda: signal.signal(signal.SIGTERM, signal.SIG_DFL))
    # Ctrl+C in the terminal reaches the whole process group; the server stops its job itself
    # (SIGTERM, above) once it has shut down, so the job and its workers leave SIGINT to it.
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _kill_group(pid: int) -> None:
    import os
    import signal

    for kill in (os.killpg, os.kill):  # the job itself too, had it not made its group yet
        try:
            kill(pid, signal.SIGKILL)
        except ProcessLookupError:
            pass  # gone meanwhile


def _child(settings: Settings, paths: list[str], folder: str, events) -> None:
    """The job itself, in its own process: everything it learns goes back as events."""
    import os

    from rasid.service.workspace import Workspace

    # Its own process group: the server can end the job and all its worker processes at once
    # (JobManager.close), and the terminal's Ctrl+C reaches only the server, which stops the job.
    os.setpgid(0, 0)
    # Readers first: the server answers people while this works through the upload (its worker
    # processes inherit the lower priority).
    os.nice(10)
    _stop_quietly_on_sigterm()

    prefix = str(Path(folder).resolve()) + "/"

    def relabel(origin: str) -> str:
        return UPLOAD_PREFIX + origin[len(prefix):] if origin.startswith(prefix) else origin

    class Bar:
        def __init__(self, desc: str = "", **_):
            events.put(("phase", desc))

        def update(self, n: int = 1) -> None:
            events.put(("progress", n))

        def close(self) -> None:
            pass

    try:
        with Workspace(settings) as ws:
            ws.run(paths, on_article=lambda n: events.put(("read", n)),
                   on_failure=lambda f: events.put(("failure", (f.origin, f.problem))),
                   on_ingested=lambda report: events.put(("ingested", (report.ingested, report.already_present,
                                                                       list(report.new_ids)))),
                   on_stage=lambda line: events.put(("stage", line)), progress=Bar, relabel=relabel)
        events.put(("done", None))
    except RasidError as exc:
        events.put(("error", str(exc)))
    except SystemExit:
        raise  # stopped by the server (see _stop_quietly_on_sigterm): no one reads the job's page now
    except BaseException as exc:  # noqa: BLE001 - reported on the job's page, never a dead job
        events.put(("error", f"internal error: {type(exc).__name__}: {exc}"))


class JobManager:
    """Runs submitted jobs one after another (one writer at a time) and keeps their status."""

    def __init__(self, settings: Settings):
        self.settings = settings
        self._jobs: dict[str, Job] = {}
        self._folders: dict[str, Path] = {}
        self._paths: dict[str, list[str]] = {}
        self._lock = threading.Lock()
        self._queue: queue.Queue[str | None] = queue.Queue()
        self._running = None
        self._context = multiprocessing.get_context("spawn")
        self._worker = threading.Thread(target=self._work, name="rasid-jobs", daemon=True)
        self._worker.start()

    # -- submitting ------------------------------------------------------------------------------
    def submit_files(self, files: Sequence[tuple[str, bytes]]) -> Job:
        if not files:
            raise RasidError("no file was uploaded")
        folder = Path(tempfile.mkdtemp(prefix="rasid-upload-"))
        names: list[str] = []
        paths: list[str] = []
        for original, content in files:
            name = safe_name(original)
            stem, dot, suffix = name.rpartition(".")
            candidate, n = name, 1
            while candidate in names:
                n += 1
                candidate = f"{stem}-{n}.{suffix}" if dot else f"{name}-{n}"
            names.append(candidate)
            path = folder / candidate
            path.write_bytes(content)
            paths.append(str(path))
        return self._submit(names, folder, paths)

    def submit_documents(self, documents: Any) -> Job:
        content = documents_jsonl(documents)
        return self.submit_files([("documents.jsonl", content)])

    def _submit(self, names: list[str], folder: Path, paths: list[str]) -> Job:
        job = Job(id=uuid.uuid4().hex[:12], files=names)
        with self._lock:
            self._jobs[job.id] = job
            self._folders[job.id] = folder
            self._paths[job.id] = paths
            self._forget_old()
        self._queue.put(job.id)
        return job

    def _forget_old(self) -> None:
        finished = [j for j in self._jobs.values() if j.state in ("done", "failed")]
        for job in sorted(finished, key=lambda j: j.created)[: max(0, len(finished) - KEPT_JOBS)]:
            del self._jobs[job.id]

    # -- reading ---------------------------------------------------------------------------------
    def get(self, job_id: str) -> Job | None:
        with self._lock:
            return self._jobs.get(job_id)

    def all(self) -> list[Job]:
        with self._lock:
            return sorted(self._jobs.values(), key=lambda j: -j.created)

    def wait(self, job_id: str, timeout: float = 300) -> Job | None:
        """Until the job finishes (for tests and scripts)."""
        deadline = time.time() + timeout
        while time.time() < deadline:
            job = self.get(job_id)
            if job is None or job.state in ("done", "failed"):
                return job
            time.sleep(0.1)
        return self.get(job_id)

    def close(self) -> None:
        """Stop taking jobs; a job still running is stopped (its committed batches stay, and the next
        run of the same files resumes it)."""
        self._queue.put(None)
        with self._lock:
            running = self._running
        if running is not None and running.is_alive():
            running.terminate()
            running.join(timeout=STOP_SECONDS)
            if running.is_alive():
                # A job that did not unwind in time is killed with every worker process it started
                # (its process group, see _child): left running, it would keep the database's stage
                # lock, and the next job on it would wait for a run nobody can see any more.
                _kill_group(running.pid)
                running.join(timeout=STOP_SECONDS)

    # -- running ---------------------------------------------------------------------------------
    def _work(self) -> None:
        while True:
            job_id = self._queue.get()
            if job_id is None:
                return
            job = self.get(job_id)
            if job is not None:
                try:
                    self._run(job, self._paths.pop(job_id, []))
                finally:
                    shutil.rmtree(self._folders.pop(job_id, ""), ignore_errors=True)

    def _run(self, job: Job, paths: list[str]) -> None:
        events = self._context.Queue()
        job.state, job.phase, job.started = "running", "starting", time.time()
        # Not a daemon: the job runs its own worker processes (the executor), which a daemon may not have.
        process = self._context.Process(target=_child, args=(self.settings, paths, str(self._folders[job.id]), events),
                                        name=f"rasid-job-{job.id}")
        with self._lock:
            self._running = process
        process.start()
        ended = False
        while not ended:
            try:
                kind, value = events.get(timeout=0.5)
            except queue.Empty:
                if not process.is_alive():
                    job.state, job.error = "failed", f"the job process stopped (exit code {process.exitcode})"
                    break
                continue
            ended = self._apply(job, kind, value)
        process.join(timeout=30)
        with self._lock:
            self._running = None
        job.finished = time.time()
        job.phase = "finished"

    @staticmethod
    def _apply(job: Job, kind: str, value: Any) -> bool:
        if kind == "read":
            job.read += value
            job.phase = "reading"
        elif kind == "failure":
            job.failed.append(JobFailure(*value))
        elif kind == "ingested":
            job.ingested, job.already_present, job.article_ids = value
        elif kind == "phase":
            job.phase = value or job.phase
        elif kind == "stage":
            job.stages.append(value)
        elif kind == "done":
            job.state = "done"
            return True
        elif kind == "error":
            job.state, job.error = "failed", value
            return True
        return False


# -- one job queue for several server processes ---------------------------------------------------
class _Jobs(BaseManager):
    """Serves the JobManager of ``rasid serve``'s main process to its worker processes."""


_Jobs.register("jobs")


def share(manager: JobManager) -> tuple[tuple[str, int], bytes]:
    """Serve ``manager`` to other processes of this machine (from a thread of this one); returns the
    address and key they connect with (``RemoteJobs``)."""
    authkey = secrets.token_bytes(32)
    _Jobs.register("jobs", callable=lambda: manager)
    server = _Jobs(address=("127.0.0.1", 0), authkey=authkey).get_server()
    threading.Thread(target=server.serve_forever, name="rasid-jobs-server", daemon=True).start()
    return server.address, authkey


class RemoteJobs:
    """The main process's JobManager, as a worker process sees it: the same calls, one queue."""

    def __init__(self, address: tuple[str, int], authkey: bytes):
        client = _Jobs(address=tuple(address), authkey=authkey)
        client.connect()
        self._jobs = client.jobs()

    def submit_files(self, files):
        return self._jobs.submit_files(list(files))

    def submit_documents(self, documents):
        return self._jobs.submit_documents(documents)

    def get(self, job_id: str):
        return self._jobs.get(job_id)

    def all(self):
        return self._jobs.all()

    def wait(self, job_id: str, timeout: float = 300):
        return self._jobs.wait(job_id, timeout)

    def close(self) -> None:
        pass  # the queue belongs to the main process, which closes it
