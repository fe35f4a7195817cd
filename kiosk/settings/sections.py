"""The sections of the settings (``[hall]``, ``[ui]``, ``[llm]``, ...): each forbids unknown keys and
validates its values, so a typo names the key instead of being silently ignored."""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, SecretStr, field_validator

from kiosk.settings.keys import PRINTABLE_ASCII, check_url, read_key_file
from kiosk.settings.paths import DEMO_CATALOG

_CLOCK = re.compile(r"^([01][0-9]|2[0-3]):[0-5][0-9]$")


class _Section(BaseModel):
    """Base of every settings section: unknown keys are errors, values are validated on assignment."""

    model_config = ConfigDict(extra="forbid", validate_assignment=True)


class HallSettings(_Section):
    """Which hall this kiosk stands in."""

    catalog: Path = DEMO_CATALOG
    """The hall's service catalog (JSON). The bundled demo hall by default."""
    kiosk_id: str = "kiosk-1"
    """This kiosk's name in staff alerts and statistics."""


class UiSettings(_Section):
    """The citizen-facing screen."""

    language: Literal["zh", "en"] = "zh"
    """Language shown when a visit starts."""
    elderly_mode: bool = False
    """Start every visit in the large-text (适老化) mode."""
    fullscreen: bool = True
    """Frameless fullscreen kiosk window; ``kiosk --windowed`` overrides it for development."""
    orientation: Literal["auto", "landscape", "portrait"] = "auto"
    """Layout; ``auto`` follows the screen's aspect ratio."""
    idle_timeout_s: float = Field(60.0, ge=10, le=3600)
    """Seconds without a touch or voice before the 'are you still there?' countdown starts."""
    idle_countdown_s: float = Field(20.0, ge=5, le=120)
    """Length of the visible countdown before the visit is wiped."""
    virtual_keyboard: bool = True
    """Use Qt Virtual Keyboard (pinyin) for typed questions."""
    popular_services: list[str] = Field(default_factory=list)
    """Service ids shown as tiles on the home screen; empty = the catalog's order."""


class LlmSettings(_Section):
    """The hall's central LLM service (OpenAI-compatible chat completions API)."""

    base_url: str | None = None
    """e.g. ``http://10.0.0.5:8000/v1``; unset = catalog answers only (offline mode)."""
    model: str = "deepseek-r1"
    api_key: SecretStr | None = None
    """Bearer token; prefer ``api_key_file`` or ``KIOSK_LLM__API_KEY``."""
    api_key_file: Path | None = None
    temperature: float = Field(0.3, ge=0, le=2)
    max_tokens: int = Field(800, ge=16, le=32768)
    connect_timeout_s: float = Field(2.0, gt=0, le=30)
    first_token_timeout_s: float = Field(3.0, gt=0, le=300)
    """Deadline for the first answer text; reasoning models need more."""
    idle_timeout_s: float = Field(5.0, gt=0, le=300)
    """Longest silence allowed between two chunks of the stream."""
    total_timeout_s: float = Field(30.0, gt=0, le=600)
    retries: int = Field(1, ge=0, le=1)
    """At most one retry, and only before the first token."""
    breaker_failures: int = Field(3, ge=1, le=100)
    breaker_open_s: float = Field(30.0, ge=1, le=3600)
    history_turns: int = Field(4, ge=0, le=20)
    """How many earlier question/answer pairs of this visit are sent along."""
    max_answer_chars: int = Field(600, ge=50, le=20000)
    """Longest answer shown; a runaway stream is stopped there and cut at a sentence end."""
    prompt_budget_chars: int = Field(4000, ge=500, le=200000)
    """Largest request sent (characters of all messages; ASCII counts a third): earlier turns, then
    detail of the entries are left out to fit. Size it to the model's context (kiosk.llm.budget)."""

    @field_validator("base_url", mode="after")
    @classmethod
    def _url(cls, value: str | None) -> str | None:
        return check_url(value)

    @field_validator("api_key", mode="after")
    @classmethod
    def _key(cls, value: SecretStr | None) -> SecretStr | None:
        if value is not None and value.get_secret_value() and not PRINTABLE_ASCII.match(value.get_secret_value()):
            raise ValueError("the API key must be printable ASCII without spaces (an HTTP header cannot carry it)")
        return value

    @field_validator("api_key_file", mode="after")
    @classmethod
    def _key_file(cls, value: Path | None) -> Path | None:
        if value is not None:
            value = value.expanduser()
            read_key_file(value)
        return value

    def api_key_value(self) -> str | None:
        """The API key from the setting or the key file, or None (also for a key file gone bad since)."""
        if self.api_key is not None:
            return self.api_key.get_secret_value() or None
        if self.api_key_file is not None:
            try:
                return read_key_file(self.api_key_file)
            except ValueError:
                return None
        return None


