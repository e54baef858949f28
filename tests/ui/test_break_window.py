"""The break window (issue 11): opened from a reminder, done, kept; counting by the camera.

On the real headless desktop: the reminder comes from the app, "Show me" is
chosen in the real dunst's menu of actions, the window opens without taking
the keyboard, and Done keeps the exercise in the history as a change of
position.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import QApplication

from deskguard.core.engine import EventKind
from deskguard.core.exercises import CHIN_TUCKS, NECK_TURNS, WALK_AROUND
from tests.core.test_exercise_counter import frames, length, reps_script, turns
from tests.ui.conftest import screenshot, step
from tests.ui.test_notification_actions import own_dunst, sit_until  # noqa: F401 (fixture)


def kept(app) -> list[tuple[str, dict]]:
    kinds = (EventKind.EXERCISE_DONE, EventKind.POSITION_CHANGED)
    return [(e.kind.value, dict(e.data)) for e in app.store.events(0, 2e9) if e.kind in kinds]


def test_show_me_on_a_reminder_opens_an_exercise_and_done_keeps_it(
    qtbot,
    make_app,
    clock,
    own_dunst,  # noqa: F811 (the fixture)
) -> None:
    app = make_app()
    qtbot.waitUntil(lambda: app.controller.started, timeout=20_000)
    app.apply_settings(replace(app.settings, shift_interval_s=600))
    step(qtbot, app, clock, n=2)
    sit_until(qtbot, app, clock, EventKind.SHIFT_REMINDER, 11)
    qtbot.waitUntil(lambda: own_dunst.displayed() == 1, timeout=5_000)
    focused = QApplication.focusWindow()
    own_dunst.answer("Show me")
    qtbot.waitUntil(lambda: "exercise" in app.windows, timeout=5_000)
    window = app.windows["exercise"]
    qtbot.waitExposed(window)
    assert "#Show me" in [line.split(" (")[0] for line in own_dunst.menu()]
    # It did not take the keyboard (a call or a sentence being typed keeps it).
    assert not window.isActiveWindow() and QApplication.focusWindow() is focused
    assert window.exercise.id == NECK_TURNS  # a shift reminder: one the camera can count
    assert window.counting and app.monitor.calibrating  # frames go to the counter
    assert window.title.text() and window.steps.text().startswith("<ol>")
    assert not window.picture.pixmap().isNull()
    screenshot(window, "exercise-counting")
    # The clip's person sits still: no repetition is counted, nothing is claimed.
    for _ in range(6):
        clock.advance(0.35)
        qtbot.wait(350)
    assert window.last_update is not None and window.last_update.reps == 0
    window.done_button.click()
    assert "exercise" not in app.windows
    assert not app.monitor.calibrating  # back to sparse sampling for the engine
    (done, changed) = kept(app)
    assert done == (
        "exercise_done",
        {"exercise": NECK_TURNS, "confirmed": False, "reps": 0, "target": 6},
    )
    assert changed == ("position_changed", {"prompted": True, "cause": "exercise"})
    # The day counts it.
    summary = app.store.day_summary(app.monitor.clock.now_utc().astimezone(app.tz).date(), app.tz)
    assert (summary.exercises, summary.exercises_confirmed) == (1, 0)
    app.show_dashboard()
    card = app.windows["dashboard"].cards["shifts"].caption.text()
    assert card.endswith("; 1 exercise, 0 confirmed by the camera")


def test_a_count_the_camera_completes_is_kept_as_confirmed(qtbot, make_app, monkeypatch) -> None:
    app = make_app()
    qtbot.waitUntil(lambda: app.controller.started, timeout=20_000)
    # The clip cannot turn its head: the window gets a real turning person's figures
    # (synthetic landmarks through the core's head-pose solve) instead of the clip's.
    monkeypatch.setattr(app.controller, "request_exercise_frame", lambda body: None)
    app.show_exercise(EventKind.SHIFT_REMINDER)
    window = app.windows["exercise"]
    assert window.exercise.id == NECK_TURNS and window.counting
    said = []
    for sample in frames(reps_script(turns(50.0), 6), length(6)):
        app.controller.exercise_sample.emit(sample)
        said.append(window.progress.text())
        if said[-1] == "3 of 6 — good" and said.count(said[-1]) == 1:
            screenshot(window, "exercise-3-of-6")
        if window.kept:
            break
    assert "3 of 6 — good" in said
    assert window.kept and window.progress.text() == "Well done: counted by the camera."
    screenshot(window, "exercise-counted")
    assert not window.counting and not app.monitor.calibrating
    window.done_button.click()  # now "Close"
    (done, _changed) = kept(app)
    assert done[1] == {"exercise": NECK_TURNS, "confirmed": True, "reps": 6, "target": 6}


def test_a_timed_exercise_counts_down_and_another_shows_the_next(qtbot, make_app, clock) -> None:
    app = make_app()
    qtbot.waitUntil(lambda: app.controller.started, timeout=20_000)
    app.show_exercise(EventKind.WALK_REMINDER)
    window = app.windows["exercise"]
    qtbot.waitExposed(window)
    assert window.exercise.id == WALK_AROUND and not window.counting  # no camera check
    assert window.amount.text() == "2 min"
    clock.advance(30)
    qtbot.waitUntil(lambda: window.progress.text() == "90 s to go", timeout=2_000)
    screenshot(window, "exercise-walk")
    clock.advance(91)
    qtbot.waitUntil(lambda: window.progress.text().startswith("Well done"), timeout=2_000)
    window.another_button.click()
    assert window.exercise.id != WALK_AROUND
    window.skip_button.click()  # skipped: nothing kept
    assert "exercise" not in app.windows and kept(app) == []


def test_switched_off_exercises_and_camera_counting_are_respected(qtbot, make_app) -> None:
    app = make_app()
    qtbot.waitUntil(lambda: app.controller.started, timeout=20_000)
    app.apply_settings(replace(app.settings, exercise_ids=CHIN_TUCKS, exercise_camera_check=False))
    app.show_exercise(EventKind.SHIFT_REMINDER)
    window = app.windows["exercise"]
    assert [e.id for e in window.exercises] == [CHIN_TUCKS]
    assert not window.another_button.isVisible() and not window.counting
    assert not app.monitor.calibrating
    window.done_button.click()
    (done, _changed) = kept(app)
    assert done[1] == {"exercise": CHIN_TUCKS, "confirmed": False}


def test_the_settings_choose_the_exercises_and_the_counting(qtbot, make_app) -> None:
    from deskguard.core.exercises import ALL_IDS, SHOULDER_ROLLS

    app = make_app()
    app.show_settings()
    dialog = app.windows["settings"]
    tab = [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())].index("Exercises")
    dialog.tabs.setCurrentIndex(tab)
    boxes = dialog._editors["exercise_ids"].boxes
    assert list(boxes) == list(ALL_IDS) and all(b.isChecked() for b in boxes.values())
    screenshot(dialog, "settings-exercises")
    for exercise_id, box in boxes.items():
        box.setChecked(exercise_id == SHOULDER_ROLLS)
    dialog._editors["exercise_camera_check"].setChecked(False)
    assert dialog.apply()
    assert app.settings.exercise_ids == SHOULDER_ROLLS and not app.settings.exercise_camera_check
    # None ticked while exercises are on: said, not applied.
    boxes[SHOULDER_ROLLS].setChecked(False)
    assert not dialog.apply() and "tick at least one" in dialog.error.text()
    # Switched off: the choice no longer matters, and the rest is greyed out.
    dialog._editors["exercises"].setChecked(False)
    assert not dialog._editors["exercise_ids"].isEnabled()
    assert dialog.apply() and not app.settings.exercises
    dialog.close()
