"""Staff page "设置 Settings": LLM URL/model (with 测试连接), idle timeout, volume, speech rate,
default language and elderly-mode default; saved to the settings file and applied where possible."""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from kiosk.admin.settings_file import RESTART_NEEDED, SettingsFileError, describe_change, update_settings_file
from kiosk.admin.status import StatusItem, llm_status
from kiosk.admin.status_text import bilingual, state_label
from kiosk.ui.admin.background import run_off_gui
from kiosk.ui.admin.controls import make_button, make_label
from kiosk.ui.admin.keyboard_lift import hide_keyboard, latin_field
from kiosk.ui.admin.page import Page, card
from kiosk.ui.admin.services import AdminServices
from kiosk.ui.text import tr_both

_LOGGER = logging.getLogger(__name__)


def _line(name: str) -> QLineEdit:
    edit = latin_field(QLineEdit())  # a URL and a model name: the Latin keyboard, no pinyin
    edit.setObjectName(name)
    edit.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
    return edit


class SettingsPage(Page):
    """A short form; nothing is written until 保存 Save."""

    def __init__(self, services: AdminServices, parent: QWidget | None = None) -> None:
        super().__init__(tr_both("StaffAdminSettings", "Settings"), parent)
        self.services = services
        box = card("settingsForm")
        form = QFormLayout(box)
        form.setContentsMargins(28, 20, 28, 20)
        form.setHorizontalSpacing(28)
        form.setVerticalSpacing(14)
        self.llm_url = _line("llmUrl")
        self.llm_url.setPlaceholderText("http://10.0.0.5:8000/v1  " + tr_both("StaffAdminSettings", "(empty = offline)"))
        self.llm_model = _line("llmModel")
        test_row = QHBoxLayout()
        self.test_button = make_button(tr_both("StaffAdminSettings", "Test connection"), "llmTest")
        self.test_button.clicked.connect(self._test)
        self.test_result = make_label("", "muted", "llmTestResult")
        test_row.addWidget(self.test_button)
        test_row.addWidget(self.test_result, 1)
        self.idle = Stepper("idleTimeout", 10, 3600, 10, " " + tr_both("StaffAdminSettings", "s"))
        self.volume = Stepper("volume", 0, 1, 0.1, "", decimals=1)
        self.rate = Stepper("speechRate", 60, 400, 10, (" " + tr_both("StaffAdminSettings", "wpm")))
        lang_row = QHBoxLayout()
        self.lang_buttons: dict[str, QPushButton] = {}
        for code, text in (("zh", "中文"), ("en", "English")):
            button = make_button(text, f"lang_{code}", "toggle")
            button.setCheckable(True)
            button.setAutoExclusive(True)
            lang_row.addWidget(button)
            self.lang_buttons[code] = button
        lang_row.addStretch(1)
        self.elderly = make_button(tr_both("StaffAdminSettings", "Off"), "elderlyDefault", "toggle")
        self.elderly.setFixedWidth(220)
        self.elderly.setCheckable(True)
        self.elderly.toggled.connect(lambda on: self.elderly.setText(tr_both("StaffAdminSettings", "On") if on else tr_both("StaffAdminSettings", "Off")))
        form.addRow(_name(tr_both("StaffAdminSettings", "LLM URL"), "llm.base_url"), self.llm_url)
        form.addRow(_name(tr_both("StaffAdminSettings", "Model"), "llm.model"), self.llm_model)
        form.addRow(make_label(""), _wrap(test_row))
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        form.addRow(_name(tr_both("StaffAdminSettings", "Idle timeout"), "ui.idle_timeout_s"), self.idle)
        form.addRow(_name(tr_both("StaffAdminSettings", "Volume"), "speech.volume"), self.volume)
        form.addRow(_name(tr_both("StaffAdminSettings", "Speech rate"), "speech.rate"), self.rate)
        form.addRow(_name(tr_both("StaffAdminSettings", "Default language"), "ui.language"), _wrap(lang_row))
        form.addRow(_name(tr_both("StaffAdminSettings", "Elderly mode"), "ui.elderly_mode"), self.elderly)
        self.body.addWidget(box)
        row = QHBoxLayout()
        self.where = make_label("", "muted", "settingsFile")
        row.addWidget(self.where, 1)
        self.save_button = make_button(tr_both("StaffAdminSettings", "Save"), "settingsSave", "primary")
        self.save_button.setMinimumWidth(240)
        self.save_button.clicked.connect(self.save)
        row.addWidget(self.save_button)
        self.body.addLayout(row)
        self.message = make_label("", "muted", "settingsMessage")
        self.body.addWidget(self.message)
        self.body.addStretch(1)

    def refresh(self) -> None:
        """Fill the form from the settings in use."""
        s = self.services.settings
        self.llm_url.setText(s.llm.base_url or "")
        self.llm_model.setText(s.llm.model)
        self.idle.setValue(int(s.ui.idle_timeout_s))
        self.volume.setValue(s.speech.volume)
        self.rate.setValue(s.speech.rate)
        self.lang_buttons[s.ui.language].setChecked(True)
        self.elderly.setChecked(s.ui.elderly_mode)
        self.elderly.setText(tr_both("StaffAdminSettings", "On") if s.ui.elderly_mode else tr_both("StaffAdminSettings", "Off"))
        self.where.setText(tr_both("StaffAdminSettings", "Settings file:") + f" {self.services.settings_path()}")
        self.message.clear()

    def values(self) -> dict[str, Any]:
        """The form as dotted settings keys."""
        language = "en" if self.lang_buttons["en"].isChecked() else "zh"
        return {
            "llm.base_url": self.llm_url.text().strip() or None,
            "llm.model": self.llm_model.text().strip() or "deepseek-r1",
            "ui.idle_timeout_s": float(self.idle.value()),
            "speech.volume": round(self.volume.value(), 2),
            "speech.rate": int(self.rate.value()),
            "ui.language": language,
            "ui.elderly_mode": self.elderly.isChecked(),
        }

    def save(self) -> None:
        """Write changed values to the settings file, then apply them to the running kiosk."""
        hide_keyboard()
        s = self.services.settings
        current = {"llm.base_url": s.llm.base_url, "llm.model": s.llm.model,
                   "ui.idle_timeout_s": s.ui.idle_timeout_s, "speech.volume": s.speech.volume,
                   "speech.rate": s.speech.rate, "ui.language": s.ui.language, "ui.elderly_mode": s.ui.elderly_mode}
        changes = {k: v for k, v in self.values().items() if current.get(k) != v}
        if not changes:
            self.message.setText(tr_both("StaffAdminSettings", "Nothing changed"))
            return
        path = self.services.settings_path()
        try:
            update_settings_file(path, changes)
        except SettingsFileError as exc:
            self.message.setText(tr_both("StaffAdminSettings", "Not saved:") + f" {exc}")
            self.services.audit.record("settings.save", "refused", ", ".join(sorted(changes)))
            return
        for key, value in changes.items():
            section, name = key.split(".")
            try:
                setattr(getattr(s, section), name, value)
            except Exception:  # noqa: BLE001 - file is saved; the running value updates on restart
                _LOGGER.warning("could not apply %s live", key)
        if self.services.on_settings_saved is not None:
            self.services.on_settings_saved(frozenset(changes))
        self.services.audit.record("settings.save", "ok", "; ".join(describe_change(k, v) for k, v in changes.items()))
        self.where.setText(tr_both("StaffAdminSettings", "Saved to:") + f" {path}")
        later = sorted(k for k in changes if k in RESTART_NEEDED)
        if later:
            self.message.setText(tr_both("StaffAdminSettings", "Saved ({n}); after a restart: {keys}").format(
                n=len(changes), keys=", ".join(later)))
        else:
            self.message.setText(tr_both("StaffAdminSettings", "Saved ({n}): in effect now").format(n=len(changes)))

    def _test(self) -> None:
        hide_keyboard()
        url, model = self.llm_url.text().strip() or None, self.llm_model.text().strip()
        key = self.services.settings.llm.api_key_value()
        self.test_button.setEnabled(False)
        self.test_result.setText(tr_both("StaffAdminSettings", "Connecting…"))
        run_off_gui(lambda: llm_status(url, model, key), self._tested)

    def _tested(self, item: object) -> None:
        self.test_button.setEnabled(True)
        if isinstance(item, StatusItem):
            ok, text = item.ok, item.text
            zh, en = bilingual(item)
            self.test_result.setText(f"{state_label(ok)}  {zh}\n{en}")
        else:  # the check itself failed
            ok, text = False, str(item)
            self.test_result.setText(f"{state_label(False)}  {text}")
        self.services.audit.record("settings.test_llm", "ok" if ok else "failed", text)


