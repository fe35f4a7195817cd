"""Hall staff mode, Qt-free: PIN hashing, lockout, audit trail, settings write-back, GUI watchdog."""
