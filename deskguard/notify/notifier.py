"""The ``Notifier`` role and its implementations, tried in order at start-up.

As in qutebrowser's notification adapters: each implementation checks in its
constructor that it can work here and raises ``NotifierUnavailable`` if not;
:func:`first_available` takes the first that constructs. ``deskguard doctor``
reports which one that was.

What is shown is a :class:`Notice`: the words, plus what a desktop that can
do more needs (how long it stays, the reminder's actions, the icon, a sound).
:func:`notice_for` decides those from the event; :func:`deliver` hands a
notice to any notifier, the plain ones taking only its words. The tray app's
first choice on Linux, with actions, is ``deskguard.ui.desktop_notifier``
(it needs Qt's event loop to hear the answers).
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
from dataclasses import dataclass
from typing import Protocol, runtime_checkable

from deskguard import paths
from deskguard.core.engine import Event, EventKind
from deskguard.core.i18n import _
from deskguard.sensing import _helper

log = logging.getLogger("deskguard.notify")

APP_NAME = "DeskGuard"


#: How long a notification stays on screen, by what it says (seconds; 0: until dismissed).
#: A posture alert is about now: gone after 20 s. A walk reminder stays until answered
#: (it is repeated while ignored, and a repeat replaces it where the desktop can).
TIMEOUT_S: dict[EventKind, float] = {
    EventKind.POSTURE_ALERT: 20.0,
    EventKind.CANT_SEE: 20.0,
    EventKind.WALK_HEADS_UP: 20.0,
    EventKind.SHIFT_REMINDER: 30.0,
    EventKind.SCREEN_ADVICE: 30.0,
    EventKind.WALK_REMINDER: 0.0,
}
DEFAULT_TIMEOUT_S = 20.0
#: The reminders whose notifications carry Done / Snooze 10 min / Skip.
ANSWERABLE = frozenset({EventKind.SHIFT_REMINDER, EventKind.WALK_REMINDER})
#: The freedesktop sound theme's soft "message" sound (played only when the setting is on).
SOUND_NAME = "message-new-instant"
#: How long ``notify-send`` may take: D-Bus gives up on a silent server after 25 s.
NOTIFY_SEND_TIMEOUT_S = 30.0
#: Most ``notify-send`` may write (it writes nothing when it works): past that it is killed.
NOTIFY_SEND_OUTPUT_LIMIT_BYTES = 64 << 10
#: How much of a failing ``notify-send``'s first line of errors goes to the log.
LOGGED_ERROR_CHARS = 200


@dataclass(frozen=True, slots=True)
class Notice:
    """One notification: its words and how a capable desktop should show it."""

    title: str
    body: str
    #: What it is about (None: a message of the app's own, such as a test).
    kind: EventKind | None = None
    #: When the engine gave it (clock seconds): an answer names the reminder by it.
    t_s: float = 0.0
    #: Seconds on screen; 0: until dismissed.
    timeout_s: float = DEFAULT_TIMEOUT_S
    #: Offer Done / Snooze 10 min / Skip where the desktop can.
    actions: bool = False
    #: Play the desktop's soft notification sound.
    sound: bool = False
    #: A "Show me" preview from the settings: its answers are not recorded.
    preview: bool = False
    #: With its actions, offer "Show me": a guided exercise for it (``exercises`` on).
    exercise: bool = False


def notice_for(
    event: Event, *, sound: bool = False, preview: bool = False, exercise: bool = False
) -> Notice:
    """How ``event`` is shown: a preview says so in its title."""
    title = _("Preview: {0}").format(event.title) if preview else event.title
    return Notice(
        title=title,
        body=event.body,
        kind=event.kind,
        t_s=event.t_s,
        timeout_s=TIMEOUT_S.get(event.kind, DEFAULT_TIMEOUT_S),
        actions=event.kind in ANSWERABLE,
        sound=sound,
        preview=preview,
        exercise=exercise and event.kind in ANSWERABLE,
    )


def app_icon_path() -> str:
    """The app's icon as a file (notification servers take a path), or "" if not shipped."""
    icon = paths.resources_dir() / "icons" / "deskguard.svg"
    return str(icon) if icon.is_file() else ""


class NotifierUnavailable(Exception):
    """A way of notifying that cannot work on this machine; the text says why."""


