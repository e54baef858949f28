"""Idle time over D-Bus: the real dbus-send and gdbus ask fake services on a real bus."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from deskguard.sensing import Unavailable, _dbus, find_activity_source
from deskguard.sensing.activity import DBusIdleSource, freedesktop_screensaver


@pytest.fixture
def wayland(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """A Wayland session, with XWayland's DISPLAY set as usual (and no compositor)."""
    monkeypatch.setenv("XDG_SESSION_TYPE", "wayland")
    monkeypatch.delenv("XDG_CURRENT_DESKTOP", raising=False)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(tmp_path))
    monkeypatch.setenv("WAYLAND_DISPLAY", "wayland-0")
    monkeypatch.setenv("DISPLAY", ":4242")


def test_gnome_on_wayland_asks_mutter(wayland: None, fake_services) -> None:
    change = fake_services(mutter_idle_ms=4242)
    source = find_activity_source()
    assert isinstance(source, DBusIdleSource), source
    assert source.name == "GNOME Mutter IdleMonitor"
    assert source.idle_s() == pytest.approx(4.242)
    change(mutter_idle_ms=120)
    assert source.idle_s() == pytest.approx(0.12)


def test_kde_answers_on_either_path(
    wayland: None, fake_services, monkeypatch: pytest.MonkeyPatch
) -> None:
    fake_services(screensaver_idle_ms=61_000, screensaver_paths=["/ScreenSaver"])
    source = find_activity_source()
    assert isinstance(source, DBusIdleSource), source
    assert source.name == "freedesktop ScreenSaver (/ScreenSaver)"
    assert source.idle_s() == pytest.approx(61.0)


def test_gdbus_reads_the_same_answers(fake_services, monkeypatch: pytest.MonkeyPatch) -> None:
    gdbus = shutil.which("gdbus")
    if gdbus is None:
        pytest.skip("gdbus is not installed (it is the fallback for dbus-send)")
    change = fake_services(
        screensaver_idle_ms=1500,
        screensaver_paths=["/org/freedesktop/ScreenSaver"],
        notifications_inhibited=True,
    )
    monkeypatch.setattr(_dbus, "tool", lambda: gdbus)
    assert freedesktop_screensaver("/org/freedesktop/ScreenSaver").idle_s() == 1.5
    from deskguard.sensing.calls import notifications_inhibited

    assert notifications_inhibited() is True
    change(notifications_inhibited=False)
    assert notifications_inhibited() is False


def test_a_service_nobody_offers_cannot_tell(private_bus: str) -> None:
    # As after the shell restarted without the service: the name has no owner.
    gone = DBusIdleSource("gone", "org.example.Gone", "/", "org.example.Gone.GetIdletime", 0.001)
    assert gone.idle_s() is None


def test_wayland_without_services_names_what_it_tried(
    wayland: None, private_bus: str, tmp_path: Path
) -> None:
    found = find_activity_source()
    assert isinstance(found, Unavailable)
    assert found.reason == (
        "No keyboard and mouse idle time here. Tried "
        "X11 XScreenSaver: not used in a Wayland session; "
        "GNOME Mutter IdleMonitor: no answer; "
        f"Wayland idle notification: no compositor at {tmp_path}/wayland-0 "
        "(No such file or directory); "
        "freedesktop ScreenSaver (/org/freedesktop/ScreenSaver): no answer; "
        "freedesktop ScreenSaver (/ScreenSaver): no answer."
    )


def test_no_display_and_no_bus(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    for name in (
        "DISPLAY",
        "WAYLAND_DISPLAY",
        "XDG_SESSION_TYPE",
        "XDG_CURRENT_DESKTOP",
        "DBUS_SESSION_BUS_ADDRESS",
    ):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(tmp_path))  # no bus socket in it
    found = find_activity_source()
    assert isinstance(found, Unavailable)
    assert found.reason == (
        "No keyboard and mouse idle time here. Tried "
        "X11 XScreenSaver: no X display (DISPLAY is not set); "
        "GNOME Mutter IdleMonitor: no D-Bus session bus; "
        "freedesktop ScreenSaver (/org/freedesktop/ScreenSaver): no D-Bus session bus; "
        "freedesktop ScreenSaver (/ScreenSaver): no D-Bus session bus."
    )


def test_replies_are_read_from_either_tool() -> None:
    assert _dbus.first_number("   uint64 1234\n") == 1234  # dbus-send --print-reply=literal
    assert _dbus.first_number("(uint64 1234,)\n") == 1234  # gdbus: not the 64 of uint64
    assert _dbus.first_number("(uint32 7,)") == 7
    assert _dbus.first_number("Error org.freedesktop.DBus.Error.ServiceUnknown") is None
    assert _dbus.first_boolean("   variant       boolean true\n") is True
    assert _dbus.first_boolean("(<false>,)\n") is False
    assert _dbus.first_boolean(None) is None
