"""Seconds since the last keyboard or mouse input, each platform its own way.

Sources, each an :class:`~deskguard.sensing.ActivitySource`:

- :class:`XScreenSaverSource`: X11's MIT-SCREEN-SAVER extension (libXss via
  ctypes); one display connection kept open, no subprocess per poll.
- :class:`DBusIdleSource`: GNOME's Mutter IdleMonitor (Wayland and X11), or
  the freedesktop ScreenSaver's GetSessionIdleTime (KDE and others), through
  ``dbus-send``/``gdbus``.
- :class:`~deskguard.sensing.wayland_idle.WaylandIdleSource`: the compositor's
  idle notifications (ext-idle-notify, or KDE's org_kde_kwin_idle) on KWin and
  wlroots compositors, which have no D-Bus idle time on Wayland.
- :class:`WindowsLastInputSource`: GetLastInputInfo and GetTickCount64.
- :class:`MacHIDIdleSource`: IOHIDSystem's HIDIdleTime, read with ``ioreg``.

:func:`find_activity_source` tries them in an order that suits the session
and keeps the first whose first read works: on X11 (or with only ``DISPLAY``
set) XScreenSaver, then Mutter, then the ScreenSaver service; in a Wayland
session Mutter, then the compositor's idle protocol, then the ScreenSaver
service, never XScreenSaver (XWayland sees only the input given to X11
windows). GetSessionIdleTime is read as milliseconds, KDE's unit (the old
GNOME screensaver answered seconds).

A source may be polled from any thread, one call at a time; D-Bus calls
answer within :data:`~deskguard.sensing._dbus.TIMEOUT_S` or give None.
"""

from __future__ import annotations

import ctypes
import os
import re
import sys
from collections.abc import Callable, Iterator

# The package defines its interfaces before it imports this module.
from deskguard.sensing import ActivitySource, Unavailable, _dbus, _helper
from deskguard.sensing._x11 import XlibUnavailable, XScreenSaverIdle
from deskguard.sensing.wayland_idle import WaylandIdleSource, WaylandIdleUnavailable


class XScreenSaverSource:
    """X11 idle time from the MIT-SCREEN-SAVER extension.

    Raises:
        XlibUnavailable: libXss or the extension is missing, or the display
            cannot be opened (the message says which).

    """

    name = "X11 XScreenSaver"

    def __init__(self, display_name: str) -> None:
        self._idle = XScreenSaverIdle(display_name)

    def idle_s(self) -> float | None:
        """Seconds since the last input on the display."""
        idle_ms = self._idle.idle_ms()
        return None if idle_ms is None else idle_ms / 1000

    def close(self) -> None:
        """Close the display connection (also done when collected)."""
        self._idle.close()


class DBusIdleSource:
    """Idle time from a session-bus service method that answers a number.

    Args:
        name: What it asks, for the log.
        destination, path, method: The service, object and "interface.Member".
        seconds_per_unit: 0.001 when the service answers milliseconds.

    """

    def __init__(
        self, name: str, destination: str, path: str, method: str, seconds_per_unit: float
    ) -> None:
        self.name = name
        self._call = (destination, path, method)
        self._seconds_per_unit = seconds_per_unit

    def idle_s(self) -> float | None:
        """Seconds since the last input, as the service says."""
        value = _dbus.first_number(_dbus.call(*self._call))
        return None if value is None else value * self._seconds_per_unit


def mutter_idle_monitor() -> DBusIdleSource:
    """GNOME Shell's idle monitor (milliseconds), on Wayland and X11 alike."""
    return DBusIdleSource(
        "GNOME Mutter IdleMonitor",
        "org.gnome.Mutter.IdleMonitor",
        "/org/gnome/Mutter/IdleMonitor/Core",
        "org.gnome.Mutter.IdleMonitor.GetIdletime",
        0.001,
    )


#: Where desktops put org.freedesktop.ScreenSaver (KDE offers both).
SCREENSAVER_PATHS = ("/org/freedesktop/ScreenSaver", "/ScreenSaver")


def freedesktop_screensaver(path: str) -> DBusIdleSource:
    """org.freedesktop.ScreenSaver's GetSessionIdleTime: milliseconds, as KDE answers."""
    return DBusIdleSource(
        f"freedesktop ScreenSaver ({path})",
        "org.freedesktop.ScreenSaver",
        path,
        "org.freedesktop.ScreenSaver.GetSessionIdleTime",
        0.001,
    )


class _LastInputInfo(ctypes.Structure):
    _fields_ = [("cbSize", ctypes.c_uint), ("dwTime", ctypes.c_uint32)]


def idle_ms_since_tick(now_ms: int, last_input_tick_ms: int) -> int:
    """Milliseconds between two ticks; GetLastInputInfo's 32-bit tick wraps every 49.7 days."""
    return (now_ms - last_input_tick_ms) & 0xFFFFFFFF


class WindowsLastInputSource:
    """Windows' idle time: GetLastInputInfo's tick against GetTickCount64.

    Args:
        last_input_tick: The tick (ms, 32 bits) of the last input, None on failure.
        tick_count: The current tick (ms).

    """

    name = "Windows GetLastInputInfo"

    def __init__(
        self, last_input_tick: Callable[[], int | None], tick_count: Callable[[], int]
    ) -> None:
        self._last_input_tick = last_input_tick
        self._tick_count = tick_count

    def idle_s(self) -> float | None:
        """Seconds since the last input in this session."""
        last = self._last_input_tick()
        return None if last is None else idle_ms_since_tick(self._tick_count(), last) / 1000


