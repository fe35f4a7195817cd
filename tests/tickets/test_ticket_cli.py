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
