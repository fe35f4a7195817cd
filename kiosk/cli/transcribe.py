"""``kiosk transcribe FILE.wav [--model DIR] [--lang zh|en] [--grammar catalog|none] [--json]``."""

from __future__ import annotations

import argparse
import json
import sys
import time

from kiosk.cli import EXIT_FAILED, EXIT_OK, EXIT_USAGE, settings_from


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the ``transcribe`` command."""
    parser = subparsers.add_parser("transcribe", help="recognise speech in a WAV file with the offline model")
    parser.add_argument("file", help="16-bit PCM WAV (any rate, mono or stereo)")
    parser.add_argument("--model", help="vosk model folder (default: speech.model_<lang> from settings)")
    parser.add_argument("--lang", choices=["zh", "en"], default="zh")
    parser.add_argument("--grammar", choices=["catalog", "none"], default=None,
                        help="restrict to the catalog's phrases (default: speech.grammar)")
    parser.add_argument("--catalog", help="catalog for --grammar catalog and vocabulary snapping")
    parser.add_argument("--no-snap", action="store_true", help="print the raw transcript, not snapped to the catalog")
    parser.add_argument("--json", action="store_true", help="print the transcript and timings as JSON")
    parser.set_defaults(func=_transcribe)


def _transcribe(args: argparse.Namespace) -> int:
    from kiosk.speech.audio import read_wav_pcm
    from kiosk.speech.models import ModelUnavailable, check_model_dir
    from kiosk.speech.recognizer import grammar_json, transcribe_pcm
    from kiosk.speech.vocabulary import Vocabulary

    settings = settings_from(args)
    try:
        pcm = read_wav_pcm(args.file, settings.speech.sample_rate)
    except (OSError, EOFError, ValueError) as exc:
        print(f"kiosk transcribe: cannot read {args.file}: {exc}", file=sys.stderr)
        return EXIT_USAGE
    try:
        folder = check_model_dir(args.model or getattr(settings.speech, f"model_{args.lang}"))
    except ModelUnavailable as exc:
        print(f"kiosk transcribe: {exc}", file=sys.stderr)
        return EXIT_USAGE
    vocabulary = Vocabulary([])
    grammar_mode = args.grammar or settings.speech.grammar
    if grammar_mode == "catalog" or not args.no_snap:
        from kiosk.catalog import CatalogError, load_catalog

        try:
            vocabulary = Vocabulary.from_catalog(load_catalog(args.catalog or settings.hall.catalog).catalog)
        except CatalogError as exc:
            if grammar_mode == "catalog":
                print(f"kiosk transcribe: catalog needed for --grammar catalog: {exc}", file=sys.stderr)
                return EXIT_USAGE
    import vosk

    vosk.SetLogLevel(-1)
    start = time.perf_counter()
    model = vosk.Model(model_path=str(folder))
    load_s = time.perf_counter() - start
    grammar = None
    if grammar_mode == "catalog":
        from kiosk.speech.models import read_words

        words = read_words(folder) or None
        grammar = grammar_json(vocabulary.phrases(args.lang, words), words)
    try:
        result = transcribe_pcm(model, pcm, settings.speech.sample_rate, grammar)
    except Exception as exc:  # noqa: BLE001 - vosk errors are plain Exceptions
        print(f"kiosk transcribe: recognition failed: {exc}", file=sys.stderr)
        return EXIT_FAILED
    snap = vocabulary.snap(result.text) if not args.no_snap else None
    text = snap.text if snap else result.text
    if args.json:
        print(json.dumps({
            "text": text,
            "raw": result.text,
            "snapped_to": snap.term if snap else None,
            "segments": result.segments,
            "model": str(folder),
            "grammar": grammar_mode,
            "audio_s": round(result.audio_s, 3),
            "model_load_s": round(load_s, 3),
            "decode_s": round(result.decode_s, 3),
            "rtf": round(result.rtf, 3),
            "final_latency_ms": round(result.final_latency_s * 1000, 1),
        }, ensure_ascii=False, indent=2))
    else:
        print(text)
    return EXIT_OK
