"""Desktop services on a real session bus, answering from a JSON state file (for tests).

Run as ``python fake_desktop_services.py STATE.json``; it prints "ready" once its
names are on the bus. Each answer reads the file again, so a test changes what
the services say by rewriting it. Keys (each optional: a service is offered only
when its key is there):

- ``mutter_idle_ms``: org.gnome.Mutter.IdleMonitor's GetIdletime; with
  ``mutter_hang_s`` each call first hangs that long (and the service with it).
- ``screensaver_idle_ms`` and ``screensaver_paths``: org.freedesktop.ScreenSaver's
  GetSessionIdleTime on those object paths.
- ``notifications_inhibited`` and ``notification_server``: org.freedesktop.Notifications'
  Inhibited property, and the server's name (GetServerInformation answers that one
  string, not the four of the specification: the senses read only the name).
- ``screencast_sessions``: the names of Mutter's screen-cast session objects
  (re-read every 50 ms; the service org.gnome.Mutter.ScreenCast is offered).
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

from PySide6.QtCore import ClassInfo, Property, QCoreApplication, QObject, QTimer, Slot
from PySide6.QtDBus import QDBusConnection

STATE = Path(sys.argv[1])


def state() -> dict:
    return json.loads(STATE.read_text())


@ClassInfo({"D-Bus Interface": "org.gnome.Mutter.IdleMonitor"})
class IdleMonitor(QObject):
    @Slot(result="qulonglong")
    def GetIdletime(self) -> int:  # D-Bus names its methods in CamelCase
        time.sleep(float(state().get("mutter_hang_s", 0)))
        return int(state()["mutter_idle_ms"])


@ClassInfo({"D-Bus Interface": "org.freedesktop.ScreenSaver"})
class ScreenSaver(QObject):
    @Slot(result="uint")
    def GetSessionIdleTime(self) -> int:
        return int(state()["screensaver_idle_ms"])


@ClassInfo({"D-Bus Interface": "org.freedesktop.Notifications"})
class Notifications(QObject):
    def _inhibited(self) -> bool:
        return bool(state()["notifications_inhibited"])

    Inhibited = Property(bool, _inhibited)

    @Slot(result=str)
    def GetServerInformation(self) -> str:
        return str(state().get("notification_server", "Plasma"))


@ClassInfo({"D-Bus Interface": "org.gnome.Mutter.ScreenCast"})
class ScreenCast(QObject):
    @Slot(result="int")
    def Version(self) -> int:
        return 4


@ClassInfo({"D-Bus Interface": "org.gnome.Mutter.ScreenCast.Session"})
class ScreenCastSession(QObject):
    @Slot()
    def Stop(self) -> None:
        pass


def main() -> None:
    app = QCoreApplication(sys.argv)
    bus = QDBusConnection.sessionBus()
    exports = (
        QDBusConnection.RegisterOption.ExportAllSlots
        | QDBusConnection.RegisterOption.ExportAllProperties
    )
    objects: list[QObject] = []

    def offer(service: str, path: str, obj: QObject) -> None:
        objects.append(obj)
        assert bus.registerObject(path, obj, exports), path
        bus.registerService(service)

    first = state()
    if "mutter_idle_ms" in first:
        offer("org.gnome.Mutter.IdleMonitor", "/org/gnome/Mutter/IdleMonitor/Core", IdleMonitor())
    for path in first.get("screensaver_paths", []):
        offer("org.freedesktop.ScreenSaver", path, ScreenSaver())
    if "notifications_inhibited" in first:
        offer("org.freedesktop.Notifications", "/org/freedesktop/Notifications", Notifications())
    if "screencast_sessions" in first:
        offer("org.gnome.Mutter.ScreenCast", "/org/gnome/Mutter/ScreenCast", ScreenCast())
        sessions: dict[str, QObject] = {}

        def follow_sessions() -> None:
            wanted = set(state()["screencast_sessions"])
            for name in set(sessions) - wanted:
                bus.unregisterObject(f"/org/gnome/Mutter/ScreenCast/Session/{name}")
                del sessions[name]
            for name in wanted - set(sessions):
                sessions[name] = ScreenCastSession()
                path = f"/org/gnome/Mutter/ScreenCast/Session/{name}"
                assert bus.registerObject(path, sessions[name], exports), path

        follow_sessions()
        timer = QTimer(interval=50, timeout=follow_sessions)
        timer.start()
    print("ready", flush=True)
    app.exec()


if __name__ == "__main__":
    main()
