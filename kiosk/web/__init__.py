"""The hall's small web side (``kiosk serve``): the ticket status page behind the QR code.

Starlette (ASGI) served by uvicorn. Read-only, rate-limited per client address, no personal data:
a ticket is found only by its unguessable token (:mod:`kiosk.tickets.numbering`), never by number.
"""
