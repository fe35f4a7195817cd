"""The calling screen over the waiting area (``kiosk display``): :class:`kiosk.ui.display.window.DisplayWindow`."""
