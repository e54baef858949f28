"""Screen lock and system sleep, from the desktop's own D-Bus signals.

Locked or asleep, nobody is at the desk to watch: the controller stops
sampling and lets the camera go. No sample arrives meanwhile, so the engine
sees a gap and counts it as away time (a break once it is long enough),
exactly as it treats a suspended laptop.

Each desktop reports the lock its own way, so every source is followed:

- ``org.gnome.ScreenSaver.ActiveChanged`` on the session bus (GNOME Shell,
  which never sends the freedesktop signal);
- ``org.freedesktop.ScreenSaver.ActiveChanged`` on the session bus (KDE,
  Xfce and others);
- logind on the system bus: our session's ``LockedHint`` property and its
  ``Lock``/``Unlock`` signals (GNOME, KDE and most others set the hint); the
  session is ``GetSession($XDG_SESSION_ID)``, or "auto" (the caller's).

The screen counts as locked while any source says so. The lock state at
start is asked of each (an app started behind a lock screen must not
sample), and logind's session object is looked up, all asynchronously with
short timeouts: a missing or hung service never holds the GUI thread, and a
desktop that reports nothing just does not tell us. Sleep comes from
``org.freedesktop.login1.Manager.PrepareForSleep``.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import SLOT, QObject, Signal, Slot
from PySide6.QtDBus import (
    QDBus,
    QDBusConnection,
    QDBusMessage,
    QDBusPendingCallWatcher,
)

log = logging.getLogger("deskguard.session")

#: How long an answer from a desktop service may take (ms); the GUI never waits for it.
CALL_TIMEOUT_MS = 2000

LOGIND = "org.freedesktop.login1"
LOGIND_SESSION = "org.freedesktop.login1.Session"
#: (source name, object path, interface) of the screensavers on the session bus.
SCREENSAVERS = (
    ("org.gnome.ScreenSaver", "/org/gnome/ScreenSaver", "org.gnome.ScreenSaver"),
    ("org.freedesktop.ScreenSaver", "/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver"),
)


def _slot(signature: str) -> Any:
    """Qt's SLOT() string for QDBusConnection.connect.

    WORKAROUND: PySide6 6.12's type stub asks for bytes there, but the binding
    accepts only str (a bytes argument raises ValueError).
    """
    return SLOT(signature)


def _plain(value: Any) -> Any:
    """A D-Bus variant's value (QtDBus hands some over still wrapped)."""
    return value.variant() if hasattr(value, "variant") else value


def _path(value: Any) -> str:
    """An object path as a string (QDBusObjectPath or already a str)."""
    return str(value.path()) if hasattr(value, "path") else str(value)


