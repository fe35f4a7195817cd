"""``kiosk doctor``: is the kiosk's hardware and offline speech ready? One line per check.

Other areas add their checks by appending to :data:`CHECKS` (a function taking the settings and
returning ``(name, ok, detail)``), e.g. from their own ``kiosk/cli/<area>.py`` module.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable

from kiosk.cli import EXIT_FAILED, EXIT_OK, settings_from
from kiosk.messages import both, translator
from kiosk.settings import Settings

Check = Callable[[Settings], tuple[str, bool, str]]


def check_microphone(settings: Settings) -> tuple[str, bool, str]:
    """The configured (or default) input device opens at 16 kHz mono."""
    from kiosk.speech.audio import MicrophoneUnavailable
    from kiosk.speech.audio import check_microphone as probe

    try:
        return "microphone", True, probe(settings.speech.input_device, settings.speech.sample_rate)
    except MicrophoneUnavailable as exc:
        return "microphone", False, str(exc)


def _model_check(language: str) -> Check:
    def check(settings: Settings) -> tuple[str, bool, str]:
        from kiosk.speech.models import ModelUnavailable, check_model_dir

        try:
            folder = check_model_dir(getattr(settings.speech, f"model_{language}"))
        except ModelUnavailable as exc:
            return f"speech model {language}", False, str(exc)
        size = sum(f.stat().st_size for f in folder.rglob("*") if f.is_file())
        return f"speech model {language}", True, f"{folder} ({size / 1e6:.0f} MB)"

    check.__doc__ = f"The {language} vosk model folder exists and looks complete."
    return check


def _voice_check(language: str) -> Check:
    def check(settings: Settings) -> tuple[str, bool, str]:
        from kiosk.speech.tts import Synthesizer, TtsError

        synth = _synthesizer(settings, Synthesizer)
        _ = translator(language)
        sample = _("Hello, welcome.")
        try:
            result = synth.synthesize(sample, language, settings.speech.rate)
        except TtsError as exc:
            return f"voice {language}", False, exc.message
        return f"voice {language}", True, f"{result.voice}, {result.duration_s:.2f} s in {result.synth_s * 1000:.0f} ms"

    check.__doc__ = f"pyttsx3 renders {language} speech with a verified voice."
    return check


_SYNTH: dict[str, object] = {}


def _synthesizer(settings: Settings, cls):  # noqa: ANN001, ANN202
    if "s" not in _SYNTH:
        _SYNTH["s"] = cls({"zh": settings.speech.voice_zh, "en": settings.speech.voice_en})
    return _SYNTH["s"]


def check_output(settings: Settings) -> tuple[str, bool, str]:
    """A speaker (output device) is present; without one speech is rendered but silent."""
    from kiosk.speech.audio import MicrophoneUnavailable, _sounddevice

    try:
        sd = _sounddevice()
        info = sd.query_devices(settings.speech.output_device, "output")
        return "audio output", True, str(info["name"])
    except (MicrophoneUnavailable, ValueError, Exception) as exc:  # noqa: BLE001
        return "audio output", False, both("no speaker available:") + f" {exc}"


def check_embeddings(settings: Settings) -> tuple[str, bool, str]:
    """The navigator's embedding model (bundled, or the configured service) answers; without it the
    navigator matches by words alone."""
    from kiosk.navigator.embedder import EmbedderError, embedder_from_settings, local_model_status

    if not settings.navigator.semantic:
        return "embeddings", True, "semantic matching switched off (navigator.semantic = false): words only"
    embedder = embedder_from_settings(settings.navigator)
    local = local_model_status()
    if settings.navigator.embeddings_url and embedder is not None:
        try:
            embedder.queries(["身份证"])  # the service (FallbackEmbedder's primary)
            service = f"service {settings.navigator.embeddings_url} OK"
        except EmbedderError as exc:
            service = f"service {settings.navigator.embeddings_url} failed ({exc})"
        return "embeddings", local.ok, f"{service}; bundled fallback: {local.text}"
    return "embeddings", local.ok, local.text


def check_catalog(settings: Settings) -> tuple[str, bool, str]:
    """The hall's catalog (settings ``hall.catalog``) loads; its notes (floors without walkways…) follow."""
    from kiosk.catalog import CatalogError, load_catalog

    try:
        loaded = load_catalog(settings.hall.catalog)
    except CatalogError as exc:
        first = "; ".join(exc.problems[:3]) + ("; …" if len(exc.problems) > 3 else "")
        return "catalog", False, f"{exc.source}: refused, {len(exc.problems)} problem(s): {first}"
    catalog = loaded.catalog
    detail = (f"{catalog.hall.name}: {len(catalog.services)} services, {len(catalog.places)} places "
              f"({loaded.label()})")
    if loaded.notes:
        detail += f"; {len(loaded.notes)} note(s): " + "; ".join(loaded.notes)
    return "catalog", True, detail


CHECKS: list[Check] = [
    check_catalog,
    check_microphone,
    check_output,
    _model_check("zh"),
    _model_check("en"),
    _voice_check("zh"),
    _voice_check("en"),
    check_embeddings,
]
"""Run in order by ``kiosk doctor``; append your area's checks."""


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the ``doctor`` command."""
    parser = subparsers.add_parser("doctor", help="check microphone, speech models, voices (and more)")
    parser.add_argument("--json", action="store_true")
    parser.set_defaults(func=_doctor)


def run_checks(settings: Settings) -> list[tuple[str, bool, str]]:
    """Every check's result; a crashing check counts as failed with its error."""
    results = []
    for check in CHECKS:
        try:
            results.append(check(settings))
        except Exception as exc:  # noqa: BLE001 - the doctor must report, not crash
            results.append((getattr(check, "__name__", "check"), False, f"check crashed: {exc}"))
    return results


def _doctor(args: argparse.Namespace) -> int:
    results = run_checks(settings_from(args))
    if args.json:
        print(json.dumps([{"name": n, "ok": ok, "detail": d} for n, ok, d in results], ensure_ascii=False, indent=2))
    else:
        for name, ok, detail in results:
            print(f"{'OK  ' if ok else 'FAIL'} {name:<18} {detail}")
    return EXIT_OK if all(ok for _, ok, _ in results) else EXIT_FAILED
