"""Senses besides the camera: keyboard and mouse activity, and signs of a call.

Qt-free, like the core: each sense asks the platform directly (X11 through
ctypes, D-Bus through ``dbus-send`` (or ``gdbus``), Windows and macOS through their
own calls) and says plainly when it cannot tell.

Two small interfaces:

- :class:`ActivitySource`: seconds since the last keyboard or mouse input.
  :func:`find_activity_source` returns the first one that works here, or an
  :class:`Unavailable` with the reason for each it tried.
- :class:`CallSignal`: one sign that the user is in a call or must not be
  disturbed (the microphone in use, the screen shared, a full-screen window,
  Do Not Disturb). :func:`find_call_signals` returns those that can be read
  here.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol


@dataclass(frozen=True)
class Unavailable:
    """A sense that cannot be had here, and why (shown to the user as is)."""

    reason: str


class ActivitySource(Protocol):
    """How long since the user last touched the keyboard or the mouse."""

    #: What it asks, for the log and ``doctor``: "X11 XScreenSaver", "GNOME Mutter IdleMonitor"…
    name: str

    def idle_s(self) -> float | None:
        """Seconds since the last keyboard or mouse input; None if it cannot tell now."""
        ...


class CallSignal(Protocol):
    """One sign that reminders should wait (a call, a presentation, Do Not Disturb)."""

    #: A stable id, also stored in the history: "microphone", "screen_share", "fullscreen", "dnd".
    key: str
    #: What it is, in words for the log and ``doctor``.
    name: str

    def active(self) -> bool | None:
        """Whether the sign is there now; None if it cannot tell now."""
        ...


from deskguard.sensing.activity import find_activity_source  # noqa: E402
from deskguard.sensing.calls import find_call_signals  # noqa: E402

__all__ = [
    "ActivitySource",
    "CallSignal",
    "Unavailable",
    "find_activity_source",
    "find_call_signals",
]
