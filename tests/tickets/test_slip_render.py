"""Slips rendered to PDF and PNG (looked at by people in screenshots/), in Chinese and English, 58 and 80 mm."""

from __future__ import annotations

import subprocess
import unicodedata

import pytest

from kiosk.printing import qt_render
from kiosk.printing.slips import BigNumber, Check, FloorMap, Qr, Text, guide_slip, qr_link, ticket_slip
from kiosk.tickets import TicketDesk

QR_URL = "https://example.gov.cn/guide/{service_id}?t={number}&hall={hall_id}"


@pytest.fixture
def issued(store, hall):
    """A priority ticket with two people ahead."""
    desk = TicketDesk(store, hall.catalog)
    desk.issue("id-card-renew")
    desk.issue("id-card-renew", priority=True)
    store.issue("id-card-renew", "A")
    return desk.issue("id-card-renew", priority=True)


def test_ticket_slip_content(issued, hall):
    """Hall, number, service, windows, floor/zone, people ahead, wait, time, QR, in both languages."""
    zh = ticket_slip(issued, hall, qr_url=QR_URL, language="zh")
    text = "\n".join(zh.text_lines())
    for expected in ("测试区政务服务中心", "A004", "居民身份证换领", "窗口 A1、A2", "一楼 A区", "前面还有 1 人",
                     "预计等候约 3 分钟", "取号时间 2026-11-27 10:00"):
        assert expected in text, expected
    number = next(b for b in zh.blocks if isinstance(b, BigNumber))
    assert number.note == "绿色通道"
    qr = next(b for b in zh.blocks if isinstance(b, Qr))
    assert qr.data == "https://example.gov.cn/guide/id-card-renew?t=A004&hall=test-hall"
    en = "\n".join(ticket_slip(issued, hall, qr_url=QR_URL, language="en").text_lines())
    assert "Renew resident ID card" in en and "1 person ahead of you" in en and "Window A1, A2" in en
    assert qr_link("{bad}", service_id="x") == "{bad}"


def test_guide_slip_content(hall):
    """Materials with boxes and original/copy counts, conditions, fee, time limit, map, hours, online, date."""
    slip = guide_slip(hall.catalog.service("id-card-renew"), hall, qr_url=QR_URL)
    checks = [b for b in slip.blocks if isinstance(b, Check)]
    assert [c.text for c in checks] == ["原居民身份证", "户口簿", "近期免冠照片（如需）"]
    assert checks[1].detail == "原件 1 · 复印件 1 份"
    text = "\n".join(slip.text_lines())
    for expected in ("本市户籍居民", "工本费20元", "20个工作日", "周一至周五 9:00-17:00", "我的城市", "2026-10-15"):
        assert expected in text, expected
    floor_map = next(b for b in slip.blocks if isinstance(b, FloorMap))
    assert floor_map.svg_path.endswith("floor1.svg") and floor_map.here is not None
    upstairs = guide_slip(hall.catalog.service("tax-invoice"), hall, qr_url=QR_URL, language="en")
    maps = [b for b in upstairs.blocks if isinstance(b, FloorMap)]
    assert maps[0].here is not None and maps[-1].here is None  # kiosk on 1F: to the lift, then upstairs
    assert "Hours: 周一至周五 9:00-16:30" in "\n".join(upstairs.text_lines())


@pytest.mark.parametrize("paper_mm", [58, 80])
@pytest.mark.parametrize("language", ["zh", "en"])
def test_slips_to_pdf_and_png(issued, hall, tmp_path, screenshot_dir, gui_ready, paper_mm, language):
    """PDF with real text (pdftotext) at the paper width; PNG pages for people to look at."""
    slips = {
        "ticket": ticket_slip(issued, hall, qr_url=QR_URL, language=language),
        "guide": guide_slip(hall.catalog.service("id-card-renew"), hall, qr_url=QR_URL, language=language),
    }
    for kind, slip in slips.items():
        pdf = qt_render.render_pdf(slip, tmp_path / f"{kind}.pdf", paper_mm)
        info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
        width_pt = float(info.split("Page size:")[1].split("x")[0])
        assert abs(width_pt - paper_mm / 25.4 * 72) < 1.5
        text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
        # Qt's CJK subsets map some glyphs to Kangxi radicals (⼝ for 口); NFKC folds them back.
        text = unicodedata.normalize("NFKC", text)
        assert ("身份证换领" if language == "zh" else "Renew resident ID card") in text
        png = screenshot_dir / f"slip-{kind}-{language}-{paper_mm}mm"
        subprocess.run(["pdftoppm", "-png", "-r", "203", "-singlefile", str(pdf), str(png)], check=True)
        assert png.with_suffix(".png").stat().st_size > 5000


