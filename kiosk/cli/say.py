"""``kiosk say TEXT [--lang zh|en] --out FILE.wav``: render speech with the kiosk's verified voice."""

from __future__ import annotations

import argparse
import sys

from kiosk.cli import EXIT_FAILED, EXIT_OK, settings_from


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the ``say`` command."""
    parser = subparsers.add_parser("say", help="write speech for a text to a WAV file")
    parser.add_argument("text")
    parser.add_argument("--lang", choices=["zh", "en"], default="zh")
    parser.add_argument("--out", required=True, help="WAV file to write")
    parser.add_argument("--elderly", action="store_true", help="the slower elderly-mode rate")
    parser.set_defaults(func=_say)


def _say(args: argparse.Namespace) -> int:
    from kiosk.speech.tts import Synthesizer, TtsError, write_wav

    speech = settings_from(args).speech
    synthesizer = Synthesizer({"zh": speech.voice_zh, "en": speech.voice_en}, volume=speech.volume)
    try:
        result = synthesizer.synthesize(args.text, args.lang, speech.rate_elderly if args.elderly else speech.rate)
        write_wav(args.out, result.pcm, result.sample_rate)
    except TtsError as exc:
        print(f"kiosk say: {exc.message}", file=sys.stderr)
        return EXIT_FAILED
    except OSError as exc:
        print(f"kiosk say: cannot write {args.out}: {exc}", file=sys.stderr)
        return EXIT_FAILED
    print(f"{args.out}: {result.duration_s:.2f} s, voice {result.voice}, {result.sample_rate} Hz, "
          f"rendered in {result.synth_s * 1000:.0f} ms")
    return EXIT_OK
