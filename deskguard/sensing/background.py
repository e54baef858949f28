"""Call signals read on a thread of their own, so that the app never waits for one.

A sign may ask D-Bus or run ``pactl`` (5 to 30 ms), and a service that hangs
keeps it up to its 2 s timeout: on the tray app's GUI thread that would be a
frozen menu. :func:`in_background` wraps each signal: ``active()`` answers at
once with the last reading (None, "cannot tell", before the first) and starts
the next reading if none is under way. The monitor asks every 30 s, so a
call is seen at most one poll late.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterable

from deskguard.sensing import CallSignal

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
