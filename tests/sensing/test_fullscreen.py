"""The full-screen sign on the real X server, with no window manager and with Openbox."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Callable, Iterator

import pytest

from deskguard.sensing import find_call_signals
from deskguard.sensing._x11 import X11Windows
from tests.sensing.conftest import need, wait_for

# A real Qt window in its own process: full screen, or an ordinary 300x200 one.
WINDOW = """
import sys
from PySide6.QtWidgets import QApplication, QWidget
app = QApplication(sys.argv)
window = QWidget()
window.setWindowTitle("deskguard-test-window")
if sys.argv[1] == "full":
    window.showFullScreen()
else:
    window.resize(300, 200)
    window.show()
window.activateWindow()
print("shown", flush=True)
app.exec()
"""


@pytest.fixture
def windows(desktop: str) -> Iterator[X11Windows]:
    source = X11Windows(desktop)
    yield source
    source.close()


@pytest.fixture
def open_window() -> Iterator[Callable[[str], subprocess.Popen[str]]]:
    """Open a window ("full" or "normal"); all are closed after the test."""
    opened: list[subprocess.Popen[str]] = []

    def start(kind: str) -> subprocess.Popen[str]:
        window = subprocess.Popen(
            [sys.executable, "-c", WINDOW, kind],
            stdout=subprocess.PIPE,
            text=True,
            env={**os.environ, "QT_QPA_PLATFORM": "xcb"},
        )
        opened.append(window)
        assert window.stdout is not None
        assert window.stdout.readline().strip() == "shown"
        return window

    yield start
    for window in opened:
        close(window)


def close(window: subprocess.Popen[str]) -> None:
    if window.poll() is None:
        window.terminate()
        window.wait(timeout=10)
    if window.stdout is not None:
        window.stdout.close()


@pytest.fixture
def openbox(desktop: str) -> Iterator[None]:
    """A real EWMH window manager for the test's duration."""
    manager = subprocess.Popen(
        [need("openbox"), "--sm-disable"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )

    def managing() -> bool:
        root = subprocess.run(
            ["xprop", "-root", "_NET_SUPPORTING_WM_CHECK"], capture_output=True, text=True
        )
        return "window id" in root.stdout

    try:
        wait_for(managing)
        yield
    finally:
        manager.terminate()
        manager.wait(timeout=10)


def test_without_a_window_manager_the_focused_window_counts(
    windows: X11Windows, open_window
) -> None:
    assert windows.active_window_is_fullscreen() is False

    full = open_window("full")
    wait_for(lambda: windows.active_window_is_fullscreen() is True)
    close(full)
    wait_for(lambda: windows.active_window_is_fullscreen() is False)

    normal = open_window("normal")
    time.sleep(0.5)  # time to be shown: it must still not count
    assert windows.active_window_is_fullscreen() is False
    close(normal)


def test_with_a_window_manager_its_state_counts(
    openbox: None, windows: X11Windows, open_window
) -> None:
    full = open_window("full")
    wait_for(lambda: windows.active_window_is_fullscreen() is True)
    state = subprocess.run(
        ["xprop", "-root", "_NET_ACTIVE_WINDOW"], capture_output=True, text=True
    ).stdout
    assert "window id" in state  # it was asked through the window manager
    close(full)
    wait_for(lambda: windows.active_window_is_fullscreen() is False)

    open_window("normal")
    time.sleep(0.5)
    assert windows.active_window_is_fullscreen() is False


def test_a_desktop_window_is_no_full_screen_app(windows: X11Windows, open_window) -> None:
    # A file manager's desktop covers the whole screen and can take the focus.
    open_window("full")
    wait_for(lambda: windows.active_window_is_fullscreen() is True)
    [window_id] = subprocess.run(
        ["xdotool", "search", "--name", "deskguard-test-window"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    desktop_type = ["-set", "_NET_WM_WINDOW_TYPE", "_NET_WM_WINDOW_TYPE_DESKTOP"]
    subprocess.run(
        ["xprop", "-id", window_id, "-f", "_NET_WM_WINDOW_TYPE", "32a", *desktop_type],
        check=True,
    )
    wait_for(lambda: windows.active_window_is_fullscreen() is False)


def test_it_is_found_on_x11(desktop: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_SESSION_TYPE", "x11")
    [fullscreen] = [s for s in find_call_signals() if s.key == "fullscreen"]
    assert fullscreen.name == "full-screen window (X11)"
    assert fullscreen.active() is False


def test_there_is_none_on_wayland(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_SESSION_TYPE", "wayland")
    monkeypatch.setenv("DISPLAY", ":0")
    assert not [s for s in find_call_signals() if s.key == "fullscreen"]
