"""The ``kiosk`` command line: ``kiosk`` starts the kiosk; subcommands work headless.

Each module in this package that defines ``register(subparsers)`` adds its subcommands; the
handler it sets with ``set_defaults(func=...)`` receives the parsed arguments and returns the exit
code. Exit codes: 0 success, 1 the work failed, 2 bad usage, settings or input (one plain line on
stderr, never a traceback), 130 interrupted (Ctrl-C), 141 the output pipe was closed early
(``kiosk ask … | head``: nothing more is printed, as a command killed by SIGPIPE).
"""

from __future__ import annotations

import argparse
import importlib
import logging
import os
import pkgutil
import sys
from collections.abc import Sequence

from kiosk.catalog import CatalogError, LoadedCatalog, load_catalog
from kiosk.settings import Settings, SettingsError, load_settings

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2
EXIT_INTERRUPTED, EXIT_PIPE_CLOSED = 130, 141


_VALUE_OPTIONS = ("--config", "--catalog")
"""The top-level options that take a value (``--config FILE`` or ``--config=FILE``)."""


def names_command(argv: Sequence[str]) -> bool:
    """Whether ``argv`` names a subcommand or asks for help; False for a plain kiosk start
    (``kiosk``, ``kiosk --windowed --config FILE``), which then parses without importing the
    subcommand modules (the navigator, the LLM client, ...: seconds off the start)."""
    expects_value = False
    for arg in argv:
        if expects_value:
            expects_value = False
        elif arg in _VALUE_OPTIONS:
            expects_value = True
        elif arg != "--windowed" and not arg.startswith(tuple(f"{option}=" for option in _VALUE_OPTIONS)):
            return True  # a command, help, or anything else only the full parser explains
    return False


def build_parser(commands: bool = True) -> argparse.ArgumentParser:
    """The argument parser with every subcommand module registered (``commands=False``: the
    top-level options only, enough to start the kiosk)."""
    parser = argparse.ArgumentParser(prog="kiosk", description="HallGuide 智能导办 kiosk")
    parser.add_argument("--config", help="settings file (TOML); default $KIOSK_CONFIG, else ~/.config/hallguide/settings.toml")
    parser.add_argument("--windowed", action="store_true", help="a normal window instead of fullscreen")
    parser.add_argument("--catalog", dest="app_catalog", help="hall catalog file (overrides settings)")
    if not commands:
        return parser
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for info in sorted(pkgutil.iter_modules(__path__), key=lambda m: m.name):
        try:
            module = importlib.import_module(f"{__name__}.{info.name}")
        except Exception as exc:  # one broken command must not take the others down
            print(f"kiosk: command module {info.name!r} is unavailable: {exc}", file=sys.stderr)
            continue
        register = getattr(module, "register", None)
        if register is not None:
            register(subparsers)
    return parser


def settings_from(args: argparse.Namespace) -> Settings:
    """The settings for this run (loaded once by :func:`main`); raises SettingsError."""
    settings = getattr(args, "settings", None)
    if settings is None:
        settings = load_settings(getattr(args, "config", None))
        args.settings = settings
    return settings


def catalog_from(args: argparse.Namespace) -> LoadedCatalog | None:
    """The catalog named by ``--catalog`` or the settings; None (after a message on stderr) when refused."""
    path = getattr(args, "catalog", None) or settings_from(args).hall.catalog
    try:
        return load_catalog(path)
    except CatalogError as exc:
        print(f"kiosk: {exc}", file=sys.stderr)
        return None


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``kiosk`` console script."""
    arguments = sys.argv[1:] if argv is None else list(argv)
    parser = build_parser(commands=names_command(arguments))
    args = parser.parse_args(arguments)
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    from kiosk.privacy import install_log_masking

    install_log_masking()  # ID, phone and bank numbers never reach a log line
    func = getattr(args, "func", None)
    if func is None:
        from kiosk.cli.run import run_kiosk

        func = run_kiosk
    try:
        settings_from(args)  # bad settings stop every command before anything starts
        code = int(func(args) or 0)
        sys.stdout.flush()  # a closed pipe shows here, inside the handler below
        return code
    except SettingsError as exc:
        print(f"kiosk: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except CatalogError as exc:
        print(f"kiosk: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except BrokenPipeError:
        _silence_stdout()
        return EXIT_PIPE_CLOSED
    except KeyboardInterrupt:
        return EXIT_INTERRUPTED


def _silence_stdout() -> None:
    """After the reader closed the pipe: point stdout at /dev/null so the exit flush cannot fail again."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError):
        pass


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
