"""Calibration from a clip, tray states, screen advice (the settings dialog:
test_settings_dialog.py; the dashboard: test_dashboard.py)."""

from __future__ import annotations

from deskguard.core.presentation import TrayState
from deskguard.core.settings import Settings
from tests.ui.conftest import screenshot_without_the_face, step


def test_calibration_from_a_clip_makes_a_baseline(qtbot, make_app, clock, monkeypatch) -> None:
    from deskguard.ui import calibration

    monkeypatch.setattr(calibration, "CAPTURE_S", 2.0)
    app = make_app()
    qtbot.waitUntil(lambda: app.controller.started, timeout=20_000)
    app.show_calibration()
    window = app.windows["calibration"]
    qtbot.waitUntil(
        lambda: window.preview.pixmap() is not None and not window.preview.pixmap().isNull(),
        timeout=10_000,
    )
    window.start_capture()
    for _ in range(12):  # the window's own timer asks for frames; the clock moves on
        clock.advance(0.25)
        qtbot.wait(300)
        if window.baseline is not None:
            break
    assert window.baseline is not None, window.feedback.text()
    assert "Camera tilt" in window.feedback.text() and "Viewing distance" in window.feedback.text()
    # Nothing is saved before "Use this calibration", and the words do not say otherwise.
    assert "saved" not in window.feedback.text().lower()
    assert app.store.latest_baseline(profile="laptop") is None
    screenshot_without_the_face(window, "calibration")
    window.profile.setCurrentText("laptop")
    window.save_button.click()
    assert app.store.latest_baseline(profile="laptop") == window.baseline
    assert window.feedback.text().startswith("Saved.")
    assert app.settings.profile == "laptop"
    window.close()
    step(qtbot, app, clock, n=4)
    assert app.controller.state is TrayState.GOOD  # calibrated, upright: posture looks good
    # Desk set-ups from the tray menu: the uncalibrated one, then back.
    app.menu._fill_profiles(app.profiles(), app.settings.profile, app.switch_profile)
    names = [a.text() for a in app.menu.profile_menu.actions()]
    assert names == ["laptop"]
    app.switch_profile("docked")
    step(qtbot, app, clock, n=1)
    assert app.controller.state is TrayState.NOT_CALIBRATED
    app.menu._fill_profiles(app.profiles(), app.settings.profile, app.switch_profile)
    laptop = next(a for a in app.menu.profile_menu.actions() if a.text() == "laptop")
    laptop.trigger()
    step(qtbot, app, clock, n=1)
    assert app.controller.state is TrayState.GOOD


def test_every_tray_state_has_its_own_shape(qapp) -> None:
    from deskguard.ui.icons import _LOOK, state_pixmap

    glyphs = [_LOOK[state][1] for state in TrayState]
    assert len(set(glyphs)) == len(TrayState)  # never told by colour alone
    images = {state: state_pixmap(state, 32).toImage() for state in TrayState}
    assert all(not image.isNull() for image in images.values())
    assert len({bytes(image.constBits()) for image in images.values()}) == len(TrayState)


def test_calibrated_steady_half_hour_gives_screen_advice_as_replay_does(
    qtbot, make_app, clock, monkeypatch
) -> None:
    """Live, at the app's own adaptive cadence: the advice 30 min after calibrating.

    ``tests/analysis/test_replayer.py`` replays the same clip with the same
    settings and expects the same 30 minutes.
    """
    from deskguard.core.engine import EventKind
    from deskguard.settings_store import save_settings
    from deskguard.ui import calibration

    # The camera 20 cm above the screen's top edge: this man's eyes are far above it.
    save_settings(Settings(camera_above_screen_top_cm=20.0))
    monkeypatch.setattr(calibration, "CAPTURE_S", 2.0)
    app = make_app()
    qtbot.waitUntil(lambda: app.controller.started, timeout=20_000)
    app.show_calibration()
    window = app.windows["calibration"]
    window.start_capture()
    for _ in range(12):
        clock.advance(0.25)
        qtbot.wait(300)
        if window.baseline is not None:
            break
    assert window.baseline is not None, window.feedback.text()
    window.save_button.click()
    window.close()
    calibrated_at = clock.t
    step(qtbot, app, clock, n=32 * 12)  # 32 minutes, in 5 s steps of the clock
    advice = [e for e in app.store.events(0, 2e9) if e.kind == EventKind.SCREEN_ADVICE]
    assert len(advice) == 1
    # Thirty minutes of observed time; the first sample after it (at most 10 s later).
    assert 30 * 60 <= advice[0].t_utc - calibrated_at <= 30 * 60 + 10
