"""X11 idle time on the real headless desktop: xdotool moves the mouse on Xvfb."""

from __future__ import annotations

import re
import subprocess
import time

import pytest

from deskguard.sensing import Unavailable, _x11, find_activity_source
from deskguard.sensing._x11 import XlibUnavailable, load_library
from deskguard.sensing.activity import XScreenSaverSource


def move_the_mouse(x: int) -> None:
    """A real pointer motion (each call goes somewhere new: no move, no input)."""
    subprocess.run(["xdotool", "mousemove", str(x), "200"], check=True, timeout=10)


@pytest.fixture
def x11_session(monkeypatch: pytest.MonkeyPatch, desktop: str) -> str:
    """An X11 session as the app sees it on the headless desktop."""
    monkeypatch.setenv("XDG_SESSION_TYPE", "x11")
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    return desktop


def test_idle_time_restarts_at_input_and_grows_without(x11_session: str) -> None:
    source = find_activity_source()
    assert isinstance(source, XScreenSaverSource), source
    assert source.name == "X11 XScreenSaver"

    move_the_mouse(100)
    idle_s = source.idle_s()
    assert idle_s is not None and idle_s < 0.5

    time.sleep(1.5)
    idle_s = source.idle_s()
    assert idle_s is not None and 1.4 <= idle_s < 5

    move_the_mouse(300)
    idle_s = source.idle_s()
    assert idle_s is not None and idle_s < 0.5
    source.close()


def test_keys_count_as_input_too(x11_session: str) -> None:
    source = XScreenSaverSource(x11_session)
    time.sleep(0.6)
    subprocess.run(["xdotool", "key", "shift"], check=True, timeout=10)
    idle_s = source.idle_s()
    assert idle_s is not None and idle_s < 0.5
    source.close()


def test_a_closed_source_answers_none_and_closes_once(x11_session: str) -> None:
    source = XScreenSaverSource(x11_session)
    assert source.idle_s() is not None
    source.close()
    source.close()
    assert source.idle_s() is None


def test_many_sources_do_not_leak_connections(x11_session: str) -> None:
    # Xvfb accepts 256 clients at most: each source must give its connection back,
    # when closed (even) or when collected (odd).
    for i in range(300):
        source = XScreenSaverSource(x11_session)
        if i % 2 == 0:
            source.close()
    assert isinstance(find_activity_source(), XScreenSaverSource)


def test_a_display_that_is_not_there_is_named(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DISPLAY", ":4242")
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    monkeypatch.delenv("XDG_SESSION_TYPE", raising=False)
    monkeypatch.delenv("DBUS_SESSION_BUS_ADDRESS", raising=False)
    monkeypatch.delenv("XDG_RUNTIME_DIR", raising=False)
    found = find_activity_source()
    assert isinstance(found, Unavailable)
    assert "X11 XScreenSaver: cannot open the X display ':4242'" in found.reason


def test_a_missing_library_is_named(monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(XlibUnavailable, match=re.escape("libNoSuchThing.so.1 is not installed")):
        load_library("libNoSuchThing.so.1", "NoSuchThing")

    monkeypatch.setattr(_x11, "_xss", lambda: load_library("libNoSuchThing.so.1", "NoSuchThing"))
    monkeypatch.setenv("DISPLAY", ":0")
    monkeypatch.delenv("XDG_SESSION_TYPE", raising=False)
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    monkeypatch.delenv("DBUS_SESSION_BUS_ADDRESS", raising=False)
    monkeypatch.delenv("XDG_RUNTIME_DIR", raising=False)
    found = find_activity_source()
    assert isinstance(found, Unavailable)
    assert "X11 XScreenSaver: libNoSuchThing.so.1 is not installed" in found.reason
