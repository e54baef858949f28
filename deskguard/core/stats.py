"""Daily and weekly statistics from the history's minute rows and events (pure).

Days and weeks are the user's local ones (ISO weeks, Monday first); their
bounds are computed with the time zone, so a day across a daylight-saving
change is 23 or 25 hours long, as it really is.
"""

from __future__ import annotations

import statistics
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import asdict, dataclass, field, fields
from datetime import date, datetime, time, timedelta, tzinfo
from typing import Any

from deskguard.core.events import BreakReason, EventKind
from deskguard.core.posture import ScreenMove, screen_height_advice

LONG_BOUT_S = 3600.0
#: What a kept day summary may hold (a damaged or hand-edited one is refused):
#: durations up to two days (a bout may run past midnight), means in degrees and cm.
_SUMMARY_RANGES: dict[str, tuple[float, float]] = {
    **{
        name: (0.0, 2 * 86_400.0)
        for name in (
            "seated_s",
            "longest_bout_s",
            "posture_good_s",
            "posture_poor_s",
            "posture_unknown_s",
            "seated_by_camera_s",
            "seated_by_activity_s",
        )
    },
    "neck_flexion_mean_deg": (-180.0, 180.0),
    "distance_median_cm": (0.0, 1_000.0),
    "eyes_above_screen_top_cm": (-1_000.0, 1_000.0),
}
#: Counts of one day (breaks, reminders…): far more than a day can give.
_MAX_DAY_COUNT = 100_000


def _is_number(value: object) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


@dataclass(frozen=True, slots=True)
class MinuteRow:
    """One minute of history (sums, so rows can be added up)."""

    minute_utc: int
    seated_s: float = 0.0
    good_s: float = 0.0
    poor_s: float = 0.0
    unknown_s: float = 0.0
    samples: int = 0
    neck_sum: float = 0.0
    neck_n: int = 0
    distance_sum: float = 0.0
    distance_n: int = 0
    eyes_sum: float = 0.0
    eyes_n: int = 0
    #: The part of ``seated_s`` that keyboard and mouse activity vouched for (the
    #: rest, the camera); a column added in schema 3, 0 in older minutes.
    activity_s: float = 0.0


@dataclass(frozen=True, slots=True)
class EventRow:
    """One stored event."""

    t_utc: float
    kind: EventKind
    data: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class DaySummary:
    """What a day looked like. Durations in seconds, angles in degrees."""

    day: str
    seated_s: float
    longest_bout_s: float
    bouts_over_hour: int
    breaks: int
    walk_reminders: int
    walk_reminders_missed: int
    shift_reminders: int
    shifts_prompted: int
    shifts_own: int
    posture_good_s: float
    posture_poor_s: float
    posture_unknown_s: float
    posture_alerts: int
    neck_flexion_mean_deg: float | None
    neck_flexion_by_hour: dict[int, float]
    distance_median_cm: float | None
    eyes_above_screen_top_cm: float | None
    screen_advice: str | None
    #: Breaks not seen but probable: the screen locked or the system asleep that long.
    probable_breaks: int = 0
    #: Guided exercises done, and how many of them the camera confirmed.
    exercises: int = 0
    exercises_confirmed: int = 0
    #: ``seated_s`` by the sense that vouched for it (a day kept from before
    #: activity was a sense reads 0 for both).
    seated_by_camera_s: float = 0.0
    seated_by_activity_s: float = 0.0
    #: Of ``walk_reminders_missed``: those the user answered "Done" on (no break was seen;
    #: their word, which is not ignoring it).
    walk_reminders_done: int = 0

    def to_json_dict(self) -> dict[str, Any]:
        """JSON-ready (hour keys as strings)."""
        out = asdict(self)
        out["neck_flexion_by_hour"] = {str(h): v for h, v in self.neck_flexion_by_hour.items()}
        return out

    @classmethod
    def from_json_dict(cls, data: Mapping[str, Any]) -> DaySummary:
        """Read back :meth:`to_json_dict`; ValueError if ``data`` is not such a document."""
        try:
            hours = {int(h): v for h, v in data["neck_flexion_by_hour"].items() if _is_number(v)}
            if len(hours) != len(data["neck_flexion_by_hour"]) or not set(hours) <= set(range(24)):
                raise ValueError("neck_flexion_by_hour")
            summary = cls(**{**data, "neck_flexion_by_hour": hours})
            date.fromisoformat(summary.day)  # TypeError if it is not text
        except (KeyError, TypeError, AttributeError, ValueError) as exc:
            raise ValueError(f"not a day summary: {exc!r}") from None
        for f in fields(cls):
            value = getattr(summary, f.name)
            if f.name == "day":
                ok = len(value) == len("2026-11-23")
            elif f.name == "screen_advice":
                ok = value is None or (isinstance(value, str) and len(value) <= 100)
            elif f.name == "neck_flexion_by_hour":
                ok = all(
                    _SUMMARY_RANGES["neck_flexion_mean_deg"][0] <= v <= 180 for v in value.values()
                )
            else:  # a damaged document can hold any JSON value: only believable numbers count
                low, high = _SUMMARY_RANGES.get(f.name, (0, _MAX_DAY_COUNT))
                ok = (value is None and "None" in str(f.type)) or (
                    _is_number(value)
                    and low <= value <= high  # never NaN, infinite, negative or absurd
                    and (f.type != "int" or value == int(value))
                )
            if not ok:
                raise ValueError(f"not a day summary: {f.name} = {value!r}")
        return summary


