"""``kiosk llm check`` / ``kiosk llm ask`` and the ``kiosk ask`` bridge, against the local server."""

from __future__ import annotations

import json

from llm_support import settings_for
from sse_server import ChatServer, Scenario, error, refused_port, stream

from kiosk.cli import main
from kiosk.cli.llm_turn import elaborate_for_cli


def test_check_reports_model_and_first_token(server: ChatServer, capsys) -> None:
    """check: reachable, model listed, time to first token (reasoning counts) and to the answer, reasoning seen."""
    server.push(Scenario(stream(["好"], reasoning=["嗯"], delay=0.05)))
    assert main(["llm", "check", "--llm-url", server.url, "--model", "test-model", "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["ok"] and report["model_listed"] and report["reasoning"]
    assert report["first_token_s"] <= report["first_content_s"] and report["reply"] == "好"
    assert report["first_content_s"] >= 0.05  # the answer comes after the reasoning chunk's pause
    assert main(["llm", "check", "--llm-url", server.url, "--model", "other"]) == 0
    assert "NOT listed" in capsys.readouterr().out


def test_check_unreachable_and_errors(server: ChatServer, capsys) -> None:
    """check: connection refused and HTTP errors give exit 1 and plain words."""
    assert main(["llm", "check", "--llm-url", f"http://127.0.0.1:{refused_port()}/v1"]) == 1
    assert "Cannot reach" in capsys.readouterr().out
    server.push(error(401, "no key"))
    assert main(["llm", "check", "--llm-url", server.url]) == 1
    assert "401" in capsys.readouterr().out


def test_check_without_service(capsys, monkeypatch) -> None:
    """No URL configured: exit 2 with a hint."""
    monkeypatch.delenv("KIOSK_LLM__BASE_URL", raising=False)
    assert main(["llm", "check"]) == 2
    assert "--llm-url" in capsys.readouterr().err


def test_llm_ask_streams_grounded_answer(server: ChatServer, capsys, demo_catalog) -> None:
    """llm ask: the navigator's card, then the model's answer; --json has answered_by and cited ids."""
    service = demo_catalog.catalog.services[0]
    window = service.windows[0]
    server.default = Scenario(stream([f"{service.name}", f"请到{window}窗口办理。"]))
    assert main(["llm", "ask", service.name, "--llm-url", server.url, "--json"]) == 0
    data = json.loads(capsys.readouterr().out.strip().splitlines()[-1])
    assert data["answered_by"] == "llm" and service.id in data["cited"]
    assert data["answer"] == f"{service.name}请到{window}窗口办理。" and data["catalog_answer"]
    assert main(["llm", "ask", service.name, "--llm-url", server.url, "--model", "test-model"]) == 0
    out = capsys.readouterr().out
    assert f"请到{window}窗口办理。" in out and "— test-model —" in out


def test_bridge_for_kiosk_ask_falls_back(capsys, answer_for) -> None:
    """elaborate_for_cli (used by ``kiosk ask --llm-url``) prints the catalog answer when offline."""
    settings = settings_for(f"http://127.0.0.1:{refused_port()}/v1")
    assert elaborate_for_cli(answer_for("社保卡丢了"), settings, as_json=True) == 0
    data = json.loads(capsys.readouterr().out.strip().splitlines()[-1])
    assert data["answered_by"] == "catalog" and data["llm"]["fallback_reason"] == "connect_failed"
    assert data["cited"] == ["sbk-bb"]
