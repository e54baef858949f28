"""``deskguard doctor``: what works here, what does not, and what to do about it.

Every check only looks (the database is opened read-only, the camera is
opened and released); nothing is changed.
"""

from __future__ import annotations

import glob
import os
import sqlite3
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TextIO

from deskguard.distro import install_command

#: GNOME's tray: the AppIndicator extension's package (the same name in every family).
_APPINDICATOR = "gnome-shell-extension-appindicator"


@dataclass(frozen=True, slots=True)
class Check:
    """One finding: a name, whether it is fine, the detail, and advice when it is not."""

    name: str
    ok: bool
    detail: str
    advice: str = ""
    essential: bool = True


def check_cameras() -> Check:
    """Cameras present, and whether the first one gives a frame."""
    from deskguard.capture import CaptureError
    from deskguard.capture.camera import OpenCvCamera

    devices = sorted(glob.glob("/dev/video*")) if sys.platform.startswith("linux") else []
    target: int | str = devices[0] if devices else 0
    camera = OpenCvCamera(target)
    try:
        frame = camera.read()
    except CaptureError as exc:
        found = ", ".join(devices) if devices else "none"
        return Check(
            "camera",
            False,
            f"cameras found: {found}; {exc}",
            "Plug a webcam in, close the app using it, or analyse a recording with "
            "`deskguard app --source FILE`.",
        )
    finally:
        camera.close()
    size = f"{frame.size[0]}x{frame.size[1]}" if frame is not None else "no frame"
    return Check("camera", frame is not None, f"{camera.name} opens and gives {size} frames")


def check_models(models_dir: Path | None) -> list[Check]:
    """Each required model: found where, verified."""
    from deskguard.analysis import models

    checks = []
    for spec in models.REQUIRED:
        try:
            found = models.locate(spec, models_dir)
        except models.ModelError as exc:
            checks.append(
                Check(f"model {spec.filename}", False, str(exc), "Run `deskguard models download`.")
            )
            continue
        checks.append(
            Check(f"model {spec.filename}", True, f"verified, from {found.origin}: {found.path}")
        )
    return checks


def check_activity(*, needed: bool) -> Check:
    """Whether keyboard and mouse idle time can be read here (``needed``: no camera is used)."""
    from deskguard.sensing import Unavailable, find_activity_source

    found = find_activity_source()
    if isinstance(found, Unavailable):
        return Check(
            "keyboard and mouse activity",
            False,
            f"cannot be read here: {found.reason}",
            "Without it DeskGuard watches with the camera alone: seated time stops while the "
            "camera is busy, unplugged or cannot see you.",
            essential=needed,
        )
    idle_s = found.idle_s()
    idle = "cannot tell now" if idle_s is None else f"last input {idle_s:.0f} s ago"
    return Check("keyboard and mouse activity", True, f"through {found.name}: {idle}")


def check_call_signals() -> Check:
    """The signs of a call readable here (each one holds the reminders while it is on)."""
    from deskguard.sensing import find_call_signals

    signals = find_call_signals()
    unknown = _unknown_signs({s.key for s in signals})
    if not signals:
        return Check(
            "call signals",
            False,
            "none readable here" + (f"; {unknown}" if unknown else ""),
            "Reminders still wait while a call holds the camera.",
            essential=False,
        )
    states = {True: "on", False: "off", None: "cannot tell now"}
    detail = ", ".join(f"{s.name} ({states[s.active()]})" for s in signals)
    return Check("call signals", True, detail + (f"; {unknown}" if unknown else ""))


def _unknown_signs(found: set[str]) -> str:
    """What cannot be known here, said plainly (today: a full-screen window on Wayland)."""
    session = os.environ.get("XDG_SESSION_TYPE", "")
    wayland = session == "wayland" or (bool(os.environ.get("WAYLAND_DISPLAY")) and session != "x11")
    if "fullscreen" in found or not wayland:
        return ""
    desktop = os.environ.get("XDG_CURRENT_DESKTOP", "") or "this desktop"
    words = f"a full-screen window cannot be seen on Wayland ({desktop} does not tell other apps)"
    if "gnome" in desktop.lower():
        words += "; GNOME Shell itself holds notification banners over a full-screen window"
    return words


