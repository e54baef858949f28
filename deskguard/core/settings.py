"""Typed, range-checked, versioned settings (pure: no file access here).

Every field declares its range and its meaning once, in ``field(metadata=…)``.
``settings_from_dict`` never fails: a missing, mistyped or out-of-range value
(NaN, infinity, a list, a huge number…) falls back to its default and is
reported, so one bad field never costs the user the rest of their settings.
Keys this version does not know are reported as not used; ``unknown_fields``
hands them to the settings file so that a newer DeskGuard's keys survive a save.
"""

from __future__ import annotations

import dataclasses
import re
import reprlib
from dataclasses import dataclass, field
from datetime import time
from enum import StrEnum
from typing import Any

from deskguard.core.exercises import ALL_IDS

SCHEMA_VERSION = 1


class Sensing(StrEnum):
    """What tells DeskGuard the user is at the desk (docs/engine.md, "Without the camera")."""

    BOTH = "both"  # the camera, and keyboard and mouse activity where it cannot see
    CAMERA = "camera"
    ACTIVITY = "activity"  # keyboard and mouse alone: no posture, the camera never used


class Sensitivity(StrEnum):
    """How readily posture alerts fire."""

    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"


def _num(default: float, lo: float, hi: float, doc: str, unit: str = "") -> Any:
    return field(default=default, metadata={"min": lo, "max": hi, "doc": doc, "unit": unit})


def _flag(default: bool, doc: str) -> Any:
    return field(default=default, metadata={"doc": doc})


def _clock(default: str, doc: str) -> Any:
    return field(default=default, metadata={"doc": doc, "clock": True})


@dataclass(frozen=True, slots=True)
class Settings:
    """Everything the user can set. Units are in the names."""

    sample_interval_s: float = _num(5.0, 1.0, 120.0, "seconds between camera samples", "s")
    break_min_s: float = _num(
        180.0, 30.0, 1800.0, "away at least this long is a break that ends a seated bout", "s"
    )
    shift_interval_s: float = _num(
        12 * 60.0, 10 * 60.0, 15 * 60.0, "remind to shift position after this long still", "s"
    )
    walk_after_s: float = _num(
        60 * 60.0, 20 * 60.0, 180 * 60.0, "remind to get up and walk after this long seated", "s"
    )
    walk_repeat_s: float = _num(
        15 * 60.0, 5 * 60.0, 60 * 60.0, "repeat an ignored walk reminder this often", "s"
    )
    alert_window_s: float = _num(
        45.0, 20.0, 180.0, "a posture must be held most of this long to alert", "s"
    )
    alert_cooldown_s: float = _num(
        10 * 60.0, 60.0, 3600.0, "the same posture alert never repeats within this", "s"
    )
    sensitivity: Sensitivity = field(
        default=Sensitivity.MEDIUM, metadata={"doc": "how readily posture alerts fire"}
    )
    too_close_cm: float = _num(
        40.0, 20.0, 70.0, "nearer than this to the screen is too close", "cm"
    )
    sensing: Sensing = field(
        default=Sensing.BOTH,
        metadata={"doc": "what tells that you sit: both, camera, or activity (keyboard and mouse)"},
    )
    activity_break_s: float = _num(
        10 * 60.0,
        60.0,
        3600.0,
        "no keyboard or mouse input this long is a break (when activity decides)",
        "s",
    )
    camera: str = field(
        default="",
        metadata={"doc": "the camera to watch: an index, /dev/videoN or a recording (empty: 0)"},
    )
    camera_fov_deg: float = _num(70.0, 30.0, 150.0, "the camera's diagonal field of view", "deg")
    camera_above_screen_top_cm: float = _num(
        1.0, -80.0, 30.0, "the lens's height above the top edge of the screen", "cm"
    )
    work_hours_only: bool = _flag(
        False, "watch only in the work hours and on the work days below (off: whenever in use)"
    )
    work_start: str = _clock("08:00", "with work hours only: monitoring starts (local, HH:MM)")
    work_end: str = _clock("19:00", "with work hours only: monitoring ends (local, HH:MM)")
    work_days: str = field(
        default="12345",
        metadata={"doc": "with work hours only: ISO weekdays to monitor, 1 = Monday … 7 = Sunday"},
    )
    quiet_start: str = _clock("12:30", "no notifications from (local time, HH:MM)")
    quiet_end: str = _clock("12:30", "… until (same as start: no quiet hours)")
    notifications: bool = _flag(True, "show reminders and alerts as notifications")
    notification_sound: bool = _flag(
        False, "play the desktop's soft notification sound (where it has one)"
    )
    walk_heads_up: bool = _flag(False, "a heads-up two minutes before a walk reminder")
    exercises: bool = _flag(True, "offer a short guided exercise with reminders (Show me)")
    exercise_ids: str = field(
        default=",".join(ALL_IDS),
        metadata={"doc": "the exercises offered, by id, comma-separated (`deskguard exercises`)"},
    )
    exercise_camera_check: bool = _flag(
        True, "let the camera count the repetitions while an exercise's window is open"
    )
    retention_days: float = _num(
        90.0, 7.0, 3650.0, "keep minute-by-minute history this long", "days"
    )
    start_at_login: bool = _flag(False, "start DeskGuard when you log in")
    language: str = field(
        default="",
        metadata={"doc": "DeskGuard's language, e.g. de or pt_BR (empty: the system's)"},
    )
    profile: str = field(
        default="default",
        metadata={"doc": "the desk set-up in use (its calibration: laptop, docked…)"},
    )

    # --- derived ----------------------------------------------------------------------

    @property
    def neck_flexion_alert_deg(self) -> float:
        """Neck bent this far past neutral, held, is an alert (15 deg: ~12 kg of load)."""
        return {Sensitivity.LOW: 25.0, Sensitivity.MEDIUM: 20.0, Sensitivity.HIGH: 15.0}[
            self.sensitivity
        ]

    @property
    def forward_head_alert_ratio(self) -> float:
        """A forward-head score this high, held, is an alert (``core.posture.forward_head``).

        The score reads 1.0 for a moderate poke of the chin (gap -15 %, eyes
        4 cm lower, 2 cm nearer) and 0.5 for half of one; at medium, one
        signal alone (a shrug, a lower chair, leaning in) stays under it.
        """
        return {Sensitivity.LOW: 1.2, Sensitivity.MEDIUM: 0.75, Sensitivity.HIGH: 0.6}[
            self.sensitivity
        ]

    def exercises_enabled(self) -> frozenset[str]:
        """The ids of the exercises the user keeps on."""
        return frozenset(i for i in self.exercise_ids.split(",") if i)

    def work_day_numbers(self) -> frozenset[int]:
        """ISO weekday numbers of the work days."""
        return frozenset(int(c) for c in self.work_days if c in "1234567")