class Stepper(QWidget):
    """[−] value [+] with big touch buttons (no tiny spin-box arrows, no typing needed)."""

    def __init__(self, name: str, low: float, high: float, step: float, suffix: str, decimals: int = 0) -> None:
        super().__init__()
        self.low, self.high, self.step, self.suffix, self.decimals = low, high, step, suffix, decimals
        self._value = low
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(10)
        minus = make_button("−", f"{name}Down", "step")
        plus = make_button("+", f"{name}Up", "step")
        self.display = make_label("", "stepValue", name)
        self.display.setFixedWidth(240)
        self.display.setAlignment(Qt.AlignmentFlag.AlignCenter)
        minus.clicked.connect(lambda: self.setValue(self._value - self.step))
        plus.clicked.connect(lambda: self.setValue(self._value + self.step))
        row.addWidget(minus)
        row.addWidget(self.display)
        row.addWidget(plus)
        row.addStretch(1)
        self.setValue(low)

    def value(self) -> float:
        """The value shown."""
        return self._value

    def setValue(self, value: float) -> None:  # noqa: N802 - Qt naming like QSpinBox
        """Show ``value`` clamped to the range."""
        self._value = round(min(self.high, max(self.low, value)), self.decimals)
        shown = f"{self._value:.{self.decimals}f}" if self.decimals else f"{int(self._value)}"
        self.display.setText(shown + self.suffix)


def _name(text: str, key: str) -> QLabel:
    """A form row's name; a setting read only at start says it takes effect after a restart."""
    if key in RESTART_NEEDED:
        text += "\n" + tr_both("StaffAdminSettings", "(after a restart)")
    label = make_label(text, None, f"settingName_{key}")
    return label


def _wrap(layout) -> QWidget:
    holder = QWidget()
    layout.setContentsMargins(0, 0, 0, 0)
    holder.setLayout(layout)
    return holder