def test_raster_image_is_paper_wide_and_one_bit(issued, hall, screenshot_dir, gui_ready):
    """The printer image is exactly 384/576 dots wide, pure black and white, with a big number."""
    slip = ticket_slip(issued, hall, qr_url=QR_URL)
    for width in (384, 576):
        image = qt_render.rasterize(slip, width)
        assert image.size[0] == width and image.mode == "1"
        histogram = image.convert("L").histogram()
        assert sum(histogram[1:255]) == 0 and histogram[0] > 0
        image.save(screenshot_dir / f"slip-ticket-raster-{width}.png")
    # The number's glyphs are tall: some row band in the top third is ≥ 100 dots of mostly ink columns.
    gray = qt_render.render_image(slip, 576)
    rows_with_ink = [y for y in range(gray.height() // 3) if any(gray.pixelColor(x, y).value() < 128
                                                                  for x in range(150, 430, 4))]
    assert len(rows_with_ink) > 100


@pytest.mark.parametrize("width", [384, 576])
def test_printed_qr_decodes(issued, hall, tmp_path, gui_ready, width):
    """The QR in the 1-bit printer image decodes to the configured URL (OpenCV's detector, if installed)."""
    cv2 = pytest.importorskip("cv2", reason="opencv-python-headless decodes the QR")
    path = tmp_path / f"raster-{width}.png"
    qt_render.rasterize(ticket_slip(issued, hall, qr_url=QR_URL), width).save(path)
    text, _, _ = cv2.QRCodeDetector().detectAndDecode(cv2.imread(str(path)))
    assert text == "https://example.gov.cn/guide/id-card-renew?t=A004&hall=test-hall"


def test_the_test_print_is_marked_and_has_no_queue_figures(hall, tmp_path, screenshot_dir, gui_ready):
    """Xvfb walk 10, defect 19: the staff test print read like a real ticket ("A000 … 前面还有 3 人 预计等候约
    12 分钟") with made-up figures and no test mark."""
    from kiosk.printing.samples import sample_ticket_slip
    from kiosk.settings import load_settings

    slip = sample_ticket_slip(hall, load_settings(None, data_dir=tmp_path))
    text = "\n".join(slip.text_lines())
    number = next(b for b in slip.blocks if isinstance(b, BigNumber))
    assert number.note == "测试打印" and "测试打印：不是排队号码" in text, text
    for made_up in ("前面还有", "预计等候", "请留意叫号"):
        assert made_up not in text, made_up
    pdf = qt_render.render_pdf(slip, tmp_path / "test.pdf", 80)
    png = screenshot_dir / "slip-test-print-zh-80mm"
    subprocess.run(["pdftoppm", "-png", "-r", "203", "-singlefile", str(pdf), str(png)], check=True)


@pytest.mark.parametrize("language", ["zh", "en"])
def test_guide_slip_upstairs_has_the_lift_step(hall, tmp_path, screenshot_dir, gui_ready, language):
    """A service on another floor (Xvfb walk 11, defect 7): the slip gives step ① to the lift on the kiosk's
    floor with its plan, then step ② on the window's floor, as the map screen does; looked at as PNG."""
    service = hall.catalog.service("tax-invoice")
    kiosk_floor = hall.catalog.hall.kiosk.floor
    assert hall.catalog.service_windows(service)[0].floor != kiosk_floor
    slip = guide_slip(service, hall, qr_url=QR_URL, language=language)
    maps = [b for b in slip.blocks if isinstance(b, FloorMap)]
    assert len(maps) == 2 and maps[0].svg_path != maps[1].svg_path
    assert maps[0].here is not None and len(maps[0].route) > 1 and maps[1].here is None
    text = "\n".join(slip.text_lines())
    assert ("① 乘" if language == "zh" else "① Take the") in text, text
    assert ("② 到" if language == "zh" else "② On") in text, text
    pdf = qt_render.render_pdf(slip, tmp_path / "guide.pdf", 80)
    out = unicodedata.normalize("NFKC", subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True,
                                                       text=True, check=True).stdout)
    steps = [b.text for b in slip.blocks if isinstance(b, Text) and b.text.startswith(("①", "②"))]
    assert len(steps) == 2 and all(unicodedata.normalize("NFKC", t)[:4] in out.replace("\n", " ") for t in steps), out
    png = screenshot_dir / f"slip-guide-upstairs-{language}-80mm"
    subprocess.run(["pdftoppm", "-png", "-r", "203", "-singlefile", str(pdf), str(png)], check=True)
