"""What the dashboard and the report tell about a day and a week (pure).

* :func:`day_periods`: the stretches of a day that were not watched sitting
  but something else the history knows about: the screen locked or the
  system asleep long enough to be a probable break, a call (another app held
  the camera), a pause. They are drawn as what they are, not as sitting.
* :func:`neck_bands`: the reference bands of the neck chart, from the engine's
  own alert thresholds (``Settings.neck_flexion_alert_deg``), never new numbers.
* :func:`review_week`: a week against the one before: totals and trend,
  reminders followed and ignored, the longest stretch each day, streaks.
* The plain-word captions of the day's figures (:func:`shifts_words` …).

Weeks are ISO weeks (Monday first) of the user's local days.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta
from enum import StrEnum

from deskguard.core.events import BreakReason, EventKind
from deskguard.core.i18n import _, _n, formats
from deskguard.core.settings import Sensitivity, Settings
from deskguard.core.stats import DaySummary, EventRow, WeekSummary
from deskguard.core.wording import format_duration

#: A day of a streak has no seated stretch longer than this.
STREAK_MAX_STRETCH_S = 2 * 3600.0


# --- the day's periods --------------------------------------------------------------------


class PeriodKind(StrEnum):
    """What a stretch of the day was, when it was not watched sitting."""

    #: The screen locked or the system asleep ``break_min_s`` or more, or (keyboard and
    #: mouse alone) no input for ``activity_break_s``: a probable break.
    LOCKED = "locked"
    #: A call or a meeting: another app held the camera, or a call signal was on.
    CALL = "call"
    #: The user paused DeskGuard.
    PAUSED = "paused"


@dataclass(frozen=True, slots=True)
class Period:
    """``[start_utc, end_utc)`` of one kind."""

    kind: PeriodKind
    start_utc: float
    end_utc: float

    @property
    def duration_s(self) -> float:
        """Its length in seconds."""
        return self.end_utc - self.start_utc


def day_periods(
    events: Sequence[EventRow], start_utc: float, end_utc: float, *, now_utc: float | None = None
) -> list[Period]:
    """Locks/sleeps, calls and pauses among ``events``, clipped to ``[start_utc, end_utc)``.

    A probable break (``BREAK_STARTED`` with reason ``locked``) starts when the
    user was last seen and ends at the ``TIME_JUMP`` that followed it (the
    first sample after the gap); one seen by keyboard and mouse alone (reason
    ``idle``) starts at the last input and ends when the next bout starts. A
    call runs while the camera is busy (``CAMERA_BUSY`` to ``CAMERA_FREE``) or
    a call signal is on (``CALL_STARTED`` to ``CALL_ENDED``), a pause from
    ``PAUSED`` to ``RESUMED`` or its planned end. One still going ends at
    ``now_utc`` (or the end of the day).
    """
    open_end = end_utc if now_utc is None else min(end_utc, now_utc)
    ordered = sorted(events, key=lambda e: e.t_utc)
    periods: list[Period] = []
    call_start: float | None = None
    in_call = {EventKind.CAMERA_BUSY: False, EventKind.CALL_STARTED: False}  # either is a call
    ends_call = {
        EventKind.CAMERA_FREE: EventKind.CAMERA_BUSY,
        EventKind.CALL_ENDED: EventKind.CALL_STARTED,
    }
    pause: tuple[float, float] | None = None  # (start, planned end)
    for i, e in enumerate(ordered):
        reason = e.data.get("reason") if e.kind == EventKind.BREAK_STARTED else None
        if reason in (BreakReason.LOCKED, BreakReason.IDLE):
            back_kind = (
                EventKind.TIME_JUMP if reason == BreakReason.LOCKED else EventKind.BOUT_STARTED
            )
            back = next((j for j in ordered[i + 1 :] if j.kind == back_kind), None)
            periods.append(
                Period(PeriodKind.LOCKED, e.t_utc, back.t_utc if back is not None else open_end)
            )
        elif e.kind in in_call:
            if not any(in_call.values()):
                call_start = e.t_utc
            in_call[e.kind] = True
        elif e.kind in ends_call and in_call[ends_call[e.kind]]:
            in_call[ends_call[e.kind]] = False
            if not any(in_call.values()) and call_start is not None:
                periods.append(Period(PeriodKind.CALL, call_start, e.t_utc))
                call_start = None
        elif e.kind == EventKind.PAUSED:
            if pause is not None:  # paused again before it ended: the first one ends here
                periods.append(Period(PeriodKind.PAUSED, pause[0], min(pause[1], e.t_utc)))
            until = e.data.get("until_s")
            pause = (e.t_utc, float(until) if isinstance(until, int | float) else open_end)
        elif e.kind == EventKind.RESUMED and pause is not None:
            periods.append(Period(PeriodKind.PAUSED, pause[0], min(pause[1], e.t_utc)))
            pause = None
    if call_start is not None:
        periods.append(Period(PeriodKind.CALL, call_start, open_end))
    if pause is not None:
        periods.append(Period(PeriodKind.PAUSED, pause[0], min(pause[1], open_end)))
    clipped = [
        Period(p.kind, max(p.start_utc, start_utc), min(p.end_utc, end_utc)) for p in periods
    ]
    return sorted((p for p in clipped if p.end_utc > p.start_utc), key=lambda p: p.start_utc)


def period_name(kind: PeriodKind) -> str:
    """What the chart's legend calls a period."""
    return {
        PeriodKind.LOCKED: _("probable break (screen locked, asleep or no input)"),
        PeriodKind.CALL: _("in a call"),
        PeriodKind.PAUSED: _("paused"),
    }[kind]