class Notifier(Protocol):
    """Shows one notification. Called on the GUI thread; must not block for long."""

    name: str

    def notify(self, title: str, body: str) -> bool:
        """Show it; False if it could not be shown."""
        ...


@runtime_checkable
class NoticeNotifier(Notifier, Protocol):
    """A notifier that can also show a :class:`Notice`'s timeout, icon, actions and sound."""

    def show(self, notice: Notice) -> bool:
        """Show it; False if it could not be shown."""
        ...


def deliver(notifier: Notifier, notice: Notice) -> bool:
    """Show ``notice`` as well as ``notifier`` can: all of it, or its words."""
    if isinstance(notifier, NoticeNotifier):
        return notifier.show(notice)
    return notifier.notify(notice.title, notice.body)


class PlyerNotifier:
    """The desktop's own notifications, through plyer.

    On Linux plyer talks D-Bus through dbus-python or, without it, runs
    ``notify-send`` (libnotify-bin); either needs a session bus. plyer's
    ``notify-send`` path fails silently without one, so it is checked here.
    That path is taken here instead of through plyer, which runs it with no
    timeout and its output poured into the app's: here it has
    :data:`NOTIFY_SEND_TIMEOUT_S` and :data:`NOTIFY_SEND_OUTPUT_LIMIT_BYTES`,
    is killed past either (and at exit), and a failure is one log line.
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
        self._icon = app_icon_path()
        self._queue: queue.SimpleQueue[tuple[str, str, float]] | None = None
        if background:
            self._queue = queue.SimpleQueue()
            sender = threading.Thread(target=self._send_forever, name="deskguard-notify")
            sender.daemon = True  # a notification still waiting never holds a quit up
            sender.start()

    def notify(self, title: str, body: str) -> bool:
        """Send it through plyer (in the background unless made otherwise)."""
        return self._put(title, body, self._timeout_s)

    def show(self, notice: Notice) -> bool:
        """Its words, icon and timeout: plyer has no actions and no sound.

        The ``notify-send`` route (run here, not by plyer) and plyer's D-Bus,
        Windows and macOS routes keep them.
        """
        return self._put(notice.title, notice.body, notice.timeout_s)

    def _put(self, title: str, body: str, timeout_s: float) -> bool:
        if self._queue is not None:
            self._queue.put((title, body, timeout_s))
            return True
        return self._send(title, body, timeout_s)

    def _send_forever(self) -> None:
        assert self._queue is not None
        while True:
            self._send(*self._queue.get())

    def _send(self, title: str, body: str, timeout_s: float) -> bool:
        if self.backend == "notify-send":
            return self._notify_send(title, body, timeout_s)
        try:
            with warnings.catch_warnings():
                # Without dbus-python plyer warns on every call, then uses notify-send.
                warnings.simplefilter("ignore", UserWarning)
                self._notification.notify(
                    title=title,
                    message=body,
                    app_name=APP_NAME,
                    app_icon=self._icon,
                    timeout=round(timeout_s),
                )
        except Exception as exc:  # plyer raises whatever its back-end raises
            log.warning("notification failed through plyer: %s", exc)
            return False
        return True

    def _notify_send(self, title: str, body: str, timeout_s: float) -> bool:
        argv = ["notify-send", "--app-name", APP_NAME]
        argv += ["--expire-time", str(round(timeout_s * 1000))]
        if self._icon:
            argv += ["--icon", self._icon]
        done = _helper.run(
            [*argv, "--", title, body],
            timeout_s=NOTIFY_SEND_TIMEOUT_S,
            limit_bytes=NOTIFY_SEND_OUTPUT_LIMIT_BYTES,
        )
        if done is None:
            log.warning(
                "notification failed through notify-send: it did not run, did not finish "
                "within %g s or wrote more than %d KiB, and was stopped",
                NOTIFY_SEND_TIMEOUT_S,
                NOTIFY_SEND_OUTPUT_LIMIT_BYTES >> 10,
            )
            return False
        if done.returncode != 0:
            lines = done.stderr.strip().splitlines() or [""]
            log.warning(
                "notification failed through notify-send (exit %d): %s",
                done.returncode,
                lines[0][:LOGGED_ERROR_CHARS],
            )
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
