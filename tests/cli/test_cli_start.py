"""The plain ``kiosk`` start parses its few options without importing the subcommand modules."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from kiosk.cli import build_parser, names_command

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize(("argv", "expected"), [
    ([], False),
    (["--windowed"], False),
    (["--config", "x.toml", "--windowed", "--catalog", "c.json"], False),
    (["--config=x.toml", "--catalog=c.json"], False),
    (["--config", "ask"], False),  # "ask" is the settings file here, not the command
    (["ask", "身份证"], True),
    (["--windowed", "catalog", "validate", "f.json"], True),
    (["-h"], True),
    (["--help"], True),
    (["--win"], True),  # an abbreviation: the full parser explains or accepts it
    (["--unknown"], True),
])
def test_names_command(argv, expected):
    assert names_command(argv) is expected


def test_plain_start_parser_takes_the_top_level_options():
    args = build_parser(commands=False).parse_args(["--windowed", "--config", "x.toml", "--catalog", "c.json"])
    assert (args.windowed, args.config, args.app_catalog) == (True, "x.toml", "c.json")
    assert getattr(args, "func", None) is None  # main() then runs the kiosk


def test_plain_start_imports_no_subcommand_module(tmp_path):
    """``kiosk --catalog broken.json`` goes as far as the catalog without importing kiosk.cli.ask & co.;
    checking a whole catalog (walkways included) needs no networkx either (routes import it later)."""
    broken = tmp_path / "broken.json"
    broken.write_text("{", encoding="utf-8")
    script = ("import sys\n"
              "from kiosk.cli import main\n"
              f"code = main(['--windowed', '--catalog', {str(broken)!r}])\n"
              "from kiosk.catalog import load_catalog\n"
              "from kiosk.settings import DEMO_CATALOG\n"
              "load_catalog(DEMO_CATALOG)\n"
              "loaded = sorted(m for m in sys.modules if m.startswith('kiosk.cli.') and m != 'kiosk.cli.run')\n"
              "print('CODE', code, 'LOADED', loaded, 'NX', 'networkx' in sys.modules)\n")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=env, timeout=60,
                         cwd=ROOT)
    assert "CODE 2 LOADED [] NX False" in out.stdout, out.stdout + out.stderr[-2000:]


def test_a_command_still_gets_the_full_parser(capsys):
    with pytest.raises(SystemExit):
        build_parser().parse_args(["--help"])
    assert "catalog" in capsys.readouterr().out