# --- the neck ----------------------------------------------------------------------------


class NeckZone(StrEnum):
    """How a neck angle past the calibrated neutral reads."""

    FINE = "fine"
    WATCH = "watch"
    STRAIN = "strain"


@dataclass(frozen=True, slots=True)
class NeckBands:
    """Degrees past the calibrated neutral where each zone begins.

    ``strain_from_deg`` is the user's alert threshold (their sensitivity):
    held there, DeskGuard alerts. ``watch_from_deg`` is the threshold of the
    most sensitive setting: below it no setting ever alerts. At the most
    sensitive setting the two meet and there is no watch zone.
    """

    watch_from_deg: float
    strain_from_deg: float

    def zone(self, flexion_deg: float) -> NeckZone:
        """The zone of ``flexion_deg``."""
        if flexion_deg >= self.strain_from_deg:
            return NeckZone.STRAIN
        if flexion_deg >= self.watch_from_deg:
            return NeckZone.WATCH
        return NeckZone.FINE


def neck_bands(settings: Settings) -> NeckBands:
    """The bands for ``settings``' sensitivity, from the engine's alert thresholds."""
    strictest = min(replace(settings, sensitivity=s).neck_flexion_alert_deg for s in Sensitivity)
    return NeckBands(watch_from_deg=strictest, strain_from_deg=settings.neck_flexion_alert_deg)


def zone_name(zone: NeckZone) -> str:
    """The zone's word."""
    return {NeckZone.FINE: _("fine"), NeckZone.WATCH: _("watch"), NeckZone.STRAIN: _("strain")}[
        zone
    ]


def neck_words(
    mean_deg: float | None, bands: NeckBands, *, calibrated: bool, camera: bool = True
) -> str:
    """One sentence on the day's neck angle against the calibrated neutral.

    ``camera``: False when DeskGuard watches keyboard and mouse alone (no neck to measure).
    """
    if not camera and mean_deg is None:
        return _("Neck angle: not measured without a camera.")
    if not calibrated:
        return _(
            "Neck angle: not calibrated yet. Calibrate (tray menu) so DeskGuard knows your "
            "neutral; the neck is then measured from it."
        )
    if mean_deg is None:
        return _("Neck angle: no measurement this day.")
    zone = bands.zone(mean_deg)
    if round(mean_deg) < 0:
        text = _(
            "Neck: on average {0:.0f}° more upright than your calibrated neutral (0° = as you "
            "sat when calibrating), {1}. DeskGuard alerts from {2:.0f}° held."
        )
        degrees = -mean_deg
    else:
        text = _(
            "Neck: on average {0:.0f}° past your calibrated neutral (0° = as you sat when "
            "calibrating), {1}. DeskGuard alerts from {2:.0f}° held."
        )
        degrees = 0.0 if round(mean_deg) == 0 else mean_deg
    return text.format(degrees, zone_name(zone), bands.strain_from_deg)


