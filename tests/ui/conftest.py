"""GUI tests run on a real headless desktop (scripts/desktop-env.sh): Xvfb, a tray host
(xfce4-panel), a D-Bus session and the dunst notification daemon."""

from __future__ import annotations

import json
import os
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.conftest import SHARED
from tests.fakes import FakeClock
from tests.scripted_day import local

HAVE_DESKTOP = os.environ.get("DESKGUARD_DESKTOP") == "1" and bool(os.environ.get("DISPLAY"))
REQUIRE_DESKTOP = os.environ.get("DESKGUARD_REQUIRE_DESKTOP") == "1"
SCREENSHOTS = os.environ.get("DESKGUARD_SCREENSHOTS")


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "tests/ui/" in str(item.fspath).replace(os.sep, "/"):
            item.add_marker(pytest.mark.gui)
            if not HAVE_DESKTOP:
                if REQUIRE_DESKTOP:
                    item.add_marker(pytest.mark.xfail(reason="no desktop", strict=True, run=False))
                else:
                    item.add_marker(pytest.mark.skip(reason="needs scripts/desktop-env.sh"))


@pytest.fixture(scope="session", autouse=True)
def _no_desktop_means_failure_in_ci() -> None:
    if REQUIRE_DESKTOP and not HAVE_DESKTOP:
        pytest.fail("DESKGUARD_REQUIRE_DESKTOP=1 but no headless desktop is running")


def dunst_history() -> list[dict]:
    """What the real notification daemon received (it keeps only closed ones)."""
    subprocess.run(["dunstctl", "close-all"], check=True)
    out = subprocess.run(["dunstctl", "history"], check=True, capture_output=True, text=True)
    return [{k: v["data"] for k, v in n.items()} for n in json.loads(out.stdout)["data"][0]]


@pytest.fixture
def dunst() -> Callable[[], list[dict]]:
    """A function giving the notifications received since the test began, oldest first."""
    before = {n["id"] for n in dunst_history()}

    def received() -> list[dict]:
        return [n for n in reversed(dunst_history()) if n["id"] not in before]

    return received


def screenshot(widget_or_none, name: str) -> Path | None:
    """Keep a screenshot in $DESKGUARD_SCREENSHOTS (docs/screenshots when updating them)."""
    if not SCREENSHOTS:
        return None
    from PySide6.QtGui import QGuiApplication

    folder = Path(SCREENSHOTS)
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{name}.png"
    if widget_or_none is None:
        QGuiApplication.primaryScreen().grabWindow(0).save(str(path))
    else:
        widget_or_none.grab().save(str(path))
    return path


def screenshot_without_the_face(
    window, name: str, *, keep_corner: bool = False, keep_bottom: bool = False
) -> None:
    """The docs show the window, not the person in the clip: the preview is pixelated.

    ``keep_corner``: all but the picture's top right corner, where the countdown is;
    ``keep_bottom``: all but the strip at its bottom, where the neck scale is.
    """
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QPainter

    from deskguard.ui import calibration

    if not SCREENSHOTS:
        return
    from PySide6.QtCore import QPoint, QRect

    image = window.grab().toImage()
    # In the window's coordinates (the preview may sit inside a group box).
    area = QRect(window.preview.mapTo(window, QPoint(0, 0)), window.preview.size())
    block = image.copy(area)
    small = block.scaled(max(1, area.width() // 24), max(1, area.height() // 24))
    coarse = small.scaled(
        area.width(),
        area.height(),
        Qt.AspectRatioMode.IgnoreAspectRatio,
        Qt.TransformationMode.FastTransformation,
    )
    painter = QPainter(image)
    painter.drawImage(area.topLeft(), coarse)
    if keep_corner:
        picture = window.preview.pixmap().rect()
        picture.moveCenter(area.center())
        corner = picture.height() // calibration.COUNTDOWN_BADGE_PARTS * 13 // 10
        top_right = picture.adjusted(picture.width() - corner, 0, 0, 0)
        top_right.setHeight(corner)
        painter.drawImage(top_right.topLeft(), block.copy(top_right.translated(-area.topLeft())))
    if keep_bottom:
        picture = window.preview.pixmap().rect()
        picture.moveCenter(area.center())
        strip = max(36, picture.height() // calibration.NECK_SCALE_PARTS)
        bottom = picture.adjusted(0, picture.height() - strip, 0, 0)
        painter.drawImage(bottom.topLeft(), block.copy(bottom.translated(-area.topLeft())))
    painter.end()
    Path(SCREENSHOTS).mkdir(parents=True, exist_ok=True)
    assert image.save(f"{SCREENSHOTS}/{name}.png")


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(local("2026-11-23 09:00"))


@pytest.fixture
def make_app(qapp, models_dir: Path, tmp_path: Path, clock: FakeClock, monkeypatch):
    """Build the real app around a recording, with a fake clock; tears it down after."""
    from deskguard.ui.app import AppOptions, DeskGuardApp

    monkeypatch.setenv("TZ", "Europe/Berlin")  # the fake clock's Monday 09:00 is a work hour

    apps = []

    def make(source: Path | None = None, **options) -> DeskGuardApp:
        clip = source or SHARED / "datasets" / "face-video-clips" / "single_face.mp4"
        options.setdefault("models", models_dir)
        app = DeskGuardApp(
            qapp,
            AppOptions(
                source=str(clip),
                db=tmp_path / "history.sqlite3",
                clock=clock,
                **options,
            ),
        )
        app.start()
        apps.append(app)
        return app

    yield make
    for app in apps:
        app.qapp.aboutToQuit.disconnect(app._shutdown)
        app._shutdown()
        if app.tray is not None:
            app.tray.hide()
        for w in list(app.windows.values()):
            w.close()
        if app.fallback is not None:
            app.fallback.close()


def step(qtbot, app, clock: FakeClock, seconds: float = 5.0, n: int = 1) -> None:
    """Advance the fake clock ``n`` times and let the app do what is due then.

    The app decides itself whether a frame is due (its live, adaptive cadence):
    once the user has sat still for five minutes, every other step takes none.
    """
    controller = app.controller
    for _ in range(n):
        clock.advance(seconds)
        controller.wake()
        qtbot.waitUntil(lambda: not controller.waiting_for_frame, timeout=10_000)
