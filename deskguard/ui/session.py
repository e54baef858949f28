"""Screen lock and system sleep, from the desktop's own D-Bus signals.

Locked or asleep, nobody is at the desk to watch: the controller stops
sampling and lets the camera go. No sample arrives meanwhile, so the engine
sees a gap and counts it as away time (a break once it is long enough),
exactly as it treats a suspended laptop.

Sources: ``org.freedesktop.ScreenSaver.ActiveChanged`` on the session bus
(GNOME, KDE, Xfce and others) and ``org.freedesktop.login1.Manager.
PrepareForSleep`` on the system bus. A desktop with neither just does not
tell us; monitoring goes on as before.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import SLOT, QObject, Signal, Slot
from PySide6.QtDBus import QDBusConnection

log = logging.getLogger("deskguard.session")


def _slot(signature: str) -> Any:
    """Qt's SLOT() string for QDBusConnection.connect.

    WORKAROUND: PySide6 6.12's type stub asks for bytes there, but the binding
    accepts only str (a bytes argument raises ValueError).
    """
    return SLOT(signature)


class SessionWatcher(QObject):
    """Emits ``away_changed(True)`` when the screen locks or the machine goes to sleep."""

    away_changed = Signal(bool)

    def __init__(self) -> None:
        """Subscribe to the lock and sleep signals that this desktop offers."""
        super().__init__()
        self._locked = False
        self._asleep = False
        session = QDBusConnection.sessionBus()
        self.watching_lock = session.isConnected() and session.connect(
            "",
            "/org/freedesktop/ScreenSaver",
            "org.freedesktop.ScreenSaver",
            "ActiveChanged",
            self,
            _slot("_on_lock(bool)"),
        )
        system = QDBusConnection.systemBus()
        self.watching_sleep = system.isConnected() and system.connect(
            "org.freedesktop.login1",
            "/org/freedesktop/login1",
            "org.freedesktop.login1.Manager",
            "PrepareForSleep",
            self,
            _slot("_on_sleep(bool)"),
        )
        log.info(
            "screen lock %s, sleep %s",
            "watched" if self.watching_lock else "not reported here",
            "watched" if self.watching_sleep else "not reported here",
        )

    @property
    def away(self) -> bool:
        """Locked or asleep."""
        return self._locked or self._asleep

    @Slot(bool)
    def _on_lock(self, active: bool) -> None:
        self._set(locked=active)

    @Slot(bool)
    def _on_sleep(self, going_to_sleep: bool) -> None:
        self._set(asleep=going_to_sleep)

    def _set(self, *, locked: bool | None = None, asleep: bool | None = None) -> None:
        before = self.away
        if locked is not None:
            self._locked = locked
        if asleep is not None:
            self._asleep = asleep
        if self.away != before:
            self.away_changed.emit(self.away)
