"""``kiosk ticket issue/list`` and ``kiosk print-test`` as a user runs them (real processes, real files)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

HALL = Path(__file__).resolve().parent / "data" / "hall" / "catalog.json"


def _kiosk(tmp_path: Path, *args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "KIOSK_DATA_DIR": str(tmp_path), "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([sys.executable, "-m", "kiosk", "--catalog", str(HALL), *args], capture_output=True,
                          text=True, env=env, timeout=60)


def test_issue_and_list(tmp_path):
    """Two issues (one priority), JSON output, then the day's list."""
    first = _kiosk(tmp_path, "ticket", "issue", "social-card", "--json")
    assert first.returncode == 0, first.stderr
    data = json.loads(first.stdout)
    assert (data["number"], data["people_ahead"], data["windows"]) == ("B001", 0, ["B1"])
    second = _kiosk(tmp_path, "ticket", "issue", "social-card", "--priority")
    assert second.returncode == 0 and second.stdout.startswith("B002 绿色通道") and "前面 0 人" in second.stdout
    third = _kiosk(tmp_path, "ticket", "issue", "social-card", "--json")
    assert json.loads(third.stdout)["people_ahead"] == 2
    listing = _kiosk(tmp_path, "ticket", "list")
    assert "3 ticket(s)" in listing.stdout and "B002   P waiting" in listing.stdout
    rows = json.loads(_kiosk(tmp_path, "ticket", "list", "--json").stdout)
    assert [r["number"] for r in rows] == ["B001", "B002", "B003"]
    assert _kiosk(tmp_path, "ticket", "list", "--day", "2001-01-01").stdout.startswith("2001-01-01: 0 ticket(s)")


def test_bad_input_is_explained(tmp_path):
    """Unknown service, bad day, bad printer URI: exit 2 with a plain message."""
    unknown = _kiosk(tmp_path, "ticket", "issue", "no-such-service")
    assert unknown.returncode == 2 and "unknown service" in unknown.stderr
    bad_day = _kiosk(tmp_path, "ticket", "list", "--day", "yesterday")
    assert bad_day.returncode == 2 and "--day" in bad_day.stderr
    bad_uri = _kiosk(tmp_path, "print-test", "--printer", "lpt://1")
    assert bad_uri.returncode == 2 and "unknown printer type" in bad_uri.stderr


def test_print_test_to_pdf_and_tcp(tmp_path, network_printer):
    """A sample guide to PDF, a sample ticket to the TCP printer, and a paper-out printer (exit 1)."""
    pdf = _kiosk(tmp_path, "print-test", "--printer", f"pdf://{tmp_path}/slips", "--slip", "guide")
    assert pdf.returncode == 0, pdf.stderr
    assert list((tmp_path / "slips").glob("guide-*.pdf"))
    tcp = _kiosk(tmp_path, "print-test", "--printer", network_printer.uri, "--paper", "58")
    assert tcp.returncode == 0, tcp.stderr
    assert "status ok" in tcp.stdout and b"\x1dv0" in network_printer.jobs[-1]
    network_printer.state = "paper_out"
    out = _kiosk(tmp_path, "print-test", "--printer", network_printer.uri, "--mode", "text")
    assert out.returncode == 1 and "paper_out" in out.stderr and "缺纸" in out.stderr


def _kiosk_env(tmp_path: Path, env: dict[str, str], *args: str) -> subprocess.CompletedProcess:
    full = {**os.environ, "KIOSK_DATA_DIR": str(tmp_path), "QT_QPA_PLATFORM": "offscreen", **env}
    return subprocess.run([sys.executable, "-m", "kiosk", "--catalog", str(HALL), *args], capture_output=True,
                          text=True, env=full, timeout=60)


def test_shared_queue_from_two_kiosks_and_a_counter(tmp_path, pg_url):
    """Two kiosk data folders, one PostgreSQL queue: numbers continue; ``ticket call`` drives it; status_url."""
    env = {"KIOSK_TICKETS__DATABASE": pg_url, "KIOSK_TICKETS__STATUS_BASE_URL": "https://q.example.gov.cn/"}
    one = _kiosk_env(tmp_path / "k1", env, "ticket", "issue", "social-card", "--json")
    two = _kiosk_env(tmp_path / "k2", env, "ticket", "issue", "social-card", "--json")
    assert one.returncode == 0 and two.returncode == 0, one.stderr + two.stderr
    first, second = json.loads(one.stdout), json.loads(two.stdout)
    assert (first["number"], second["number"], second["people_ahead"]) == ("B001", "B002", 1)
    assert second["status_url"].startswith("https://q.example.gov.cn/t/") and "B002" not in second["status_url"]
    k1 = tmp_path / "k1"
    assert not k1.exists() or not any(p.name.startswith("postgresql") for p in k1.iterdir())
    called = json.loads(_kiosk_env(tmp_path, env, "ticket", "call", "--window", "B1", "--json").stdout)
    assert (called["action"], called["number"], called["window_id"]) == ("called", "B001", "B1")
    recalled = json.loads(_kiosk_env(tmp_path, env, "ticket", "call", "--window", "B1", "--recall", "--json").stdout)
    assert (recalled["number"], recalled["calls"]) == ("B001", 2)
    served = _kiosk_env(tmp_path, env, "ticket", "call", "--window", "B1", "--served")
    assert served.returncode == 0 and served.stdout.startswith("served: B001")
    _kiosk_env(tmp_path, env, "ticket", "call", "--window", "B1")
    no_show = json.loads(_kiosk_env(tmp_path, env, "ticket", "call", "--window", "B1", "--no-show", "--json").stdout)
    assert (no_show["number"], no_show["state"]) == ("B002", "no_show")
    nobody = _kiosk_env(tmp_path, env, "ticket", "call", "--window", "B1", "--served")
    assert nobody.returncode == 1 and "no number being called" in nobody.stderr
    empty = json.loads(_kiosk_env(tmp_path, env, "ticket", "call", "--window", "B1", "--json").stdout)
    assert empty == {"window_id": "B1", "action": "none", "number": None}
    bad_window = _kiosk_env(tmp_path, env, "ticket", "call", "--window", "Z9")
    assert bad_window.returncode == 2 and "unknown window" in bad_window.stderr


def test_database_setting_refused_or_away_is_one_plain_line(tmp_path, own_pg):
    mysql = _kiosk_env(tmp_path, {"KIOSK_TICKETS__DATABASE": "mysql://root@db/hall"}, "ticket", "list")
    assert mysql.returncode == 2 and "mysql:// scheme is not supported" in mysql.stderr
    assert "Traceback" not in mysql.stderr
    url = own_pg.create_database("cli_away")
    own_pg.stop("fast")
    away = _kiosk_env(tmp_path, {"KIOSK_TICKETS__DATABASE": url}, "ticket", "issue", "social-card")
    assert away.returncode == 1 and "cannot be reached" in away.stderr and "Traceback" not in away.stderr
    folder = tmp_path / "db-folder"
    folder.mkdir()
    as_folder = _kiosk_env(tmp_path, {"KIOSK_TICKETS__DATABASE": str(folder)}, "ticket", "issue", "social-card")
    assert as_folder.returncode == 1 and "folder" in as_folder.stderr and "Traceback" not in as_folder.stderr
    late = _kiosk_env(tmp_path, {"KIOSK_TICKETS__DAY_STARTS_AT": "25:00"}, "ticket", "list")
    assert late.returncode == 2 and "day_starts_at" in late.stderr and "Traceback" not in late.stderr
