"""Offline speech: microphone capture, vosk recognition and pyttsx3 synthesis (Qt-free)."""
