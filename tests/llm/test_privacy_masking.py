"""Masking of ID, mobile and bank card numbers (kiosk.privacy)."""

from __future__ import annotations

import logging
import re

import pytest
from pii_samples import NORMAL_TEXT, make_id, synthetic_set

from kiosk.privacy import (
    CARD_LABEL,
    ID_LABEL,
    NUMBER_LABEL,
    PHONE_LABEL,
    PiiFilter,
    classify,
    id_check_char,
    install_log_masking,
    is_id_number,
    luhn_ok,
    mask_pii,
)

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
        # No 8 consecutive digits of the number may survive anywhere in the masked text.
        leaked = any(core[i : i + 8] in leftover for i in range(len(core) - 7))
        if leaked or not re.search(r"\[(身份证号|手机号|银行卡号|号码)\]", masked):
            missed.append((utterance, masked))
    assert missed == [], f"{len(missed)} of {len(items)} not masked, e.g. {missed[:5]}"


@pytest.mark.parametrize("text", NORMAL_TEXT)
def test_no_false_positives(text: str) -> None:
    """Window ids, fees, dates, times, hall phone numbers and counts pass unchanged."""
    assert mask_pii(text) == text


def test_labels_keep_the_kind() -> None:
    """The hint kept is the kind of number; the rest of the sentence is kept as it was."""
    id_number = "11010519491231002X"
    text = f"身份证{id_number}，手机 138 0013 8000，卡 4111-1111-1111-1111。"
    assert mask_pii(text) == f"身份证{ID_LABEL}，手机 {PHONE_LABEL}，卡 {CARD_LABEL}。"
    assert mask_pii("+86 13800138000") == f"+86 {PHONE_LABEL}"


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