# --- plain words for the day's figures -------------------------------------------------------


def shifts_words(own: int, prompted: int) -> tuple[str, str]:
    """(figure, caption) for the changes of position."""
    total = own + prompted
    figure = _n("%n change of position", "%n changes of position", total)
    if not total:
        return figure, _("none on your own, none after a reminder")
    return figure, _("{0} on your own, {1} after a reminder").format(own, prompted)


def exercise_words(exercises: int, confirmed: int) -> str:
    """The exercises of a day: "4 exercises, 2 confirmed by the camera", or "" for none."""
    if not exercises:
        return ""
    done = _n("%n exercise", "%n exercises", exercises)
    return _("{0}, {1} confirmed by the camera").format(done, confirmed)


def walk_words(reminders: int, missed: int, done: int = 0) -> tuple[str, str]:
    """(figure, caption) for the walk reminders: followed, marked done, ignored.

    ``done``: of the ``missed`` ones (no break seen), those answered "Done": the
    user's word, not ignoring it.
    """
    figure = _n("%n walk reminder", "%n walk reminders", reminders)
    if not reminders:
        return figure, _("you got up before one was needed")
    if done:
        return figure, _("{0} followed, {1} marked done, {2} ignored").format(
            reminders - missed, done, missed - done
        )
    return figure, _("{0} followed, {1} ignored").format(reminders - missed, missed)


def breaks_words(breaks: int, probable: int) -> tuple[str, str]:
    """(figure, caption) for the breaks."""
    figure = _n("%n break", "%n breaks", breaks)
    caption = _("away from the desk")
    if probable:
        caption += ", " + _("plus {0} probable (screen locked or asleep)").format(probable)
    return figure, caption


# --- the week ------------------------------------------------------------------------------


def week_of(day: date) -> tuple[int, int]:
    """The ISO (year, week) of ``day``."""
    year, week, _weekday = day.isocalendar()
    return year, week


def shift_week(year: int, week: int, by: int) -> tuple[int, int]:
    """The ISO week ``by`` weeks after (before, if negative) ``year-Wweek``."""
    return week_of(date.fromisocalendar(year, week, 1) + timedelta(weeks=by))


def can_go_forward(year: int, week: int, today: date) -> bool:
    """Whether the week after ``year-Wweek`` has begun by ``today`` (no future weeks)."""
    return shift_week(year, week, 1) <= week_of(today)


@dataclass(frozen=True, slots=True)
class WeekReview:
    """A week's story. Durations in seconds; ``None``: nothing to say (no data)."""

    week: str
    seated_s: float
    previous_seated_s: float
    good_share: float | None
    previous_good_share: float | None
    breaks: int
    probable_breaks: int
    walk_followed: int
    walk_ignored: int
    shift_followed: int
    shift_ignored: int
    #: (ISO day, longest seated stretch in seconds), Monday first.
    longest_by_day: tuple[tuple[str, float], ...]
    #: The most consecutive monitored days of the week with no stretch over 2 h.
    best_streak_days: int
    #: The streak running at the week's last monitored day (counting back into the week before).
    streak_days: int


def _good_share(days: Sequence[DaySummary]) -> float | None:
    good = sum(d.posture_good_s for d in days)
    judged = good + sum(d.posture_poor_s for d in days)
    return good / judged if judged else None


def _streaks(days: Sequence[DaySummary]) -> tuple[int, int]:
    """(best run, run at the end) of monitored days with no stretch over the limit.

    A day with nothing seated (a weekend, a day off) neither counts nor breaks a run.
    """
    best = run = 0
    for d in days:
        if d.seated_s <= 0:
            continue
        run = run + 1 if d.longest_bout_s <= STREAK_MAX_STRETCH_S else 0
        best = max(best, run)
    return best, run