#: The MediaPipe release DeskGuard is tested with: the newest without Google's
#: usage-logging client (README "Privacy"). Later ones contact play.googleapis.com.
MEDIAPIPE_PRIVATE_RELEASE = "0.10.33"


def check_screen_lock() -> Check:
    """Which services here say the screen is locked (the camera is closed behind the lock)."""
    if not sys.platform.startswith("linux"):
        return Check("screen lock", True, "not asked on this system", essential=False)
    try:
        from deskguard.ui.session import lock_sources_here
    except ImportError:  # no Qt D-Bus here
        sources = []
    else:
        sources = lock_sources_here()
    if sources:
        return Check("screen lock", True, "followed through " + ", ".join(sources))
    return Check(
        "screen lock",
        False,
        "no screensaver or logind answers here: a locked screen is not noticed",
        "Pause DeskGuard from the tray menu before you lock the screen.",
        essential=False,
    )


def check_mediapipe_privacy() -> Check:
    """The installed MediaPipe is the release that sends nothing anywhere."""
    try:
        import mediapipe

        installed = str(getattr(mediapipe, "__version__", "unknown"))
    except ImportError:
        installed = "not found"
    if installed == MEDIAPIPE_PRIVATE_RELEASE:
        return Check("privacy", True, f"mediapipe {installed}: no usage logging, no network use")
    return Check(
        "privacy",
        False,
        f"mediapipe {installed} is installed, not {MEDIAPIPE_PRIVATE_RELEASE}: MediaPipe 0.10.35 "
        "and later send usage statistics to Google",
        f"Reinstall the tested release: pip install mediapipe=={MEDIAPIPE_PRIVATE_RELEASE}",
    )


def check_display_and_tray() -> tuple[Check, bool]:
    """Whether there is a display and a system tray on it."""
    if sys.platform.startswith("linux") and not (
        os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
    ):
        return Check(
            "system tray",
            False,
            "no display (DISPLAY/WAYLAND_DISPLAY unset)",
            "Run DeskGuard from a desktop session.",
            essential=False,
        ), False
    from PySide6.QtWidgets import QApplication, QSystemTrayIcon

    QApplication.instance() or QApplication(sys.argv[:1])
    if QSystemTrayIcon.isSystemTrayAvailable():
        return Check("system tray", True, "available"), True
    return Check(
        "system tray",
        False,
        "none found: DeskGuard will run in a small window instead",
        "On GNOME, install the AppIndicator extension ("
        + (install_command(_APPINDICATOR) or _APPINDICATOR)
        + "), log out and in, and turn it on in the Extensions app.",
        essential=False,
    ), False


def check_notifications(tray_ok: bool, send_test: bool) -> Check:
    """Which notification route the app will take, and optionally a test notification."""
    from deskguard.notify.notifier import NotifierUnavailable, PlyerNotifier, first_available

    with_actions: str | None = None  # why not, or None when they work
    try:  # the app's first choice on Linux: reminders carry Done / Snooze 10 min / Skip
        from deskguard.ui.desktop_notifier import DesktopNotifier

        DesktopNotifier()
    except NotifierUnavailable as exc:
        with_actions = str(exc)
    except ImportError:  # no Qt D-Bus here: plyer alone
        with_actions = "no Qt D-Bus"
    notifier, reasons = first_available([lambda: PlyerNotifier(background=False)])
    route = notifier.name
    if notifier.name == "log" and tray_ok:
        route = "tray (the tray's own messages)"
    elif notifier.name == "plyer":
        route = f"plyer ({getattr(notifier, 'backend', '')})"
    detail = f"through {route}" + (f"; not plyer because: {'; '.join(reasons)}" if reasons else "")
    if with_actions is None:
        detail = "with Done / Snooze 10 min / Skip on reminders, through notify-send; " + (
            f"else {detail}"
        )
    elif sys.platform.startswith("linux"):
        detail += f"; no Done / Snooze / Skip on reminders: {with_actions}"
    if send_test and notifier.name != "log":
        sent = notifier.notify("DeskGuard test", "Notifications reach you. Sit tall!")
        detail += "; test notification " + ("sent" if sent else "FAILED")
    ok = notifier.name != "log" or tray_ok
    return Check(
        "notifications",
        ok,
        detail,
        "Install libnotify-bin (notify-send) for native notifications.",
        essential=False,
    )


