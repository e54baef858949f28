"""The reminder engine: from a stream of samples to seated time, reminders and alerts.

Pure and clock-injected: the caller passes the time (UTC epoch seconds) with
every call and the engine never reads a clock, so a whole working day can be
replayed in milliseconds and gives the same events every time.

The rules, with their defaults in :class:`~deskguard.core.settings.Settings`:

* **Presence and bouts.** Present = a face, or an upper body on strong
  evidence (``core.quality``). While away, one weak sample (a body alone, a
  poor face) is not believed until the next one agrees; the return is dated
  at the first of them.
  Absent samples shorter than ``break_min_s`` in total are not a break (the
  user looked away or leaned out); their time counts as seated once the user
  is seen again. Away for ``break_min_s`` ends the seated bout at the moment
  the user was last seen; coming back starts a new one.
* **Gaps.** No call for more than ``max(4 x sample_interval_s, 60 s)`` (sleep,
  suspend, lock, a clock change) is away time, never seated; a gap of
  ``break_min_s`` or more ends the bout, and so does the same stretch without
  any frame (camera unplugged) or a pause that long. A clock that goes
  backwards ends the bout where it really ended; no duration is ever negative.
* **Change of position.** The head's position (eyes in cm, camera frame) and
  its pitch and roll, as the median of the last three good samples, compared
  with the posture last settled on: a move of ``POSITION_MOVE_CM`` or a turn of
  ``POSITION_TURN_DEG`` that two of three samples agree on is a change; so is
  being out of view for ``SHIFT_ABSENCE_S``. Single-frame noise cannot do it:
  one sample is outvoted by the other two.
* **Shift reminder** after ``shift_interval_s`` without a change of position;
  a change within ``PROMPT_WINDOW_S`` after it counts as prompted.
* **Walk reminder** after ``walk_after_s`` of seated bout, repeated every
  ``walk_repeat_s`` while ignored; only a real break satisfies it.
* **Posture alerts** (neck flexion and forward head need a calibration; too
  close works without): a problem must be seen in ``ALERT_ON_FRACTION`` of the
  known samples of the last ``alert_window_s`` to alert, and fall to
  ``ALERT_OFF_FRACTION`` to clear (hysteresis); the same alert never repeats
  within ``alert_cooldown_s``. Poor-quality samples are unknown, never bad.
* **The mirror retry never fakes a movement.** A face found only in the
  mirror image (``PostureSample.mirrored``) can read a few degrees off the
  direct reading: it counts for presence and for "can't see you well", but
  it does not vote on a change of position, and the neck and forward head
  are unknown on it (too close is still judged from its distance).
* **Screen height** is advice, once a day, after ``SCREEN_ADVICE_AFTER_S`` of
  good samples put the eyes' median height outside the band against the
  screen's top edge.
* **Quiet**: paused, outside work hours, while another app holds the camera
  (a call) and in quiet hours, nothing is notified; reminders that fall due
  then wait until it is over, posture alerts are dropped.
"""

from __future__ import annotations

import math
import statistics
from collections import deque
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, tzinfo
from enum import StrEnum
from typing import Any

from deskguard.core.carryover import Carryover
from deskguard.core.events import BreakReason, EventKind
from deskguard.core.i18n import _
from deskguard.core.posture import (
    Baseline,
    ScreenMove,
    eyes_above_screen_top_cm,
    forward_head_ratio,
    neck_flexion_deg,
    screen_height_advice,
)
from deskguard.core.sample import PostureSample, Quality
from deskguard.core.settings import Settings, parse_clock
from deskguard.core.suggestions import Suggester, Topic

POSITION_MOVE_CM = 6.0
POSITION_TURN_DEG = 10.0
SHIFT_ABSENCE_S = 30.0
PROMPT_WINDOW_S = 5 * 60.0
ALERT_ON_FRACTION = 0.7
ALERT_OFF_FRACTION = 0.3
ALERT_MIN_SAMPLES = 3
SCREEN_ADVICE_AFTER_S = 30 * 60.0
#: Sat steadily this long with nothing to report: sample at half the rate.
STEADY_AFTER_S = 5 * 60.0
#: The walk reminder wins over a shift reminder due within this long of it.
REMINDER_SPACING_S = 5 * 60.0


