"""The clerk's counter and the calling screen on a real PostgreSQL queue shared with a kiosk store;
the calling screen's chime + Mandarin announcement rendered by the real pyttsx3/espeak-ng voice."""

from __future__ import annotations

import threading

import pytest

from kiosk.admin.pin import hash_pin
from kiosk.catalog import load_catalog
from kiosk.settings import DEMO_CATALOG
from kiosk.tickets import PostgresTicketStore, TicketState
from kiosk.tickets.board import announcement, spell

pytestmark = pytest.mark.gui


@pytest.fixture
def hall(pg_url):
    stores = [PostgresTicketStore(pg_url) for _ in range(3)]
    yield load_catalog(DEMO_CATALOG).catalog, stores
    for store in stores:
        store.close()


def test_announcement_words():
    assert announcement("A001", "A01")[0] == "请 A001 号到 A01 号窗口办理"
    assert spell("A001") == "A 零 零 一" and "A 零 一" in announcement("A001", "A01")[1]
    assert announcement("P003", "A06", "en")[0] == "Number P003, please go to window A06"


def test_counter_signs_in_and_drives_the_queue(qtbot, hall):
    from kiosk.ui.counter.window import CounterWindow
    from kiosk.ui.display.feed import QueueFeed

    catalog, (kiosk, counter_store, _) = hall
    for _ in range(2):
        kiosk.issue("passport", "P")
    feed = QueueFeed(counter_store)
    window = CounterWindow(feed, catalog, "A06", hash_pin("246810"))
    qtbot.addWidget(window)
    window.show()
    try:
        window.pin.setText("111111")
        window.sign_in_button.click()
        assert not window.signed_in and "不正确" in window.sign_in_message.text()
        window.pin.setText("246810")
        window.sign_in_button.click()
        assert window.signed_in
        qtbot.waitUntil(lambda: window.waiting.text().endswith("2"), timeout=5000)
        window.call_button.click()
        qtbot.waitUntil(lambda: window.number.text() == "P001", timeout=5000)
        window.recall_button.click()
        qtbot.waitUntil(lambda: kiosk.list_day()[0].calls == 2, timeout=5000)
        window.served_button.click()
        qtbot.waitUntil(lambda: window.number.text() == "—", timeout=5000)
        window.call_button.click()
        qtbot.waitUntil(lambda: window.number.text() == "P002", timeout=5000)
        window.transfer_to.setCurrentIndex(window.transfer_to.findData("hk-macau-permit"))
        window.transfer_button.click()
        qtbot.waitUntil(lambda: window.number.text() == "—", timeout=5000)
        states = {t.label: (t.state, t.service_id) for t in kiosk.list_day()}
        assert states == {"P001": (TicketState.SERVED, "passport"), "P002": (TicketState.WAITING, "hk-macau-permit")}
        window.call_button.click()
        qtbot.waitUntil(lambda: "没有等候" in window.message.text(), timeout=5000)
    finally:
        feed.close()


def test_calling_screen_shows_and_speaks_calls_in_both_orientations(qtbot, hall, screenshot_dir):
    from kiosk.speech.player import AudioOutput, NullBackend
    from kiosk.speech.tts import Synthesizer
    from kiosk.tickets.announcer import Announcer
    from kiosk.ui.display.feed import QueueFeed
    from kiosk.ui.display.window import DisplayWindow

    catalog, (kiosk, counter, display_store) = hall
    spoken: list[tuple[str, str]] = []
    lock = threading.Lock()

    def on_spoken(number: str, text: str) -> None:
        with lock:
            spoken.append((number, text))

    backend = NullBackend(record=True)
    output = AudioOutput(backend)
    announcer = Announcer(Synthesizer({"zh": "cmn", "en": "en"}), output, on_spoken=on_spoken)
    feed = QueueFeed(display_store, poll_s=0.1)
    window = DisplayWindow(feed, catalog, announcer=announcer)
    qtbot.addWidget(window)
    window.resize(1920, 1080)
    window.show()
    try:
        for service, prefix in (("passport", "P"), ("id-card-reissue", "A"), ("id-card-reissue", "A"),
                                ("company-registration", "D")):
            kiosk.issue(service, prefix)
        counter.call_next("A01", ["id-card-reissue"])
        counter.call_next("A06", ["passport"])
        qtbot.waitUntil(lambda: window.current is not None and [c.number for c in window.current.calling]
                        == ["P001", "A001"], timeout=5000)
        assert window.cards[0].number.text().endswith("P001") and window.cards[1].number.text().endswith("A001")
        assert "A06" in window.cards[0].where.text()
        qtbot.waitUntil(lambda: "商事登记" in window.waiting.text() or "公司" in window.waiting.text(), timeout=5000)
        first = next(t for t in counter.list_day() if t.label == "A001")
        counter.recall(first.id)  # a recall is announced again
        qtbot.waitUntil(lambda: len(spoken) >= 3, timeout=30000)
        assert [n for n, _ in spoken] == ["A001", "P001", "A001"]
        assert all("号窗口办理" in text and "零" in text for _, text in spoken)
        assert window.announced[-1] == ("A001", "A01") and "请 A001 号到 A01 号窗口办理" in window.line.text()
        qtbot.waitUntil(lambda: backend.played_s() > 1.0, timeout=20000)  # chime + speech reached the output
        qtbot.waitUntil(lambda: window.cards[1].property("fresh") == "true", timeout=5000)  # the recall is lit
        assert window.cards[1].number.text() == "▶ A001" and window.cards[0].property("fresh") == "false"
        assert window.width() == 1920
        window.grab().save(str(screenshot_dir / "display-landscape.png"))
        window.resize(1080, 1920)
        qtbot.waitUntil(lambda: (window.width(), window.height()) == (1080, 1920), timeout=3000)
        qtbot.waitUntil(lambda: window.side.geometry().top() >= window.calls_area.geometry().bottom(), timeout=3000)
        window.grab().save(str(screenshot_dir / "display-portrait.png"))
    finally:
        feed.close()
        announcer.close()
        output.close()