def day_bounds_utc(day: date, tz: tzinfo) -> tuple[float, float]:
    """[start, end) of a local day as UTC epoch seconds (23/25 h across DST)."""
    start = datetime.combine(day, time(0, 0), tzinfo=tz)
    end = datetime.combine(day + timedelta(days=1), time(0, 0), tzinfo=tz)
    return start.timestamp(), end.timestamp()


def iso_week_days(year: int, week: int) -> list[date]:
    """The seven dates (Monday first) of ISO week ``year-Www``."""
    monday = date.fromisocalendar(year, week, 1)
    return [monday + timedelta(days=i) for i in range(7)]


def parse_iso_week(text: str) -> tuple[int, int]:
    """``"2026-W48"`` to (2026, 48); ValueError if it is not a real ISO week."""
    year_text, sep, week_text = text.upper().partition("-W")
    if not sep:
        raise ValueError(f"{text!r} is not an ISO week like 2026-W48")
    year, week = int(year_text), int(week_text)
    date.fromisocalendar(year, week, 1)  # raises for week 53 of a 52-week year
    return year, week


def summarize_day(
    day: date,
    tz: tzinfo,
    minutes: Iterable[MinuteRow],
    events: Sequence[EventRow],
) -> DaySummary:
    """Summarise one local day from its minute rows and its events (already selected)."""
    rows = sorted(minutes, key=lambda r: r.minute_utc)
    kinds = [e.kind for e in events]
    bouts = [float(e.data.get("bout_s", 0.0)) for e in events if e.kind == EventKind.BREAK_STARTED]
    open_bout = _open_bout_s(events, rows)
    if open_bout is not None:
        bouts.append(open_bout)
    walk_reminders = kinds.count(EventKind.WALK_REMINDER)
    walk_satisfied = kinds.count(EventKind.WALK_SATISFIED)
    walk_done = sum(
        1
        for e in events
        if e.kind == EventKind.REMINDER_DONE and e.data.get("reminder") == EventKind.WALK_REMINDER
    )
    changes = [e for e in events if e.kind == EventKind.POSITION_CHANGED]
    prompted = sum(1 for e in changes if e.data.get("prompted"))
    neck_sum = sum(r.neck_sum for r in rows)
    neck_n = sum(r.neck_n for r in rows)
    by_hour: dict[int, list[float]] = {}
    for r in rows:
        if r.neck_n:
            hour = datetime.fromtimestamp(r.minute_utc, tz).hour
            by_hour.setdefault(hour, []).append(r.neck_sum / r.neck_n)
    distances = [r.distance_sum / r.distance_n for r in rows if r.distance_n]
    eyes = [r.eyes_sum / r.eyes_n for r in rows if r.eyes_n]
    eyes_median = statistics.median(eyes) if eyes else None
    advice = None
    if eyes_median is not None:
        a = screen_height_advice(eyes_median)
        advice = (
            "keep" if a.move is ScreenMove.KEEP else f"{a.move.value} by about {a.by_cm:.0f} cm"
        )
    return DaySummary(
        day=day.isoformat(),
        seated_s=round(sum(r.seated_s for r in rows), 1),
        longest_bout_s=round(max(bouts, default=0.0), 1),
        bouts_over_hour=sum(1 for b in bouts if b >= LONG_BOUT_S),
        breaks=sum(
            1
            for e in events
            if e.kind == EventKind.BREAK_STARTED and e.data.get("reason") == BreakReason.AWAY
        ),
        probable_breaks=sum(
            1
            for e in events
            if e.kind == EventKind.BREAK_STARTED
            and e.data.get("reason") in (BreakReason.LOCKED, BreakReason.IDLE)
        ),
        walk_reminders=walk_reminders,
        walk_reminders_missed=max(0, walk_reminders - walk_satisfied),
        walk_reminders_done=min(max(0, walk_reminders - walk_satisfied), walk_done),
        shift_reminders=kinds.count(EventKind.SHIFT_REMINDER),
        shifts_prompted=prompted,
        shifts_own=len(changes) - prompted,
        posture_good_s=round(sum(r.good_s for r in rows), 1),
        posture_poor_s=round(sum(r.poor_s for r in rows), 1),
        posture_unknown_s=round(sum(r.unknown_s for r in rows), 1),
        posture_alerts=kinds.count(EventKind.POSTURE_ALERT),
        neck_flexion_mean_deg=round(neck_sum / neck_n, 1) if neck_n else None,
        neck_flexion_by_hour={h: round(statistics.fmean(v), 1) for h, v in sorted(by_hour.items())},
        distance_median_cm=round(statistics.median(distances), 1) if distances else None,
        eyes_above_screen_top_cm=round(eyes_median, 1) if eyes_median is not None else None,
        screen_advice=advice,
        exercises=kinds.count(EventKind.EXERCISE_DONE),
        exercises_confirmed=sum(
            1 for e in events if e.kind == EventKind.EXERCISE_DONE and e.data.get("confirmed")
        ),
        seated_by_camera_s=round(sum(r.seated_s - r.activity_s for r in rows), 1),
        seated_by_activity_s=round(sum(r.activity_s for r in rows), 1),
    )