def check_folders() -> list[Check]:
    """The data and config folders exist (or can be made) and take a file."""
    from deskguard import paths

    checks = []
    for name, folder in (("data folder", paths.data_dir()), ("config folder", paths.config_dir())):
        try:
            folder.mkdir(parents=True, exist_ok=True)
            with tempfile.NamedTemporaryFile(dir=folder):
                pass
        except OSError as exc:
            checks.append(
                Check(
                    name,
                    False,
                    f"{folder}: {exc.strerror or exc}",
                    "Free some disk space or fix the folder's permissions.",
                )
            )
            continue
        free_mb = _free_mb(folder)
        checks.append(
            Check(
                name,
                free_mb > 50,
                f"{folder} (writable, {free_mb:.0f} MB free)",
                "Free some disk space: the history needs a little room.",
            )
        )
    return checks


def _free_mb(folder: Path) -> float:
    st = os.statvfs(folder)
    return st.f_bavail * st.f_frsize / 1e6


def check_database() -> Check:
    """The history file's health, opened read-only."""
    from deskguard.storage.db import history_path

    path = history_path()
    if not path.exists():
        return Check("history", True, f"{path} (not created yet)")
    try:
        db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            result = db.execute("PRAGMA quick_check").fetchone()[0]
            days = db.execute("SELECT COUNT(DISTINCT minute_utc / 86400) FROM minutes").fetchone()[
                0
            ]
        finally:
            db.close()
    except sqlite3.DatabaseError as exc:
        result, days = str(exc), 0
    if result != "ok":
        return Check(
            "history",
            False,
            f"{path}: damaged ({result})",
            "Start DeskGuard: it keeps the damaged file aside and starts a new one.",
        )
    size_mb = path.stat().st_size / 1e6
    return Check("history", True, f"{path}: healthy, {days} day(s), {size_mb:.1f} MB")


def check_log_file() -> Check:
    """Where the tray app writes its log (to read, or to attach to a report)."""
    from deskguard import applog

    path = applog.log_path()
    try:
        size = path.stat().st_size
    except OSError:
        return Check("log file", True, f"{path} (not written yet: the tray app writes it)")
    limit_kb = applog.MAX_BYTES // 1024
    return Check("log file", True, f"{path} ({size / 1024:.0f} KB; rotated at {limit_kb} KB)")


def run_doctor(*, models_dir: Path | None, send_test: bool, out: TextIO) -> int:
    """Print every check; exit 1 if an essential one failed."""
    checks: list[Check] = []
    from deskguard.core.settings import Sensing
    from deskguard.settings_store import read_settings

    sensing = read_settings().sensing
    steps: list[Callable[[], None]] = [
        lambda: checks.append(check_cameras()),
        lambda: checks.extend(check_models(models_dir)),
        lambda: checks.append(check_mediapipe_privacy()),
        lambda: checks.append(check_activity(needed=sensing is Sensing.ACTIVITY)),
        lambda: checks.append(check_call_signals()),
    ]
    for step in steps:
        step()
    if sensing is Sensing.ACTIVITY:  # keyboard and mouse alone: no camera, no models needed
        checks = [
            replace(c, essential=False) if c.name == "camera" or c.name.startswith("model ") else c
            for c in checks
        ]
    tray_check, tray_ok = check_display_and_tray()
    checks.append(tray_check)
    checks.append(check_notifications(tray_ok, send_test))
    checks.append(check_screen_lock())
    checks.extend(check_folders())
    checks.append(check_database())
    checks.append(check_log_file())
    width = max(len(c.name) for c in checks)
    for c in checks:
        mark = "OK     " if c.ok else ("PROBLEM" if c.essential else "NOTE   ")
        print(f"{mark} {c.name:<{width}}  {c.detail}", file=out)
        if not c.ok and c.advice:
            print(f"        {'':<{width}}  -> {c.advice}", file=out)
    failed = [c for c in checks if not c.ok and c.essential]
    print(
        "All essential checks passed."
        if not failed
        else f"{len(failed)} essential check(s) failed: DeskGuard cannot monitor until fixed.",
        file=out,
    )
    return 1 if failed else 0
