"""Saved stage state as versioned data, never as pickle.

The incremental stages keep objects between runs (the copy index, the story clusterer, the
entity linker).  They used to be pickled into ``stage_state``, and unpickling runs whatever
the bytes say: anyone able to write that table (a shared PostgreSQL, a database file passed
around) ran code on every analyst's machine at the next ``rasid run``.

Here an object is written as JSON plus one binary section for numeric arrays:

- JSON values stand for themselves; tuples, sets, frozensets, non-string dict keys, bytes,
  dates, ``Counter``, ``defaultdict`` (of a few builtin factories), numpy scalars, numpy
  arrays and scipy sparse matrices are tagged (``{"__t": kind, ...}``);
- objects are written attribute by attribute (what ``__getstate__`` returns, which is the
  instance's attributes unless the class says otherwise), and read back only for the classes
  named in ``ALLOWED_CLASSES``: the class is looked up in that list, never imported from a
  name in the data, and its attributes are set one by one.  A class that gains an attribute
  keeps reading old state: the new attribute takes its default;
- arrays are read with a numeric dtype only (no object arrays, which would be pickle again).

Reading never imports a module the list does not name, never calls anything the data
chooses, and refuses (``StateRefused``, one line) anything it does not know: another codec
version, another stage version, an unknown tag or class, a malformed payload.  The stage
then rebuilds itself from the stored articles instead of running from that data.
"""

from __future__ import annotations

import base64
import dataclasses
import importlib
import json
import logging
import math
import re
import struct
import zlib
from collections import Counter, OrderedDict, defaultdict
from datetime import date, datetime, timedelta
from typing import Any

import numpy as np

log = logging.getLogger("rasid")

MAGIC = b"rasid-state\x00"
CODEC_VERSION = 1
_HEADER = struct.Struct("<IQ")  # codec version, length of the compressed JSON part

# Classes whose instances may be saved and read back.  A stage that keeps a new class in its
# state adds it here (saving one that is not listed fails at once, naming the class).
ALLOWED_CLASSES = frozenset({
    "rasid.stories.clusterer.StoryClusterer",
    "rasid.stories.clusterer._StoryState",
    "rasid.stories.clusterer._Record",
    "rasid.stories.config.StoryConfig",
    "rasid.stories.events.EventConfig",
    "rasid.stories.features.IncrementalIdf",
    "rasid.stories.signals.EmbeddingSignal",
    "rasid.stories.signals.TfidfSignal",
    "rasid.stories.signals.SpecificsSignal",
    "rasid.stories.signals.LeadSignal",
    "rasid.stories.signals.LeadGapSignal",
    "rasid.stories.signals.TitleConflictSignal",
    "rasid.stories.signals.HappeningSignal",
    "rasid.stories.signals.TimeSignal",
    "rasid.stories.signals.EntitySignal",
    "rasid.stories.copies.CopyIndex",
    "rasid.stories.copies._Entry",
    "rasid.entities.linking.EntityLinker",
    "rasid.entities.linking._Linked",
    # The shared vocabulary (rasid.model): records a stage may hold on to.
    "rasid.model.RemovedLine",
    "rasid.model.Sentence",
    "rasid.model.Mention",
    "rasid.model.TimeRef",
    "rasid.model.Quote",
    "rasid.model.Entity",
    "rasid.model.CopyGroup",
    "rasid.model.Event",
    "rasid.model.Story",
})

# The only factories a saved defaultdict may name.
_FACTORIES: dict[str, type] = {"list": list, "set": set, "dict": dict, "int": int, "float": float, "str": str,
                               "Counter": Counter, "tuple": tuple, "frozenset": frozenset}
_FACTORY_NAMES = {v: k for k, v in _FACTORIES.items()}
_DTYPE = re.compile(r"^[<>|=][biuf][1248]$")
_SPARSE_FORMATS = ("csr", "csc", "coo")
_TAG = "__t"
_PLAIN = (str, int, float, bool, type(None))


class StateRefused(Exception):
    """Saved state this rasid will not read; the message is one line saying why."""


def class_name(cls: type) -> str:
    return f"{cls.__module__}.{cls.__qualname__}"