def review_week(week: WeekSummary, previous: WeekSummary) -> WeekReview:
    """``week`` told against ``previous`` (the week before)."""
    days = week.days
    walk = sum(d.walk_reminders for d in days)
    walk_missed = sum(d.walk_reminders_missed for d in days)
    shift = sum(d.shift_reminders for d in days)
    prompted = sum(d.shifts_prompted for d in days)
    best, _end = _streaks(days)
    _best, running = _streaks([*previous.days, *days])
    return WeekReview(
        week=week.week,
        seated_s=sum(d.seated_s for d in days),
        previous_seated_s=sum(d.seated_s for d in previous.days),
        good_share=_good_share(days),
        previous_good_share=_good_share(previous.days),
        breaks=sum(d.breaks for d in days),
        probable_breaks=sum(d.probable_breaks for d in days),
        walk_followed=walk - walk_missed,
        walk_ignored=walk_missed,
        shift_followed=min(prompted, shift),
        shift_ignored=max(0, shift - prompted),
        longest_by_day=tuple((d.day, d.longest_bout_s) for d in days),
        best_streak_days=best,
        streak_days=running,
    )


def trend_words(review: WeekReview) -> list[str]:
    """Sentences comparing the week with the one before."""
    out = []
    delta = review.seated_s - review.previous_seated_s
    seated = format_duration(review.seated_s)
    if review.previous_seated_s <= 0:
        out.append(_("Seated {0} this week; nothing recorded the week before.").format(seated))
    elif round(delta / 60) == 0:
        out.append(_("Seated {0}, the same as the week before.").format(seated))
    else:
        change = (
            _("{0} more than the week before") if delta > 0 else _("{0} less than the week before")
        ).format(format_duration(abs(delta)))
        out.append(_("Seated {0}: {1}.").format(seated, change))
    share, before = review.good_share, review.previous_good_share
    if share is not None:
        text = _("Good posture {0:.0f} % of the judged time").format(100 * share)
        if before is not None:
            points = round(100 * share) - round(100 * before)
            if points:
                text += " " + (
                    _("(up {0} points from {1:.0f} %)")
                    if points > 0
                    else _("(down {0} points from {1:.0f} %)")
                ).format(abs(points), 100 * before)
            else:
                text += " " + _("(as the week before)")
        out.append(text + ".")
    return out


def reminder_words(review: WeekReview) -> str:
    """Reminders followed and ignored, in words."""
    return _(
        "Walk reminders: {0} followed, {1} ignored. Shift reminders: {2} followed, {3} ignored."
    ).format(review.walk_followed, review.walk_ignored, review.shift_followed, review.shift_ignored)


def streak_words(review: WeekReview) -> str:
    """The streaks, in words."""
    limit = format_duration(STREAK_MAX_STRETCH_S)
    days = _n("%n day in a row", "%n days in a row", review.streak_days)
    return _("Streak: {0} with no stretch over {1} (best this week: {2}).").format(
        days, limit, review.best_streak_days
    )


def screen_advice_words(advice: str) -> str:
    """A day's screen advice, kept in English in the history and the CSV, in the user's words.

    ``"raise by about 4 cm"`` -> "raise it by about 4 cm" (translated); ``"keep"`` ->
    "keep it where it is". Anything else (a newer DeskGuard's wording) is shown as it is.
    """
    if advice == "keep":
        return _("keep it where it is")
    move, _sep, rest = advice.partition(" by about ")
    centimetres = rest.removesuffix(" cm")
    if not centimetres.isdigit():
        return advice
    cm = formats().integer(int(centimetres))
    if move == "raise":
        return _("raise it by about {0} cm").format(cm)
    if move == "lower":
        return _("lower it by about {0} cm").format(cm)
    return advice


def sense_words(camera_s: float, activity_s: float) -> str:
    """Which sense the seated time came from, or "" when the camera saw all of it.

    "2 h 10 min seen by the camera, 40 min from keyboard and mouse"; "all from
    keyboard and mouse" on a day without the camera.
    """
    if activity_s < 60:
        return ""
    if camera_s < 60:
        return _("all from keyboard and mouse")
    return _("{0} seen by the camera, {1} from keyboard and mouse").format(
        format_duration(camera_s), format_duration(activity_s)
    )
