from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SEEDS = SHARED / "samples" / "seeds"


def need(path: Path) -> Path:
    if not path.exists():
        pytest.skip(f"needs {path} (the ../shared data folder beside the repository)")
    return path


@pytest.fixture
def seeds() -> Path:
    return need(SEEDS)


@pytest.fixture
def rasid(tmp_path):
    """Run the real command line in a subprocess, the way a user does."""

    def run(*args, db=None, input=None, env=None):
        db = db or tmp_path / "rasid.db"
        full_env = {**os.environ, "PYTHONPATH": str(ROOT / "src"), **(env or {})}
        return subprocess.run([sys.executable, "-m", "rasid", *args, "--db", str(db)],
                              capture_output=True, text=True, input=input, env=full_env, timeout=240)

    return run