class SpeechSettings(_Section):
    """Offline recognition (vosk) and speech (pyttsx3)."""

    enabled: bool = True
    model_zh: Path | None = None
    """Folder of the Chinese vosk model, e.g. /opt/vosk/vosk-model-small-cn-0.22."""
    model_en: Path | None = None
    """Folder of the English vosk model, e.g. /opt/vosk/vosk-model-small-en-us-0.15."""
    input_device: str | None = None
    """Microphone name or index (sounddevice); unset = the system default."""
    sample_rate: int = 16000
    trailing_silence_s: float = Field(0.5, ge=0.1, le=3.0)
    """Silence that ends an utterance."""
    no_speech_timeout_s: float = Field(6.0, ge=1, le=60)
    max_utterance_s: float = Field(15.0, ge=2, le=120)
    grammar: Literal["none", "catalog"] = "none"
    """Restrict recognition to catalog phrases (dynamic-graph models only)."""
    auto_send_s: float = Field(1.5, ge=0, le=30)
    """Send the final transcript after this pause; 0 = the citizen taps send."""
    tts_enabled: bool = True
    voice_zh: str = "cmn"
    voice_en: str = "en"
    rate: int = Field(170, ge=60, le=400)
    """Words per minute in normal mode."""
    rate_elderly: int = Field(120, ge=60, le=400)
    volume: float = Field(0.9, ge=0, le=1)
    muted: bool = False
    output_device: str | None = None
    """Speaker name or index (sounddevice); unset = the system default; none found = silent."""
    earcons: bool = True
    """Short start/stop tones when listening begins and ends."""
    energy_endpoint: bool = True
    """Also end an utterance on trailing silence measured from the input energy (besides vosk's rules)."""
    model_cache: Path | None = None
    """Where tuned copies of the models' conf/ go (symlinks + patched model.conf); unset = <data_dir>/vosk."""


class TicketSettings(_Section):
    """Queue numbers."""

    database: str | None = None
    """A file path (SQLite, one kiosk; unset = ``<data_dir>/tickets.sqlite3``) or a ``postgresql://`` URL
    (one queue shared by every kiosk, counter, display and the status server). Other URL schemes are refused."""
    average_service_min: float = Field(6.0, gt=0, le=240)
    """Estimated minutes per citizen when there is no history yet."""
    day_starts_at: str = "04:00"
    """Business day boundary (local time, HH:MM from 00:00 to 23:59): numbers restart after it."""
    qr_url: str = "https://example.gov.cn/guide/{service_id}?t={number}"
    """Template for the QR code on slips: {service_id}, {number}, {hall_id}. A ticket's QR encodes its status
    page instead when ``status_base_url`` is set."""
    status_base_url: str = ""
    """Where ``kiosk serve`` is reached from citizens' phones, e.g. ``https://queue.hall.example.gov.cn``;
    a ticket's status page is ``{status_base_url}/t/{token}``. Unset = no status page."""
    serve_host: str = "127.0.0.1"
    """``kiosk serve`` listens here (``0.0.0.0`` behind the hall's reverse proxy)."""
    serve_port: int = Field(8470, ge=1, le=65535)
    serve_rate_per_min: int = Field(120, ge=5, le=100000)
    """Requests per minute one client address may make to the status server."""
    retry_s: float = Field(2.0, ge=0.2, le=300)
    """How often an unreachable ticket database is retried in the background."""
    display_language: Literal["zh", "zh+en"] = "zh"
    """The calling screen's spoken announcement: Mandarin only or Mandarin then English."""

    @field_validator("database", mode="before")
    @classmethod
    def _database(cls, value: Any) -> str | None:
        if isinstance(value, os.PathLike):
            value = os.fspath(value)
        if value is None or not isinstance(value, str) or not value.strip():
            if value is not None and not isinstance(value, str):
                raise ValueError("must be a file path or a postgresql:// URL")
            return None
        import re

        match = re.match(r"^([A-Za-z][A-Za-z0-9+.\-]*)://", value.strip())
        if match and match.group(1).lower() not in ("postgresql", "postgres"):
            raise ValueError(f"the {match.group(1)}:// scheme is not supported; give a file path (SQLite) "
                             "or a postgresql:// URL")
        return value.strip()

    @field_validator("day_starts_at", mode="after")
    @classmethod
    def _day_start(cls, value: str) -> str:
        parts = value.split(":")
        if len(parts) != 2 or not all(p.isdigit() for p in parts) or not (
                0 <= int(parts[0]) < 24 and 0 <= int(parts[1]) < 60):
            raise ValueError(f"must look like 04:00 (hours 00-23, minutes 00-59), not {value!r}")
        return value

    @field_validator("status_base_url", mode="after")
    @classmethod
    def _base(cls, value: str) -> str:
        value = value.strip().rstrip("/")
        if value and not value.startswith(("http://", "https://")):
            raise ValueError(f"must start with http:// or https://, not {value!r}")
        return value


    @field_validator("day_starts_at", mode="after")
    @classmethod
    def _clock(cls, value: str) -> str:
        if not _CLOCK.match(value):
            raise ValueError("must be a time of day HH:MM from 00:00 to 23:59, e.g. 04:00")
        return value


