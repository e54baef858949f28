"""The first start: a welcome, a camera picker, and the models without a terminal.

Issue 10: the first start opens a short welcome (what DeskGuard does, that
no picture is stored or sent, a camera picker with a live preview, an offer
to calibrate, where the tray icon lives, what to do without a tray); a tray
entry "Get the models…" downloads them or installs them from a folder; the
settings have a camera picker, and "No camera found" never shows while
monitoring works.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from deskguard import paths
from deskguard.core.presentation import TrayState
from deskguard.core.wording import format_duration
from tests.conftest import SHARED
from tests.ui.conftest import screenshot, screenshot_without_the_face, step
from tests.ui.test_tray_reminders import show_menu

CLIP = SHARED / "datasets" / "face-video-clips" / "single_face.mp4"


def _first_start() -> None:
    (paths.data_dir() / "welcomed").unlink()


def test_the_first_start_welcomes_and_the_next_does_not(qtbot, make_app) -> None:
    _first_start()
    app = make_app()
    window = app.windows["welcome"]
    qtbot.waitExposed(window)
    text = " ".join(label.text() for label in window.findChildren(type(window.preview)))
    assert "No picture is ever stored or sent" in text
    shift, walk = app.settings.shift_interval_s, app.settings.walk_after_s
    assert f"change position every {format_duration(shift)}" in text
    assert f"walk every {format_duration(walk)}" in text
    assert "system tray" in window.where.text()
    # The picker shows what is watched; the preview shows the clip's picture, live.
    assert window.picker.spec() == str(CLIP)
    assert window.picker.combo.currentText() == f"Recording: {CLIP.name}"
    qtbot.waitUntil(lambda: not window.preview.pixmap().isNull(), timeout=20_000)
    assert window.height() <= 800 - 40  # it fits a 1280x800 screen, with its title bar
    screenshot_without_the_face(window, "welcome")
    window.done_button.click()
    assert "welcome" not in app.windows and (paths.data_dir() / "welcomed").exists()
    # Monitoring ran behind the welcome all along.
    assert app.controller.state is not TrayState.STARTING

    again = make_app()
    assert "welcome" not in again.windows


def test_calibrate_now_closes_the_welcome_and_opens_calibration(qtbot, make_app) -> None:
    _first_start()
    app = make_app()
    window = app.windows["welcome"]
    qtbot.waitExposed(window)
    window.calibrate_button.click()
    assert "welcome" not in app.windows
    calibration = app.windows["calibration"]
    qtbot.waitUntil(lambda: calibration.start_button.isEnabled(), timeout=20_000)
    calibration.close()


def test_without_a_tray_the_welcome_says_what_to_do_on_gnome(qtbot, make_app) -> None:
    from deskguard.ui.welcome import WelcomeWindow

    app = make_app()
    window = WelcomeWindow(
        app.controller, app.settings, tray_available=False, desktop="ubuntu:GNOME"
    )
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    text = window.where.text()
    assert text.startswith("No system tray was found")
    assert "gnome-shell-extension-appindicator" in text and "log out and in" in text
    other = WelcomeWindow(app.controller, app.settings, tray_available=False, desktop="XFCE")
    qtbot.addWidget(other)
    assert "Add a tray" in other.where.text() and "GNOME" not in other.where.text()
    qtbot.waitUntil(lambda: not window.preview.pixmap().isNull(), timeout=20_000)
    screenshot_without_the_face(window, "welcome-no-tray")
    window.close()


def test_choosing_another_source_in_the_welcome_watches_it_and_keeps_it(
    qtbot, make_app, clock, tmp_path: Path
) -> None:
    from deskguard.settings_store import load_settings

    _first_start()
    app = make_app()
    window = app.windows["welcome"]
    qtbot.waitUntil(lambda: app.controller.started, timeout=20_000)
    missing = tmp_path / "gone.mp4"
    window.picker.choose(str(missing))
    assert app.controller.source == str(missing)
    step(qtbot, app, clock, 5.0, n=2)
    assert app.controller.camera_error is not None and "gone.mp4" in app.controller.camera_error
    qtbot.waitUntil(lambda: "No picture" in window.preview.text(), timeout=5_000)
    assert load_settings()[0].camera == str(missing)  # kept for the next start

    window.picker.choose(str(CLIP))  # back to a source that works
    assert app.controller.camera_error is None
    step(qtbot, app, clock, 5.0, n=2)
    assert app.controller.camera_error is None and app.controller.monitor.samples > 0
    assert load_settings()[0].camera == str(CLIP)
    window.close()


def test_settings_never_say_no_camera_while_a_recording_is_watched(qtbot, make_app, clock) -> None:
    app = make_app()
    step(qtbot, app, clock, 5.0, n=2)
    assert app.controller.camera_error is None
    app.show_settings()
    dialog = app.windows["settings"]
    qtbot.waitExposed(dialog)
    assert dialog.camera_picker.spec() == str(CLIP)
    status = dialog.camera_status.text()
    assert status.startswith("In use.") and "No camera found" not in status
    dialog.tabs.setCurrentIndex(3)
    screenshot(dialog, "settings-camera-picker")
    # OK without touching the picker keeps the settings' camera as it was (empty).
    dialog.buttons.accepted.emit()
    assert app.settings.camera == "" and app.controller.source == str(CLIP)


def test_settings_name_the_problem_of_a_source_that_gives_no_picture(
    qtbot, make_app, clock
) -> None:
    app = make_app(Path("/dev/video97"))
    qtbot.waitUntil(lambda: app.controller.started, timeout=20_000)
    step(qtbot, app, clock, 5.0)
    assert app.controller.camera_error is not None
    app.show_settings()
    dialog = app.windows["settings"]
    status = dialog.camera_status.text()
    assert status.startswith("No picture:") and "/dev/video97" in status
    # Choosing the recording in the picker and applying watches it.
    dialog.camera_picker.choose(str(CLIP))
    assert dialog.apply()
    assert app.controller.source == str(CLIP) and app.settings.camera == str(CLIP)
    step(qtbot, app, clock, 5.0, n=2)
    assert app.controller.camera_error is None
    dialog.close()


def test_get_the_models_from_a_folder_without_a_terminal(
    qtbot, make_app, monkeypatch, models_dir: Path, tmp_path: Path
) -> None:
    from deskguard.ui.app import DeskGuardApp

    monkeypatch.delenv("DESKGUARD_MODELS", raising=False)
    monkeypatch.setattr(DeskGuardApp, "ask_download", lambda self, text: False)  # declined
    app = make_app(models=None)
    qtbot.waitUntil(lambda: app.controller.state is TrayState.NO_MODELS, timeout=20_000)
    app.menu.menu.aboutToShow.emit()
    action = app.menu.get_models_action
    assert action.isVisible()
    show_menu(qtbot, app, "tray-menu-get-the-models")
    action.trigger()
    dialog = app.windows["models"]
    qtbot.waitExposed(dialog)
    assert dialog.problem.text() == "They are not installed yet."
    assert "not available" in dialog.problem.toolTip()  # the details, for who wants them
    screenshot(dialog, "get-the-models")

    # A folder with a damaged copy: said, nothing installed, the dialog stays.
    bad = tmp_path / "usb"
    bad.mkdir()
    (bad / "face_landmarker.task").write_bytes(b"not a model")
    assert not dialog.install_from(bad)
    assert "face_landmarker.task" in dialog.problem.text() and dialog.isVisible()
    assert not (paths.models_dir() / "face_landmarker.task").exists()

    # The right folder: verified, copied, loaded; monitoring starts, the entry goes.
    good = tmp_path / "copy"
    good.mkdir()
    for name in ("face_landmarker.task", "pose_landmarker_lite.task"):
        shutil.copy(models_dir / name, good / name)
    assert dialog.install_from(good)
    qtbot.waitUntil(lambda: app.controller.started, timeout=30_000)
    assert app.controller.monitor.models_ok
    app.menu.menu.aboutToShow.emit()
    assert not action.isVisible()
    assert (paths.models_dir() / "pose_landmarker_lite.task").exists()


def test_get_the_models_can_download_them(qtbot, make_app, monkeypatch, server) -> None:
    from deskguard.ui.app import DeskGuardApp

    monkeypatch.delenv("DESKGUARD_MODELS", raising=False)
    monkeypatch.setattr(DeskGuardApp, "ask_download", lambda self, text: False)  # declined
    app = make_app(models=None)
    qtbot.waitUntil(lambda: app.controller.state is TrayState.NO_MODELS, timeout=20_000)
    app.show_get_models()
    dialog = app.windows["models"]
    # The loopback copy of the official files (the `server` fixture), verified as ever.
    dialog.download_button.click()
    qtbot.waitUntil(lambda: app.controller.started, timeout=60_000)
    assert app.progress is None  # the progress dialog went with the download
