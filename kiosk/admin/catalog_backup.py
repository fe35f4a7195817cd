"""Backups of the catalog in use: the JSON *and* its floor plans, so the backup loads again.

:func:`export_catalog` writes a ``.zip`` archive, or the files into a folder. :func:`unpack_catalog`
opens such an archive for checking (safely: no paths outside the folder, no links, size and count
limits) and returns the catalog file inside, which :func:`kiosk.catalog.load_catalog` then checks.
"""

from __future__ import annotations

import json
import shutil
import stat
import time
import zipfile
from pathlib import Path, PurePosixPath

from kiosk.catalog import MAX_CATALOG_BYTES, CatalogError, LoadedCatalog

MAX_MEMBERS = 300
MAX_UNPACKED_BYTES = 80 * 1024 * 1024
CATALOG_NAME = "catalog.json"


def _files(loaded: LoadedCatalog) -> tuple[bytes, dict[str, Path]]:
    """The catalog JSON to write and its plans by the relative name they get in the backup."""
    if loaded.path is None:
        raise CatalogError("catalog", ["the catalog in use is built in and has no file to export"])
    raw = loaded.path.read_bytes()
    plans: dict[str, Path] = {}
    renamed: dict[str, str] = {}
    for floor in loaded.catalog.hall.floors:
        source = loaded.map_path(floor.id)
        if source is None or not floor.map:
            continue
        relative = PurePosixPath(floor.map.replace("\\", "/"))
        if relative.is_absolute() or ".." in relative.parts:
            name = f"maps/{floor.id}-{source.name}"
            renamed[floor.id] = name
        else:
            name = str(relative)
        plans[name] = source
    if renamed:  # plans outside the catalog's folder are brought in beside it
        data = json.loads(raw.decode("utf-8-sig"))
        for floor in data["hall"]["floors"]:
            if floor.get("id") in renamed:
                floor["map"] = renamed[floor["id"]]
        raw = json.dumps(data, ensure_ascii=False, indent=2).encode("utf-8")
    return raw, plans


def export_catalog(loaded: LoadedCatalog, target: Path | str) -> Path:
    """Write the catalog and its floor plans to ``target``: ``*.zip`` → an archive, else a folder.

    An existing folder receives ``catalog.json`` and the plans; returns what was written
    (the archive or the catalog file). Raises :class:`OSError` when the target cannot be written
    and :class:`kiosk.catalog.CatalogError` for a catalog without a file.
    """
    target = Path(target).expanduser()
    raw, plans = _files(loaded)
    if target.suffix.lower() == ".zip":
        target.parent.mkdir(parents=True, exist_ok=True)
        partial = target.with_name(f".{target.name}.part")
        with zipfile.ZipFile(partial, "w", zipfile.ZIP_DEFLATED) as archive:
            archive.writestr(CATALOG_NAME, raw)
            for name, source in plans.items():
                archive.write(source, name)
        partial.replace(target)
        return target
    folder = target.parent if target.suffix.lower() == ".json" else target
    catalog_file = target if target.suffix.lower() == ".json" else folder / CATALOG_NAME
    folder.mkdir(parents=True, exist_ok=True)
    for name, source in plans.items():
        destination = folder / name
        destination.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(source, destination)
    catalog_file.write_bytes(raw)
    return catalog_file


def unpack_catalog(archive: Path | str, into: Path | str) -> Path:
    """Extract a catalog backup into a new folder under ``into``; returns the catalog JSON inside.

    Raises :class:`kiosk.catalog.CatalogError` (plain words) for anything that is not a safe backup.
    """
    archive = Path(archive).expanduser()
    source = str(archive)
    try:
        if not archive.is_file():
            raise CatalogError(source, ["file not found" if not archive.exists() else "not a regular file"])
        with zipfile.ZipFile(archive) as zipped:
            members = zipped.infolist()
            if len(members) > MAX_MEMBERS:
                raise CatalogError(source, [f"archive has more than {MAX_MEMBERS} files"])
            if sum(m.file_size for m in members) > MAX_UNPACKED_BYTES:
                raise CatalogError(source, [f"archive unpacks to more than {MAX_UNPACKED_BYTES // 1024 // 1024} MB"])
            for member in members:
                name = PurePosixPath(member.filename)
                if name.is_absolute() or ".." in name.parts or "\\" in member.filename:
                    raise CatalogError(source, [f'archive entry "{member.filename}" points outside its folder'])
                if stat.S_ISLNK(member.external_attr >> 16):
                    raise CatalogError(source, [f'archive entry "{member.filename}" is a link'])
            jsons = sorted((m.filename for m in members if m.filename.lower().endswith(".json")),
                           key=lambda n: (n.count("/"), n != CATALOG_NAME and not n.endswith("/" + CATALOG_NAME), n))
            if not jsons:
                raise CatalogError(source, ["archive holds no catalog (.json) file"])
            if zipped.getinfo(jsons[0]).file_size > MAX_CATALOG_BYTES:
                raise CatalogError(source, [f"catalog file is larger than {MAX_CATALOG_BYTES // 1024 // 1024} MB"])
            folder = Path(into) / f"{time.strftime('%Y%m%d-%H%M%S')}-{archive.stem}"
            suffix = 1
            while folder.exists():
                suffix += 1
                folder = folder.with_name(f"{folder.name.split('~')[0]}~{suffix}")
            folder.mkdir(parents=True)
            zipped.extractall(folder)
            return folder / jsons[0]
    except zipfile.BadZipFile:
        raise CatalogError(source, ["not a catalog backup (.zip) file, or the archive is damaged"]) from None
    except OSError as exc:
        raise CatalogError(source, [f"cannot unpack: {exc.strerror or exc}"]) from None
