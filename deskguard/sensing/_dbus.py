"""One D-Bus call on the session bus through ``dbus-send`` (or ``gdbus``), never raising.

A subprocess per call keeps the senses free of any D-Bus library; each call has
a short timeout, a bound on its output and no shell, and its reply is read for one number or one
boolean, the only answers the senses need.
"""

from __future__ import annotations

import os
import re
import shutil
from pathlib import Path

from deskguard.sensing import _helper

#: How long a service may take to answer: past that, the sense cannot tell now.
TIMEOUT_S = 2.0

# A number standing on its own ("uint64 1234", "(uint64 1234,)", "t 1234"), not the 64 of uint64.
_NUMBER = re.compile(r"(?<![\w.])(\d+)(?![\w.])")
_BOOLEAN = re.compile(r"\b(true|false)\b")


def session_bus_present() -> bool:
    """Whether a session bus can be reached without starting one (no autolaunch)."""
    if os.environ.get("DBUS_SESSION_BUS_ADDRESS"):
        return True
    runtime = os.environ.get("XDG_RUNTIME_DIR")
    return runtime is not None and (Path(runtime) / "bus").exists()


def tool() -> str | None:
    """The command-line client used for calls: dbus-send, else gdbus; None without either."""
    return shutil.which("dbus-send") or shutil.which("gdbus")


def call(destination: str, path: str, method: str, *strings: str) -> str | None:
    """Call ``method`` ("interface.Member") with string arguments; its reply as text.

    None when no client is installed, the service is absent or errs, or no
    answer came within :data:`TIMEOUT_S`.
    """
    client = tool()
    if client is None:
        return None
    if Path(client).name == "dbus-send":
        argv = [
            client,
            "--session",
            "--print-reply=literal",
            f"--reply-timeout={int(TIMEOUT_S * 1000)}",
            f"--dest={destination}",
            path,
            method,
            *(f"string:{s}" for s in strings),
        ]
    else:
        argv = [
            client,
            "call",
            "--session",
            "--timeout",
            str(int(TIMEOUT_S)),
            "--dest",
            destination,
            "--object-path",
            path,
            "--method",
            method,
            *(f"'{s}'" for s in strings),  # GVariant text of a string
        ]
    done = _helper.run(argv, timeout_s=TIMEOUT_S + 1)
    return done.stdout if done is not None and done.returncode == 0 else None


def get_property(destination: str, path: str, interface: str, name: str) -> str | None:
    """The reply to ``org.freedesktop.DBus.Properties.Get(interface, name)``, as text."""
    return call(destination, path, "org.freedesktop.DBus.Properties.Get", interface, name)


def first_number(reply: str | None) -> int | None:
    """The first whole number in a reply, if any."""
    match = _NUMBER.search(reply or "")
    return int(match.group(1)) if match else None


def first_boolean(reply: str | None) -> bool | None:
    """The first boolean in a reply, if any."""
    match = _BOOLEAN.search(reply or "")
    return match.group(1) == "true" if match else None
