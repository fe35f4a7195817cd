"""The one :class:`Settings` object and :func:`load_settings`: keyword arguments, then ``KIOSK_*``
environment variables, then the TOML file, then the defaults."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any, Literal, TypeVar

from pydantic import BaseModel, Field, ValidationError, field_validator
from pydantic_settings import (
    BaseSettings,
    InitSettingsSource,
    PydanticBaseSettingsSource,
    SettingsConfigDict,
)
from pydantic_settings import SettingsError as _SourceError

from kiosk.settings.errors import SettingsError, format_errors, source_error
from kiosk.settings.files import read_toml
from kiosk.settings.paths import default_config_path, default_data_dir
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


class Settings(BaseSettings):
    """Everything configurable about the kiosk."""

    model_config = SettingsConfigDict(
        env_prefix="KIOSK_",
        env_nested_delimiter="__",
        extra="forbid",
        validate_assignment=True,
    )

    data_dir: Path = Field(default_factory=default_data_dir)
    """Databases, logs and the audit trail."""
    log_level: Literal["DEBUG", "INFO", "WARNING", "ERROR"] = "INFO"
    hall: HallSettings = HallSettings()
    ui: UiSettings = UiSettings()
    llm: LlmSettings = LlmSettings()
    speech: SpeechSettings = SpeechSettings()
    tickets: TicketSettings = TicketSettings()
    printer: PrinterSettings = PrinterSettings()
    admin: AdminSettings = AdminSettings()
    navigator: NavigatorSettings = NavigatorSettings()

    @field_validator("data_dir", mode="after")
    @classmethod
    def _expand(cls, value: Path) -> Path:
        return value.expanduser()

    @classmethod
    def settings_customise_sources(
        cls,
        settings_cls: type[BaseSettings],
        init_settings: PydanticBaseSettingsSource,
        env_settings: PydanticBaseSettingsSource,
        dotenv_settings: PydanticBaseSettingsSource,
        file_secret_settings: PydanticBaseSettingsSource,
    ) -> tuple[PydanticBaseSettingsSource, ...]:
        """Keyword arguments, then environment, then the TOML file read by :func:`load_settings`."""
        sources: list[PydanticBaseSettingsSource] = [init_settings, env_settings]
        if _toml_data is not None:
            sources.append(InitSettingsSource(settings_cls, init_kwargs=_toml_data))
        return tuple(sources)

    def config_file(self) -> Path | None:
        """The TOML file these settings were read from, if any."""
        return _loaded_from.get(id(self))


_toml_data: dict[str, Any] | None = None
_loaded_from: dict[int, Path | None] = {}


Section = TypeVar("Section", bound=BaseModel)


def updated(section: Section, *, prefix: str = "", **changes: Any) -> Section:
    """A copy of a settings section with ``changes`` validated (``--llm-url`` and the like).

    Raises:
        SettingsError: a bad value, named with its key (never shown).
    """
    try:
        return section.model_validate({**dict(section), **changes})
    except ValidationError as exc:
        raise SettingsError(f"invalid settings:\n{format_errors(exc, prefix)}") from None


def load_settings(path: Path | str | None = None, **overrides: Any) -> Settings:
    """Read settings from ``path`` (or ``$KIOSK_CONFIG``), the environment and ``overrides``.

    Raises:
        SettingsError: a missing/unreadable file, bad TOML, an unknown key or a bad value.
    """
    global _toml_data
    if path is None and os.environ.get("KIOSK_CONFIG"):
        path = os.environ["KIOSK_CONFIG"]
    if path is None and default_config_path().is_file():
        path = default_config_path()
    toml_path = Path(path).expanduser() if path is not None else None
    _toml_data = read_toml(toml_path) if toml_path is not None else None
    try:
        settings = Settings(**overrides)
    except ValidationError as exc:
        where = f"{toml_path}: " if toml_path else ""
        raise SettingsError(f"{where}invalid settings:\n{format_errors(exc)}") from None
    except _SourceError as exc:
        raise SettingsError(source_error(exc)) from None
    except RecursionError:
        raise SettingsError("settings nested too deeply") from None
    finally:
        _toml_data = None
    _loaded_from[id(settings)] = toml_path
    return settings