# -- writing --------------------------------------------------------------------------------
class _Writer:
    def __init__(self) -> None:
        self.blobs: list[bytes] = []
        self.arrays: list[list] = []  # [dtype, shape, offset, nbytes]
        self.offset = 0
        # Mutable objects seen so far, by id: one reachable twice would come back as two
        # copies, silently changing what the stage does; refuse to write that.  Held, so no
        # id is reused by a temporary while writing.
        self.seen: dict[int, Any] = {}
        self.array_index: dict[int, int] = {}

    def _once(self, value: Any) -> None:
        key = id(value)
        if key in self.seen:
            raise TypeError(f"a {type(value).__name__} is reachable twice in the state; "
                            "the state codec saves trees, not shared objects")
        self.seen[key] = value

    def array(self, value: np.ndarray) -> dict:
        if value.dtype.kind not in "biuf" or value.dtype.hasobject:
            raise TypeError(f"cannot save a numpy array of dtype {value.dtype}")
        data = np.ascontiguousarray(value).tobytes()
        self.arrays.append([value.dtype.str, list(value.shape), self.offset, len(data)])
        self.blobs.append(data)
        self.offset += len(data)
        return {_TAG: "nd", "i": len(self.arrays) - 1}

    def encode(self, value: Any) -> Any:
        kind = type(value)
        if kind is str or kind is bool or kind is int or value is None:
            return value
        if kind is float:
            return value if math.isfinite(value) else {_TAG: "float", "v": repr(value)}
        if kind is list:
            self._once(value)
            return [self.encode(v) for v in value]
        if kind is dict:
            self._once(value)
            return self._mapping(value)
        if kind is tuple:
            return {_TAG: "tuple", "v": [self.encode(v) for v in value]}
        if kind is set or kind is frozenset:
            if kind is set:
                self._once(value)
            items = list(value)
            if all(type(v) is str for v in items):
                items.sort()  # the same state, the same bytes, whatever the hash seed
            return {_TAG: kind.__name__, "v": [self.encode(v) for v in items]}
        if kind is Counter or kind is OrderedDict:
            self._once(value)
            return {_TAG: kind.__name__, "v": self._mapping(value)}
        if kind is defaultdict:
            self._once(value)
            factory = _FACTORY_NAMES.get(value.default_factory)
            if factory is None:
                raise TypeError(f"cannot save a defaultdict of {value.default_factory!r}")
            return {_TAG: "defaultdict", "f": factory, "v": self._mapping(value)}
        if kind is bytes:
            return {_TAG: "bytes", "v": base64.b64encode(value).decode("ascii")}
        if kind is datetime:
            return {_TAG: "datetime", "v": value.isoformat()}
        if kind is date:
            return {_TAG: "date", "v": value.isoformat()}
        if kind is timedelta:
            return {_TAG: "timedelta", "v": [value.days, value.seconds, value.microseconds]}
        if kind is np.ndarray:
            # One array held in two places (two articles with the same lead share their
            # embedding) is written once and read back as one array.
            index = self.array_index.get(id(value))
            if index is None:
                self.seen[id(value)] = value
                node = self.array(value)
                self.array_index[id(value)] = node["i"]
                return node
            return {_TAG: "nd", "i": index}
        if isinstance(value, np.generic):
            if value.dtype.kind not in "biuf":
                raise TypeError(f"cannot save a numpy scalar of dtype {value.dtype}")
            return {_TAG: "np", "dt": value.dtype.str, "v": self.encode(value.item())}
        if _is_sparse(value):
            return self._sparse(value)
        return self._object(value)

    def _mapping(self, value) -> Any:
        if all(type(k) is str for k in value) and _TAG not in value:
            # The common case (term weights, counts by name): a plain JSON object.
            if all(type(v) in _PLAIN and (type(v) is not float or math.isfinite(v)) for v in value.values()):
                return dict(value)
            return {k: self.encode(v) for k, v in value.items()}
        return {_TAG: "dict", "v": [[self.encode(k), self.encode(v)] for k, v in value.items()]}

    def _sparse(self, value) -> dict:
        fmt = value.format
        if fmt not in _SPARSE_FORMATS:
            value, fmt = value.tocsr(), "csr"
        parts = {"row": value.row, "col": value.col} if fmt == "coo" else {"indices": value.indices, "indptr": value.indptr}
        return {_TAG: "sparse", "fmt": fmt, "array": type(value).__name__.endswith("_array"),
                "shape": list(value.shape), "data": self.array(value.data),
                **{name: self.array(part) for name, part in parts.items()}}

    def _object(self, value: Any) -> dict:
        cls = type(value)
        name = class_name(cls)
        if name not in ALLOWED_CLASSES:
            raise TypeError(f"cannot save a {name}: not in ALLOWED_CLASSES (rasid/storage/state_codec.py)")
        self._once(value)
        return {_TAG: "obj", "c": name, "s": self._mapping(_attributes(value))}


