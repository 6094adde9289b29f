"""Per-language knowledge as small data modules: ``rasid.lang.<code>.<table>``.

Stages ask for a table by name (``tables("ar", "months")``) rather than branching on the
language, so adding a language means adding a folder, not editing every stage.
"""

from __future__ import annotations

import importlib
from functools import lru_cache
from types import ModuleType

SUPPORTED = ("ar", "en", "ru", "pt", "ko", "de", "zh", "hi", "es", "it", "fr", "da", "nl", "fa", "sv", "nb", "pl", "tr", "vi", "ja", "uk", "th", "my", "ca", "el", "bg", "fi")  # all but ar, en: the page cleaner's tables only
DEFAULT = "ar"


@lru_cache(maxsize=None)
def tables(language: str | None, name: str) -> ModuleType | None:
    """Return module ``rasid.lang.<language>.<name>``, or None when that language lacks it."""
    code = (language or DEFAULT).split("-")[0].lower()
    if code not in SUPPORTED:
        return None
    try:
        return importlib.import_module(f"rasid.lang.{code}.{name}")
    except ModuleNotFoundError as exc:
        if exc.name and exc.name.startswith(f"rasid.lang.{code}"):
            return None
        raise


def all_tables(name: str) -> list[ModuleType]:
    """The table ``name`` of every supported language that has one (for language-blind passes)."""
    return [t for code in SUPPORTED if (t := tables(code, name)) is not None]
