"""The kiosk's one typed settings object: a TOML file plus ``KIOSK_`` environment overrides.

Sources, highest priority first: keyword arguments (tests), ``KIOSK_*`` environment variables
(nested with ``__``, e.g. ``KIOSK_LLM__MODEL=deepseek-r1``), the TOML file (``--config`` or
``KIOSK_CONFIG``), then the defaults below. Every section forbids unknown keys, so a typo is an
error that names the key instead of a silently ignored setting.

Secrets (the LLM API key, the admin PIN hash) are ``SecretStr``: they never appear in ``repr``,
logs or error messages.

Whatever the file or the environment holds, :func:`load_settings` raises only :class:`SettingsError`
with plain lines: the file must be a regular UTF-8 file (a byte-order mark is fine) of at most
:data:`MAX_SETTINGS_BYTES`, TOML nested at most a few levels; ``KIOSK_LLM='{...'`` that is not
JSON, an LLM URL that does not parse, an API key that is not printable ASCII or a binary key file
are named, never shown.

The package: :mod:`.loader` (:class:`Settings`, :func:`load_settings`), :mod:`.sections` (one class per
section), :mod:`.files` (reading the TOML file), :mod:`.keys` (URL, API key and key file checks),
:mod:`.errors` (plain messages) and :mod:`.paths` (assets, demo hall, settings file, data folder).
"""

from kiosk.settings.errors import SettingsError
from kiosk.settings.files import MAX_SETTINGS_BYTES, MAX_TOML_DEPTH, read_toml
from kiosk.settings.keys import MAX_KEY_FILE_BYTES, check_url
from kiosk.settings.loader import Settings, load_settings, updated
from kiosk.settings.paths import ASSETS, DEMO_CATALOG, ROOT, default_config_path, default_data_dir
from kiosk.settings.sections import (
    AdminSettings,
    HallSettings,
    LlmSettings,
    NavigatorSettings,
    PrinterSettings,
    SpeechSettings,
    TicketSettings,
    UiSettings,
)

__all__ = [
    "ASSETS",
    "DEMO_CATALOG",
    "MAX_KEY_FILE_BYTES",
    "MAX_SETTINGS_BYTES",
    "MAX_TOML_DEPTH",
    "ROOT",
    "AdminSettings",
    "HallSettings",
    "LlmSettings",
    "NavigatorSettings",
    "PrinterSettings",
    "Settings",
    "SettingsError",
    "SpeechSettings",
    "TicketSettings",
    "UiSettings",
    "check_url",
    "default_config_path",
    "default_data_dir",
    "load_settings",
    "read_toml",
    "updated",
]
