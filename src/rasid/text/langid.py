"""Language identification: CLD2 when it is confident, else the dominant script."""

from __future__ import annotations

import re

import pycld2

_ARABIC = re.compile(r"[\u0600-\u06FF]")
_LATIN = re.compile(r"[A-Za-z]")


def detect_language(text: str) -> str | None:
    sample = text[:4000]
    if not sample.strip():
        return None
    try:
        reliable, _, details = pycld2.detect(sample.encode("utf-8", "replace").decode("utf-8"))
        code = details[0][1]
        if reliable and code not in ("un", "xx"):
            return code.split("-")[0]
    except pycld2.error:
        pass
    arabic = len(_ARABIC.findall(sample))
    latin = len(_LATIN.findall(sample))
    if arabic == latin == 0:
        return None
    return "ar" if arabic >= latin else "en"
