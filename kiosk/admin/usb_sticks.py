"""Catalog files on mounted USB sticks, for the staff catalog page."""

from __future__ import annotations

from pathlib import Path

USB_ROOTS = (Path("/media"), Path("/run/media"))
"""Where USB sticks are mounted on Debian/Ubuntu desktops and kiosk sessions."""

_PATTERNS = ("*.json", "*/*.json", "*/*/*.json", "*/*/*/*.json", "*.zip", "*/*.zip", "*/*/*.zip")


def find_catalog_files(roots: tuple[Path, ...] = USB_ROOTS, limit: int = 40) -> list[Path]:
    """``*.json`` catalogs (three folders deep) and ``*.zip`` backups (two deep) under ``roots``."""
    found: list[Path] = []
    for root in roots:
        if not root.is_dir():
            continue
        for pattern in _PATTERNS:
            try:
                found.extend(sorted(root.glob(pattern)))
            except OSError:
                continue
            if len(found) >= limit:
                return found[:limit]
    return found
