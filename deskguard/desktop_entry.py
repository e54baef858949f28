"""DeskGuard's desktop entry and icon in the user's own folders (Linux and other XDG desktops).

The desktop finds a running app's name and icon through the entry named by
``QGuiApplication.setDesktopFileName("deskguard")``, and notification servers
through the ``desktop-entry`` hint. The ``.deb`` installs both system-wide;
run from source or from pip, nothing did, and the windows showed as a
generic "deskguard" with no icon. So on each start, where no system entry
exists, the app writes ``deskguard.desktop`` to ``$XDG_DATA_HOME/applications``
and its icon to ``$XDG_DATA_HOME/icons/hicolor/scalable/apps``, marked as its
own, and rewrites them only when they differ (the installation moved).
"Delete all my data" removes them again, never an entry it did not write.
"""

from __future__ import annotations

import os
import shlex
import sys
from pathlib import Path

from deskguard import paths
from deskguard.autostart import ENTRY_NAME, launch_argv

ICON_NAME = "deskguard.svg"
#: The mark on an entry this app wrote (and may therefore remove).
MARK = "X-DeskGuard-Written-By=DeskGuard"


def _data_home() -> Path:
    return Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")


def _data_dirs() -> list[Path]:
    dirs = os.environ.get("XDG_DATA_DIRS") or "/usr/local/share:/usr/share"
    return [Path(d) for d in dirs.split(":") if d]


def entry_path() -> Path:
    """Where the user's own entry goes."""
    return _data_home() / "applications" / ENTRY_NAME


def icon_path() -> Path:
    """Where the user's own icon goes."""
    return _data_home() / "icons" / "hicolor" / "scalable" / "apps" / ICON_NAME


def system_entry() -> Path | None:
    """An entry installed for everyone (the ``.deb``), if any: then none of ours is needed."""
    for folder in _data_dirs():
        candidate = folder / "applications" / ENTRY_NAME
        if candidate.is_file():
            return candidate
    return None


def entry_text() -> str:
    """The entry for this installation (it starts the way this process was started)."""
    return (
        "[Desktop Entry]\n"
        "Type=Application\n"
        "Name=DeskGuard\n"
        "GenericName=Posture monitor\n"
        "Comment=Watches how you sit and reminds you to move, privately\n"
        f"Exec={shlex.join(launch_argv())}\n"
        "Icon=deskguard\n"
        "Terminal=false\n"
        "Categories=Utility;Qt;\n"
        "Keywords=posture;ergonomics;sitting;break;neck;\n"
        "StartupNotify=false\n"
        f"{MARK}\n"
    )


def install() -> list[Path]:
    """Write the entry and the icon where needed; the files written (none if up to date).

    Raises OSError when the user's data folder cannot be written.
    """
    if sys.platform in ("win32", "darwin") or system_entry() is not None:
        return []
    written = []
    entry = entry_path()
    if entry.exists() and MARK not in _read(entry):
        return []  # the user's own entry: theirs to keep
    icon_source = paths.resources_dir() / "icons" / ICON_NAME
    for target, content in (
        (entry, entry_text().encode()),
        (icon_path(), icon_source.read_bytes()),
    ):
        if target.is_file() and target.read_bytes() == content:
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        temporary = target.with_name(f".{target.name}.tmp")
        temporary.write_bytes(content)
        temporary.replace(target)  # a desktop never reads half an entry
        written.append(target)
    return written


def remove() -> list[Path]:
    """Remove the entry and icon this app wrote; the files removed."""
    entry = entry_path()
    if not entry.is_file() or MARK not in _read(entry):
        return []
    removed = [entry]
    entry.unlink()
    if icon_path().is_file():
        icon_path().unlink()
        removed.append(icon_path())
    return removed


def _read(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return ""
