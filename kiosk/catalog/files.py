"""Reading a catalog file safely, and the catalog in use.

The file must be a regular file of at most :data:`MAX_CATALOG_BYTES` (a FIFO, ``/dev/zero`` or a
folder is refused before anything is read); the JSON may nest at most :data:`MAX_DEPTH` deep and
hold integers of at most :data:`MAX_INT_DIGITS` digits. Whatever the file holds, the only error
raised is :class:`CatalogError`, and a refused catalog leaves the one in use in place.
"""

from __future__ import annotations

import hashlib
import json
import os
import stat
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from kiosk.catalog.checks import check_references, walkway_notes
from kiosk.catalog.model import Catalog
from kiosk.privacy import allow_catalog_numbers

MAX_CATALOG_BYTES = 20 * 1024 * 1024
MAX_DEPTH = 64
"""Deepest nesting of JSON arrays/objects accepted (the format needs 6)."""
MAX_INT_DIGITS = 30


@dataclass(frozen=True)
class LoadedCatalog:
    """A validated catalog and where it came from (floor-plan paths are relative to it)."""

    catalog: Catalog
    path: Path | None
    digest: str = ""
    """The SHA-256 of the file's bytes (hex); empty for a catalog not read from a file."""
    notes: tuple[str, ...] = ()
    """What staff should know about this usable catalog (:func:`kiosk.catalog.checks.walkway_notes`)."""

    @property
    def fingerprint(self) -> str:
        """A short tag telling two files apart when their :meth:`Catalog.version` is the same (8 hex digits)."""
        return self.digest[:8]

    def label(self) -> str:
        """What staff read to know which catalog this is: version, file fingerprint and path."""
        parts = [self.catalog.version()]
        if self.fingerprint:
            parts.append(f"#{self.fingerprint}")
        if self.path is not None:
            parts.append(str(self.path))
        return " · ".join(parts)

    def map_path(self, floor_id: str) -> Path | None:
        """The absolute path of a floor's SVG plan; None when it has none, it is missing or outside the folder."""
        floor = self.catalog.floor(floor_id)
        if floor is None or not floor.map or self.path is None:
            return None
        folder = self.path.parent.resolve()
        candidate = (folder / floor.map).resolve()
        if not candidate.is_relative_to(folder):
            return None
        return candidate if candidate.is_file() else None


class CatalogError(Exception):
    """A catalog was refused. ``problems`` lists every problem with its place."""

    def __init__(self, source: str, problems: list[str]) -> None:
        self.source = source
        self.problems = problems
        shown = "\n".join(f"  {p}" for p in problems[:50])
        more = f"\n  … and {len(problems) - 50} more" if len(problems) > 50 else ""
        super().__init__(f"{source}: catalog refused ({len(problems)} problem(s)):\n{shown}{more}")


def _place(loc: Iterable[Any]) -> str:
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += f".{part}" if out else str(part)
    return out or "(top level)"


def _shape_problems(error: ValidationError) -> list[str]:
    problems = []
    for item in error.errors():
        message = "unknown field" if item["type"] == "extra_forbidden" else item["msg"]
        problems.append(f"{_place(item['loc'])}: {message}")
    return problems


def parse_catalog(data: Any, source: str = "catalog") -> Catalog:
    """Validate already-decoded JSON data; raises :class:`CatalogError` with every problem."""
    try:
        catalog = Catalog.model_validate(data)
    except ValidationError as exc:
        raise CatalogError(source, _shape_problems(exc)) from None
    except RecursionError:
        raise CatalogError(source, ["nested too deeply"]) from None
    problems = check_references(catalog)
    if problems:
        raise CatalogError(source, problems)
    return catalog


def _int(text: str) -> int:
    if len(text.lstrip("-")) > MAX_INT_DIGITS:
        raise ValueError(f"a number with {len(text)} digits (at most {MAX_INT_DIGITS})")
    return int(text)


def _too_deep(data: Any) -> bool:
    """Whether decoded JSON nests arrays/objects deeper than :data:`MAX_DEPTH` (walked without recursion)."""
    stack: list[tuple[Any, int]] = [(data, 1)]
    while stack:
        value, depth = stack.pop()
        if depth > MAX_DEPTH:
            return True
        if isinstance(value, dict):
            stack.extend((v, depth + 1) for v in value.values() if isinstance(v, dict | list))
        elif isinstance(value, list):
            stack.extend((v, depth + 1) for v in value if isinstance(v, dict | list))
    return False


def decode_json(raw: bytes, source: str) -> Any:
    """JSON data of a catalog file's bytes; raises :class:`CatalogError` with a plain reason."""
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise CatalogError(source, ["not UTF-8 text"]) from None
    try:
        data = json.loads(text, parse_int=_int)
    except json.JSONDecodeError as exc:
        raise CatalogError(source, [f"line {exc.lineno} column {exc.colno}: not valid JSON ({exc.msg})"]) from None
    except RecursionError:
        raise CatalogError(source, [f"JSON nested more than {MAX_DEPTH} levels deep"]) from None
    except ValueError as exc:
        raise CatalogError(source, [f"not a usable JSON value: {exc}"]) from None
    if _too_deep(data):
        raise CatalogError(source, [f"JSON nested more than {MAX_DEPTH} levels deep"])
    return data