#: ``H:MM`` or ``HH:MM`` in ASCII digits (``int()`` alone would also take " +8" or "٨").
_CLOCK = re.compile(r"([0-9]{1,2}):([0-9]{2})")


def parse_clock(text: str) -> time:
    """``"HH:MM"`` to a ``time``; ValueError if it is not one."""
    match = _CLOCK.fullmatch(text)
    if match is None:
        raise ValueError("expected a time as HH:MM")
    return time(int(match[1]), int(match[2]))


_SHORT = reprlib.Repr()
_SHORT.maxstring = _SHORT.maxother = 60
_SHORT.maxlevel = 3


def _clip(text: str, most: int = 60) -> str:
    return text if len(text) <= most else f"{text[: most // 2]}…{text[-(most // 2) :]}"


def _show(value: Any) -> str:
    """A short, printable repr for messages: a bad value may be huge or deeply nested."""
    try:
        return _clip(_SHORT.repr(value))
    except (ValueError, RecursionError):  # an int past the digits limit, a cycle of containers
        return f"<{type(value).__name__}>"


def _check(f: dataclasses.Field[Any], value: Any) -> Any:
    """The value converted to the field's type, or ValueError saying why not."""
    default = f.default
    meta = f.metadata
    if isinstance(default, bool):
        if not isinstance(value, bool):
            raise ValueError("expected true or false")
        return value
    if isinstance(default, StrEnum):
        choices = type(default)
        if not isinstance(value, str) or value not in {c.value for c in choices}:
            raise ValueError("expected " + ", ".join(c.value for c in choices))
        return choices(value)
    if isinstance(default, float):
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise ValueError("expected a number")
        if not meta["min"] <= value <= meta["max"]:
            raise ValueError(f"outside {meta['min']:g}..{meta['max']:g}")
        return float(value)
    if not isinstance(value, str):
        raise ValueError("expected text")
    if meta.get("clock"):
        at = parse_clock(value)
        return f"{at.hour:02d}:{at.minute:02d}"
    if f.name == "work_days" and (not value or any(c not in "1234567" for c in value)):
        raise ValueError("expected weekday digits 1-7")
    if f.name == "language" and value and not re.fullmatch(r"[a-z]{2,3}(_[A-Z]{2})?", value):
        raise ValueError("expected a language code such as de or pt_BR, or nothing")
    if f.name == "exercise_ids":
        # Ids a newer DeskGuard knows are kept (and ignored here), like unknown keys.
        ids = [part.strip() for part in value.split(",") if part.strip()]
        if len(value) > 1000 or not all(re.fullmatch(r"[a-z0-9_]{1,40}", i) for i in ids):
            raise ValueError("expected exercise ids separated by commas")
        return ",".join(ids)
    if f.name == "camera" and not (len(value) <= 4096 and value.isprintable()):
        raise ValueError("expected a camera number, a device or a file path")
    if f.name == "profile" and not (0 < len(value.strip()) <= 40 and value.isprintable()):
        raise ValueError("expected a name of 1 to 40 printable characters")
    return value.strip() if f.name == "profile" else value