class SessionWatcher(QObject):
    """Emits ``away_changed(True)`` when the screen locks or the machine goes to sleep."""

    away_changed = Signal(bool)

    def __init__(self) -> None:
        """Subscribe to the lock and sleep signals that this desktop offers."""
        super().__init__()
        #: What each source last said (locked or not); locked while any says so.
        self._locked_by: dict[str, bool] = {}
        self._asleep = False
        self._pending: set[QDBusPendingCallWatcher] = set()
        #: The lock sources subscribed to, for the log and doctor.
        self.lock_sources: list[str] = []
        session = QDBusConnection.sessionBus()
        if session.isConnected():
            for name, path, interface in SCREENSAVERS:
                slot = (
                    "_on_gnome_lock(bool)" if name.startswith("org.gnome") else "_on_fdo_lock(bool)"
                )
                if session.connect("", path, interface, "ActiveChanged", self, _slot(slot)):
                    self.lock_sources.append(name)
                    self._ask_active(session, name, path, interface)
        system = QDBusConnection.systemBus()
        self.watching_sleep = system.isConnected() and system.connect(
            LOGIND,
            "/org/freedesktop/login1",
            "org.freedesktop.login1.Manager",
            "PrepareForSleep",
            self,
            _slot("_on_sleep(bool)"),
        )
        self.logind_session: str | None = None
        if system.isConnected():
            self._find_logind_session(system)
        log.info(
            "screen lock %s, sleep %s",
            "watched through " + ", ".join(self.lock_sources)
            if self.lock_sources
            else "not reported here",
            "watched" if self.watching_sleep else "not reported here",
        )

    @property
    def watching_lock(self) -> bool:
        """Some source of the screen lock is subscribed to."""
        return bool(self.lock_sources)

    @property
    def locked(self) -> bool:
        """Some source says the screen is locked."""
        return any(self._locked_by.values())

    @property
    def away(self) -> bool:
        """Locked or asleep."""
        return self.locked or self._asleep

    # --- asking without waiting -----------------------------------------------------------

    def _call(
        self,
        bus: QDBusConnection,
        message: QDBusMessage,
        answer: Callable[[list[Any]], None],
        what: str,
    ) -> None:
        """Send ``message``; ``answer`` gets the reply's arguments later, on this thread."""
        message.setAutoStartService(False)  # never start another desktop's service
        watcher = QDBusPendingCallWatcher(bus.asyncCall(message, CALL_TIMEOUT_MS), self)
        self._pending.add(watcher)

        def finished(done: QDBusPendingCallWatcher) -> None:
            self._pending.discard(done)
            reply = done.reply()
            done.deleteLater()
            if reply.type() != QDBusMessage.MessageType.ReplyMessage:
                log.debug("%s: %s", what, reply.errorMessage() or reply.errorName())
                return
            try:
                answer(list(reply.arguments()))
            except (IndexError, TypeError, ValueError) as exc:
                log.debug("%s: unexpected answer (%s)", what, exc)

        watcher.finished.connect(finished)

    def _ask_active(self, bus: QDBusConnection, name: str, path: str, interface: str) -> None:
        """The screensaver's state now: an app started behind a lock screen must not sample."""
        message = QDBusMessage.createMethodCall(name, path, interface, "GetActive")
        self._call(
            bus,
            message,
            lambda args: self._set_lock(name, bool(_plain(args[0]))),
            f"{name} GetActive",
        )

    def _find_logind_session(self, system: QDBusConnection) -> None:
        """Look up our logind session (by $XDG_SESSION_ID, else by our pid), then follow it."""
        # "auto": logind finds the caller's session by its pid, as GetSessionByPID does
        # (which PySide6 cannot call: it sends a Python int as int32, never the uint32 asked).
        session_id = os.environ.get("XDG_SESSION_ID") or "auto"
        message = QDBusMessage.createMethodCall(
            LOGIND, "/org/freedesktop/login1", "org.freedesktop.login1.Manager", "GetSession"
        )
        message.setArguments([session_id])
        self._call(
            system, message, lambda args: self._follow_logind(system, _path(args[0])), "logind"
        )

    def _follow_logind(self, system: QDBusConnection, path: str) -> None:
        subscribed = [
            system.connect(
                LOGIND,
                path,
                "org.freedesktop.DBus.Properties",
                "PropertiesChanged",
                self,
                _slot("_on_logind_properties(QDBusMessage)"),
            ),
            system.connect(LOGIND, path, LOGIND_SESSION, "Lock", self, _slot("_on_logind_lock()")),
            system.connect(
                LOGIND, path, LOGIND_SESSION, "Unlock", self, _slot("_on_logind_unlock()")
            ),
        ]
        if not any(subscribed):
            return
        self.logind_session = path
        self.lock_sources.append("logind")
        log.info("screen lock also watched through logind (session %s)", path)
        self._ask_locked_hint(system, path)

    def _ask_locked_hint(self, system: QDBusConnection, path: str) -> None:
        message = QDBusMessage.createMethodCall(
            LOGIND, path, "org.freedesktop.DBus.Properties", "Get"
        )
        message.setArguments([LOGIND_SESSION, "LockedHint"])
        self._call(
            system,
            message,
            lambda args: self._set_lock("logind", bool(_plain(args[0]))),
            "logind LockedHint",
        )

    # --- the signals ------------------------------------------------------------------------

    @Slot(bool)
    def _on_gnome_lock(self, active: bool) -> None:
        self._set_lock("org.gnome.ScreenSaver", active)

    @Slot(bool)
    def _on_fdo_lock(self, active: bool) -> None:
        self._set_lock("org.freedesktop.ScreenSaver", active)

    @Slot(QDBusMessage)
    def _on_logind_properties(self, message: QDBusMessage) -> None:
        # PySide6 hands the changed a{sv} over as a QDBusArgument it cannot read, so the
        # hint is asked again (a session's properties change seldom).
        args = message.arguments()
        if args and args[0] == LOGIND_SESSION and self.logind_session is not None:
            self._ask_locked_hint(QDBusConnection.systemBus(), self.logind_session)

    # logind's Lock and Unlock ask the desktop to lock or unlock; the hint follows them
    # where the desktop sets it, and either way the latest word of logind counts.
    @Slot()
    def _on_logind_lock(self) -> None:
        self._set_lock("logind", True)

    @Slot()
    def _on_logind_unlock(self) -> None:
        self._set_lock("logind", False)

    @Slot(bool)
    def _on_sleep(self, going_to_sleep: bool) -> None:
        before = self.away
        self._asleep = going_to_sleep
        self._changed(before)

    def _set_lock(self, source: str, locked: bool) -> None:
        before = self.away
        if self._locked_by.get(source, False) != locked:  # not "unlocked" at every start
            log.info("screen %s (%s)", "locked" if locked else "unlocked", source)
        self._locked_by[source] = locked
        self._changed(before)

    def _changed(self, before: bool) -> None:
        if self.away != before:
            self.away_changed.emit(self.away)


def lock_sources_here(timeout_ms: int = 1000) -> list[str]:
    """The lock sources that answer here now (for doctor; blocks up to a few timeouts).

    The watcher subscribes to every source whether or not anything sends it;
    this asks which services are there: a screensaver that owns its name, a
    logind that knows our session.
    """
    found: list[str] = []
    session = QDBusConnection.sessionBus()
    if session.isConnected():
        for name, _object, _interface in SCREENSAVERS:
            owner = session.interface().isServiceRegistered(name)
            if owner.isValid() and owner.value():
                found.append(name)
    system = QDBusConnection.systemBus()
    if system.isConnected():
        message = QDBusMessage.createMethodCall(
            LOGIND, "/org/freedesktop/login1", "org.freedesktop.login1.Manager", "GetSession"
        )
        message.setArguments([os.environ.get("XDG_SESSION_ID") or "auto"])
        reply = system.call(message, QDBus.CallMode.Block, timeout_ms)
        if reply.type() == QDBusMessage.MessageType.ReplyMessage:
            found.append(f"logind (session {_path(reply.arguments()[0])})")
    return found
