"""Masking of ID, mobile and bank card numbers (kiosk.privacy)."""

from __future__ import annotations

import logging
import re

import pytest
from pii_samples import NAMES, NORMAL_TEXT, make_id, synthetic_set

from kiosk.privacy import (
    CARD_LABEL,
    DOCUMENT_LABEL,
    ID_LABEL,
    LABELS,
    NAME_LABEL,
    NUMBER_LABEL,
    PHONE_LABEL,
    PiiFilter,
    classify,
    id_check_char,
    install_log_masking,
    is_id_number,
    luhn_ok,
    mask_for_screen,
    mask_pii,
)

HALL_PHONES = ["0755-2699 8100（咨询）；政务服务便民热线 12345", "咨询电话 0755-8812 3456"]
LABEL_RE = re.compile("|".join(re.escape(label) for label in LABELS))

_DIGITS = {**{c: str(i) for i, c in enumerate("零一二三四五六七八九")}, "幺": "1", "两": "2", "洞": "0", "拐": "7"}


def digits_of(text: str) -> str:
    """All digits of ``text`` in one string (Chinese numerals and full-width digits normalised)."""
    out = []
    for ch in text:
        if ch in _DIGITS:
            out.append(_DIGITS[ch])
        elif ch.isdigit():
            out.append(str(int(ch)))
    return "".join(out)


def test_check_algorithms() -> None:
    """The ISO 7064 MOD 11-2 and Luhn checks agree with published examples."""
    assert id_check_char("11010519491231002") == "X"
    assert is_id_number("11010519491231002X")
    assert is_id_number("11010519491231002x")
    assert not is_id_number("110105194912310021")
    assert luhn_ok("4111111111111111")
    assert not luhn_ok("4111111111111112")
    assert classify("13800138000") == PHONE_LABEL
    assert classify("12800138000") is None


def test_full_recall_on_synthetic_set() -> None:
    """Every spelling of every synthetic number is masked: no digit run of it survives."""
    items = synthetic_set()
    assert len(items) >= 1000
    missed = []
    for utterance, value in items:
        masked = mask_pii(utterance)
        leftover = digits_of(masked)
        core = value[:-1] if value[-1] in "Xx" else value
        # No 5 consecutive digits of the number may survive anywhere in the masked text.
        leaked = any(core[i : i + 5] in leftover for i in range(len(core) - 4))
        if leaked or not LABEL_RE.search(masked):
            missed.append((utterance, masked))
    assert missed == [], f"{len(missed)} of {len(items)} not masked, e.g. {missed[:5]}"


@pytest.mark.parametrize("text", NORMAL_TEXT)
def test_no_false_positives(text: str) -> None:
    """Window ids, fees, dates, times, the hall's own phone numbers and counts pass unchanged."""
    from kiosk.privacy import public_numbers_in

    public = set().union(*(public_numbers_in(t) for t in HALL_PHONES))
    assert mask_pii(text, public) == text


def test_a_landline_that_is_not_the_halls_is_masked() -> None:
    """Landlines with and without area code, in any grouping, unless registered as the hall's."""
    from kiosk.privacy import allow_public_numbers, public_numbers

    before = public_numbers()
    try:
        allow_public_numbers(["0755-2699 8100"])
        assert mask_pii("请拨打 0755-2699 8100") == "请拨打 0755-2699 8100"
        assert mask_pii("大厅电话 26998100") == "大厅电话 26998100"
        for text in ("我家电话 0755-8812 3456", "座机（020）3812 4567", "电话 3812 4567", "010－6512－3456"):
            masked = mask_pii(text)
            assert len(re.findall(r"\d", masked)) <= 4 and LABEL_RE.search(masked), masked
    finally:
        allow_public_numbers(before)


@pytest.mark.parametrize(("text", "name"), NAMES)
def test_names_given_are_masked(text: str, name: str) -> None:
    """Names given in a self-introduction (Chinese, English, pinyin) become [姓名]; the rest stays."""
    masked = mask_pii(text)
    assert name not in masked and NAME_LABEL in masked, masked


def test_passports_and_permits() -> None:
    """Passport and travel-permit numbers keep only their kind."""
    texts = ("护照E12345678", "港澳通行证 C12345678", "台湾通行证L1234567８", "回乡证 H1234567801", "HK ID A123456(7)")
    for text in texts:
        assert mask_pii(text).endswith(DOCUMENT_LABEL), mask_pii(text)


def test_question_bubble_text_is_masked() -> None:
    """What the public screen shows of the question keeps no digit of an ID number."""
    shown = mask_for_screen("身份证号 11010519491231002X 丢了")
    assert shown == f"身份证号 {ID_LABEL} 丢了"


def test_labels_keep_the_kind() -> None:
    """The hint kept is the kind of number; the rest of the sentence is kept as it was."""
    id_number = "11010519491231002X"
    text = f"身份证{id_number}，手机 138 0013 8000，卡 4111-1111-1111-1111。"
    assert mask_pii(text) == f"身份证{ID_LABEL}，手机 {PHONE_LABEL}，卡 {CARD_LABEL}。"
    assert "13800138000" not in mask_pii("+86 13800138000") and PHONE_LABEL in mask_pii("+86 13800138000")


def test_misheard_long_numbers_masked_by_safety_net() -> None:
    """An ID with a wrong check character (a speech recognition slip) is still masked."""
    wrong = "110105194912310021"
    assert mask_pii(f"号码{wrong}") == f"号码{NUMBER_LABEL}"
    assert mask_pii("一一零一零五一九四九一二三一零零二一") == NUMBER_LABEL


def test_glued_phone_inside_longer_digits() -> None:
    """A mobile number glued to a stray digit is found."""
    assert PHONE_LABEL in mask_pii("手机138001380001号")


def test_empty_and_plain() -> None:
    """Empty text and text without digits come back unchanged."""
    assert mask_pii("") == ""
    assert mask_pii("社保卡怎么补办？") == "社保卡怎么补办？"


def test_log_filter_masks_message_args_and_traceback(caplog: pytest.LogCaptureFixture) -> None:
    """PiiFilter masks the formatted message, the %-arguments and the traceback text."""
    import random

    id_number = make_id(random.Random(3))
    logger = logging.getLogger("tests.privacy.filter")
    filt = PiiFilter()
    logger.addFilter(filt)
    try:
        with caplog.at_level(logging.INFO, logger="tests.privacy.filter"):
            logger.info("question from citizen: %s / %s", f"身份证{id_number}", "13800138000")
            try:
                raise ValueError(f"bad number {id_number}")
            except ValueError:
                logger.exception("failed")
    finally:
        logger.removeFilter(filt)
    text = caplog.text
    assert id_number not in text and "13800138000" not in text
    assert ID_LABEL in text and PHONE_LABEL in text
    assert "ValueError" in text


def test_install_log_masking_covers_child_loggers(caplog: pytest.LogCaptureFixture) -> None:
    """After install_log_masking() records of any logger are masked (the record factory)."""
    original = logging.getLogRecordFactory()
    try:
        install_log_masking()
        install_log_masking()  # idempotent
        with caplog.at_level(logging.INFO):
            logging.getLogger("some.other.area").info("phone %s", "一三八零零一三八零零零")
        assert "一三八零零一三八零零零" not in caplog.text
        assert PHONE_LABEL in caplog.text
    finally:
        logging.setLogRecordFactory(original)
        root = logging.getLogger()
        for f in [f for f in root.filters if isinstance(f, PiiFilter)]:
            root.removeFilter(f)
        for handler in root.handlers:
            for f in [f for f in handler.filters if isinstance(f, PiiFilter)]:
                handler.removeFilter(f)