class PrinterSettings(_Section):
    """The slip printer."""

    uri: str = ""
    """Empty = no printer (out of the box): numbers are shown on screen and citizens are asked to note
    them. tcp://host:9100, usb://VID:PID, serial:///dev/ttyS0?baudrate=9600, file:///dev/usb/lp0,
    system://NAME (Qt/CUPS); pdf://FOLDER is a *test printer* (one PDF per slip, no paper)."""
    paper_mm: Literal[58, 80] = 80
    mode: Literal["raster", "text"] = "raster"
    connect_timeout_s: float = Field(1.0, gt=0, le=10)
    status_timeout_s: float = Field(0.3, gt=0, le=5)
    write_timeout_s: float = Field(15.0, gt=0, le=120)
    """tcp://: the job and the printer's answer after it must arrive within this; a printer that stops
    reading or answering is a fault after it, never "printed"."""
    print_guide: bool = True
    """Offer the guidance slip after a ticket."""
    native_qr: bool = True
    """Text mode only: the printer's own QR command (GS ( k); False = QR sent as an image."""
    check_before_issue: bool = True
    """Ask the printer's status when the confirmation opens and warn if it cannot print."""


class AdminSettings(_Section):
    """Hall staff mode."""

    pin_hash: SecretStr | None = None
    """Salted scrypt hash written by ``kiosk admin set-pin``; unset = admin mode explains how to set it."""
    max_attempts: int = Field(5, ge=1, le=20)
    lockout_s: float = Field(300.0, ge=10, le=86400)
    session_idle_s: float = Field(120.0, ge=15, le=3600)
    """A signed-in staff session ends after this long without a touch."""
    watchdog_stall_s: float = Field(1.0, ge=0.2, le=60)
    """The GUI watchdog logs every thread's stack when the GUI thread stalls this long."""
    watchdog_exit_s: float = Field(0.0, ge=0, le=600)
    """Exit (so systemd restarts the kiosk) after a GUI stall this long; 0 = never (the unit sets 5)."""


class NavigatorSettings(_Section):
    """How questions are matched to the catalog: words always; meaning through an embedding model."""

    semantic: bool = True
    """Match by meaning as well as words (bundled local model unless ``embeddings_url`` is set)."""
    embeddings_url: str | None = None
    """The hall's OpenAI-compatible ``/v1/embeddings`` service, e.g. ``http://10.0.0.5:8001/v1``; unset = the
    bundled model. When the service fails the bundled model takes over."""
    embeddings_model: str = "bge-m3"
    embeddings_api_key: SecretStr | None = None
    embeddings_timeout_s: float = Field(1.0, gt=0, le=30)
    """Per-question deadline of the service; past it the question is matched by words alone."""
    query_prefix: str = ""
    passage_prefix: str = ""
    """Prefixes some models expect (e5 on a server that does not add them: ``"query: "`` / ``"passage: "``)."""
    cache_dir: Path | None = None
    """Where entry vectors are cached; unset = ``<data_dir>/navigator-vectors``."""
    threads: int = Field(2, ge=1, le=16)
    """CPU threads of the bundled model."""
