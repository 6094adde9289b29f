"""``rasid serve``: the web workspace and the REST API over one database."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from rasid.cli.common import add_command
from rasid.errors import RasidError


def _serve_command(args) -> int:
    try:
        import uvicorn
    except ImportError:
        raise RasidError("rasid serve needs uvicorn and fastapi: pip install -e .") from None
    import secrets

    settings = args.settings
    if not settings.db.startswith(("postgresql://", "postgres://")) and not Path(settings.db).exists():
        raise RasidError(f"{settings.db}: no such database (make one with: rasid run PATH... --db {settings.db})")
    token = settings.token or secrets.token_urlsafe(24)
    where = f"http://{'[' + settings.host + ']' if ':' in settings.host else settings.host}:{settings.port}/"
    print(f"rasid: serving {settings.db} at {where}  (API docs: {where}api/v1/docs)", file=sys.stderr)
    if settings.token:
        print("rasid: writes need the token from --token / RASID_TOKEN / the settings file", file=sys.stderr)
    else:
        print(f"rasid: token for writes (uploads): {token}   (set your own with --token or RASID_TOKEN)",
              file=sys.stderr)
    if settings.host not in ("127.0.0.1", "localhost", "::1"):
        print(f"rasid: listening on {settings.host}: anyone who can reach this machine can read the database"
              + ("" if settings.protect_reads else " (add --protect-reads to require the token for reading too)"),
              file=sys.stderr)
    options = dict(host=settings.host, port=settings.port, log_level="warning", access_log=args.access_log,
                   server_header=False, timeout_graceful_shutdown=5)
    try:
        if settings.processes <= 1:
            from rasid.web.app import create_app

            uvicorn.run(create_app(settings.with_overrides(token=token)), **options)
            return 0
        # Several processes answer (one interpreter lock each); one queue, in this process, runs the
        # ingest jobs they are sent, one at a time.
        from rasid.service.jobs import JobManager, share
        from rasid.web.app import STATE_VARIABLE, worker_state

        settings = settings.with_overrides(token=token)
        jobs = JobManager(settings)
        address, authkey = share(jobs)
        os.environ[STATE_VARIABLE] = worker_state(settings, address, authkey)
        try:
            uvicorn.run("rasid.web.app:worker_app", factory=True, workers=settings.processes, **options)
        finally:
            jobs.close()
    except OSError as exc:
        raise RasidError(f"cannot listen on {settings.host}:{settings.port}: {exc.strerror or exc}") from None
    return 0


def register(subparsers) -> None:
    parser = add_command(subparsers, "serve", "open the web workspace and the REST API (/api/v1) on a database")
    parser.add_argument("--host", default=None, help="address to listen on (default 127.0.0.1: this machine only)")
    parser.add_argument("--port", type=int, default=None, help="port (default 8000)")
    parser.add_argument("--token", default=None,
                        help="bearer token every write needs (default: $RASID_TOKEN, else one is made up and printed)")
    parser.add_argument("--protect-reads", action="store_true", default=None,
                        help="require the token for reading too (pages ask for it once)")
    parser.add_argument("--upload-limit-mb", type=int, default=None, help="largest upload accepted (default 50 MB)")
    parser.add_argument("--processes", type=int, default=None,
                        help="server processes answering requests (default: one per core, at most 4)")
    parser.add_argument("--access-log", action="store_true", help="log every request")
    parser.set_defaults(func=_serve_command)
