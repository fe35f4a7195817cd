"""Look of the staff screens and the citizen rating / staff-call panels (on top of the main theme)."""

from __future__ import annotations

from kiosk.ui.theme import ACCENT, ACCENT_DARK, ACCENT_SOFT, FONT_FAMILY

OK, BAD, UNKNOWN = "#1e7b34", "#b3261e", "#8a6d00"

ADMIN_STYLE = f"""
QWidget {{ font-family: "{FONT_FAMILY}"; color: #1a1f29; }}
QFrame#adminPanel, QFrame#pinPad, QFrame#citizenPanel {{ background: white; border-radius: 22px;
    border: 2px solid #c9d2e0; }}
QFrame#adminNav {{ background: #eef2f8; border-top-left-radius: 22px; border-bottom-left-radius: 22px; }}
QLabel {{ font-size: 22px; background: transparent; border: none; }}
QLabel[role="title"] {{ font-size: 34px; font-weight: 700; color: {ACCENT_DARK}; }}
QLabel[role="section"] {{ font-size: 24px; font-weight: 700; color: {ACCENT_DARK}; padding-top: 6px; }}
QLabel[role="muted"] {{ font-size: 20px; color: #4a5568; }}
QLabel[role="big"] {{ font-size: 44px; font-weight: 700; color: {ACCENT_DARK}; }}
QLabel[role="error"] {{ font-size: 21px; color: {BAD}; }}
QLabel[role="good"] {{ font-size: 21px; color: {OK}; }}
QLabel[role="dots"] {{ font-size: 54px; letter-spacing: 14px; color: {ACCENT_DARK}; }}
QFrame[card="true"] {{ background: #fbfcfe; border: 1px solid #c9d2e0; border-radius: 14px; }}
QPushButton {{ font-size: 22px; min-height: 60px; border-radius: 12px; padding: 2px 20px; background: white;
    color: {ACCENT_DARK}; border: 2px solid {ACCENT}; }}
QPushButton:pressed {{ background: {ACCENT_SOFT}; }}
QPushButton:disabled {{ color: #8a93a0; border-color: #c4cad3; background: #f1f3f6; }}
QPushButton[kind="primary"] {{ background: {ACCENT}; color: white; border-color: {ACCENT_DARK}; }}
QPushButton[kind="primary"]:disabled {{ background: #f1f3f6; color: #8a93a0; border-color: #c4cad3; }}
QPushButton[kind="step"] {{ font-size: 30px; min-width: 64px; max-width: 64px; padding: 0; }}
QLabel[role="stepValue"] {{ font-size: 26px; min-height: 56px; border: 2px solid #c9d2e0; border-radius: 10px;
    background: white; padding: 0 12px; }}
QComboBox::drop-down {{ width: 48px; border: none; }}
QPushButton[kind="danger"] {{ color: {BAD}; border-color: {BAD}; }}
QPushButton[kind="nav"] {{ text-align: left; padding-left: 24px; min-height: 72px; font-size: 24px;
    border: none; border-radius: 12px; background: transparent; }}
QPushButton[kind="nav"]:checked {{ background: {ACCENT}; color: white; }}
QPushButton[kind="digit"] {{ font-size: 44px; min-height: 100px; min-width: 140px; border-radius: 18px; }}
QPushButton[kind="rating"] {{ font-size: 26px; min-height: 120px; padding: 2px 8px; border-radius: 18px; }}
QPushButton[kind="rating"]:checked {{ background: {ACCENT}; color: white; }}
QPushButton[kind="chip"] {{ font-size: 22px; min-height: 84px; padding: 2px 10px; border-radius: 22px;
    border-width: 1px; }}
QPushButton[kind="chip"]:checked {{ background: {ACCENT_DARK}; color: white; }}
QPushButton[kind="toggle"]:checked {{ background: {ACCENT_DARK}; color: white; }}
QLineEdit, QComboBox {{ font-size: 22px; min-height: 56px; border: 2px solid #c9d2e0;
    border-radius: 10px; padding: 0 12px; background: white; }}
QLineEdit:focus {{ border-color: {ACCENT}; }}
QComboBox QAbstractItemView {{ font-size: 22px; }}
QListWidget, QPlainTextEdit, QTableWidget {{ font-size: 20px; border: 1px solid #c9d2e0; border-radius: 10px;
    background: white; }}
QListWidget::item {{ min-height: 48px; padding: 0 8px; }}
QListWidget::item:selected {{ background: {ACCENT_SOFT}; color: #1a1f29; }}
QHeaderView::section {{ font-size: 20px; font-weight: 700; background: #eef2f8; border: none; padding: 8px; }}
QTableWidget::item {{ padding: 6px; }}
QProgressBar {{ border: 1px solid #c9d2e0; border-radius: 6px; background: white; max-height: 16px; }}
QProgressBar::chunk {{ background: {ACCENT}; border-radius: 6px; }}
QScrollArea {{ background: transparent; border: none; }}
"""
