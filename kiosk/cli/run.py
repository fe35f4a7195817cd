"""The default ``kiosk`` command: start the fullscreen kiosk (``--windowed`` for development)."""

from __future__ import annotations

import argparse
import logging
from pathlib import Path

from kiosk.cli import settings_from


def run_kiosk(args: argparse.Namespace) -> int:
    """Start the kiosk UI; returns the exit code (2 for a broken catalog or settings)."""
    settings = settings_from(args)
    logging.getLogger().setLevel(settings.log_level)  # the settings' level for the kiosk's lines on stderr
    catalog = Path(args.app_catalog) if getattr(args, "app_catalog", None) else None
    from kiosk.ui.app import run

    return run(settings, catalog, windowed=bool(getattr(args, "windowed", False)))