class Problem(StrEnum):
    """Posture problems the engine alerts on."""

    NECK = "neck_flexion"
    FORWARD_HEAD = "forward_head"
    TOO_CLOSE = "too_close"


class PostureState(StrEnum):
    """One sample's posture, for the time-in-posture statistics."""

    GOOD = "good"
    POOR = "poor"
    UNKNOWN = "unknown"
    AWAY = "away"


@dataclass(frozen=True, slots=True)
class Event:
    """Something the user or the history should know about.

    ``notify`` says whether it is meant to be shown to the user now (quiet
    rules already applied); ``data`` holds the figures, JSON-ready.
    """

    t_s: float
    kind: EventKind
    title: str = ""
    body: str = ""
    notify: bool = False
    data: Mapping[str, Any] = field(default_factory=dict)

    def to_json_dict(self) -> dict[str, Any]:
        """A JSON-ready view."""
        return {
            "t_s": round(self.t_s, 3),
            "kind": self.kind.value,
            "title": self.title,
            "body": self.body,
            "notify": self.notify,
            "data": dict(self.data),
        }


@dataclass(frozen=True, slots=True)
class Step:
    """What one call did: events, and the time it accounts for (for the history)."""

    events: tuple[Event, ...]
    seated_s: float = 0.0
    posture: PostureState = PostureState.AWAY
    neck_flexion_deg: float | None = None
    distance_cm: float | None = None
    eyes_above_top_cm: float | None = None


@dataclass(frozen=True, slots=True)
class Status:
    """The engine's state at a glance (for the tray)."""

    present: bool
    paused: bool
    camera_busy: bool
    cant_see: bool
    in_work_hours: bool
    bout_s: float
    seated_today_s: float
    alerts: tuple[Problem, ...]
    calibrated: bool


@dataclass(slots=True)
class _Position:
    x: float
    y: float
    z: float
    pitch: float
    roll: float


