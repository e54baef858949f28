"""A damaged settings file: the app keeps what it can read, and says so.

An outside tester flipped one byte in the settings of a user who chose
keyboard and mouse only: the file was moved aside silently and the app
opened the camera with the defaults. Now every readable setting is kept,
the tray says that some could not be read, and the next window the user
opens carries a dialog naming the problem.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtWidgets import QApplication, QMessageBox

from deskguard.core.settings import Sensing, Settings
from deskguard.settings_store import save_settings, settings_path
from tests.ui.conftest import screenshot


def _damaged_activity_user() -> Path:
    chosen = Settings(
        sensing=Sensing.ACTIVITY,
        work_start="00:00",
        work_end="23:59",
        work_days="1234567",
        break_min_s=240.0,
    )
    path = save_settings(chosen, Path(os.environ["DESKGUARD_CONFIG_DIR"]) / settings_path().name)
    raw = path.read_bytes()
    at = raw.index(b'"break_min_s": 240.0') + 16  # inside the number
    path.write_bytes(raw[:at] + b"\xff" + raw[at + 1 :])
    return path


def _notices() -> list[QMessageBox]:
    return [
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, QMessageBox) and w.objectName() == "settings-notice" and w.isVisible()
    ]


def test_one_bad_byte_keeps_keyboard_and_mouse_and_tells_the_user(qtbot, make_app, dunst) -> None:
    path = _damaged_activity_user()
    app = make_app()
    # The user's choice survived: the camera is not used, the damaged setting is the default.
    assert app.settings.sensing is Sensing.ACTIVITY and not app.engine.uses_camera
    assert app.settings.break_min_s == Settings().break_min_s
    assert list(path.parent.glob("settings.json.corrupt-*"))
    # The tray says so, through the desktop's real notification daemon.
    qtbot.waitUntil(
        lambda: any("could not be read" in n.get("body", "") for n in dunst()), timeout=10_000
    )
    # The next window the user opens carries the details, once.
    app.show_dashboard()
    qtbot.waitUntil(lambda: len(_notices()) == 1, timeout=5_000)
    box = _notices()[0]
    assert box.parent() is app.windows["dashboard"]
    assert "settings.json.corrupt-" in box.detailedText()
    assert "settings were read from it" in box.detailedText()
    screenshot(box, "settings-damaged")
    box.accept()
    qtbot.waitUntil(lambda: not _notices(), timeout=5_000)
    app.show_settings()
    qtbot.wait(200)
    assert not _notices()  # said once, not at every window
