"""Senses read on threads of their own, so that the app never waits for one.

A sign may ask D-Bus or run ``pactl`` (5 to 30 ms), and a service that hangs
keeps it up to its 2 s timeout: on the tray app's GUI thread that would be a
frozen menu. :func:`in_background` wraps each call signal: ``active()``
answers at once with the last reading (None, "cannot tell", before the
first) and starts the next reading if none is under way. The monitor asks
every 30 s, so a call is seen at most one poll late.

The keyboard and mouse idle time is read at every tick, and through D-Bus on
GNOME and KDE (``dbus-send``, about 5 ms; a hung Mutter stalled the tray up
to 4 s a tick). :func:`activity_in_background` waits a moment for a fresh
reading (:data:`FRESH_WAIT_S`), else answers with the last one aged by the
time since (no input seen since then), and "cannot tell" once that reading
is older than :data:`STALE_S`. Sources that ask the platform in-process
(X11's XScreenSaver, Windows, the Wayland idle protocols) answer in
microseconds and are not wrapped.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Iterable

from deskguard.sensing import ActivitySource, CallSignal
from deskguard.sensing.activity import WindowsLastInputSource, XScreenSaverSource
from deskguard.sensing.wayland_idle import WaylandIdleSource

#: How long the caller waits for a fresh idle time (a working service answers in ~5 ms).
FRESH_WAIT_S = 0.03
#: An idle time read longer ago than this is no answer any more.
STALE_S = 10.0

log = logging.getLogger("deskguard.sensing")


class BackgroundSignal:
    """One call signal, read on a worker thread; answers with its last reading."""

    def __init__(self, signal: CallSignal) -> None:
        """Wrap ``signal`` (read one call at a time, as the senses allow)."""
        self.key = signal.key
        self.name = signal.name
        self._signal = signal
        self._lock = threading.Lock()
        self._last: bool | None = None
        self._reading: threading.Thread | None = None

    def active(self) -> bool | None:
        """The last reading (None before the first); a new reading starts if none runs."""
        with self._lock:
            if self._reading is None or not self._reading.is_alive():
                self._reading = threading.Thread(
                    target=self._read, name=f"call-signal-{self.key}", daemon=True
                )
                self._reading.start()
            return self._last

    def _read(self) -> None:
        try:
            value = self._signal.active()
        except Exception:  # a sign never stops the monitoring
            log.exception("the call signal %s failed", self.key)
            value = None
        with self._lock:
            self._last = value


def in_background(signals: Iterable[CallSignal]) -> list[CallSignal]:
    """Each of ``signals``, read on a thread of its own (see the module)."""
    return [BackgroundSignal(signal) for signal in signals]


class BackgroundActivity:
    """An activity source read on a worker thread; the caller waits at most ``FRESH_WAIT_S``."""

    def __init__(
        self, source: ActivitySource, *, clock: Callable[[], float] = time.monotonic
    ) -> None:
        """Wrap ``source`` (read one call at a time, as the senses allow)."""
        self.name = source.name
        self._source = source
        self._clock = clock
        self._lock = threading.Lock()
        self._last: tuple[float, float] | None = None  # (idle_s, when it was read)
        self._reading: threading.Thread | None = None

    def idle_s(self) -> float | None:
        """Seconds since the last input: fresh if the source answers at once, else estimated."""
        with self._lock:
            if self._reading is None or not self._reading.is_alive():
                self._reading = threading.Thread(target=self._read, name="activity", daemon=True)
                self._reading.start()
            reading = self._reading
        reading.join(FRESH_WAIT_S)
        with self._lock:
            if self._last is None:
                return None
            idle_s, read_at = self._last
        age_s = self._clock() - read_at
        return None if age_s > STALE_S else idle_s + max(0.0, age_s)

    def _read(self) -> None:
        try:
            value = self._source.idle_s()
        except Exception:  # a sense never stops the monitoring
            log.exception("the activity sense %s failed", self.name)
            value = None
        with self._lock:
            self._last = None if value is None else (value, self._clock())


def activity_in_background(source: ActivitySource) -> ActivitySource:
    """``source``, read off the caller's thread unless it answers in-process (see the module)."""
    if isinstance(source, XScreenSaverSource | WindowsLastInputSource | WaylandIdleSource):
        return source  # in-process: its own reader thread keeps the state
    return BackgroundActivity(source)
