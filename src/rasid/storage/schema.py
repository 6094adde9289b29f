"""Versioned schema migrations: numbered SQL files per backend, applied once each, in order."""

from __future__ import annotations

from importlib import resources


def migrations(backend: str) -> list[tuple[int, str]]:
    folder = resources.files("rasid.storage") / "migrations" / backend
    found = [
        (int(entry.name.split("_", 1)[0]), entry.read_text(encoding="utf-8"))
        for entry in folder.iterdir()
        if entry.name.endswith(".sql")
    ]
    return sorted(found)