def read_file(path: Path, source: str, limit: int = MAX_CATALOG_BYTES) -> bytes:
    """The bytes of a regular file of at most ``limit`` bytes; raises :class:`CatalogError`.

    Opened without blocking, so a FIFO cannot hang the kiosk; checked on the open descriptor.
    """
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    except FileNotFoundError:
        raise CatalogError(source, ["file not found"]) from None
    except IsADirectoryError:
        raise CatalogError(source, ["is a folder, not a file"]) from None
    except OSError as exc:
        raise CatalogError(source, [f"cannot read file: {exc.strerror or exc}"]) from None
    try:
        info = os.fstat(fd)
        if stat.S_ISDIR(info.st_mode):
            raise CatalogError(source, ["is a folder, not a file"])
        if not stat.S_ISREG(info.st_mode):
            raise CatalogError(source, ["not a regular file (a device, FIFO or socket)"])
        if info.st_size > limit:
            raise CatalogError(source, [f"file is larger than {limit // 1024 // 1024} MB"])
        chunks, total = [], 0
        while chunk := os.read(fd, 1 << 20):
            chunks.append(chunk)
            total += len(chunk)
            if total > limit:
                raise CatalogError(source, [f"file is larger than {limit // 1024 // 1024} MB"])
        return b"".join(chunks)
    except OSError as exc:
        raise CatalogError(source, [f"cannot read file: {exc.strerror or exc}"]) from None
    finally:
        os.close(fd)


def load_catalog(path: Path | str) -> LoadedCatalog:
    """Read and validate a catalog file; raises :class:`CatalogError` (never anything else)."""
    path = Path(path).expanduser()
    source = str(path)
    raw = read_file(path, source)
    catalog = parse_catalog(decode_json(raw, source), source)
    loaded = LoadedCatalog(catalog, path.resolve(), hashlib.sha256(raw).hexdigest(), tuple(walkway_notes(catalog)))
    problems = [
        f'hall.floors[{i}].map: file not found "{floor.map}"'
        for i, floor in enumerate(catalog.hall.floors)
        if floor.map and loaded.map_path(floor.id) is None
    ]
    if problems:
        raise CatalogError(source, problems)
    allow_catalog_numbers(catalog)  # the hall's published phone numbers are never masked
    return loaded


def json_schema() -> dict[str, Any]:
    """The JSON Schema of the catalog format."""
    schema = Catalog.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = "HallGuide hall catalog"
    return schema


@dataclass(frozen=True)
class StoreNote:
    """What staff should know about the catalog in use (an English msgid of kiosk/messages and its values),
    e.g. that the catalog they applied could not be loaded at start and the configured one is in use."""

    message: str
    params: dict[str, str]


class CatalogStore:
    """Holds the catalog in use; a refused catalog leaves the last good one in place.

    Rollback is one step back and no further: after it no previous catalog is kept, so a second
    roll-back cannot bring back the catalog just rolled back from (it flipped back and forth before).
    Listeners (:meth:`listen`) are told after every change (Apply, Roll back), on the caller's thread.
    """

    def __init__(self, loaded: LoadedCatalog, previous: LoadedCatalog | None = None,
                 note: StoreNote | None = None) -> None:
        self._current = loaded
        self._previous: LoadedCatalog | None = previous
        self.note = note
        """Shown on the staff status screen's catalog row (None: nothing to say)."""
        self._listeners: list[Callable[[LoadedCatalog], object]] = []

    def listen(self, callback: Callable[[LoadedCatalog], object]) -> None:
        """``callback(current)`` after every change of the catalog in use."""
        self._listeners.append(callback)

    def _changed(self) -> None:
        for callback in list(self._listeners):
            callback(self._current)

    def _use(self, loaded: LoadedCatalog) -> None:
        """Make ``loaded`` the catalog in use (the one before it is kept for Roll back)."""
        self._previous, self._current = self._current, loaded
        self._changed()

    @property
    def current(self) -> LoadedCatalog:
        """The catalog in use."""
        return self._current

    @property
    def previous(self) -> LoadedCatalog | None:
        """The catalog before the last successful replace (for one-step rollback)."""
        return self._previous

    def replace(self, path: Path | str) -> LoadedCatalog:
        """Load ``path`` and use it; on :class:`CatalogError` nothing changes."""
        loaded = load_catalog(path)
        self._use(loaded)
        return loaded

    def rollback(self) -> bool:
        """Go back to the previous catalog (then none is kept); False when there is none."""
        if self._previous is None:
            return False
        self._current, self._previous = self._previous, None
        allow_catalog_numbers(self._current.catalog)
        self._changed()
        return True
