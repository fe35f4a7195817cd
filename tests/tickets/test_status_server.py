"""``kiosk serve``'s status page on a real uvicorn server over a real PostgreSQL queue: 404 for unknown
tokens, read-only, rate-limited, no personal data; live updates over SSE; in a real headless Chromium
(Debian's chromium + chromium-driver through Selenium), screenshots in Chinese and English."""

from __future__ import annotations

import json
import threading

import httpx
import pytest
from web_server import ServerThread

from kiosk.catalog import load_catalog
from kiosk.settings import DEMO_CATALOG
from kiosk.tickets import PostgresTicketStore, TicketDesk
from kiosk.web.app import create_app

CATALOG = load_catalog(DEMO_CATALOG).catalog


@pytest.fixture
def hall(pg_url):
    kiosk, counter, server_store = (PostgresTicketStore(pg_url) for _ in range(3))
    desk = TicketDesk(kiosk, CATALOG, status_base="https://q.example.gov.cn")
    yield desk, counter, server_store
    for store in (kiosk, counter, server_store):
        store.close()


def test_status_json_page_404_read_only_and_rate_limit(hall):
    desk, _counter, store = hall
    desk.issue("passport")
    mine = desk.issue("passport")
    token = mine.ticket.token
    assert mine.status_url == f"https://q.example.gov.cn/t/{token}" and mine.ticket.label not in mine.status_url
    with ServerThread(create_app(store, CATALOG, rate_per_min=30)) as base, httpx.Client(base_url=base) as web:
        status = web.get(f"/t/{token}/status.json")
        assert status.status_code == 200 and status.headers["cache-control"] == "no-store"
        body = status.json()
        assert (body["number"], body["state"], body["people_ahead"]) == ("P002", "waiting", 1)
        assert body["windows"] == ["A06"] and body["floors_zh"] == ["一楼"] and body["floors_en"] == ["First floor"]
        assert body["materials"] and all({"zh", "en", "required"} <= set(m) for m in body["materials"])
        assert not {"token", "kiosk_id", "id", "name", "phone", "id_number"} & set(body)
        page = web.get(f"/t/{token}")
        assert page.status_code == 200 and "P002" in page.text and "普通护照" in page.text
        assert "Ordinary passport" in web.get(f"/t/{token}?lang=en").text
        assert web.get("/t/P002").status_code == 404  # the number is not a key
        assert web.get("/t/" + "x" * 22).status_code == 404
        other = token[:-1] + ("B" if token.endswith("A") else "A")
        assert web.get(f"/t/{other}/status.json").status_code == 404
        assert web.post(f"/t/{token}/status.json").status_code == 405  # read-only
        assert web.delete(f"/t/{token}").status_code == 405
        codes = [web.get(f"/t/{token}/status.json").status_code for _ in range(40)]
        assert 429 in codes and codes.index(429) >= 20


def test_sse_sends_the_call(hall):
    desk, counter, store = hall
    mine = desk.issue("passport")
    got: list[dict] = []
    called = threading.Event()
    with ServerThread(create_app(store, CATALOG, poll_s=0.1)) as base:
        def listen() -> None:
            with httpx.Client(base_url=base, timeout=30) as web, \
                    web.stream("GET", f"/t/{mine.ticket.token}/events") as response:
                for line in response.iter_lines():
                    if line.startswith("data: "):
                        got.append(json.loads(line[6:]))
                        if got[-1]["state"] == "called":
                            called.set()
                            return

        reader = threading.Thread(target=listen, daemon=True)
        reader.start()
        while not got:  # the first event is the current status
            reader.join(0.05)
        counter.call_next("A06", ["passport"])
        assert called.wait(20)
    assert got[0]["state"] == "waiting" and got[-1]["called_window"] == "A06"


def _browser(width: int, height: int):
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/bin/chromium"
    for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                f"--window-size={width},{height}", "--force-device-scale-factor=2", "--lang=zh-CN"):
        options.add_argument(arg)
    return webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)


@pytest.mark.slow
def test_page_in_real_chromium_updates_live(hall, screenshot_dir):
    from selenium.webdriver.support.ui import WebDriverWait

    desk, counter, store = hall
    desk.issue("passport")
    mine = desk.issue("passport")
    with ServerThread(create_app(store, CATALOG, poll_s=0.1)) as base:
        browser = _browser(390, 844)
        try:
            browser.get(f"{base}/t/{mine.ticket.token}")
            wait = WebDriverWait(browser, 20)
            number = "var n = document.getElementById('number'); return n ? n.textContent : '';"
            wait.until(lambda b: b.execute_script(number) == "P002")
            assert "前面还有" in browser.page_source and "请备好以下材料" in browser.page_source
            browser.save_screenshot(str(screenshot_dir / "status-page-zh.png"))
            first = counter.call_next("A06", ["passport"])
            wait.until(lambda b: b.execute_script("return document.body.dataset.ahead") == "0")
            counter.mark_served(first.id)
            counter.call_next("A06", ["passport"])
            go = "var g = document.getElementById('go'); return g ? g.textContent : '';"
            wait.until(lambda b: "请到 A06 号窗口办理" in b.execute_script(go))
            assert browser.execute_script("return document.body.dataset.state") == "called"
            browser.save_screenshot(str(screenshot_dir / "status-page-called-zh.png"))
            browser.get(f"{base}/t/{mine.ticket.token}?lang=en")
            assert "Please go to window A06" in browser.execute_script(go)
            browser.save_screenshot(str(screenshot_dir / "status-page-called-en.png"))
            browser.get(f"{base}/t/not-a-real-token-at-all-0000")
            assert "Ticket not found" in browser.page_source
        finally:
            browser.quit()
