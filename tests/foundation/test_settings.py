"""Settings: TOML + KIOSK_ environment overrides, clear errors naming the key, secrets never shown."""

from __future__ import annotations

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
