"""Every setting rasid has, in one object read once: built-in defaults, then a settings file,
then the environment, then command-line flags, each overriding the one before.

The file is ``--config FILE``, else ``$RASID_CONFIG``, else ``./rasid.toml`` when present::

    db = "news.db"
    executor = "local"          # or "ray"
    workers = 2

    [ner]
    engine = "crf"              # crf | neural | transformers
    device = "cpu"
    [ner.models]                # a model folder per language; "*" replaces every shipped model
    en = "/models/english-ner"

    [serve]
    host = "127.0.0.1"
    port = 8000
    token = "a long random string"
    protect_reads = false
    upload_limit_mb = 50
    processes = 2               # server processes (default: one per core, at most 4)

Environment: RASID_DB, RASID_EXECUTOR, RASID_WORKERS, RASID_BATCH_SIZE, RASID_NER_ENGINE,
RASID_NER_DEVICE, RASID_NER_MODEL (every shipped model), RASID_NER_MODEL_<LANG> (one language),
RASID_HOST, RASID_PORT, RASID_TOKEN, RASID_PROTECT_READS, RASID_UPLOAD_LIMIT_MB, RASID_PROCESSES.

Settings that change what rasid derives (the NER engine and models) are fingerprinted with every
article they shaped, so a changed one is noticed and exactly the articles it affects are redone.
"""

from __future__ import annotations

import os
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any

from rasid.errors import RasidError

DEFAULT_DB = "rasid.db"
DEFAULT_FILE = "rasid.toml"
ENGINES = ("crf", "neural", "transformers")
EXECUTORS = ("local", "ray")


@dataclass(frozen=True, slots=True)
class NerSettings:
    """Which named-entity model tags which language (picklable: it travels with the pipeline step)."""

    engine: str | None = None  # None: the model folder's kind decides, else the language table
    device: str | None = None  # for transformers models: "cpu", "cuda"; None: the GPU when torch sees one
    models: tuple[tuple[str, str], ...] = ()  # (language code or "*", model folder)

    def model_for(self, language: str, shipped: bool) -> str | None:
        """The configured folder for ``language``; "*" applies only where a model ships."""
        chosen = dict(self.models)
        return chosen.get(language) or (chosen.get("*") if shipped else None)


@dataclass(frozen=True, slots=True)
class Settings:
    db: str = DEFAULT_DB
    executor: str = "local"
    workers: int | None = None  # worker processes; None: one per core
    batch_size: int = 500
    ner: NerSettings = field(default_factory=NerSettings)
    host: str = "127.0.0.1"
    port: int = 8000
    token: str | None = None  # bearer token for every write (and every read with protect_reads)
    protect_reads: bool = False
    upload_limit_mb: int = 50
    processes: int = field(default_factory=lambda: max(1, min(4, os.cpu_count() or 1)))  # rasid serve
    # Where each value came from ("default", "file <path>", "environment", "flag"), for messages.
    origins: tuple[tuple[str, str], ...] = ()

    @classmethod
    def load(cls, flags: Mapping[str, Any] | None = None, environ: Mapping[str, str] | None = None,
             config: str | os.PathLike | None = None) -> Settings:
        """Defaults < file < environment < flags.  ``flags`` values of None mean "not given"."""
        environ = os.environ if environ is None else environ
        flags = {k: v for k, v in (flags or {}).items() if v is not None}
        values: dict[str, Any] = {}
        origins: dict[str, str] = {}
        path = config or flags.pop("config", None) or environ.get("RASID_CONFIG")
        if path is None and Path(DEFAULT_FILE).is_file():
            path = DEFAULT_FILE
        if path is not None:
            _merge(values, origins, _read_file(Path(path)), f"file {path}")
        _merge(values, origins, _from_environment(environ), "environment")
        _merge(values, origins, _from_flags(flags), "flag")
        return _build(values, origins)

    def with_overrides(self, **changes: Any) -> Settings:
        """A copy with some values replaced (those given as None are left alone)."""
        changes = {k: v for k, v in changes.items() if v is not None}
        if "ner" in changes and isinstance(changes["ner"], Mapping):
            changes["ner"] = replace(self.ner, **changes["ner"])
        return replace(self, **changes)

    def origin_of(self, name: str) -> str:
        return dict(self.origins).get(name, "default")


_TOP = {f.name for f in fields(Settings)} - {"ner", "origins", "host", "port", "token", "protect_reads",
                                               "upload_limit_mb", "processes"}
_SERVE = {"host", "port", "token", "protect_reads", "upload_limit_mb", "processes"}
_NER = {"engine", "device", "models"}


def _read_file(path: Path) -> dict[str, Any]:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise RasidError(f"{path}: settings file not found") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise RasidError(f"{path}: cannot read the settings file ({exc})") from None
    except tomllib.TOMLDecodeError as exc:
        raise RasidError(f"{path}: not a valid TOML settings file ({exc})") from None
    flat: dict[str, Any] = {}
    for key, value in data.items():
        if key in _TOP:
            flat[key] = value
        elif key == "serve" and isinstance(value, dict):
            for name, item in value.items():
                if name not in _SERVE:
                    raise RasidError(f"{path}: unknown setting serve.{name} (known: {', '.join(sorted(_SERVE))})")
                flat[name] = item
        elif key == "ner" and isinstance(value, dict):
            for name, item in value.items():
                if name not in _NER:
                    raise RasidError(f"{path}: unknown setting ner.{name} (known: {', '.join(sorted(_NER))})")
                if name == "models" and not isinstance(item, dict):
                    raise RasidError(f"{path}: ner.models must be a table of language = folder")
                flat[f"ner_{name}"] = dict(item) if name == "models" else item
        else:
            known = sorted(_TOP | {"serve", "ner"})
            raise RasidError(f"{path}: unknown setting {key!r} (known: {', '.join(known)})")
    return flat


