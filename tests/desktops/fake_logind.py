"""A small org.freedesktop.login1 on a private system bus (no real logind can run here).

Run with the system's Python (python3-gi, as scripts/gnome-env.sh's helpers):
``python3 fake_logind.py SESSION_ID``; it prints "ready" once the name is on
``$DBUS_SYSTEM_BUS_ADDRESS``. Offered, with logind's own types: the Manager's
``GetSession`` (the id, or "auto"/"self" for the caller's) and ``GetSessionByPID``,
and one Session object with ``LockedHint`` and the ``Lock``/``Unlock`` signals.
Lines on stdin drive it, as a desktop and loginctl would:

- ``hint 1`` / ``hint 0``: set LockedHint (PropertiesChanged), as GNOME and KDE do;
- ``lock`` / ``unlock``: send the Lock / Unlock signal (``loginctl lock-session``).

Each line is answered with "ok" once done. Every call received is printed
(``call METHOD``), so a test sees what the app asked.
"""

from __future__ import annotations

import sys
import threading

from gi.repository import Gio, GLib

SESSION_ID = sys.argv[1]
SESSION_PATH = f"/org/freedesktop/login1/session/_3{SESSION_ID}"
XML = """<node>
<interface name="org.freedesktop.login1.Manager">
  <method name="GetSession"><arg type="s" direction="in"/><arg type="o" direction="out"/></method>
  <method name="GetSessionByPID">
    <arg type="u" direction="in"/><arg type="o" direction="out"/></method>
  <signal name="PrepareForSleep"><arg type="b"/></signal>
</interface>
<interface name="org.freedesktop.login1.Session">
  <property name="LockedHint" type="b" access="read"/>
  <property name="Id" type="s" access="read"/>
  <signal name="Lock"/><signal name="Unlock"/>
</interface>
</node>"""
NODE = Gio.DBusNodeInfo.new_for_xml(XML)
state = {"hint": False}


def manager_call(conn, sender, path, iface, method, params, invocation) -> None:
    print("call", method, flush=True)
    if method == "GetSession" and params.unpack()[0] not in (SESSION_ID, "auto", "self"):
        invocation.return_dbus_error("org.freedesktop.login1.NoSuchSession", "no such session")
        return
    invocation.return_value(GLib.Variant("(o)", (SESSION_PATH,)))


def session_property(conn, sender, path, iface, name):
    print("get", name, flush=True)
    return (
        GLib.Variant("b", state["hint"]) if name == "LockedHint" else GLib.Variant("s", SESSION_ID)
    )


def control(conn: Gio.DBusConnection, loop: GLib.MainLoop) -> None:
    """Read commands on a thread; carry each out on the main loop."""

    def do(line: str) -> bool:
        session = "org.freedesktop.login1.Session"
        if line.startswith("hint "):
            state["hint"] = line.split()[1] == "1"
            changed = {"LockedHint": GLib.Variant("b", state["hint"])}
            conn.emit_signal(
                None,
                SESSION_PATH,
                "org.freedesktop.DBus.Properties",
                "PropertiesChanged",
                GLib.Variant("(sa{sv}as)", (session, changed, [])),
            )
        elif line in ("lock", "unlock"):
            conn.emit_signal(None, SESSION_PATH, session, line.capitalize(), None)
        conn.flush_sync(None)
        print("ok", flush=True)
        return False

    for line in sys.stdin:
        GLib.idle_add(do, line.strip())
    GLib.idle_add(loop.quit)


def main() -> None:
    loop = GLib.MainLoop()

    def acquired(conn: Gio.DBusConnection, name: str) -> None:
        conn.register_object(
            "/org/freedesktop/login1", NODE.interfaces[0], manager_call, None, None
        )
        conn.register_object(SESSION_PATH, NODE.interfaces[1], None, session_property, None)
        threading.Thread(target=control, args=(conn, loop), daemon=True).start()
        print("ready", flush=True)

    Gio.bus_own_name(Gio.BusType.SYSTEM, "org.freedesktop.login1", 0, None, acquired, None)
    loop.run()


if __name__ == "__main__":
    main()
