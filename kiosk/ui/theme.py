"""The look: one calm government-service style sheet, a normal and a large-text (适老化) variant."""

from __future__ import annotations

from dataclasses import dataclass

ACCENT = "#1f5fbf"
ACCENT_DARK = "#17478f"
ACCENT_SOFT = "#e6eefa"
FONT_FAMILY = "Noto Sans CJK SC"


@dataclass(frozen=True)
class Metrics:
    """Type and touch sizes (pixels at 96 dpi) for one mode."""

    body: int
    small: int
    title: int
    headline: int
    button: int
    button_height: int
    tile_height: int
    text: str
    muted: str
    border: str


NORMAL = Metrics(body=24, small=22, title=34, headline=56, button=26, button_height=80, tile_height=120,
                 text="#1a1f29", muted="#4a5568", border="#c9d2e0")
LARGE = Metrics(body=32, small=30, title=44, headline=68, button=34, button_height=96, tile_height=150,
                text="#000000", muted="#1a1f29", border="#5a6578")


def metrics(large: bool) -> Metrics:
    """The metrics of the normal or large-text mode."""
    return LARGE if large else NORMAL


def stylesheet(large: bool) -> str:
    """The whole window's Qt style sheet."""
    m = metrics(large)
    bw = 3 if large else 2
    return f"""
QWidget#MainWindow, QStackedWidget#screens, QWidget[screen="true"] {{ background: #f5f7fa; }}
QWidget {{ font-family: "{FONT_FAMILY}"; color: {m.text}; }}
QLabel {{ font-size: {m.body}px; background: transparent; }}
QLabel[role="title"] {{ font-size: {m.title}px; font-weight: 700; }}
QLabel[role="headline"] {{ font-size: {m.headline}px; font-weight: 700; color: {ACCENT_DARK}; }}
QLabel[role="section"] {{ font-size: {m.body}px; font-weight: 700; color: {ACCENT_DARK}; padding-top: 8px; }}
QLabel[role="tile-title"] {{ font-size: {m.body + 3}px; font-weight: 700; }}
QLabel[role="muted"] {{ font-size: {m.small}px; color: {m.muted}; }}
QLabel[role="chip"] {{ font-size: {m.small - 4}px; color: #7a2e00; background: #fff2e0;
    border: 1px solid #d08a3c; border-radius: 10px; padding: 2px 10px; }}
QLabel[role="bubble-q"] {{ background: {ACCENT}; color: white; border-radius: 18px; padding: 14px 20px; }}
QLabel[role="bubble-a"] {{ background: white; border: 1px solid {m.border}; border-radius: 18px; padding: 14px 20px; }}
QFrame#topBar, QFrame#bottomBar {{ background: white; border: none; }}
QFrame#topBar {{ border-bottom: 1px solid {m.border}; }}
QFrame#bottomBar {{ border-top: 1px solid {m.border}; }}
QLabel#hallName {{ font-size: {m.title - 4}px; font-weight: 700; color: {ACCENT_DARK}; }}
QFrame[card="true"] {{ background: white; border: {bw - 1}px solid {m.border}; border-radius: 18px; }}
QFrame[card="true"] QLabel {{ border: none; }}
QPushButton {{ font-size: {m.button}px; min-height: {m.button_height}px; border-radius: 14px;
    padding: 4px 26px; background: white; color: {ACCENT_DARK}; border: {bw}px solid {ACCENT}; }}
QPushButton:pressed {{ background: {ACCENT_SOFT}; }}
QPushButton:checked {{ background: {ACCENT_DARK}; color: white; }}
QPushButton:disabled {{ color: #6b7280; border-color: #b8c0cc; background: #eef0f3; }}
QPushButton[kind="primary"] {{ background: {ACCENT}; color: white; border-color: {ACCENT_DARK}; }}
QPushButton[kind="primary"]:pressed {{ background: {ACCENT_DARK}; }}
QPushButton[kind="staff"] {{ color: #7a2e00; border-color: #c0601a; }}
QPushButton[kind="tile"] {{ text-align: left; padding: 0; min-height: {m.tile_height}px; border-width: {bw - 1}px;
    border-color: {m.border}; border-radius: 16px; }}
QPushButton[kind="tile"][likely="true"] {{ border-color: {ACCENT}; border-width: {bw + 1}px; }}
QLabel[role="badge"] {{ font-size: {m.small}px; font-weight: 700; color: {ACCENT_DARK}; }}
QPushButton[kind="tile"]:pressed {{ background: {ACCENT_SOFT}; border-color: {ACCENT}; }}
QLineEdit {{ font-size: {m.body + 2}px; min-height: {m.button_height}px; border: {bw}px solid {m.border};
    border-radius: 14px; padding: 0 18px; background: white; }}
QLineEdit:focus {{ border-color: {ACCENT}; }}
QScrollArea {{ background: transparent; border: none; }}
QScrollArea > QWidget > QWidget {{ background: transparent; }}
QScrollBar:vertical {{ width: 18px; background: #eef1f5; }}
QScrollBar::handle:vertical {{ background: #9aa6b8; border-radius: 8px; min-height: 60px; }}
QProgressBar {{ border: 1px solid {m.border}; border-radius: 6px; background: white; max-height: 14px; }}
QProgressBar::chunk {{ background: {ACCENT}; border-radius: 6px; }}
QWidget#overlayShade {{ background: rgba(10, 20, 40, 150); }}
QLabel#printerWarning {{ font-size: {m.small}px; padding: 6px 14px; }}
QFrame#overlayPanel {{ background: white; border-radius: 22px; border: 2px solid {m.border}; }}
"""
