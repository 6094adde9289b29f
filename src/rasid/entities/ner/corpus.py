"""Reading CoNLL-style NER files: one ``TOKEN TAG`` per line, a blank line between sentences."""

from __future__ import annotations

from pathlib import Path

from rasid.errors import InputError

Sentence = tuple[list[str], list[str]]


def read_conll(path: str | Path) -> list[Sentence]:
    path = Path(path)
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise InputError(str(path), exc.strerror or str(exc)) from exc
    except UnicodeDecodeError as exc:
        raise InputError(str(path), f"not UTF-8 ({exc.reason})") from exc
    sentences: list[Sentence] = []
    words: list[str] = []
    tags: list[str] = []
    for number, line in enumerate(lines, 1):
        parts = line.split()
        if not parts:
            if words:
                sentences.append((words, tags))
                words, tags = [], []
            continue
        if len(parts) < 2:
            raise InputError(str(path), f"line {number}: expected 'TOKEN TAG', got {line!r}")
        words.append(parts[0])
        tags.append(parts[-1])
    if words:
        sentences.append((words, tags))
    return sentences


def split_dev(sentences: list[Sentence], dev_fraction: float) -> tuple[list[Sentence], list[Sentence]]:
    """Hold out the *last* ``dev_fraction`` of sentences (fixed, so tuning is reproducible)."""
    cut = len(sentences) - int(round(len(sentences) * dev_fraction))
    return sentences[:cut], sentences[cut:]