def _attributes(value: Any) -> dict[str, Any]:
    """An object's state as one mapping of attribute names (``__getstate__``, merged)."""
    state = value.__getstate__()
    if isinstance(state, tuple) and len(state) == 2:  # (instance dict or None, slot values)
        merged = dict(state[0] or {})
        merged.update(state[1] or {})
        return merged
    if state is None:
        return {}
    if not isinstance(state, dict):
        raise TypeError(f"cannot save a {class_name(type(value))}: its __getstate__ is not a mapping")
    return state


def _is_sparse(value: Any) -> bool:
    module = type(value).__module__
    if not module.startswith("scipy.sparse"):
        return False
    from scipy import sparse

    return sparse.issparse(value)


def dumps(value: Any, stage: str, version: Any = 1) -> bytes:
    """``value`` (plain data, numpy, scipy sparse, allowed rasid classes) as saved state of
    ``stage``; ``version`` is the stage's own, checked again when the state is read."""
    writer = _Writer()
    tree = {"stage": stage, "version": _plain_version(version), "root": writer.encode(value), "arrays": writer.arrays}
    text = json.dumps(tree, ensure_ascii=False, allow_nan=False, separators=(",", ":")).encode("utf-8")
    packed = zlib.compress(text, 3)
    return b"".join([MAGIC, _HEADER.pack(CODEC_VERSION, len(packed)), packed, *writer.blobs])


def _plain_version(version: Any) -> Any:
    return list(version) if isinstance(version, tuple) else version


# -- reading --------------------------------------------------------------------------------
class _Reader:
    def __init__(self, arrays: list, blob: memoryview) -> None:
        self.arrays = arrays
        self.blob = blob
        self.read_arrays: dict[int, np.ndarray] = {}

    def decode(self, node: Any) -> Any:
        kind = type(node)
        if kind is list:
            return [self.decode(v) for v in node]
        if kind is not dict:
            return node
        tag = node.get(_TAG)
        if tag is None:
            return {k: self.decode(v) for k, v in node.items()}
        method = _TAGS.get(tag) if isinstance(tag, str) else None
        if method is None:
            raise StateRefused(f"unknown kind of value {str(tag)[:40]!r}")
        return method(self, node)

    def _items(self, node) -> list:
        values = node.get("v")
        if not isinstance(values, list):
            raise StateRefused(f"malformed {node.get(_TAG)} value")
        return values

    def _mapping(self, node: Any) -> dict:
        value = self.decode(node)
        if not isinstance(value, dict):
            raise StateRefused("malformed mapping")
        return value

    def t_tuple(self, node):
        return tuple(self.decode(v) for v in self._items(node))

    def t_set(self, node):
        return {self.decode(v) for v in self._items(node)}

    def t_frozenset(self, node):
        return frozenset(self.decode(v) for v in self._items(node))

    def t_dict(self, node):
        pairs = self._items(node)
        if not all(isinstance(p, list) and len(p) == 2 for p in pairs):
            raise StateRefused("malformed dict")
        return {self.decode(k): self.decode(v) for k, v in pairs}

    def t_counter(self, node):
        return Counter(self._mapping(node.get("v")))

    def t_ordered(self, node):
        return OrderedDict(self._mapping(node.get("v")))

    def t_defaultdict(self, node):
        factory = _FACTORIES.get(node.get("f")) if isinstance(node.get("f"), str) else None
        if factory is None:
            raise StateRefused(f"defaultdict of an unknown factory {str(node.get('f'))[:40]!r}")
        return defaultdict(factory, self._mapping(node.get("v")))

    def t_float(self, node):
        if node.get("v") not in ("nan", "inf", "-inf"):
            raise StateRefused("malformed float")
        return float(node["v"])

    def t_bytes(self, node):
        return base64.b64decode(_text(node.get("v")), validate=True)

    def t_date(self, node):
        return date.fromisoformat(_text(node.get("v")))

    def t_datetime(self, node):
        return datetime.fromisoformat(_text(node.get("v")))

    def t_timedelta(self, node):
        days, seconds, micro = (_integer(v) for v in self._items(node))
        return timedelta(days=days, seconds=seconds, microseconds=micro)

    def t_nd(self, node):
        index = _integer(node.get("i"))
        if index in self.read_arrays:
            return self.read_arrays[index]
        if not 0 <= index < len(self.arrays):
            raise StateRefused("array reference out of range")
        dtype, shape, offset, nbytes = self.arrays[index]
        array = np.frombuffer(self.blob, dtype=_numeric_dtype(dtype), count=_count(shape, dtype, nbytes),
                              offset=_integer(offset)).reshape(shape)
        array = array.copy()  # writable, and the payload's buffer can go
        self.read_arrays[index] = array
        return array

    def t_np(self, node):
        value = self.decode(node.get("v"))
        if type(value) not in (int, float, bool):
            raise StateRefused("malformed numpy scalar")
        return _numeric_dtype(node.get("dt")).type(value)

    def t_sparse(self, node):
        from scipy import sparse

        fmt = node.get("fmt")
        if fmt not in _SPARSE_FORMATS:
            raise StateRefused(f"unknown sparse format {str(fmt)[:20]!r}")
        shape = tuple(_integer(n) for n in node.get("shape") or ())
        parts = [self.t_nd(node.get(k) or {}) for k in (("data", "row", "col") if fmt == "coo" else ("data", "indices", "indptr"))]
        cls = getattr(sparse, f"{fmt}_{'array' if node.get('array') else 'matrix'}")
        try:
            if fmt == "coo":
                return cls((parts[0], (parts[1], parts[2])), shape=shape)
            return cls(tuple(parts), shape=shape)
        except (ValueError, TypeError) as exc:
            raise StateRefused(f"malformed sparse matrix ({exc})") from None

    def t_obj(self, node):
        name = node.get("c")
        if not isinstance(name, str) or name not in ALLOWED_CLASSES:
            raise StateRefused(f"class {str(name)[:80]!r} is not one rasid reads back")
        cls = _allowed_class(name)
        state = self._mapping(node.get("s"))
        for attribute in state:
            if not isinstance(attribute, str) or not attribute.isidentifier() or attribute.startswith("__"):
                raise StateRefused(f"{name}: attribute name {str(attribute)[:40]!r} refused")
        return _rebuild(cls, state)


