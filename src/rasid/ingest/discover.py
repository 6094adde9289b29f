"""Turning the paths a user names into the ordered list of files to read."""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path


def _is_hidden(name: str) -> bool:
    return name.startswith(".")


def _walk(folder: Path, problems: list | None) -> list[Path]:
    from rasid.model import IngestFailure

    def problem(path: str, text: str) -> None:
        if problems is not None:
            from rasid.ingest.reader import origin_of

            problems.append(IngestFailure(origin_of(Path(path)), text))

    def unlistable(err: OSError) -> None:
        problem(err.filename or str(folder), f"folder skipped: cannot list it ({(err.strerror or str(err)).lower()})")

    found: list[tuple[tuple[str, ...], Path]] = []
    # Symlinked folders are followed (a data folder linked in is meant to be read), each real
    # folder once: a link back up the tree would otherwise be walked forever.
    walked = {os.path.realpath(folder)}
    for root, dirs, files in os.walk(folder, onerror=unlistable, followlinks=True):
        root_path = Path(root)
        kept = []
        for d in sorted(dirs):
            if _is_hidden(d):  # pruning in place stops os.walk from descending into .git and the like
                continue
            real = os.path.realpath(root_path / d)
            if real in walked:
                problem(str(root_path / d), f"folder skipped: a symlink to a folder already read ({real})")
                continue
            walked.add(real)
            kept.append(d)
        dirs[:] = kept
        rel = root_path.relative_to(folder).parts
        for name in files:
            if not _is_hidden(name):
                found.append(((*rel, name), root_path / name))
    # Sorting by path parts (not by the joined string) keeps "a/b.txt" next to "a/c.txt"
    # whatever the separator sorts as, so the order is the same on every machine.
    found.sort(key=lambda item: item[0])
    return [path for _, path in found]


def discover(paths: Iterable[str | Path], problems: list | None = None, skip: Iterable[str] = ()) -> list[Path]:
    """Every file to read, in a fixed order: arguments in the order given, folders walked
    recursively and sorted by name (symlinked folders followed, each once), hidden files and
    folders skipped.

    A file named explicitly is kept even when hidden.  A path that does not exist is kept
    too, so that reading it reports "no such file or folder" instead of silently dropping it.
    A folder that cannot be listed, or a symlink loop, is added to ``problems`` (an
    IngestFailure each) when a list is given.  Files in ``skip`` (the database being
    written) are left out.  Cheap (no file is opened), so it can size a progress bar:
    ``len(discover(paths))``.
    """
    if isinstance(paths, (str, Path)):  # one path given bare, not a list of its characters
        paths = [paths]
    seen: set[Path] = {Path(os.path.abspath(p)) for p in skip}
    ordered: list[Path] = []
    for raw in paths:
        path = Path(raw)
        candidates = _walk(path, problems) if path.is_dir() else [path]
        for candidate in candidates:
            key = Path(os.path.abspath(candidate))
            if key not in seen:
                seen.add(key)
                ordered.append(candidate)
    return ordered
