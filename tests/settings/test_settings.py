"""Settings: TOML + KIOSK_ environment overrides, clear errors naming the key, secrets never shown."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from kiosk.settings import SettingsError, load_settings


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "kiosk.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_defaults_use_the_demo_hall() -> None:
    settings = load_settings()
    assert settings.hall.catalog.name == "catalog.json"
    assert settings.ui.idle_timeout_s == 60
    assert settings.llm.base_url is None


def test_toml_and_env_override(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = write(tmp_path, '[llm]\nbase_url = "http://127.0.0.1:9/v1"\nmodel = "a"\n[ui]\nidle_timeout_s = 90\n')
    monkeypatch.setenv("KIOSK_LLM__MODEL", "deepseek-r1-distill")
    settings = load_settings(path)
    assert settings.llm.base_url == "http://127.0.0.1:9/v1"
    assert settings.llm.model == "deepseek-r1-distill"  # environment beats the file
    assert settings.ui.idle_timeout_s == 90
    assert settings.config_file() == path


def test_unknown_key_is_named(tmp_path: Path) -> None:
    path = write(tmp_path, "[ui]\nidle_timout_s = 30\n")
    with pytest.raises(SettingsError, match=r"ui\.idle_timout_s: unknown setting"):
        load_settings(path)


def test_bad_value_is_named(tmp_path: Path) -> None:
    path = write(tmp_path, '[ui]\nidle_timeout_s = "soon"\n')
    with pytest.raises(SettingsError, match=r"ui\.idle_timeout_s"):
        load_settings(path)


def test_bad_toml_and_missing_file(tmp_path: Path) -> None:
    with pytest.raises(SettingsError, match="not valid TOML"):
        load_settings(write(tmp_path, "[ui\n"))
    with pytest.raises(SettingsError, match="not found"):
        load_settings(tmp_path / "nope.toml")


def test_secret_never_shown(tmp_path: Path) -> None:
    path = write(tmp_path, '[llm]\napi_key = "sk-very-secret-123"\nmax_tokens = "many"\n')
    with pytest.raises(SettingsError) as info:
        load_settings(path)
    assert "sk-very-secret" not in str(info.value)
    settings = load_settings(write(tmp_path, '[llm]\napi_key = "sk-very-secret-123"\n'))
    assert "sk-very-secret" not in repr(settings)
    assert settings.llm.api_key_value() == "sk-very-secret-123"


def test_cli_exits_2_on_bad_config(tmp_path: Path) -> None:
    path = write(tmp_path, "[printer]\nuri = 5\nbogus = 1\n")
    result = subprocess.run([sys.executable, "-m", "kiosk", "--config", str(path), "catalog", "schema"],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 2
    assert "printer.bogus: unknown setting" in result.stderr
    assert "printer.uri" in result.stderr


def test_example_config_is_valid() -> None:
    example = Path(__file__).resolve().parents[2] / "kiosk.example.toml"
    settings = load_settings(example)
    assert settings.ui.language == "zh"


# -- hostile and odd settings (issue 13 item 21) ---------------------------------------------------
def test_byte_order_mark_is_accepted(tmp_path: Path) -> None:
    """Notepad writes a UTF-8 BOM; the file still loads."""
    path = tmp_path / "bom.toml"
    path.write_bytes(b'\xef\xbb\xbf[ui]\nlanguage = "en"\n')
    assert load_settings(path).ui.language == "en"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("a = " + "[" * 3000 + "]" * 3000 + "\n", "nested too deeply"),
        ("[ui]\nx = " + "[" * 20 + "]" * 20 + "\n", "nested more than"),
        ('[tickets]\nday_starts_at = "25:00"\n', "tickets.day_starts_at: must look like 04:00"),
        ('[tickets]\nday_starts_at = "4"\n', "tickets.day_starts_at"),
        ('[llm]\nbase_url = "http://[::1"\n', "llm.base_url: not a usable URL"),
        ('[llm]\nbase_url = "ftp://host/v1"\n', "llm.base_url: must be an http:// or https:// URL"),
        ('[llm]\napi_key = "密钥sk-123"\n', "llm.api_key: the API key must be printable ASCII"),
        ("[ui]\nidle_timeout_s = " + "9" * 5000 + "\n", "not usable TOML"),
    ],
)
def test_odd_settings_are_named(tmp_path: Path, text: str, expected: str) -> None:
    with pytest.raises(SettingsError) as info:
        load_settings(write(tmp_path, text))
    assert expected in str(info.value)
    assert "密钥" not in str(info.value)  # never the value


def test_binary_or_odd_key_file_is_refused(tmp_path: Path) -> None:
    key = tmp_path / "key.bin"
    key.write_bytes(bytes(range(256)))
    with pytest.raises(SettingsError, match=r"llm\.api_key_file: the key file holds binary or non-ASCII bytes"):
        load_settings(write(tmp_path, f'[llm]\napi_key_file = "{key}"\n'))
    with pytest.raises(SettingsError, match=r"llm\.api_key_file: the key file is not a regular file"):
        load_settings(write(tmp_path, '[llm]\napi_key_file = "/dev/zero"\n'))
    key.write_text("sk-good-key\n", encoding="ascii")
    assert load_settings(write(tmp_path, f'[llm]\napi_key_file = "{key}"\n')).llm.api_key_value() == "sk-good-key"
    key.write_bytes(b"\x00\xff")  # gone bad after loading: no key, no exception
    assert load_settings(write(tmp_path, "")).llm.api_key_value() is None


def test_settings_file_must_be_a_small_regular_file(tmp_path: Path) -> None:
    fifo = tmp_path / "fifo.toml"
    os.mkfifo(fifo)
    with pytest.raises(SettingsError, match="not a regular file"):
        load_settings(fifo)
    with pytest.raises(SettingsError, match="is a folder"):
        load_settings(tmp_path)
    huge = tmp_path / "huge.toml"
    with huge.open("wb") as f:
        f.truncate(2 * 1024 * 1024)
    with pytest.raises(SettingsError, match="larger than"):
        load_settings(huge)


def test_broken_section_json_in_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KIOSK_LLM", '{"base_url": ')
    with pytest.raises(SettingsError, match="environment variable KIOSK_LLM: not valid JSON"):
        load_settings()


def _kiosk(*args: str, env: dict[str, str] | None = None, config: Path | None = None) -> subprocess.CompletedProcess:
    command = [sys.executable, "-m", "kiosk", *(["--config", str(config)] if config else []), *args]
    return subprocess.run(command, capture_output=True, text=True, timeout=120, env={**os.environ, **(env or {})})


@pytest.mark.parametrize(
    ("args", "env", "text", "expected"),
    [
        (("ask", "厕所在哪", "--llm-url", "http://[::1"), {}, None, "llm.base_url: not a usable URL"),
        (("llm", "check", "--llm-url", "http://[::1"), {}, None, "llm.base_url: not a usable URL"),
        (("catalog", "schema"), {"KIOSK_LLM": '{"base_url": '}, None, "KIOSK_LLM: not valid JSON"),
        (("catalog", "schema"), {}, "a = " + "[" * 3000 + "]" * 3000, "nested too deeply"),
        (("catalog", "schema"), {}, '[llm]\napi_key = "密钥"\n', "llm.api_key"),
        (("catalog", "schema"), {}, '[tickets]\nday_starts_at = "25:00"\n', "tickets.day_starts_at"),
    ],
)
def test_cli_odd_settings_exit_2_without_traceback(tmp_path: Path, args, env, text, expected) -> None:
    config = write(tmp_path, text) if text is not None else None
    result = _kiosk(*args, env=env, config=config)
    assert result.returncode == 2, result.stderr
    assert expected in result.stderr and "Traceback" not in result.stderr


def test_cli_output_into_a_closed_pipe(tmp_path: Path) -> None:
    """``kiosk ask - | head -1``: no BrokenPipe traceback, the documented exit code 141."""
    questions = tmp_path / "questions.txt"
    questions.write_text("身份证丢了怎么办\n" * 300, encoding="utf-8")
    with questions.open("rb") as stdin:
        reader = subprocess.Popen([sys.executable, "-m", "kiosk", "ask", "-", "--no-llm"], stdin=stdin,
                                  stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        assert reader.stdout is not None and reader.stderr is not None
        assert reader.stdout.readline()
        reader.stdout.close()  # as head does after its line
        err = reader.stderr.read()
        reader.wait(timeout=120)
    assert reader.returncode == 141, err.decode()
    assert b"Traceback" not in err and b"BrokenPipe" not in err
