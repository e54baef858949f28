r"""Start at login, the platform's way.

* Linux and other XDG desktops: a desktop entry in ``$XDG_CONFIG_HOME/autostart``
  (tested for real).
* Windows: the per-user Run key (``HKCU\...\CurrentVersion\Run``), as the
  installer's "start at login" option also writes it.
* macOS: a LaunchAgent in ``~/Library/LaunchAgents``.

The Windows and macOS paths follow the platforms' documentation but are not
run by this project's tests (no such machine here); see installers/README.md.
"""

from __future__ import annotations

import contextlib
import importlib
import os
import plistlib
import shlex
import sys
from pathlib import Path
from typing import Any

ENTRY_NAME = "deskguard.desktop"
RUN_KEY = r"Software\Microsoft\Windows\CurrentVersion\Run"
AGENT_LABEL = "io.github.deskguard.DeskGuard"


def _platform() -> str:
    if sys.platform == "win32":
        return "windows"
    if sys.platform == "darwin":
        return "macos"
    return "xdg"


def autostart_file() -> Path:
    """The XDG autostart entry (Linux) or the LaunchAgent (macOS)."""
    if _platform() == "macos":
        return Path.home() / "Library" / "LaunchAgents" / f"{AGENT_LABEL}.plist"
    config = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(config) / "autostart" / ENTRY_NAME


def launch_argv() -> list[str]:
    """How this installation starts DeskGuard's tray app."""
    if getattr(sys, "frozen", False):
        return [sys.executable, "app"]  # the packaged binary itself
    executable = Path(sys.argv[0]).resolve() if sys.argv and sys.argv[0] else None
    if executable is not None and executable.name == "deskguard" and executable.exists():
        return [str(executable), "app"]
    return [sys.executable, "-m", "deskguard", "app"]


def set_autostart(enabled: bool) -> Path | str:
    """Turn start at login on or off; returns where it is recorded."""
    kind = _platform()
    if kind == "windows":
        return _windows(enabled)
    path = autostart_file()
    if not enabled:
        path.unlink(missing_ok=True)
        return path
    path.parent.mkdir(parents=True, exist_ok=True)
    if kind == "macos":
        agent = {
            "Label": AGENT_LABEL,
            "ProgramArguments": launch_argv(),
            "RunAtLoad": True,
            "ProcessType": "Interactive",
        }
        path.write_bytes(plistlib.dumps(agent))
        return path
    path.write_text(
        "[Desktop Entry]\n"
        "Type=Application\n"
        "Name=DeskGuard\n"
        "Comment=Sitting-posture monitor in the system tray\n"
        f"Exec={shlex.join(launch_argv())}\n"
        "Icon=deskguard\n"
        "Terminal=false\n"
        "X-GNOME-Autostart-enabled=true\n"
        "X-GNOME-Autostart-Delay=10\n",
        encoding="utf-8",
    )
    return path


def _winreg() -> Any:
    """The registry module (Windows only; looked up by name so other systems type-check)."""
    return importlib.import_module("winreg")


def _windows(enabled: bool) -> str:
    winreg = _winreg()
    command = " ".join(f'"{a}"' if " " in a else a for a in launch_argv())
    with winreg.OpenKey(winreg.HKEY_CURRENT_USER, RUN_KEY, 0, winreg.KEY_SET_VALUE) as key:
        if enabled:
            winreg.SetValueEx(key, "DeskGuard", 0, winreg.REG_SZ, command)
        else:
            with contextlib.suppress(FileNotFoundError):  # already off
                winreg.DeleteValue(key, "DeskGuard")
    return f"HKCU\\{RUN_KEY}\\DeskGuard"


def autostart_enabled() -> bool:
    """Whether start at login is on."""
    if _platform() == "windows":
        winreg = _winreg()
        try:
            with winreg.OpenKey(winreg.HKEY_CURRENT_USER, RUN_KEY) as key:
                winreg.QueryValueEx(key, "DeskGuard")
        except FileNotFoundError:
            return False
        return True
    return autostart_file().exists()