#: The problem said of a key this version does not know (a newer version's, most likely).
UNKNOWN_SETTING = "unknown setting, not used"


def settings_from_dict(data: Any) -> tuple[Settings, list[str]]:
    """Build settings from parsed JSON; also return one line per value that was not used."""
    problems: list[str] = []
    if not isinstance(data, dict):
        return Settings(), ["the settings are not a JSON object; using all defaults"]
    data = migrate(dict(data), problems)
    values: dict[str, Any] = {}
    known = {f.name: f for f in dataclasses.fields(Settings)}
    for name, value in data.items():
        if name == "schema_version":
            continue
        f = known.get(name)
        if f is None:
            shown = _clip(name) if isinstance(name, str) and name.isprintable() else _show(name)
            problems.append(f"{shown}: {UNKNOWN_SETTING}")
            continue
        try:
            values[name] = _check(f, value)
        except (ValueError, TypeError) as exc:
            default = f.default.value if isinstance(f.default, StrEnum) else f.default
            problems.append(
                f"{name}: {_show(value)} is not valid ({_clip(str(exc))}); using {default!r}"
            )
    return Settings(**values), problems


def unknown_fields(data: Any) -> dict[str, Any]:
    """The entries of a settings object that this version does not know (a newer file's)."""
    if not isinstance(data, dict):
        return {}
    known = {f.name for f in dataclasses.fields(Settings)} | {"schema_version"}
    return {k: v for k, v in data.items() if isinstance(k, str) and k not in known}


def settings_to_dict(settings: Settings) -> dict[str, Any]:
    """JSON-ready, with the schema version."""
    out: dict[str, Any] = {"schema_version": SCHEMA_VERSION}
    for f in dataclasses.fields(Settings):
        value = getattr(settings, f.name)
        out[f.name] = value.value if isinstance(value, StrEnum) else value
    return out


#: The work hours every install had before they became opt-in (``work_hours_only``).
_FORMER_WORK_HOURS = {"work_start": "08:00", "work_end": "19:00", "work_days": "12345"}


def migrate(data: dict[str, Any], problems: list[str]) -> dict[str, Any]:
    """Bring an older file up to ``SCHEMA_VERSION`` (version 1 is the first).

    A file from before ``work_hours_only`` whose work hours or days differ
    from the former defaults was set by hand: it keeps them (the flag is set).
    """
    if "work_hours_only" not in data and any(
        k in data and data[k] != v for k, v in _FORMER_WORK_HOURS.items()
    ):
        data["work_hours_only"] = True
    version = data.get("schema_version", SCHEMA_VERSION)
    if isinstance(version, bool) or not isinstance(version, int):
        problems.append(
            f"schema_version {_show(version)} is not a version number; "
            "reading the fields this DeskGuard knows"
        )
    elif version > SCHEMA_VERSION:
        problems.append(
            f"schema_version {_show(version)} is newer than this DeskGuard understands; "
            "reading the fields it knows"
        )
    return data
