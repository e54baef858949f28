"""The real app under Xvfb with a real tray host, driven through a recording."""

from __future__ import annotations

from PySide6.QtWidgets import QSystemTrayIcon

from deskguard.core.engine import EventKind
from deskguard.core.presentation import TrayState
from tests.ui.conftest import screenshot, step


def test_tray_appears_and_follows_the_engine(qtbot, make_app, clock) -> None:
    app = make_app()
    assert QSystemTrayIcon.isSystemTrayAvailable()
    assert app.tray is not None and app.tray.isVisible()
    assert app.controller.state is TrayState.STARTING
    qtbot.waitUntil(lambda: app.controller.started, timeout=20_000)  # models load in the worker
    step(qtbot, app, clock, n=3)
    assert app.controller.state is TrayState.NOT_CALIBRATED  # present, no calibration yet
    assert "calibrate" in app.menu.status_action.text()
    assert app.tray.toolTip().startswith("DeskGuard: Watching the time")
    assert "Seated today 0 min" in app.tray.toolTip()
    screenshot(None, "tray-screen")
    from PySide6.QtCore import QPoint

    app.menu.menu.popup(QPoint(1000, 34))
    qtbot.waitExposed(app.menu.menu)
    assert app.menu.menu.actions()[0].text().startswith("Watching the time")
    screenshot(app.menu.menu, "tray-menu")
    app.menu.menu.hide()


def test_menu_pauses_resumes_and_snoozes(qtbot, make_app, clock) -> None:
    app = make_app()
    qtbot.waitUntil(lambda: app.controller.started, timeout=20_000)
    step(qtbot, app, clock, n=2)
    app.menu.pause_30.trigger()
    assert app.controller.state is TrayState.PAUSED
    assert app.menu.resume_action.isEnabled() and not app.menu.pause_menu.isEnabled()
    clock.advance(10 * 60)
    app.controller.wake()
    assert app.controller.state is TrayState.PAUSED
    assert not app.controller.waiting_for_frame  # paused: no frame is asked for
    app.menu.resume_action.trigger()
    qtbot.waitUntil(lambda: not app.controller.waiting_for_frame, timeout=10_000)
    assert app.controller.state in (TrayState.NOT_CALIBRATED, TrayState.STARTING, TrayState.AWAY)
    app.menu.snooze_action.trigger()
    assert app.engine._snoozed_until > clock.t
    kinds = [e.kind for e in app.store.events(0, 2e9)]
    assert kinds.count(EventKind.PAUSED) == 1 and kinds.count(EventKind.RESUMED) == 1
    assert kinds.count(EventKind.SNOOZED) == 1


def test_notifications_reach_the_real_daemon(qtbot, make_app, clock, dunst) -> None:
    app = make_app()
    qtbot.waitUntil(lambda: app.controller.started, timeout=20_000)
    assert app.monitor.notifier.name == "desktop"  # dunst shows actions (issue 10)
    decided: list = []
    app.controller.events_happened.connect(lambda evs: decided.extend(e for e in evs if e.notify))
    # Thirteen minutes sitting still: exactly one shift reminder is decided and shown.
    step(qtbot, app, clock, n=13 * 12)
    assert [e.kind for e in decided] == [EventKind.SHIFT_REMINDER]
    qtbot.wait(500)
    screenshot(None, "notification")  # dunst's popup, on the real screen
    received = dunst()
    assert [(n["summary"], n["body"]) for n in received] == [(decided[0].title, decided[0].body)]
    assert received[0]["appname"] == "DeskGuard"


def test_a_second_launch_brings_the_dashboard_forward(qtbot, make_app) -> None:
    from deskguard.ui.app import signal_running_instance

    app = make_app()
    assert signal_running_instance()
    qtbot.waitUntil(
        lambda: "dashboard" in app.windows and app.windows["dashboard"].isVisible(), timeout=5_000
    )