def _open_bout_s(events: Sequence[EventRow], rows: Sequence[MinuteRow]) -> float | None:
    """A bout that started this day and had not ended by its last seated minute."""
    last_start = None
    for e in events:
        if e.kind == EventKind.BOUT_STARTED:
            last_start = e.t_utc
        elif e.kind == EventKind.BREAK_STARTED:
            last_start = None
    if last_start is None:
        return None
    seated = [r for r in rows if r.seated_s > 0 and r.minute_utc >= last_start - 60]
    if not seated:
        return None
    # Seated time runs up to the last sample, so the last minute's seated
    # seconds say where in that minute the bout (so far) ends.
    last = seated[-1]
    return max(0.0, last.minute_utc + min(60.0, last.seated_s) - last_start)


@dataclass(frozen=True, slots=True)
class WeekSummary:
    """Seven day summaries and their totals."""

    week: str
    tz: str
    days: tuple[DaySummary, ...]

    def to_json_dict(self) -> dict[str, Any]:
        """The ``deskguard-week/1`` document (docs/history.md)."""
        return {
            "schema": "deskguard-week/1",
            "week": self.week,
            "tz": self.tz,
            "days": [d.to_json_dict() for d in self.days],
            "totals": self.totals(),
        }

    def totals(self) -> dict[str, Any]:
        """Sums over the week (and the longest bout, the mean neck angle)."""
        d = self.days
        necks = [x.neck_flexion_mean_deg for x in d if x.neck_flexion_mean_deg is not None]
        return {
            "seated_s": round(sum(x.seated_s for x in d), 1),
            "longest_bout_s": max((x.longest_bout_s for x in d), default=0.0),
            "bouts_over_hour": sum(x.bouts_over_hour for x in d),
            "breaks": sum(x.breaks for x in d),
            "probable_breaks": sum(x.probable_breaks for x in d),
            "walk_reminders": sum(x.walk_reminders for x in d),
            "walk_reminders_missed": sum(x.walk_reminders_missed for x in d),
            "walk_reminders_done": sum(x.walk_reminders_done for x in d),
            "shift_reminders": sum(x.shift_reminders for x in d),
            "shifts_prompted": sum(x.shifts_prompted for x in d),
            "shifts_own": sum(x.shifts_own for x in d),
            "posture_good_s": round(sum(x.posture_good_s for x in d), 1),
            "posture_poor_s": round(sum(x.posture_poor_s for x in d), 1),
            "posture_unknown_s": round(sum(x.posture_unknown_s for x in d), 1),
            "posture_alerts": sum(x.posture_alerts for x in d),
            "exercises": sum(x.exercises for x in d),
            "exercises_confirmed": sum(x.exercises_confirmed for x in d),
            "seated_by_camera_s": round(sum(x.seated_by_camera_s for x in d), 1),
            "seated_by_activity_s": round(sum(x.seated_by_activity_s for x in d), 1),
            "neck_flexion_mean_deg": round(statistics.fmean(necks), 1) if necks else None,
        }