def _from_environment(environ: Mapping[str, str]) -> dict[str, Any]:
    names = {"RASID_DB": "db", "RASID_EXECUTOR": "executor", "RASID_WORKERS": "workers",
             "RASID_BATCH_SIZE": "batch_size", "RASID_NER_ENGINE": "ner_engine", "RASID_NER_DEVICE": "ner_device",
             "RASID_HOST": "host", "RASID_PORT": "port", "RASID_TOKEN": "token",
             "RASID_PROTECT_READS": "protect_reads", "RASID_UPLOAD_LIMIT_MB": "upload_limit_mb",
             "RASID_PROCESSES": "processes"}
    found: dict[str, Any] = {name: environ[var] for var, name in names.items() if environ.get(var)}
    models = {}
    if environ.get("RASID_NER_MODEL"):
        models["*"] = environ["RASID_NER_MODEL"]
    for var, value in environ.items():
        if var.startswith("RASID_NER_MODEL_") and value:
            models[var.removeprefix("RASID_NER_MODEL_").lower()] = value
    if models:
        found["ner_models"] = models
    return found


def _from_flags(flags: Mapping[str, Any]) -> dict[str, Any]:
    known = _TOP | _SERVE | {"ner_engine", "ner_device", "ner_models"}
    return {k: v for k, v in flags.items() if k in known}


def _merge(values: dict, origins: dict, layer: dict, where: str) -> None:
    for key, value in layer.items():
        if key == "ner_models" and "ner_models" in values:
            value = {**values["ner_models"], **value}  # one language's model leaves the others alone
        values[key] = value
        origins[key] = where


def _build(values: dict[str, Any], origins: dict[str, str]) -> Settings:
    def where(key: str) -> str:
        return {"environment": "the environment", "flag": "the command line"}.get(origins[key], origins[key])

    def as_int(key: str, low: int) -> int:
        try:
            number = int(values[key])
        except (TypeError, ValueError):
            raise RasidError(f"setting {key} (from {where(key)}) must be a whole number, not {values[key]!r}") from None
        if number < low:
            raise RasidError(f"setting {key} (from {where(key)}) must be at least {low}, not {number}")
        return number

    def as_bool(key: str) -> bool:
        value = values[key]
        if isinstance(value, bool):
            return value
        text = str(value).strip().lower()
        if text in ("1", "true", "yes", "on"):
            return True
        if text in ("0", "false", "no", "off", ""):
            return False
        raise RasidError(f"setting {key} (from {where(key)}) must be true or false, not {value!r}")

    def one_of(key: str, allowed: tuple[str, ...]) -> str:
        value = str(values[key]).strip().lower()
        if value not in allowed:
            raise RasidError(f"setting {key} (from {where(key)}) must be one of {', '.join(allowed)}, not {values[key]!r}")
        return value

    kwargs: dict[str, Any] = {}
    for key in ("db", "host", "token"):
        if key in values:
            kwargs[key] = str(values[key])
    if "executor" in values:
        kwargs["executor"] = one_of("executor", EXECUTORS)
    if "workers" in values:
        kwargs["workers"] = as_int("workers", 0)
    if "batch_size" in values:
        kwargs["batch_size"] = as_int("batch_size", 1)
    if "port" in values:
        kwargs["port"] = as_int("port", 0)
        if kwargs["port"] > 65535:
            raise RasidError(f"setting port (from {where('port')}) must be at most 65535")
    if "upload_limit_mb" in values:
        kwargs["upload_limit_mb"] = as_int("upload_limit_mb", 1)
    if "processes" in values:
        kwargs["processes"] = as_int("processes", 1)
    if "protect_reads" in values:
        kwargs["protect_reads"] = as_bool("protect_reads")
    ner: dict[str, Any] = {}
    if "ner_engine" in values:
        ner["engine"] = one_of("ner_engine", ENGINES)
    if "ner_device" in values:
        ner["device"] = str(values["ner_device"])
    if "ner_models" in values:
        ner["models"] = tuple(sorted((str(k).lower(), str(v)) for k, v in values["ner_models"].items()))
    kwargs["ner"] = NerSettings(**ner)
    return Settings(**kwargs, origins=tuple(sorted(origins.items())))


_ACTIVE: Settings | None = None


def active() -> Settings:
    """The process's settings, read once from the file and the environment on first use.
    Code handed a Settings (the service layer, the pipeline steps) uses that one instead."""
    global _ACTIVE
    if _ACTIVE is None:
        _ACTIVE = Settings.load()
    return _ACTIVE


def activate(settings: Settings) -> None:
    """Make ``settings`` the process's own (the command line does, once it has read its flags)."""
    global _ACTIVE
    _ACTIVE = settings