def test_without_a_tray_it_runs_in_a_small_window(qtbot, make_app, monkeypatch) -> None:
    monkeypatch.setattr(QSystemTrayIcon, "isSystemTrayAvailable", staticmethod(lambda: False))
    app = make_app()
    assert app.tray is None and app.fallback is not None and app.fallback.isVisible()
    screenshot(app.fallback, "no-tray-window")


def test_a_locked_screen_stops_sampling_and_counts_as_away(qtbot, make_app, clock) -> None:
    import subprocess

    def screensaver(active: bool) -> None:
        subprocess.run(
            [
                "dbus-send",
                "--session",
                "--type=signal",
                "/org/freedesktop/ScreenSaver",
                "org.freedesktop.ScreenSaver.ActiveChanged",
                f"boolean:{str(active).lower()}",
            ],
            check=True,
        )

    app = make_app()
    assert app.session.watching_lock
    qtbot.waitUntil(lambda: app.controller.started, timeout=20_000)
    step(qtbot, app, clock, n=12)  # a minute at the desk
    screensaver(True)
    qtbot.waitUntil(lambda: app.controller.session_away, timeout=5_000)
    for _ in range(10 * 12):  # ten minutes locked: the app asks for no frame at all
        clock.advance(5)
        app.controller.wake()
        assert not app.controller.waiting_for_frame
    screensaver(False)
    qtbot.waitUntil(lambda: not app.controller.session_away, timeout=5_000)
    step(qtbot, app, clock, n=2)
    events = app.store.events(0, 2e9)
    kinds = [e.kind for e in events]
    assert kinds.count(EventKind.BREAK_STARTED) == 1  # the lock was away time
    # ... and ten minutes of it a probable break, labelled as such.
    assert [e.data["reason"] for e in events if e.kind == EventKind.BREAK_STARTED] == ["locked"]
    assert kinds.count(EventKind.BOUT_STARTED) == 2


def test_missing_models_are_downloaded_only_after_asking(
    qtbot, make_app, clock, server, monkeypatch
) -> None:
    from deskguard.analysis import models
    from deskguard.ui.app import DeskGuardApp

    asked: list[str] = []
    monkeypatch.delenv("DESKGUARD_MODELS", raising=False)

    def agree(self, text: str) -> bool:
        asked.append(text)
        return True

    monkeypatch.setattr(DeskGuardApp, "ask_download", agree)
    app = make_app(models=None)
    qtbot.waitUntil(lambda: app.controller.started, timeout=30_000)
    assert len(asked) == 1 and "only network access" in asked[0] and "127.0.0.1" in asked[0]
    assert models.locate(models.FACE).origin is models.Origin.USER_DATA
    step(qtbot, app, clock, n=2)
    assert app.controller.state is TrayState.NOT_CALIBRATED


def test_models_installed_from_a_terminal_are_picked_up_without_a_restart(
    qtbot, make_app, clock, monkeypatch, models_dir
) -> None:
    from deskguard.analysis import models
    from deskguard.ui.app import DeskGuardApp
    from deskguard.ui.controller import MODEL_RETRY_S

    monkeypatch.delenv("DESKGUARD_MODELS", raising=False)
    asked: list[str] = []
    monkeypatch.setattr(DeskGuardApp, "ask_download", lambda self, text: bool(asked.append(text)))
    app = make_app(models=None)
    qtbot.waitUntil(lambda: app.controller.state is TrayState.NO_MODELS, timeout=20_000)
    assert len(asked) == 1  # declined: the app waits without models
    step(qtbot, app, clock, seconds=MODEL_RETRY_S, n=2)
    assert app.controller.state is TrayState.NO_MODELS and len(asked) == 1  # no new dialog
    models.install_from(models_dir, models.REQUIRED)  # `deskguard models install --from`
    step(qtbot, app, clock, seconds=MODEL_RETRY_S)
    qtbot.waitUntil(lambda: app.controller.started, timeout=20_000)
    step(qtbot, app, clock, n=2)
    assert app.controller.state is TrayState.NOT_CALIBRATED
    assert len(asked) == 1