_TAGS = {
    "tuple": _Reader.t_tuple, "set": _Reader.t_set, "frozenset": _Reader.t_frozenset, "dict": _Reader.t_dict,
    "Counter": _Reader.t_counter, "OrderedDict": _Reader.t_ordered, "defaultdict": _Reader.t_defaultdict,
    "float": _Reader.t_float, "bytes": _Reader.t_bytes, "date": _Reader.t_date, "datetime": _Reader.t_datetime,
    "timedelta": _Reader.t_timedelta, "nd": _Reader.t_nd, "np": _Reader.t_np, "sparse": _Reader.t_sparse,
    "obj": _Reader.t_obj,
}


def _text(value) -> str:
    if not isinstance(value, str):
        raise StateRefused("malformed value: text expected")
    return value


def _integer(value) -> int:
    if type(value) is not int:
        raise StateRefused("malformed value: integer expected")
    return value


def _numeric_dtype(text) -> np.dtype:
    if not isinstance(text, str) or not _DTYPE.match(text):
        raise StateRefused(f"array type {str(text)[:20]!r} refused (numbers only)")
    return np.dtype(text)


def _count(shape, dtype: str, nbytes) -> int:
    if not isinstance(shape, list) or not all(type(n) is int and n >= 0 for n in shape):
        raise StateRefused("malformed array shape")
    count = math.prod(shape)
    if count * np.dtype(dtype).itemsize != _integer(nbytes):
        raise StateRefused("array size does not match its shape")
    return count


_CLASSES: dict[str, type] = {}
_DEFAULT_INSTANCE: dict[type, bool] = {}


def _allowed_class(name: str) -> type:
    cls = _CLASSES.get(name)
    if cls is None:
        module_name, _, qualname = name.rpartition(".")
        try:
            cls = getattr(importlib.import_module(module_name), qualname)
        except (ImportError, AttributeError):
            raise StateRefused(f"class {name} no longer exists in this rasid") from None
        if not isinstance(cls, type) or class_name(cls) != name:
            raise StateRefused(f"{name} is not a class")
        _CLASSES[name] = cls
    return cls


def _fresh(cls: type) -> Any:
    """A default instance to set the saved attributes on, so an attribute the class gained
    since the state was saved holds its default; ``__new__`` alone for classes that need
    arguments."""
    if _DEFAULT_INSTANCE.get(cls, True):
        try:
            instance = cls()
            _DEFAULT_INSTANCE[cls] = True
            return instance
        except TypeError:
            _DEFAULT_INSTANCE[cls] = False
    return cls.__new__(cls)


