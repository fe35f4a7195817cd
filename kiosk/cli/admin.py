"""``kiosk admin set-pin`` (write the staff PIN hash) and ``kiosk admin audit`` (show the audit trail)."""

from __future__ import annotations

import argparse
import getpass
import os
import sys

from kiosk.admin.audit import AuditLog
from kiosk.admin.pin import PinError, check_pin_format, hash_pin
from kiosk.admin.settings_file import SettingsFileError, resolve_config_path, update_settings_file
from kiosk.messages import pair
from kiosk.settings import load_settings

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2
_READS_ITS_OWN_FILE = "set-pin reads and validates the settings file itself"


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the ``admin`` command."""
    parser = subparsers.add_parser("admin", help="hall staff mode: PIN and audit trail")
    sub = parser.add_subparsers(dest="admin_command", required=True, metavar="ACTION")
    set_pin = sub.add_parser("set-pin", help="set the staff PIN (stored as a salted hash in the settings file)")
    set_pin.add_argument("--pin-stdin", action="store_true", help="read the PIN from standard input (scripts)")
    # set-pin may create the settings file, so kiosk.cli.main must not require it to exist first:
    # a non-None ``settings`` tells settings_from() that this command reads its file itself.
    set_pin.set_defaults(func=_set_pin, settings=_READS_ITS_OWN_FILE)
    audit = sub.add_parser("audit", help="show the last entries of the admin audit log")
    audit.add_argument("-n", "--lines", type=int, default=20, help="how many entries (default 20)")
    audit.set_defaults(func=_audit)


def _read_pin(args: argparse.Namespace) -> str | None:
    if args.pin_stdin:
        return sys.stdin.readline().strip()
    first = getpass.getpass("New staff PIN (4-12 digits): ")
    try:
        check_pin_format(first)
    except PinError as exc:
        print(f"kiosk: {exc}", file=sys.stderr)
        return None
    if getpass.getpass("Repeat the PIN: ") != first:
        print("kiosk: the two PINs differ; nothing was changed", file=sys.stderr)
        return None
    return first


def _set_pin(args: argparse.Namespace) -> int:
    path = resolve_config_path(args.config)
    pin = _read_pin(args)
    if pin is None:
        return EXIT_USAGE
    try:
        stored = hash_pin(pin)
    except PinError as exc:
        print(f"kiosk: {exc}", file=sys.stderr)
        return EXIT_USAGE
    try:
        update_settings_file(path, {"admin.pin_hash": stored}, allow=frozenset({"admin.pin_hash"}))
    except SettingsFileError as exc:
        print(f"kiosk: {exc}", file=sys.stderr)
        return EXIT_FAILED
    try:
        AuditLog.in_data_dir(load_settings(path).data_dir).record("pin.set", "ok", "from the command line")
    except Exception:  # noqa: BLE001 - the PIN is set; the audit line is best effort here
        pass
    print(f"Staff PIN set (salted scrypt hash) in {path}")
    print("\n".join(pair("A kiosk running with this settings file uses the new PIN from its next sign-in: "
                          "no restart needed.")))
    if args.config is None and "KIOSK_CONFIG" not in os.environ:
        print("Start the kiosk with this file: kiosk --config " + str(path))
    return EXIT_OK


def _audit(args: argparse.Namespace) -> int:
    path = resolve_config_path(args.config)
    settings = load_settings(path if path.is_file() else None)
    entries = AuditLog.in_data_dir(settings.data_dir).tail(args.lines)
    if not entries:
        print("(the admin audit log is empty)")
    for entry in entries:
        detail = f"  {entry.detail}" if entry.detail else ""
        print(f"{entry.time}  {entry.action:<22} {entry.outcome:<8}{detail}")
    return EXIT_OK
