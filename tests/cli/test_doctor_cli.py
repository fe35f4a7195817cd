"""``kiosk doctor`` reports every area: microphone, models, voices, the LLM service and the printer."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
from pathlib import Path


def doctor(tmp_path: Path, **env: str) -> dict[str, dict]:
    closed = socket.socket()
    closed.bind(("127.0.0.1", 0))
    port = closed.getsockname()[1]
    closed.close()  # nothing listens there now: connection refused
    environment = {**os.environ, "KIOSK_PRINTER__URI": f"pdf://{tmp_path}",
                   "KIOSK_LLM__BASE_URL": f"http://127.0.0.1:{port}/v1", **env}
    result = subprocess.run([sys.executable, "-m", "kiosk", "doctor", "--json"], capture_output=True, text=True,
                            timeout=120, env=environment)
    assert result.returncode in (0, 1), result.stderr
    return {item["name"]: item for item in json.loads(result.stdout)}


def test_doctor_covers_every_area(tmp_path: Path) -> None:
    found = doctor(tmp_path)
    for name in ("microphone", "speech model zh", "voice zh", "voice en", "llm service", "printer"):
        assert name in found, name
    assert found["voice zh"]["ok"] and "cmn" in found["voice zh"]["detail"]
    assert found["printer"]["ok"]
    assert found["llm service"]["ok"] is False and "reach" in found["llm service"]["detail"].lower()
