"""Issue 13 item 4 (follow-up): the map screen offers the step-free route (lifts only) that the domain
computes; the choice lasts for the visit and is wiped with it."""

from __future__ import annotations

from ui_helpers import click, find


def test_step_free_toggle_takes_the_lift_and_is_wiped(make_window, qtbot, demo_catalog_path, screenshot_dir):
    """The demo hall's shortest way to the 2F toilet is the stairs; step-free takes the lift."""
    window = make_window(demo_catalog_path)
    window.start_visit()
    toilet = window.catalog.place("toilet-2f")
    assert toilet is not None
    window.show_place(toilet.id)
    assert window.current_screen == "map"
    stairs = window.catalog.place("stairs-1f").name
    lift = window.catalog.place("elevator-1f").name
    first_step = find(window, "mapStep1")
    assert stairs in first_step.text() and lift not in first_step.text()
    toggle = find(window, "stepFreeButton")
    assert not toggle.isChecked() and "♿" in toggle.text()
    click(qtbot, toggle)
    assert toggle.isChecked() and window.map_screen.step_free
    assert lift in find(window, "mapStep1").text() and stairs not in find(window, "mapStep1").text()
    assert window.grab().save(str(screenshot_dir / "ui-map-step-free-zh-landscape.png"))
    window.end_visit()
    window.start_visit()
    window.show_place(toilet.id)
    assert not window.map_screen.step_free and not find(window, "stepFreeButton").isChecked()
    assert stairs in find(window, "mapStep1").text()


def test_step_free_label_is_translated(make_window, qtbot, demo_catalog_path):
    """Chinese by default, English after the language switch."""
    window = make_window(demo_catalog_path)
    window.start_visit()
    window.show_place("toilet-2f")
    assert "无障碍" in find(window, "stepFreeButton").text()
    window.visit.set_language("en")
    assert "Step-free" in find(window, "stepFreeButton").text()
