"""The kiosk's screens (pages of the main window's stack)."""