def windows_calls() -> tuple[Callable[[], int | None], Callable[[], int]]:
    """GetLastInputInfo and GetTickCount64 through ctypes (OSError off Windows)."""
    if sys.platform == "win32":
        user32 = ctypes.WinDLL("user32")
        kernel32 = ctypes.WinDLL("kernel32")
        user32.GetLastInputInfo.argtypes = [ctypes.POINTER(_LastInputInfo)]
        user32.GetLastInputInfo.restype = ctypes.c_int
        kernel32.GetTickCount64.argtypes = []
        kernel32.GetTickCount64.restype = ctypes.c_uint64

        def last_input_tick() -> int | None:
            info = _LastInputInfo(ctypes.sizeof(_LastInputInfo), 0)
            return int(info.dwTime) if user32.GetLastInputInfo(ctypes.byref(info)) else None

        return last_input_tick, lambda: int(kernel32.GetTickCount64())
    raise OSError("GetLastInputInfo is a Windows call")


_HID_IDLE = re.compile(r'"HIDIdleTime"\s*=\s*(\d+)')
#: Only the IOHIDSystem object with its properties (-r roots the tree there, -d 1 stops).
IOREG_ARGV = ("ioreg", "-r", "-d", "1", "-c", "IOHIDSystem")


def hid_idle_s(ioreg_output: str) -> float | None:
    """Seconds from ioreg's HIDIdleTime (nanoseconds), if the output has it."""
    match = _HID_IDLE.search(ioreg_output)
    return int(match.group(1)) / 1e9 if match else None


def run_ioreg() -> str | None:
    """The output of ioreg about IOHIDSystem; None if it fails or takes too long."""
    done = _helper.run(IOREG_ARGV, timeout_s=_dbus.TIMEOUT_S)
    return done.stdout if done is not None and done.returncode == 0 else None


class MacHIDIdleSource:
    """macOS' idle time: the HID system's HIDIdleTime, read with ``ioreg``.

    Args:
        read_ioreg: Gives ioreg's output (a seam for tests); :func:`run_ioreg` by default.

    """

    name = "macOS IOHIDSystem HIDIdleTime"

    def __init__(self, read_ioreg: Callable[[], str | None] | None = None) -> None:
        self._read_ioreg = read_ioreg or run_ioreg

    def idle_s(self) -> float | None:
        """Seconds since the last input."""
        output = self._read_ioreg()
        return None if output is None else hid_idle_s(output)


# What was tried: the source, or the reason it cannot be had here.
_Tried = tuple[str, "ActivitySource | str"]


def _linux_sources() -> Iterator[_Tried]:
    """The sources worth trying in this session, best first (made only when reached)."""
    display = os.environ.get("DISPLAY", "")
    session_type = os.environ.get("XDG_SESSION_TYPE", "")
    wayland = session_type == "wayland" or (
        bool(os.environ.get("WAYLAND_DISPLAY")) and session_type != "x11"
    )
    if wayland:
        # XWayland's idle time sees only the input to X11 windows: misleading here.
        yield XScreenSaverSource.name, "not used in a Wayland session"
    elif not display:
        yield XScreenSaverSource.name, "no X display (DISPLAY is not set)"
    else:
        try:
            yield XScreenSaverSource.name, XScreenSaverSource(display)
        except XlibUnavailable as error:
            yield XScreenSaverSource.name, str(error)
    yield _dbus_source(mutter_idle_monitor())
    if wayland:
        # KWin refuses GetSessionIdleTime on Wayland and wlroots has no such service.
        try:
            yield WaylandIdleSource.name, WaylandIdleSource()
        except WaylandIdleUnavailable as error:
            yield WaylandIdleSource.name, str(error)
    for path in SCREENSAVER_PATHS:
        yield _dbus_source(freedesktop_screensaver(path))


def _dbus_source(source: DBusIdleSource) -> _Tried:
    if not _dbus.session_bus_present():
        return source.name, "no D-Bus session bus"
    if _dbus.tool() is None:
        return source.name, "neither dbus-send nor gdbus is installed"
    return source.name, source


def _sources() -> Iterator[_Tried]:
    if sys.platform == "win32":
        try:
            yield WindowsLastInputSource.name, WindowsLastInputSource(*windows_calls())
        except OSError as error:
            yield WindowsLastInputSource.name, str(error)
    elif sys.platform == "darwin":
        yield MacHIDIdleSource.name, MacHIDIdleSource()
    else:
        yield from _linux_sources()


def find_activity_source() -> ActivitySource | Unavailable:
    """The first idle-time source whose first read works here, or why none does.

    The reason names each source tried and why it failed, for example
    "X11 XScreenSaver: no X display (DISPLAY is not set); …".
    """
    failures = []
    for name, source in _sources():
        if isinstance(source, str):
            failures.append(f"{name}: {source}")
        elif source.idle_s() is None:
            failures.append(f"{name}: no answer")
            if isinstance(source, XScreenSaverSource | WaylandIdleSource):
                source.close()
        else:
            return source
    return Unavailable(
        f"No keyboard and mouse idle time {_where()}. Tried " + "; ".join(failures) + "."
    )


def _where() -> str:
    """Where the search failed: "on KDE (Wayland)", "on sway", or "here" if the session is mute."""
    desktop = os.environ.get("XDG_CURRENT_DESKTOP", "")
    if not desktop or sys.platform in ("win32", "darwin"):
        return "here"
    session_type = os.environ.get("XDG_SESSION_TYPE", "")
    kind = {"wayland": " (Wayland)", "x11": " (X11)"}.get(session_type, "")
    return f"on {desktop}{kind}"
