"""The ``Notifier`` role and its implementations, tried in order at start-up.

As in qutebrowser's notification adapters: each implementation checks in its
constructor that it can work here and raises ``NotifierUnavailable`` if not;
:func:`first_available` takes the first that constructs. ``deskguard doctor``
reports which one that was.
"""

from __future__ import annotations

import logging
import os
import queue
import shutil
import sys
import threading
import warnings
from collections.abc import Callable, Sequence
from typing import Protocol

log = logging.getLogger("deskguard.notify")

APP_NAME = "DeskGuard"


class NotifierUnavailable(Exception):
    """A way of notifying that cannot work on this machine; the text says why."""


class Notifier(Protocol):
    """Shows one notification. Called on the GUI thread; must not block for long."""

    name: str

    def notify(self, title: str, body: str) -> bool:
        """Show it; False if it could not be shown."""
        ...


class PlyerNotifier:
    """The desktop's own notifications, through plyer.

    On Linux plyer talks D-Bus through dbus-python or, without it, runs
    ``notify-send`` (libnotify-bin); either needs a session bus. plyer's
    ``notify-send`` path fails silently without one, so it is checked here.
    """

    name = "plyer"

    def __init__(self, timeout_s: int = 10, *, background: bool = True) -> None:
        """Check that plyer has a working back-end here.

        ``background``: send from a thread of its own, so the caller (the GUI
        thread) never waits: ``notify-send`` waits for the notification daemon,
        up to D-Bus's 25 s when the daemon hangs, and a quit must not. ``True``
        then means "handed over"; a failure is logged. ``deskguard doctor``
        sends in the foreground to say whether it worked.
        """
        try:
            from plyer import notification
        except ImportError as exc:
            raise NotifierUnavailable(f"plyer is not installed ({exc})") from exc
        if sys.platform.startswith("linux"):
            has_dbus_python = _importable("dbus")
            if not has_dbus_python and shutil.which("notify-send") is None:
                raise NotifierUnavailable(
                    "plyer needs dbus-python or notify-send (Debian/Ubuntu: libnotify-bin)"
                )
            if not os.environ.get("DBUS_SESSION_BUS_ADDRESS") and not _user_bus_exists():
                raise NotifierUnavailable("no D-Bus session bus to send notifications on")
            self.backend = "dbus-python" if has_dbus_python else "notify-send"
        else:
            self.backend = sys.platform
        self._notification = notification
        self._timeout_s = timeout_s
        self._queue: queue.SimpleQueue[tuple[str, str]] | None = None
        if background:
            self._queue = queue.SimpleQueue()
            sender = threading.Thread(target=self._send_forever, name="deskguard-notify")
            sender.daemon = True  # a notification still waiting never holds a quit up
            sender.start()

    def notify(self, title: str, body: str) -> bool:
        """Send it through plyer (in the background unless made otherwise)."""
        if self._queue is not None:
            self._queue.put((title, body))
            return True
        return self._send(title, body)

    def _send_forever(self) -> None:
        assert self._queue is not None
        while True:
            self._send(*self._queue.get())

    def _send(self, title: str, body: str) -> bool:
        try:
            with warnings.catch_warnings():
                # Without dbus-python plyer warns on every call, then uses notify-send.
                warnings.simplefilter("ignore", UserWarning)
                self._notification.notify(
                    title=title, message=body, app_name=APP_NAME, timeout=self._timeout_s
                )
        except Exception as exc:  # plyer raises whatever its back-end raises
            log.warning("notification failed through plyer: %s", exc)
            return False
        return True


class LogNotifier:
    """The last resort: the notification goes to the log (and stderr)."""

    name = "log"

    def notify(self, title: str, body: str) -> bool:
        """Log it."""
        log.warning("%s: %s", title, body)
        return True


def first_available(
    factories: Sequence[Callable[[], Notifier]],
) -> tuple[Notifier, list[str]]:
    """The first notifier that can work, and why each earlier one could not."""
    reasons: list[str] = []
    for make in factories:
        try:
            return make(), reasons
        except NotifierUnavailable as exc:
            reasons.append(str(exc))
    return LogNotifier(), reasons


def _importable(module: str) -> bool:
    try:
        __import__(module)
    except ImportError:
        return False
    return True


def _user_bus_exists() -> bool:
    runtime = os.environ.get("XDG_RUNTIME_DIR")
    return bool(runtime) and os.path.exists(os.path.join(runtime or "", "bus"))
