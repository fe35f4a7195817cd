"""The energy endpointer with plain numbers (hall noise, speech, trailing silence) and the key line."""

from __future__ import annotations

from kiosk.speech.endpoint import EnergyEndpointer

BLOCK = 0.05


def feed(endpointer: EnergyEndpointer, rms: float, seconds: float) -> float | None:
    """Feed blocks of one level; the time (s) at which the endpointer fired, or None."""
    t = 0.0
    while t < seconds - 1e-9:
        t += BLOCK
        if endpointer.update(BLOCK, rms):
            return t
    return None


def test_fires_after_the_trailing_silence() -> None:
    """0.6 s of speech then quiet: fires after 0.5 s of quiet, not before."""
    ep = EnergyEndpointer(trailing_silence_s=0.5)
    assert feed(ep, 0.001, 1.0) is None  # quiet before speaking never ends anything
    assert feed(ep, 0.2, 0.6) is None
    assert abs(feed(ep, 0.001, 2.0) - 0.5) < 1e-6


def test_steady_hall_noise_is_not_speech() -> None:
    """A loud but steady background raises the noise floor; speech above it still ends on the noise."""
    ep = EnergyEndpointer(trailing_silence_s=0.4)
    assert feed(ep, 0.03, 3.0) is None  # hall murmur adapts the floor
    assert ep.noise_floor > 0.02 and ep.speech_s < 0.5
    ep.reset()
    assert feed(ep, 0.3, 1.0) is None
    fired = feed(ep, 0.03, 2.0)
    assert fired is not None and abs(fired - 0.4) < 1e-6


def test_a_short_click_does_not_count_as_speech() -> None:
    """One loud 50 ms block (a tap, a cough) is below min_speech_s: silence after it does not fire."""
    ep = EnergyEndpointer(trailing_silence_s=0.3)
    assert feed(ep, 0.5, 0.05) is None
    assert feed(ep, 0.001, 1.0) is None


def test_key_line_is_the_first_sentence() -> None:
    """The spoken key line of a catalog answer is its first sentence, shortened at a comma if long."""
    from kiosk.ui.voice import key_line

    assert key_line("请到一楼A区3号窗口办理。需要带身份证。") == "请到一楼A区3号窗口办理。"
    assert key_line("Go to window 3. Bring your ID.") == "Go to window 3."
    long = "，".join(["这是一个很长的分句"] * 12) + "。"
    assert len(key_line(long)) <= 80 and key_line(long).startswith("这是一个很长的分句")


def test_speech_with_word_gaps_in_noise_stays_voiced() -> None:
    """Four seconds of speech (0.3, dipping to the 0.03 noise between words) does not end early."""
    ep = EnergyEndpointer(trailing_silence_s=0.4)
    feed(ep, 0.03, 2.0)
    for _ in range(10):  # 0.35 s words separated by 0.05 s dips
        assert feed(ep, 0.3, 0.35) is None
        assert feed(ep, 0.03, 0.05) is None
    fired = feed(ep, 0.03, 1.0)
    assert fired is not None and abs(fired - 0.35) < 1e-6  # the last 0.05 s dip already counted
