"""Start at login, the platform's way.

Linux (and other XDG desktops): a desktop entry in ``$XDG_CONFIG_HOME/autostart``.
Windows (the per-user Run key) and macOS (a LaunchAgent) come with their
installers; here they report that they are not available yet.
"""

from __future__ import annotations

import os
import shlex
import sys
from pathlib import Path

ENTRY_NAME = "deskguard.desktop"


class AutostartUnavailable(Exception):
    """Start at login cannot be set up here; the text says why."""


def autostart_file() -> Path:
    """Where the XDG autostart entry lives."""
    config = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(config) / "autostart" / ENTRY_NAME


def launch_command() -> str:
    """How this installation starts DeskGuard's tray app."""
    executable = Path(sys.argv[0]).resolve() if sys.argv and sys.argv[0] else None
    if executable is not None and executable.name == "deskguard" and executable.exists():
        return shlex.quote(str(executable))
    return f"{shlex.quote(sys.executable)} -m deskguard"


def set_autostart(enabled: bool) -> Path:
    """Turn start at login on or off; returns the entry's path."""
    if not (sys.platform.startswith("linux") or "bsd" in sys.platform):
        raise AutostartUnavailable(
            f"start at login on {sys.platform} is set up by the DeskGuard installer"
        )
    path = autostart_file()
    if not enabled:
        path.unlink(missing_ok=True)
        return path
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(
        "[Desktop Entry]\n"
        "Type=Application\n"
        "Name=DeskGuard\n"
        "Comment=Sitting-posture monitor in the system tray\n"
        f"Exec={launch_command()} app\n"
        "Icon=deskguard\n"
        "Terminal=false\n"
        "X-GNOME-Autostart-enabled=true\n"
        "X-GNOME-Autostart-Delay=10\n",
        encoding="utf-8",
    )
    return path


def autostart_enabled() -> bool:
    """Whether the entry is there."""
    return autostart_file().exists()
