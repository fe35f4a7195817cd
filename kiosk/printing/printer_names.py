"""What people are told a printer is: the name of the printer a URI configures, and the no-printer line.

Kept apart from the transports so that the words live with the message catalogs
(:mod:`kiosk.messages`); :mod:`kiosk.printing.transports` re-exports both names.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from kiosk.messages import N_, both, translator

NO_PRINTER = (translator("zh")(N_("No printer configured (printer.uri is empty): the number is shown on the screen only"))
              + " — " + translator("en")(N_("No printer configured")))
"""The fault text of :class:`kiosk.printing.transports.NoPrinter` (Chinese and English)."""

_PRINTER_KINDS = {"tcp": N_("Network printer"), "usb": N_("USB printer"), "serial": N_("Serial printer"),
                  "file": N_("Printer device"), "system": N_("System printer")}


def printer_label(uri: str, language: str | None = None) -> str:
    """What staff screens, the doctor and the CLI call the printer of ``uri`` (pdf:// is a test printer).

    ``language`` "zh" or "en" gives one language; None both ("未配置打印机 No printer configured").
    """
    say = translator(language) if language else both
    uri = uri.strip()
    if not uri:
        return say(N_("No printer configured"))
    scheme = urlsplit(uri).scheme.lower()
    if scheme == "pdf":
        return say(N_("Test printer (PDF, no paper)")) + f": {uri}"
    kind = _PRINTER_KINDS.get(scheme, N_("Printer"))
    return f"{say(kind)}: {uri}"


def status_lines(uri: str, said: str, said_en: str, alerts: tuple[str, ...] = ()) -> tuple[str, str]:
    """(Chinese, English) detail of the staff status row: the printer, what it said, the open alerts.

    ``said`` / ``said_en``: :meth:`kiosk.printing.status.PrinterStatus.describe` in each language;
    ``alerts``: the messages of the unresolved alerts, oldest first (kept as recorded).
    """
    lines = []
    for language, text in (("zh", said), ("en", said_en)):
        line = f"{printer_label(uri, language)} · {text}"
        if alerts:
            line += translator(language).plural("; {n} open alert, latest: {latest}",
                                                "; {n} open alerts, latest: {latest}", len(alerts),
                                                n=len(alerts), latest=alerts[-1])
        lines.append(line)
    return lines[0], lines[1]