def _rebuild(cls: type, state: dict[str, Any]) -> Any:
    instance = _fresh(cls)
    if getattr(cls, "__setstate__", None) is not None:
        instance.__setstate__(state)
        return instance
    has_dict = hasattr(instance, "__dict__")
    fields = {f.name: f for f in dataclasses.fields(cls)} if dataclasses.is_dataclass(cls) else {}
    for attribute, value in state.items():
        if has_dict or attribute in fields or _has_slot(cls, attribute):
            object.__setattr__(instance, attribute, value)
        # else: the class dropped that attribute; its saved value is not needed any more
    for name, spec in fields.items():
        if name in state or _is_set(instance, name):
            continue
        if spec.default is not dataclasses.MISSING:
            object.__setattr__(instance, name, spec.default)
        elif spec.default_factory is not dataclasses.MISSING:
            object.__setattr__(instance, name, spec.default_factory())
        else:
            raise StateRefused(f"{class_name(cls)}: saved state lacks {name!r}")
    return instance


def _has_slot(cls: type, name: str) -> bool:
    return any(name in getattr(k, "__slots__", ()) for k in cls.__mro__)


def _is_set(instance: Any, name: str) -> bool:
    try:
        getattr(instance, name)
        return True
    except AttributeError:
        return False


def loads(data: bytes, stage: str, version: Any = 1) -> Any:
    """The value ``dumps`` saved for ``stage`` at ``version``; ``StateRefused`` for anything
    else (old pickled state included), with a one-line reason."""
    view = memoryview(data)
    if bytes(view[:2]) in (b"\x80\x02", b"\x80\x03", b"\x80\x04", b"\x80\x05"):
        raise StateRefused("saved as a pickle by an older rasid; pickles are never read (they can run code)")
    if bytes(view[: len(MAGIC)]) != MAGIC:
        raise StateRefused("not rasid saved state")
    start = len(MAGIC) + _HEADER.size
    if len(view) < start:
        raise StateRefused("truncated")
    codec_version, packed_length = _HEADER.unpack(view[len(MAGIC) : start])
    if codec_version != CODEC_VERSION:
        raise StateRefused(f"saved with state codec version {codec_version}; this rasid reads version {CODEC_VERSION}")
    if len(view) < start + packed_length:
        raise StateRefused("truncated")
    try:
        tree = json.loads(zlib.decompress(view[start : start + packed_length]))
    except (zlib.error, ValueError, RecursionError) as exc:
        raise StateRefused(f"damaged ({type(exc).__name__})") from None
    if not isinstance(tree, dict) or not isinstance(tree.get("arrays"), list):
        raise StateRefused("damaged (no header)")
    if tree.get("stage") != stage:
        raise StateRefused(f"saved for stage {str(tree.get('stage'))[:40]!r}, not {stage!r}")
    if tree.get("version") != _plain_version(version):
        raise StateRefused(f"saved by stage version {str(tree.get('version'))[:40]}; this rasid's is {_plain_version(version)}")
    arrays = tree["arrays"]
    if not all(isinstance(a, list) and len(a) == 4 for a in arrays):
        raise StateRefused("damaged (array table)")
    blob = view[start + packed_length :]
    for _, _, offset, nbytes in arrays:
        if type(offset) is not int or type(nbytes) is not int or offset < 0 or offset + nbytes > len(blob):
            raise StateRefused("damaged (array outside the payload)")
    try:
        return _Reader(arrays, blob).decode(tree.get("root"))
    except StateRefused:
        raise
    except (ValueError, TypeError, KeyError, AttributeError, OverflowError, RecursionError) as exc:
        raise StateRefused(f"damaged ({type(exc).__name__}: {str(exc)[:80]})") from None


def load_state(store, stage: str, expected: type, version: Any = 1) -> Any | None:
    """The saved state of ``stage`` if there is one rasid can read and it is an ``expected``;
    None (the stage starts afresh) when nothing is saved or the saved state is refused, with
    one line saying so."""
    data = store.get_state(stage)
    if not data:
        return None
    try:
        value = loads(data, stage, version)
        if not isinstance(value, expected):
            raise StateRefused(f"holds a {type(value).__name__}, not a {expected.__name__}")
        return value
    except StateRefused as refused:
        log.warning("saved state of the %s stage not used (%s); rebuilding it from the stored articles", stage, refused)
        return None


def save_state(store, stage: str, value: Any, version: Any = 1) -> None:
    store.set_state(stage, dumps(value, stage, version))
