"""Privacy (PIPL): personal data masked before anything leaves the kiosk, reaches a log or a store.

:func:`mask_pii` replaces, in any text, personal numbers in every spelling citizens type and speech
recognition writes (:mod:`kiosk.privacy.numbers`: ID, mobile, landline, bank card, passport and
travel permit numbers, social security and other long numbers; digits grouped with spaces, dashes,
dots, slashes, parentheses, commas or 杠; full-width digits and Chinese numerals), e-mail addresses,
and names given in a self-introduction (:mod:`kiosk.privacy.names`). Each becomes a label that keeps
only its *kind* (``[身份证号]``, ``[手机号]``, ``[姓名]``…); no digit of a number is kept.

The hall's own published numbers are kept (:func:`allow_catalog_numbers`). Log records are masked by
:class:`PiiFilter` / :func:`install_log_masking` (:mod:`kiosk.privacy.logs`).
"""

from __future__ import annotations

from kiosk.privacy.logs import PiiFilter, install_log_masking, mask_record
from kiosk.privacy.masker import (
    EMAIL_LABEL,
    allow_catalog_numbers,
    allow_public_numbers,
    catalog_public_texts,
    find_pii,
    mask_for_screen,
    mask_pii,
    public_numbers,
    public_numbers_in,
)
from kiosk.privacy.names import NAME_LABEL, find_names
from kiosk.privacy.numbers import (
    CARD_LABEL,
    DOCUMENT_LABEL,
    ID_LABEL,
    LANDLINE_LABEL,
    NUMBER_LABEL,
    PHONE_LABEL,
    Span,
    classify,
    digits_of,
    find_numbers,
    id_check_char,
    is_id_number,
    luhn_ok,
    ocr_view,
)

LABELS = (ID_LABEL, PHONE_LABEL, LANDLINE_LABEL, CARD_LABEL, DOCUMENT_LABEL, NUMBER_LABEL, EMAIL_LABEL, NAME_LABEL)
"""Every label the masker writes."""

__all__ = [
    "CARD_LABEL", "DOCUMENT_LABEL", "EMAIL_LABEL", "ID_LABEL", "LABELS", "LANDLINE_LABEL", "NAME_LABEL",
    "NUMBER_LABEL", "PHONE_LABEL", "PiiFilter", "Span", "allow_catalog_numbers", "allow_public_numbers",
    "catalog_public_texts", "classify", "digits_of", "find_names", "find_numbers", "find_pii", "id_check_char",
    "install_log_masking", "is_id_number", "luhn_ok", "mask_for_screen", "mask_pii", "mask_record", "ocr_view",
    "public_numbers", "public_numbers_in",
]  # fmt: skip
