"""The lexical index on disk: a restart with the same catalog and the same navigator code skips the
pinyin and segmentation work (most of a warm start on 2,000 services).

The file holds plain data only (strings, floats, tuples, lists, dicts) and is read with an unpickler that
refuses every class, so a damaged or planted file can at worst be rebuilt. Its key is the catalog's
content and the source of the modules that shape the index, so any change to either gives a new file.
"""

from __future__ import annotations

import hashlib
import logging
import os
import pickle
import tempfile
from pathlib import Path
from typing import Any

from kiosk.catalog import Catalog

_LOGGER = logging.getLogger(__name__)
_VERSION = "lexical-v4"
_CODE = ("navigator.py", "textnorm.py", "lexicon.py", "needs.py", "index_cache.py", "homophones.py", "query.py")

Rows = list[tuple[str, str, list[str]]]
"""Per entry, in index order: kind, id, normalised names (its features' weights are in the postings only:
half the file, half the time to read it)."""
Index = dict[str, Any]
"""``rows`` (Rows), ``postings`` (feature → [(entry, weight)]), ``idf`` (feature → idf), ``sounds`` (the
misheard-name table's rows, kiosk.navigator.homophones.Homophones.table)."""


class _PlainUnpickler(pickle.Unpickler):
    def find_class(self, module: str, name: str) -> Any:
        raise pickle.UnpicklingError(f"no classes in an index file ({module}.{name})")


def cache_key(catalog: Catalog) -> str:
    """Catalog content + the index code."""
    digest = hashlib.sha256(_VERSION.encode())
    here = Path(__file__).resolve().parent
    for name in _CODE:
        try:
            digest.update((here / name).read_bytes())
        except OSError:
            digest.update(name.encode())
    digest.update(catalog.model_dump_json().encode("utf-8"))
    return digest.hexdigest()[:32]


def path_for(cache_dir: Path | None, catalog: Catalog) -> Path | None:
    """The index file for this catalog (None without a cache folder)."""
    return None if cache_dir is None else Path(cache_dir) / f"lexical-{cache_key(catalog)}.pickle"


def load(path: Path | None, size: int) -> Index | None:
    """The cached index, or None (missing, unreadable, or not for ``size`` entries)."""
    if path is None or not path.is_file():
        return None
    try:
        with path.open("rb") as handle:
            index = _PlainUnpickler(handle).load()
    except (OSError, pickle.UnpicklingError, EOFError, ValueError, TypeError, AttributeError) as exc:
        _LOGGER.warning("lexical index cache %s unreadable (%s): rebuilding", path.name, exc)
        return None
    if not isinstance(index, dict) or set(index) != {"rows", "postings", "idf", "sounds"}:
        return None
    if not isinstance(index["rows"], list) or len(index["rows"]) != size or not isinstance(index["sounds"], list):
        return None
    return index


def save(path: Path | None, index: Index) -> None:
    """Write atomically (a second process never reads half a file); a failure only logs."""
    if path is None:
        return
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
        with os.fdopen(fd, "wb") as handle:
            pickle.dump(index, handle, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
    except OSError as exc:
        _LOGGER.warning("lexical index cache not written (%s)", exc)
