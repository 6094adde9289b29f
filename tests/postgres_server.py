"""A throwaway PostgreSQL server for the tests: a real server, on a Unix socket, in a temp folder."""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import subprocess
import tempfile
from pathlib import Path


def _binary(name: str) -> str | None:
    found = shutil.which(name)
    if found:
        return found
    candidates = sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"))
    return candidates[-1] if candidates else None


class TemporaryPostgres:
    """Starts ``postgres`` as an unprivileged user (the server refuses to run as root)."""

    def __init__(self):
        self.initdb, self.pg_ctl = _binary("initdb"), _binary("pg_ctl")
        if not (self.initdb and self.pg_ctl):
            raise RuntimeError("PostgreSQL server binaries (initdb, pg_ctl) are not installed")
        self.folder = Path(tempfile.mkdtemp(prefix="rasid-pg-"))
        self.data = self.folder / "data"
        self.user = None
        if os.geteuid() == 0:
            try:
                pwd.getpwnam("postgres")
            except KeyError:
                raise RuntimeError("running as root and there is no 'postgres' user to run the server as") from None
            self.user = "postgres"
            shutil.chown(self.folder, "postgres")
            os.chmod(self.folder, 0o755)

    def _run(self, *cmd: str) -> None:
        if self.user:
            cmd = ("runuser", "-u", self.user, "--", *cmd)
        subprocess.run(cmd, check=True, capture_output=True, timeout=120)

    def start(self) -> str:
        self._run(self.initdb, "-D", str(self.data), "-U", "postgres", "-E", "UTF8", "--locale=C", "-A", "trust")
        options = f"-c listen_addresses='' -k {self.folder} -c fsync=off -c full_page_writes=off"
        self._run(self.pg_ctl, "-D", str(self.data), "-o", options, "-l", str(self.folder / "log"), "-w", "start")
        return f"postgresql://postgres@/postgres?host={self.folder}"

    def url_for(self, database: str) -> str:
        return f"postgresql://postgres@/{database}?host={self.folder}"

    def stop(self) -> None:
        try:
            self._run(self.pg_ctl, "-D", str(self.data), "-m", "immediate", "stop")
        finally:
            shutil.rmtree(self.folder, ignore_errors=True)

    def stop_in_background(self) -> None:
        """Stop the server and delete its folder without waiting.  The test session ends here,
        and its last test's teardown is charged with whatever the session's teardown waits
        for: in full-suite runs on the shared machine that was 45-52 s (seen on whichever
        module ran last), while the same stop and removal take 0.1 s and 1-2 s in isolation,
        so the session no longer waits for a throwaway server's files to go."""
        stop = [self.pg_ctl, "-D", str(self.data), "-m", "immediate", "stop"]
        if self.user:
            stop = ["runuser", "-u", self.user, "--", *stop]
        subprocess.Popen(["sh", "-c", '"$@"; rm -rf "$0"', str(self.folder), *stop], start_new_session=True,
                         stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
