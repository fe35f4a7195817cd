"""Staff mode: the hidden gesture, PIN pad, and the status, queue, catalog, insights and settings pages."""
