"""The clerk's counter (``kiosk counter --window W``): :class:`kiosk.ui.counter.window.CounterWindow`."""