def _format_duration(seconds: float) -> str:
    minutes = round(seconds / 60.0)
    if minutes < 60:
        return _("{0} min").format(minutes)
    return _("{0} h {1:02d} min").format(minutes // 60, minutes % 60)


class PostureEngine:
    """Feed it samples with their times; it returns what happened.

    Threading contract: not thread-safe; the app calls it from one thread.
    """

    def __init__(
        self,
        settings: Settings,
        *,
        baseline: Baseline | None = None,
        tz: tzinfo,
        seed: int = 0,
    ) -> None:
        """``tz`` is the user's local time zone (days, work and quiet hours)."""
        self.settings = settings
        self.baseline = baseline
        self.tz = tz
        self._suggest = Suggester(seed)
        self._last_t: float | None = None
        # presence and bouts
        self._present = False
        self._bout_start: float | None = None
        self._last_seen: float | None = None
        self._pending_absent_s = 0.0
        #: A lone weak-evidence sample (body alone, poor face) seen while absent,
        #: waiting for the next sample to agree.
        self._unconfirmed_t: float | None = None
        self._day: date | None = None
        self._seated_today_s = 0.0
        # position
        self._recent: deque[_Position] = deque(maxlen=3)
        self._ref: _Position | None = None
        self._last_change_t: float | None = None
        self._absent_since: float | None = None
        # reminders
        self._last_shift_reminder: float | None = None
        self._last_walk_reminder: float | None = None
        self._walk_reminded_this_bout = False
        self._snoozed_until = -math.inf
        # alerts
        self._window: deque[tuple[float, dict[Problem, bool | None]]] = deque()
        self._alerting: set[Problem] = set()
        self._last_alert: dict[Problem, float] = {}
        self._cant_see = False
        self._quality_window: deque[tuple[float, bool]] = deque()
        # screen height
        self._eye_heights: list[float] = []
        self._eye_heights_observed_s = 0.0  # clock time the heights cover, not a count
        self._screen_advised_day: date | None = None
        # modes
        self._paused_until: float | None = None
        self._paused_at: float | None = None
        self._camera_busy = False

    # --- commands ---------------------------------------------------------------------

    def pause(self, t_s: float, until_s: float) -> list[Event]:
        """Stop monitoring until ``until_s`` (the camera is not needed meanwhile)."""
        events: list[Event] = []
        self._catch_up(t_s, events)
        self._paused_until = until_s
        self._paused_at = t_s
        self._window.clear()
        minutes = max(0.0, until_s - t_s) / 60.0
        events.append(
            Event(t_s, EventKind.PAUSED, data={"until_s": until_s, "minutes": round(minutes)})
        )
        return events

    def pause_until_tomorrow_s(self, t_s: float) -> float:
        """When "pause until tomorrow" ends: the next local day's start of work."""
        local = datetime.fromtimestamp(t_s, self.tz)
        start = parse_clock(self.settings.work_start)
        tomorrow = (local + timedelta(days=1)).date()
        resume = datetime.combine(tomorrow, start, tzinfo=self.tz)
        return resume.timestamp()

    def resume(self, t_s: float) -> list[Event]:
        """Monitor again now."""
        if self._paused_until is None:
            return []
        self._paused_until = None
        self._last_t = t_s  # the paused time is not observed: no gap, no seated time
        events: list[Event] = []
        paused_at = self._paused_at if self._paused_at is not None else t_s
        if self._present and t_s - paused_at >= self.settings.break_min_s:
            self._end_bout(paused_at, events, reason=BreakReason.PAUSED)
        events.append(Event(t_s, EventKind.RESUMED))
        return events

    def snooze(self, t_s: float, duration_s: float) -> list[Event]:
        """Hold reminders back for ``duration_s``."""
        self._snoozed_until = t_s + duration_s
        return [Event(t_s, EventKind.SNOOZED, data={"until_s": self._snoozed_until})]

    def set_camera_busy(self, t_s: float, busy: bool) -> list[Event]:
        """Another app holds the camera (a call): do not disturb until it lets go."""
        if busy == self._camera_busy:
            return []
        events: list[Event] = []
        self._catch_up(t_s, events)
        self._camera_busy = busy
        self._window.clear()
        events.append(Event(t_s, EventKind.CAMERA_BUSY if busy else EventKind.CAMERA_FREE))
        return events

    def _catch_up(self, t_s: float, events: list[Event]) -> None:
        """Catch a gap (sleep) up before a command changes the mode.

        The few seconds since the last sample are not credited as seated: only
        ``feed`` returns seated time, so the history and the engine agree.
        """
        if self._paused_until is None:
            self._roll_day(t_s)
            self._advance_clock(t_s, events)

    def use_settings(self, settings: Settings) -> None:
        """Use new settings from the next call on (thresholds, intervals, hours)."""
        self.settings = settings

    def set_baseline(self, baseline: Baseline | None) -> None:
        """Use a new calibration from now on."""
        self.baseline = baseline
        self._window.clear()
        self._alerting.clear()
        self._eye_heights.clear()
        self._eye_heights_observed_s = 0.0

    def restore(self, carry: Carryover, t_s: float) -> list[Event]:
        """Pick today up where the history left it, when the app starts at ``t_s``.

        Call once, before the first ``feed``. A bout the history still has open
        goes on if the user was seen less than ``break_min_s`` ago (a restart
        is not a break); otherwise it ended when they were last seen, and the
        returned ``BREAK_STARTED`` says so for the history.
        """
        events: list[Event] = []
        self._roll_day(t_s)
        self._seated_today_s = carry.seated_today_s
        if carry.screen_advised:
            self._screen_advised_day = self._day
        known = {p.value: p for p in Problem}
        self._last_alert = {known[k]: t for k, t in carry.last_alert_s.items() if k in known}
        if carry.bout_start_s is None:
            return events
        last_seen = carry.last_seen_s if carry.last_seen_s is not None else carry.bout_start_s
        self._present = True
        self._bout_start = carry.bout_start_s
        self._last_seen = self._last_t = last_seen
        self._last_change_t = carry.last_change_s
        self._last_shift_reminder = carry.last_shift_reminder_s
        self._last_walk_reminder = carry.last_walk_reminder_s
        self._walk_reminded_this_bout = carry.last_walk_reminder_s is not None
        if not 0.0 <= t_s - last_seen < self.settings.break_min_s:
            self._end_bout(last_seen, events, reason=BreakReason.GAP)
            self._last_t = None
        return events

    # --- queries ----------------------------------------------------------------------

    def paused(self, t_s: float) -> bool:
        """Whether monitoring is paused at ``t_s``."""
        return self._paused_until is not None and t_s < self._paused_until

    def in_work_hours(self, t_s: float) -> bool:
        """Whether ``t_s`` falls on a work day between the work hours (local time)."""
        local = datetime.fromtimestamp(t_s, self.tz)
        if local.isoweekday() not in self.settings.work_day_numbers():
            return False
        return _within(local, self.settings.work_start, self.settings.work_end)

    def in_quiet_hours(self, t_s: float) -> bool:
        """Whether ``t_s`` falls in the quiet hours (local time)."""
        local = datetime.fromtimestamp(t_s, self.tz)
        return _within(local, self.settings.quiet_start, self.settings.quiet_end)

    def next_interval_s(self, t_s: float) -> float:
        """How long to wait before the next frame: sparse, and sparser when nothing changes.

        The configured interval while something is going on; three times it
        (at most 15 s, so a return is still seen within seconds) when the chair
        has been empty for a while; twice it when the user has sat steadily,
        with no alert, for five minutes.
        """
        base = self.settings.sample_interval_s
        if not self._present or (
            self._absent_since is not None and t_s - self._absent_since >= SHIFT_ABSENCE_S
        ):
            return max(base, min(3 * base, 15.0))
        steady = (
            not self._alerting
            and not self._cant_see
            and self._last_change_t is not None
            and t_s - self._last_change_t >= STEADY_AFTER_S
        )
        return 2 * base if steady else base

    def wants_camera(self, t_s: float) -> bool:
        """Whether a frame should be taken now."""
        return not self.paused(t_s) and not self._camera_busy and self.in_work_hours(t_s)

    def status(self, t_s: float) -> Status:
        """The state at a glance."""
        bout = 0.0
        if self._present and self._bout_start is not None:
            bout = max(0.0, t_s - self._bout_start)
        return Status(
            present=self._present,
            paused=self.paused(t_s),
            camera_busy=self._camera_busy,
            cant_see=self._cant_see,
            in_work_hours=self.in_work_hours(t_s),
            bout_s=bout,
            seated_today_s=self._seated_today_s,
            alerts=tuple(sorted(self._alerting)),
            calibrated=self.baseline is not None,
        )

    # --- the main input ---------------------------------------------------------------

    def feed(self, t_s: float, sample: PostureSample | None) -> Step:
        """Take one sample (``None``: no frame could be had) taken at ``t_s``."""
        events: list[Event] = []
        if self._paused_until is not None:
            if t_s < self._paused_until:
                self._last_t = t_s
                return Step(())
            events += self.resume(t_s)
        self._roll_day(t_s)
        dt = self._advance_clock(t_s, events)
        if not self.in_work_hours(t_s):
            # Not observed: a bout that runs past the end of work is left as it is.
            return Step(tuple(events))

        quiet = self._camera_busy or self.in_quiet_hours(t_s)
        if self._camera_busy:
            # In a call the user is at the desk: the bout goes on, quietly.
            seated = dt if self._present else 0.0
            self._credit(seated)
            if self._present:
                self._last_seen = t_s
            return Step(tuple(events), seated_s=seated, posture=PostureState.UNKNOWN)
        if sample is None:
            # No picture (camera gone): unknown time; long enough, it ends the bout.
            if (
                self._present
                and self._last_seen is not None
                and t_s - self._last_seen >= self.settings.break_min_s
            ):
                self._end_bout(self._last_seen, events, reason=BreakReason.UNOBSERVED)
            return Step(tuple(events), posture=PostureState.UNKNOWN)

        seated = self._presence(t_s, dt, sample, events)
        if self._unconfirmed_t == t_s:
            # A weak sample not believed yet (a "body" in an empty room): judge
            # nothing on it; the next sample confirms it or it is forgotten.
            return Step(tuple(events), posture=PostureState.AWAY)
        posture, flexion = self._posture(t_s, sample, events, quiet)
        self._position(t_s, sample, events)
        if sample.present:  # never remind an empty chair
            events += self._reminders(t_s, quiet=quiet)
        eyes_above_top = self._screen(t_s, dt, sample, events, quiet)
        return Step(
            tuple(events),
            seated_s=seated,
            posture=posture if sample.present else PostureState.AWAY,
            neck_flexion_deg=flexion,
            distance_cm=sample.distance_cm if sample.quality is Quality.GOOD else None,
            eyes_above_top_cm=eyes_above_top,
        )

    # --- pieces -----------------------------------------------------------------------

    def _max_gap_s(self) -> float:
        return max(4 * self.settings.sample_interval_s, 60.0)

    def _advance_clock(self, t_s: float, events: list[Event]) -> float:
        """Seconds since the last call that may count as observed time."""
        last, self._last_t = self._last_t, t_s
        if last is None:
            return 0.0
        dt = t_s - last
        if 0.0 <= dt <= self._max_gap_s():
            return dt
        # Sleep, lock or a clock change: the whole gap is away time.
        events.append(Event(t_s, EventKind.TIME_JUMP, data={"gap_s": round(dt, 1)}))
        if dt < 0:
            # The clock went back: every stored instant is now in the future.
            # End the bout where it really ended and forget the timers.
            if self._present:
                self._end_bout(last, events, reason=BreakReason.CLOCK)
            self._last_alert.clear()
            self._snoozed_until = -math.inf
            self._absent_since = None
            self._quality_window.clear()
        elif self._present and dt >= self.settings.break_min_s:
            self._end_bout(last, events, reason=BreakReason.GAP)
        elif self._present:
            self._last_seen = t_s  # a short gap: not a break, but not seated either
            self._pending_absent_s = 0.0
        return 0.0

    def _roll_day(self, t_s: float) -> None:
        day = datetime.fromtimestamp(t_s, self.tz).date()
        if day != self._day:
            self._day = day
            self._seated_today_s = 0.0
            self._eye_heights.clear()
            self._eye_heights_observed_s = 0.0

    def _credit(self, seated_s: float) -> None:
        self._seated_today_s += seated_s

    def _presence(self, t_s: float, dt: float, s: PostureSample, events: list[Event]) -> float:
        """Update bouts; return the seated seconds this sample confirms.

        One sample never ends an absence on weak evidence (the pose model now
        and then "finds" a body in an empty room, the face model a face in a
        pattern): while absent, a body-only sample or a poor-quality face waits
        until the next sample agrees; a good face ends the absence at once. The
        absence then ends at the first of the agreeing samples.
        """
        absent = not self._present or self._absent_since is not None
        unconfirmed, self._unconfirmed_t = self._unconfirmed_t, None
        agrees = unconfirmed is not None and 0.0 < t_s - unconfirmed <= self._max_gap_s()
        strong = s.face_found and s.quality is Quality.GOOD
        if s.present and absent and not strong and not agrees:
            self._unconfirmed_t = t_s
            return self._still_absent(t_s, dt, events)
        if s.present:
            back_at = unconfirmed if unconfirmed is not None and agrees and absent else t_s
            away_s = back_at - self._absent_since if self._absent_since is not None else 0.0
            self._absent_since = None
            if self._present and away_s >= SHIFT_ABSENCE_S:
                # Back from leaning out or standing up within the bout: they moved.
                self._recent.clear()
                self._ref = None
                self._position_changed(t_s, events, cause="left the frame")
            if not self._present:
                self._start_bout(back_at, events)
                self._last_seen = t_s
                seated = t_s - back_at  # from the first of the agreeing samples
                self._credit(seated)
                return seated
            seated = self._pending_absent_s + dt
            self._pending_absent_s = 0.0
            self._last_seen = t_s
            self._credit(seated)
            return seated
        return self._still_absent(t_s, dt, events)

    def _still_absent(self, t_s: float, dt: float, events: list[Event]) -> float:
        """An absent sample (or one not yet believed): the break clock runs on."""
        if self._absent_since is None:
            self._absent_since = t_s
        if not self._present:
            return 0.0
        self._pending_absent_s += dt
        if self._last_seen is not None and t_s - self._last_seen >= self.settings.break_min_s:
            self._end_bout(self._last_seen, events, reason=BreakReason.AWAY)
        return 0.0

    def _start_bout(self, t_s: float, events: list[Event]) -> None:
        self._present = True
        self._bout_start = self._last_seen = t_s
        self._pending_absent_s = 0.0
        self._last_change_t = t_s
        self._last_shift_reminder = None
        self._last_walk_reminder = None
        self._walk_reminded_this_bout = False
        self._ref = None
        self._recent.clear()
        events.append(Event(t_s, EventKind.BOUT_STARTED))

    def _end_bout(self, at_s: float, events: list[Event], *, reason: BreakReason) -> None:
        start = self._bout_start if self._bout_start is not None else at_s
        bout_s = max(0.0, at_s - start)
        self._present = False
        self._pending_absent_s = 0.0
        self._window.clear()
        self._alerting.clear()
        events.append(
            Event(
                at_s, EventKind.BREAK_STARTED, data={"bout_s": round(bout_s, 1), "reason": reason}
            )
        )
        if self._walk_reminded_this_bout and reason is BreakReason.AWAY:
            events.append(Event(at_s, EventKind.WALK_SATISFIED, data={"bout_s": round(bout_s, 1)}))
        self._walk_reminded_this_bout = False
        self._bout_start = None

    def _posture(
        self, t_s: float, s: PostureSample, events: list[Event], quiet: bool
    ) -> tuple[PostureState, float | None]:
        """Judge this sample, update the alert windows; return its state and flexion."""
        self._track_quality(t_s, s, events)
        verdicts: dict[Problem, bool | None] = dict.fromkeys(Problem)
        flexion = None
        if s.present and s.quality is Quality.GOOD:
            # A mirrored reading may sit a few degrees off the direct one: the
            # neck and the forward head are unknown on it, too close is not.
            if self.baseline is not None and not s.mirrored:
                flexion = neck_flexion_deg(s, self.baseline)
                if flexion is not None:
                    verdicts[Problem.NECK] = flexion >= self.settings.neck_flexion_alert_deg
                forward = forward_head_ratio(s, self.baseline)
                if forward is not None:
                    verdicts[Problem.FORWARD_HEAD] = (
                        forward >= self.settings.forward_head_alert_ratio
                    )
            if s.distance_cm is not None:
                verdicts[Problem.TOO_CLOSE] = s.distance_cm < self.settings.too_close_cm
        self._window.append((t_s, verdicts))
        while self._window and self._window[0][0] < t_s - self.settings.alert_window_s:
            self._window.popleft()
        for problem in Problem:
            self._judge(problem, t_s, s, events, quiet)
        known = [v for v in verdicts.values() if v is not None]
        if not s.present:
            state = PostureState.AWAY
        elif any(known):
            state = PostureState.POOR
        elif known and self.baseline is not None and not s.mirrored:
            state = PostureState.GOOD
        else:
            state = PostureState.UNKNOWN  # uncalibrated or mirrored: the neck is not judged
        return state, flexion

    def _judge(
        self, problem: Problem, t_s: float, s: PostureSample, events: list[Event], quiet: bool
    ) -> None:
        known = [v[problem] for _, v in self._window if v[problem] is not None]
        if len(known) < ALERT_MIN_SAMPLES:
            return
        bad = sum(1 for v in known if v) / len(known)
        if problem in self._alerting and bad <= ALERT_OFF_FRACTION:
            self._alerting.discard(problem)
            events.append(Event(t_s, EventKind.POSTURE_RECOVERED, data={"problem": problem.value}))
            return
        if problem not in self._alerting:
            if bad < ALERT_ON_FRACTION:
                return
            self._alerting.add(problem)
        # Alerting (newly, or still): say so at most once per cool-down, never a storm.
        last = self._last_alert.get(problem)
        if last is not None and t_s - last < self.settings.alert_cooldown_s:
            return
        self._last_alert[problem] = t_s
        notify = not quiet and self.settings.notifications
        events.append(self._alert_event(problem, t_s, s, notify))

    def _alert_event(self, problem: Problem, t_s: float, s: PostureSample, notify: bool) -> Event:
        data: dict[str, Any] = {"problem": problem.value}
        if problem is Problem.NECK and self.baseline is not None:
            flexion = neck_flexion_deg(s, self.baseline) or 0.0
            data["neck_flexion_deg"] = round(flexion, 1)
            title = _("Your neck is bent forward")
            body = _("About {0:.0f}° past your neutral.").format(flexion) + " "
            body += self._suggest.next(Topic.NECK)
        elif problem is Problem.FORWARD_HEAD:
            title = _("Your head has drifted forward")
            body = _("Your ears have dropped towards your shoulders.") + " "
            body += self._suggest.next(Topic.FORWARD_HEAD)
        else:
            distance = s.distance_cm or 0.0
            data["distance_cm"] = round(distance)
            title = _("You are very close to the screen")
            body = _("About {0:.0f} cm away.").format(distance) + " "
            body += self._suggest.next(Topic.TOO_CLOSE)
        return Event(t_s, EventKind.POSTURE_ALERT, title, body, notify, data)

    def _track_quality(self, t_s: float, s: PostureSample, events: list[Event]) -> None:
        """Flag "can't see you well" when most present samples of the window are poor."""
        if s.present:
            self._quality_window.append((t_s, s.quality is Quality.POOR))
        while (
            self._quality_window and self._quality_window[0][0] < t_s - self.settings.alert_window_s
        ):
            self._quality_window.popleft()
        flags = [poor for _, poor in self._quality_window]
        if len(flags) < ALERT_MIN_SAMPLES:
            return
        share = sum(flags) / len(flags)
        if not self._cant_see and share >= ALERT_ON_FRACTION:
            self._cant_see = True
            issues = sorted({i.value for i in s.issues})
            events.append(Event(t_s, EventKind.CANT_SEE, data={"issues": issues}))
        elif self._cant_see and share <= ALERT_OFF_FRACTION:
            self._cant_see = False
            events.append(Event(t_s, EventKind.SEES_AGAIN))

    def _position(self, t_s: float, s: PostureSample, events: list[Event]) -> None:
        if s.quality is not Quality.GOOD or s.eyes_cm is None or s.head is None:
            return
        if s.mirrored:
            return  # a switch between the direct and the mirror path is no movement
        x, y, z = s.eyes_cm
        self._recent.append(_Position(x, y, z, s.head.pitch_deg, s.head.roll_deg))
        if len(self._recent) < 3:
            return
        now = _Position(
            statistics.median(p.x for p in self._recent),
            statistics.median(p.y for p in self._recent),
            statistics.median(p.z for p in self._recent),
            statistics.median(p.pitch for p in self._recent),
            statistics.median(p.roll for p in self._recent),
        )
        if self._ref is None:
            self._ref = now
            return
        moved = math.dist((now.x, now.y, now.z), (self._ref.x, self._ref.y, self._ref.z))
        turned = max(abs(now.pitch - self._ref.pitch), abs(now.roll - self._ref.roll))
        if moved >= POSITION_MOVE_CM or turned >= POSITION_TURN_DEG:
            self._ref = now
            self._position_changed(t_s, events, cause=f"moved {moved:.0f} cm, turned {turned:.0f}°")

    def _position_changed(self, t_s: float, events: list[Event], *, cause: str) -> None:
        prompted = (
            self._last_shift_reminder is not None
            and t_s - self._last_shift_reminder <= PROMPT_WINDOW_S
            and (self._last_change_t is None or self._last_change_t < self._last_shift_reminder)
        )
        self._last_change_t = t_s
        events.append(
            Event(t_s, EventKind.POSITION_CHANGED, data={"prompted": prompted, "cause": cause})
        )

    def _reminders(self, t_s: float, *, quiet: bool) -> list[Event]:
        if not self._present or self._bout_start is None:
            return []
        if quiet or t_s < self._snoozed_until or not self.settings.notifications:
            return []  # due reminders wait; they fire when this is over
        events: list[Event] = []
        bout_s = t_s - self._bout_start
        walk_due = bout_s >= self.settings.walk_after_s and (
            self._last_walk_reminder is None
            or t_s - self._last_walk_reminder >= self.settings.walk_repeat_s
        )
        if walk_due:
            self._last_walk_reminder = t_s
            self._walk_reminded_this_bout = True
            lead = _("You have been sitting for {0}.").format(_format_duration(bout_s))
            events.append(
                self._reminder(
                    t_s,
                    EventKind.WALK_REMINDER,
                    _("Time to stand up and walk"),
                    lead,
                    Topic.WALK,
                    {"bout_s": round(bout_s, 1)},
                )
            )
            return events
        if (
            self._last_walk_reminder is not None
            and t_s - self._last_walk_reminder < REMINDER_SPACING_S
        ):
            return events
        still_since = max(self._last_change_t or self._bout_start, self._bout_start)
        if self._last_shift_reminder is not None:
            still_since = max(still_since, self._last_shift_reminder)
        still_s = t_s - still_since
        if still_s >= self.settings.shift_interval_s:
            self._last_shift_reminder = t_s
            since_change = t_s - max(self._last_change_t or self._bout_start, self._bout_start)
            lead = _("You have sat still for {0}.").format(_format_duration(since_change))
            events.append(
                self._reminder(
                    t_s,
                    EventKind.SHIFT_REMINDER,
                    _("Time to shift position"),
                    lead,
                    Topic.SHIFT,
                    {"still_s": round(since_change, 1)},
                )
            )
        return events

    def _reminder(
        self,
        t_s: float,
        kind: EventKind,
        title: str,
        lead: str,
        topic: Topic,
        data: dict[str, Any],
    ) -> Event:
        """A reminder to show: its title, what was seen, and a suggestion."""
        return Event(t_s, kind, title, lead + " " + self._suggest.next(topic), True, data)

    def _screen(
        self, t_s: float, dt: float, s: PostureSample, events: list[Event], quiet: bool
    ) -> float | None:
        """Collect the eyes' height over the screen top; advise once a day. Returns it."""
        if self.baseline is None or s.quality is not Quality.GOOD:
            return None
        height = eyes_above_screen_top_cm(s, self.baseline)
        if height is None:
            return None
        self._eye_heights.append(height)
        # Observed time from the clock: the live app samples less often when
        # the user sits steadily, so a count of samples would under-read it.
        self._eye_heights_observed_s += dt if len(self._eye_heights) > 1 else 0.0
        day = self._day
        observed_s = self._eye_heights_observed_s
        if day == self._screen_advised_day or observed_s < SCREEN_ADVICE_AFTER_S or quiet:
            return height
        advice = screen_height_advice(statistics.median(self._eye_heights))
        self._screen_advised_day = day
        if advice.move is ScreenMove.KEEP:
            return height
        raise_it = advice.move is ScreenMove.RAISE
        topic = Topic.SCREEN_LOW if raise_it else Topic.SCREEN_HIGH
        title = (
            _("Raise your screen by about {0:.0f} cm")
            if raise_it
            else _("Lower your screen by about {0:.0f} cm")
        ).format(advice.by_cm)
        events.append(
            Event(
                t_s,
                EventKind.SCREEN_ADVICE,
                title,
                _("Its top edge belongs at or just below eye level.")
                + " "
                + self._suggest.next(topic),
                self.settings.notifications,
                {
                    "move": advice.move.value,
                    "by_cm": advice.by_cm,
                    "eyes_above_top_cm": round(advice.eyes_above_top_cm, 1),
                },
            )
        )
        return height


def _within(local: datetime, start: str, end: str) -> bool:
    """Whether the local time of day is in [start, end), which may wrap past midnight."""
    a, b, now = parse_clock(start), parse_clock(end), local.time()
    if a == b:
        return False  # an empty span (how "no quiet hours" is said)
    return a <= now < b if a < b else (now >= a or now < b)
