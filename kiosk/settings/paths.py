"""Where the kiosk's files are: the project's assets, the demo hall, the settings file and the data folder."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
"""The project folder (the package is installed editable, so assets sit beside it)."""

ASSETS = ROOT / "assets"
DEMO_CATALOG = ASSETS / "halls" / "demo" / "catalog.json"


def default_config_path() -> Path:
    """The settings file used when neither ``--config`` nor ``$KIOSK_CONFIG`` names one
    (``~/.config/hallguide/settings.toml``; ``kiosk admin set-pin`` writes there too)."""
    from platformdirs import user_config_dir

    return Path(user_config_dir("hallguide", appauthor=False)) / "settings.toml"


def default_data_dir() -> Path:
    """Where the kiosk keeps its databases and logs unless configured otherwise."""
    from platformdirs import user_data_dir

    return Path(user_data_dir("hallguide", appauthor=False))
