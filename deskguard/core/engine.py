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
  known samples of the last ``alert_window_s`` to alert, watched over a
  whole window of observed time (never sooner than ``alert_window_s`` after
  the start, a pause, a call or a return), and fall to
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
  then wait until it is over, posture alerts are dropped. The reminders that
  fall due in a call are counted (``Status.held_for_call``) and come after
  it as one nudge ("After your call: …"), never as a burst.
* **Without the camera** (``sensing``; docs/engine.md, "Without the camera"):
  keyboard and mouse activity (:meth:`PostureEngine.feed_activity`) decides
  presence where the camera is not used ("activity") or cannot tell ("both":
  no frame, a call holding the camera, a dark frame with nobody found).
  Input within a bout is seated time; no input for ``activity_break_s`` is a
  break that ended at the last input (``BreakReason.IDLE``, probable). In a
  call the silence allowed is ``CALL_SILENCE_S`` at least. A clear frame of an
  empty chair wins over input (someone else at the keyboard, a remote
  session); a weak sample with input just now is believed at once.
* **Calls**: call signals (:meth:`PostureEngine.set_call_signals`: the
  microphone in use, the screen shared, Do Not Disturb…) hold reminders
  exactly as a call holding the camera does.
* **Answers**: where the desktop's notifications have actions, "Done" and
  "Skip" on a reminder are recorded (``REMINDER_DONE``/``REMINDER_SKIPPED``)
  and "Snooze 10 min" snoozes (``ANSWER_SNOOZE_S``).

The engine holds the modes (pause, snooze, camera busy, work and quiet hours)
and the clock (gaps, days) and wires its parts together, one module per
concern: ``core.presence`` (presence and bouts), ``core.position`` (change of
position), ``core.reminders`` (shift and walk), ``core.judgement`` (posture
alerts and "can't see you well", both one windowed hysteresis,
``core.hysteresis``), ``core.screen`` (screen-height advice) and
``core.wording`` (the notifications' words and suggestions). What they share is in
``core.outcome``; everything the app uses is importable from here.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from datetime import date, datetime, timedelta, tzinfo

from deskguard.core.carryover import Carryover
from deskguard.core.events import BreakReason, EventKind, ReminderAnswer, Sense
from deskguard.core.hysteresis import ALERT_MIN_SAMPLES, ALERT_OFF_FRACTION, ALERT_ON_FRACTION
from deskguard.core.judgement import PostureJudge
from deskguard.core.outcome import Event, PostureState, Problem, Status, Step
from deskguard.core.position import (
    POSITION_MOVE_CM,
    POSITION_TURN_DEG,
    PROMPT_WINDOW_S,
    SHIFT_ABSENCE_S,
    PositionTracker,
)
from deskguard.core.posture import Baseline, ScreenMove
from deskguard.core.presence import Presence, Seen
from deskguard.core.quality import MIN_BRIGHTNESS
from deskguard.core.reminders import HEADS_UP_S, REMINDER_SPACING_S, Reminders
from deskguard.core.sample import PostureSample, Quality
from deskguard.core.screen import SCREEN_ADVICE_AFTER_S, ScreenAdvisor
from deskguard.core.settings import Sensing, Settings, parse_clock
from deskguard.core.timeline import CoveredTime
from deskguard.core.wording import Wording

__all__ = [
    "ALERT_MIN_SAMPLES",
    "ALERT_OFF_FRACTION",
    "ALERT_ON_FRACTION",
    "ANSWER_SNOOZE_S",
    "CALL_SILENCE_S",
    "HEADS_UP_S",
    "POSITION_MOVE_CM",
    "POSITION_TURN_DEG",
    "PROMPT_WINDOW_S",
    "REMINDER_SPACING_S",
    "SCREEN_ADVICE_AFTER_S",
    "SHIFT_ABSENCE_S",
    "STEADY_AFTER_S",
    "BreakReason",
    "Event",
    "EventKind",
    "PostureEngine",
    "PostureState",
    "Problem",
    "ReminderAnswer",
    "Sense",
    "Status",
    "Step",
]

#: Sat steadily this long with nothing to report: sample at half the rate.
STEADY_AFTER_S = 5 * 60.0
#: "Snooze 10 min" on a reminder's notification.
ANSWER_SNOOZE_S = 10 * 60.0
#: In a call, activity ends the bout only after this long without input (or
#: ``activity_break_s`` if longer): a call is itself a sign of being at the desk,
#: and listening to a meeting for twenty minutes without typing is common; an
#: hour of silence is not sitting any more (a headset, a walk).
CALL_SILENCE_S = 30 * 60.0
#: Two readings of the last input this close are the same input (see ``feed_activity``).
INPUT_JITTER_S = 2.0
#: On activity alone, a reminder needs input this recent: silence proves no one is there
#: (the chair may be empty until the idle break); a reader gets it at the next touch.
REMIND_INPUT_WITHIN_S = 60.0


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
        self._wording = Wording(seed)
        self._last_t: float | None = None
        #: What the clock has covered: after a set back, no second is counted twice.
        self._covered = CoveredTime()
        self._day: date | None = None
        self._presence = Presence()
        self._position = PositionTracker()
        self._reminders = Reminders()
        self._judge = PostureJudge()
        self._screen = ScreenAdvisor()
        # modes
        self._snoozed_until = -math.inf
        self._paused_until: float | None = None
        self._paused_at: float | None = None
        self._camera_busy = False
        #: The reminders that fell due while a call held the camera (they come after it).
        self._held: set[EventKind] = set()
        #: When the screen was locked or the system went to sleep (None: not since the
        #: last observation); a gap that long is then a probable break.
        self._session_away_since: float | None = None
        #: The call signals active now (their keys); any one holds reminders.
        self._call_signals: frozenset[str] = frozenset()
        #: Keyboard and mouse: when the user last gave input, and when the sense last
        #: answered (None: never; activity then decides nothing).
        self._last_input_s: float | None = None
        self._activity_read_s: float | None = None

    # --- commands ---------------------------------------------------------------------

    def pause(self, t_s: float, until_s: float) -> list[Event]:
        """Stop monitoring until ``until_s`` (the camera is not needed meanwhile)."""
        events: list[Event] = []
        self._catch_up(t_s, events)
        self._paused_until = until_s
        self._paused_at = t_s
        self._judge.forget_samples()
        minutes = max(0.0, until_s - t_s) / 60.0
        events.append(
            Event(t_s, EventKind.PAUSED, data={"until_s": until_s, "minutes": round(minutes)})
        )
        return events

    def pause_until_tomorrow_s(self, t_s: float) -> float:
        """When "pause until tomorrow" ends: the next local day at ``work_start`` (08:00).

        The work start is the morning's time whether or not monitoring is
        limited to the work hours.
        """
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
        if self._presence.present and t_s - paused_at >= self.settings.break_min_s:
            self._end_bout(paused_at, events, reason=BreakReason.PAUSED)
        events.append(Event(t_s, EventKind.RESUMED))
        return events

    def snooze(self, t_s: float, duration_s: float) -> list[Event]:
        """Hold reminders back for ``duration_s``."""
        self._snoozed_until = t_s + duration_s
        return [Event(t_s, EventKind.SNOOZED, data={"until_s": self._snoozed_until})]

    def answer(
        self, t_s: float, reminder: EventKind, reminder_t_s: float, answer: ReminderAnswer
    ) -> list[Event]:
        """The user answered the notification of the ``reminder`` given at ``reminder_t_s``.

        "Done" and "Skip" are recorded as the user said them; they change no
        timer (the reminder already restarted its own), and a walk still
        counts as taken only when a break is seen. "Snooze" snoozes reminders
        for ``ANSWER_SNOOZE_S``.
        """
        data = {"reminder": reminder.value, "reminder_t_s": round(reminder_t_s, 3)}
        if answer is ReminderAnswer.SNOOZE:
            return [
                Event(e.t_s, e.kind, data={**e.data, **data})
                for e in self.snooze(t_s, ANSWER_SNOOZE_S)
            ]
        done = answer is ReminderAnswer.DONE
        kind = EventKind.REMINDER_DONE if done else EventKind.REMINDER_SKIPPED
        return [Event(t_s, kind, data=data)]

    def exercise_done(
        self,
        t_s: float,
        exercise_id: str,
        *,
        confirmed: bool,
        reps: int | None = None,
        target: int | None = None,
    ) -> list[Event]:
        """A guided exercise was done at ``t_s``: kept, and a change of position.

        ``confirmed``: the camera counted it; else it is the user's "Done".
        Either way the user moved, so the shift reminder starts again from
        now (prompted, when it follows a shift reminder, as a seen change is).
        """
        data: dict[str, object] = {"exercise": exercise_id, "confirmed": confirmed}
        if reps is not None:
            data["reps"] = reps
        if target is not None:
            data["target"] = target
        return [
            Event(t_s, EventKind.EXERCISE_DONE, data=data),
            self._position_changed(t_s, "exercise"),
        ]

    def cancel_snooze(self, t_s: float) -> list[Event]:
        """End a snooze now: a reminder held back by it comes with the next sample."""
        if t_s >= self._snoozed_until:
            return []  # not snoozed
        self._snoozed_until = -math.inf
        return [Event(t_s, EventKind.SNOOZED, data={"until_s": t_s, "cancelled": True})]

    def snoozed_until_s(self, t_s: float) -> float | None:
        """When the snooze ends, while reminders are snoozed at ``t_s``."""
        return self._snoozed_until if t_s < self._snoozed_until else None

    def set_session_away(self, t_s: float, away: bool) -> None:
        """The screen was locked or the system went to sleep (``away``), or is back.

        Nothing is observed meanwhile; the gap that follows is judged at the
        next sample: ``break_min_s`` or more of it is a probable break.
        """
        if away and self._session_away_since is None:
            self._session_away_since = t_s

    def set_camera_busy(self, t_s: float, busy: bool) -> list[Event]:
        """Another app holds the camera (a call): do not disturb until it lets go."""
        if busy == self._camera_busy:
            return []
        events: list[Event] = []
        self._catch_up(t_s, events)
        self._camera_busy = busy
        self._judge.forget_samples()
        events.append(Event(t_s, EventKind.CAMERA_BUSY if busy else EventKind.CAMERA_FREE))
        return events

    def set_call_signals(self, t_s: float, active: Iterable[str]) -> list[Event]:
        """The call signals active at ``t_s`` (keys such as "microphone"; none: not in a call).

        While any is active reminders are held exactly as while a call holds
        the camera, and come after it as one nudge; posture alerts are not shown.
        """
        keys = frozenset(active)
        if keys == self._call_signals:
            return []
        before, self._call_signals = self._call_signals, keys
        if bool(keys) == bool(before):
            return []  # still in the call, for other reasons: nothing to record
        events: list[Event] = []
        self._catch_up(t_s, events)
        kind = EventKind.CALL_STARTED if keys else EventKind.CALL_ENDED
        events.append(Event(t_s, kind, data={"signals": sorted(keys or before)}))
        return events

    def feed_activity(self, t_s: float, idle_s: float | None) -> None:
        """What the activity sense says at ``t_s``: seconds since the last keyboard or mouse input.

        ``None``: it cannot tell now. Only noted: the next :meth:`feed` uses it
        where activity decides.
        """
        if idle_s is None or not math.isfinite(idle_s) or idle_s < 0:
            return
        self._activity_read_s = t_s
        estimate = t_s - idle_s
        # The clock and the idle time are read a moment apart (longer on a busy
        # machine): the same input comes out a few milliseconds later at the next
        # read. Taken for new input, it would count a whole silence as seated.
        last = self._last_input_s
        if last is None or abs(estimate - last) > INPUT_JITTER_S:
            self._last_input_s = estimate

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
        self._judge.drop_alerts()
        self._screen.forget()

    def restore(self, carry: Carryover, t_s: float) -> list[Event]:
        """Pick today up where the history left it, when the app starts at ``t_s``.

        Call once, before the first ``feed``. A bout the history still has open
        goes on if the user was seen less than ``break_min_s`` ago (a restart
        is not a break); otherwise it ended when they were last seen, and the
        returned ``BREAK_STARTED`` says so for the history.
        """
        events: list[Event] = []
        self._roll_day(t_s)
        presence = self._presence
        presence.seated_today_s = carry.seated_today_s
        if carry.counted_from_s is not None and carry.counted_until_s is not None:
            self._covered.claim(carry.counted_from_s, carry.counted_until_s)
        if carry.screen_advised:
            self._screen.advised_day = self._day
        known = {p.value: p for p in Problem}
        self._judge.last_alert = {known[k]: t for k, t in carry.last_alert_s.items() if k in known}
        if carry.bout_start_s is None:
            return events
        last_seen = carry.last_seen_s if carry.last_seen_s is not None else carry.bout_start_s
        presence.present = True
        presence.bout_start = carry.bout_start_s
        presence.last_seen = self._last_t = last_seen
        self._position.last_change_t = carry.last_change_s
        self._reminders.last_shift = carry.last_shift_reminder_s
        self._reminders.last_walk = carry.last_walk_reminder_s
        self._reminders.walk_reminded_this_bout = carry.last_walk_reminder_s is not None
        if not 0.0 <= t_s - last_seen < self.settings.break_min_s:
            self._end_bout(last_seen, events, reason=BreakReason.GAP)
            self._last_t = None
        return events

    # --- queries ----------------------------------------------------------------------

    def paused(self, t_s: float) -> bool:
        """Whether monitoring is paused at ``t_s``."""
        return self._paused_until is not None and t_s < self._paused_until

    def in_work_hours(self, t_s: float) -> bool:
        """Whether ``t_s`` is a time to watch: always, unless ``work_hours_only`` is set.

        With it, ``t_s`` must fall on a work day between the work hours (local time).
        """
        if not self.settings.work_hours_only:
            return True
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
        absent_since = self._presence.absent_since
        if not self._presence.present or (
            absent_since is not None and t_s - absent_since >= SHIFT_ABSENCE_S
        ):
            return max(base, min(3 * base, 15.0))
        last_change_t = self._position.last_change_t
        steady = (
            not self._judge.alerting
            and not self._judge.cant_see
            and last_change_t is not None
            and t_s - last_change_t >= STEADY_AFTER_S
        )
        return 2 * base if steady else base

    def wants_body(self) -> bool:
        """Whether a sample with a face still needs the upper body (shoulders and ears).

        Only the forward-head judgement uses them, and only with a calibration
        that knows the neutral ear-to-shoulder gap. Without a face the body is
        always looked for: it is the only other sign of presence.
        """
        return self.baseline is not None and self.baseline.ear_shoulder_gap_ratio is not None

    @property
    def uses_camera(self) -> bool:
        """Whether the camera is used at all (not with ``sensing`` "activity")."""
        return self.settings.sensing is not Sensing.ACTIVITY

    def wants_camera(self, t_s: float) -> bool:
        """Whether a frame should be taken now."""
        return (
            self.uses_camera
            and not self.paused(t_s)
            and not self._camera_busy
            and self.in_work_hours(t_s)
        )

    def activity_known(self, t_s: float) -> bool:
        """Whether the activity sense has answered recently enough to be used at ``t_s``."""
        read = self._activity_read_s
        return read is not None and 0.0 <= t_s - read <= self._max_gap_s()

    def status(self, t_s: float) -> Status:
        """The state at a glance."""
        presence = self._presence
        bout = 0.0
        if presence.present and presence.bout_start is not None:
            bout = max(0.0, t_s - presence.bout_start)
        next_at, next_kind = self._next_reminder()
        return Status(
            present=presence.present,
            paused=self.paused(t_s),
            camera_busy=self._camera_busy,
            cant_see=self._judge.cant_see,
            in_work_hours=self.in_work_hours(t_s),
            bout_s=bout,
            seated_today_s=presence.seated_today_s,
            alerts=self._judge.alerting,
            calibrated=self.baseline is not None,
            paused_until_s=self._paused_until if self.paused(t_s) else None,
            snoozed_until_s=self.snoozed_until_s(t_s),
            next_reminder_s=next_at,
            next_reminder=next_kind,
            held_for_call=len(self._held) if self._in_call else 0,
            call_signals=tuple(sorted(self._call_signals)),
            posture_off=not self.uses_camera,
            activity_missing=not self.uses_camera and not self.activity_known(t_s),
        )

    def preview(
        self,
        t_s: float,
        kind: EventKind,
        problem: Problem | None = None,
        settings: Settings | None = None,
    ) -> Event:
        """What a ``kind`` notification says with ``settings`` (by default the ones in use).

        Figures as the user would first meet them (still for one shift
        interval, seated ``walk_after_s``, a neck just past the alert angle,
        5 cm nearer than too close, a screen 6 cm low). Its own wording, so
        the user's rotation of suggestions is not disturbed; nothing changes
        in the engine.
        """
        wording, s = Wording(), settings or self.settings
        if kind is EventKind.SHIFT_REMINDER:
            title, body = wording.shift(s.shift_interval_s)
        elif kind is EventKind.WALK_REMINDER:
            title, body = wording.walk(s.walk_after_s)
        elif kind is EventKind.WALK_HEADS_UP:
            title, body = wording.walk_heads_up(HEADS_UP_S)
        elif kind is EventKind.SCREEN_ADVICE:
            title, body = wording.screen(ScreenMove.RAISE, 6.0)
        elif kind is EventKind.POSTURE_ALERT:
            title, body = wording.alert(
                problem or Problem.NECK,
                flexion_deg=s.neck_flexion_alert_deg + 5.0,
                distance_cm=s.too_close_cm - 5.0,
            )
        else:
            raise ValueError(f"no preview for {kind.value}")
        data = {"preview": True} if problem is None else {"preview": True, "problem": problem}
        return Event(t_s, kind, title, body, True, data)

    def _next_reminder(self) -> tuple[float | None, EventKind | None]:
        """When the next shift or walk reminder will be shown, and which; (None, None): none."""
        presence = self._presence
        if not presence.present or presence.bout_start is None or not self.settings.notifications:
            return None, None
        at_s, kind = self._reminders.next_due(
            bout_start=presence.bout_start,
            last_change_t=self._position.last_change_t,
            settings=self.settings,
        )
        return max(at_s, self._snoozed_until), kind

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

        presence = self._presence
        quiet = self._in_call or self.in_quiet_hours(t_s)
        if self._activity_decides(t_s, sample):
            return self._feed_by_activity(t_s, dt, events, quiet=quiet)
        if self._camera_busy:
            # In a call the user is at the desk: the bout goes on, quietly.
            seated = dt if presence.present else 0.0
            presence.credit(seated)
            if presence.present:
                presence.last_seen = t_s
                self._hold_due(t_s)
            return Step(tuple(events), seated_s=seated, posture=PostureState.UNKNOWN)
        if sample is None:
            # No picture (camera gone): unknown time; long enough, it ends the bout.
            if (
                presence.present
                and presence.last_seen is not None
                and t_s - presence.last_seen >= self.settings.break_min_s
            ):
                self._end_bout(presence.last_seen, events, reason=BreakReason.UNOBSERVED)
            return Step(tuple(events), posture=PostureState.UNKNOWN)

        seen = presence.observe(
            t_s,
            dt,
            sample,
            max_gap_s=self._max_gap_s(),
            break_min_s=self.settings.break_min_s,
            vouched=self._input_vouches(t_s, sample),
        )
        self._follow(seen, t_s, events)
        if not seen.believed:
            # A weak sample not believed yet (a "body" in an empty room): judge
            # nothing on it; the next sample confirms it or it is forgotten.
            return Step(tuple(events), posture=PostureState.AWAY)
        posture, flexion = self._judge.judge(
            t_s,
            sample,
            events,
            baseline=self.baseline,
            settings=self.settings,
            quiet=quiet,
            wording=self._wording,
        )
        cause = self._position.observe(sample)
        if cause is not None:
            events.append(self._position_changed(t_s, cause))
        if sample.present:  # never remind an empty chair
            events += self._due_reminders(t_s, quiet=quiet)
        eyes_above_top, advice = self._screen.observe(
            t_s,
            dt,
            sample,
            baseline=self.baseline,
            day=self._day,
            quiet=quiet,
            notify=self.settings.notifications,
            wording=self._wording,
        )
        if advice is not None:
            events.append(advice)
        return Step(
            tuple(events),
            seated_s=seen.seated_s,
            posture=posture if sample.present else PostureState.AWAY,
            neck_flexion_deg=flexion,
            distance_cm=sample.distance_cm if sample.quality is Quality.GOOD else None,
            eyes_above_top_cm=eyes_above_top,
        )

    # --- the second sense: keyboard and mouse ------------------------------------------

    def _activity_decides(self, t_s: float, sample: PostureSample | None) -> bool:
        """Whether activity, not the camera, decides presence for this call.

        "activity": always (given the sense). "both": where the camera cannot
        tell: no frame, a call holding it, or nobody found in a frame too dark
        to see anyone. A clear frame decides, even against input: an empty
        chair with the keyboard in use is someone else, or a remote session.
        """
        mode = self.settings.sensing
        if mode is Sensing.CAMERA or not self.activity_known(t_s):
            return False
        if mode is Sensing.ACTIVITY or self._camera_busy or sample is None:
            return True
        return not sample.present and _too_dark(sample)

    def _input_vouches(self, t_s: float, sample: PostureSample) -> bool:
        """Input just now backs a weak sample of someone up ("both" only)."""
        last = self._last_input_s
        return (
            self.settings.sensing is Sensing.BOTH
            and sample.present
            and self.activity_known(t_s)
            and last is not None
            and 0.0 <= t_s - last <= self._max_gap_s()
        )

    def _feed_by_activity(self, t_s: float, dt: float, events: list[Event], *, quiet: bool) -> Step:
        """Presence, bouts and reminders from keyboard and mouse input alone (no posture)."""
        presence = self._presence
        silence_s = self.settings.activity_break_s
        if self._in_call:
            silence_s = max(silence_s, CALL_SILENCE_S)
        seen = presence.observe_input(t_s, dt, self._last_input_s, break_after_s=silence_s)
        self._follow(seen, t_s, events, reason=BreakReason.IDLE)
        last = self._last_input_s
        if presence.present and last is not None and t_s - last <= REMIND_INPUT_WITHIN_S:
            events += self._due_reminders(t_s, quiet=quiet, by_camera=False)
        posture = PostureState.UNKNOWN if presence.present else PostureState.AWAY
        return Step(tuple(events), seated_s=seen.seated_s, posture=posture, sense=Sense.ACTIVITY)

    # --- wiring -----------------------------------------------------------------------

    @property
    def _in_call(self) -> bool:
        """A call holds the camera or a call signal is active: reminders are held."""
        return self._camera_busy or bool(self._call_signals)

    def _max_gap_s(self) -> float:
        return max(4 * self.settings.sample_interval_s, 60.0)

    def _advance_clock(self, t_s: float, events: list[Event]) -> float:
        """Seconds since the last call that may count as observed time."""
        last, self._last_t = self._last_t, t_s
        locked = self._session_away_since is not None
        self._session_away_since = None
        if last is None:
            return 0.0
        dt = t_s - last
        if 0.0 <= dt <= self._max_gap_s():
            return self._covered.claim(last, t_s)
        # Sleep, lock or a clock change: the whole gap is away time.
        events.append(Event(t_s, EventKind.TIME_JUMP, data={"gap_s": round(dt, 1)}))
        presence = self._presence
        if dt < 0:
            # The clock went back: every stored instant is now in the future.
            # End the bout where it really ended and forget the timers.
            if presence.present:
                self._end_bout(last, events, reason=BreakReason.CLOCK)
            self._judge.clock_went_back()
            self._snoozed_until = -math.inf
            presence.absent_since = None
        elif presence.present and dt >= self.settings.break_min_s:
            # A locked screen or a sleeping laptop that long: probably a walk away, from
            # the last sign of the user (with activity, the last input may be earlier).
            ended = min(last, presence.last_seen) if presence.last_seen is not None else last
            ended = max(ended, presence.bout_start or ended)
            self._end_bout(ended, events, reason=BreakReason.LOCKED if locked else BreakReason.GAP)
        elif presence.present:
            presence.last_seen = t_s  # a short gap: not a break, but not seated either
            presence.pending_absent_s = 0.0
        return 0.0

    def _roll_day(self, t_s: float) -> None:
        day = datetime.fromtimestamp(t_s, self.tz).date()
        if day != self._day:
            self._day = day
            self._presence.seated_today_s = 0.0
            self._screen.forget()

    def _follow(
        self, seen: Seen, t_s: float, events: list[Event], *, reason: BreakReason = BreakReason.AWAY
    ) -> None:
        """What a sample's effect on presence means for the other parts."""
        if seen.back_after_s is not None and seen.back_after_s >= SHIFT_ABSENCE_S:
            # Back from leaning out or standing up within the bout: they moved.
            self._position.forget()
            events.append(self._position_changed(t_s, "left the frame"))
        if seen.bout_started_at is not None:
            self._bout_started(seen.bout_started_at, events)
        if seen.bout_ended is not None:
            at_s, bout_s = seen.bout_ended
            self._bout_ended(at_s, bout_s, events, reason=reason)

    def _bout_started(self, t_s: float, events: list[Event]) -> None:
        self._position.last_change_t = t_s
        self._position.forget()
        self._reminders.new_bout()
        events.append(Event(t_s, EventKind.BOUT_STARTED))

    def _end_bout(self, at_s: float, events: list[Event], *, reason: BreakReason) -> None:
        self._bout_ended(at_s, self._presence.end_bout(at_s), events, reason=reason)

    def _bout_ended(
        self, at_s: float, bout_s: float, events: list[Event], *, reason: BreakReason
    ) -> None:
        self._judge.drop_alerts()
        self._held.clear()  # the break answers them
        events.append(
            Event(
                at_s, EventKind.BREAK_STARTED, data={"bout_s": round(bout_s, 1), "reason": reason}
            )
        )
        events += self._reminders.end_bout(at_s, bout_s, reason=reason)

    def _position_changed(self, t_s: float, cause: str) -> Event:
        return self._position.changed(t_s, cause, self._reminders.last_shift)

    def _due_reminders(self, t_s: float, *, quiet: bool, by_camera: bool = True) -> list[Event]:
        """The reminders due now; ``by_camera``: the camera watched (not keyboard and mouse)."""
        presence = self._presence
        if not presence.present or presence.bout_start is None:
            return []
        if self._in_call:
            self._hold_due(t_s)  # shown after the call, as one nudge
            return []
        if quiet or t_s < self._snoozed_until or not self.settings.notifications:
            return []  # due reminders wait; they fire when this is over
        after_call, self._held = bool(self._held), set()
        return self._reminders.due(
            t_s,
            bout_start=presence.bout_start,
            last_change_t=self._position.last_change_t,
            settings=self.settings,
            wording=self._wording,
            after_call=after_call,
            by_camera=by_camera,
        )

    def _hold_due(self, t_s: float) -> None:
        """In a call: note the reminders that fall due (shown after it, as one nudge)."""
        bout_start = self._presence.bout_start
        if bout_start is None or t_s < self._snoozed_until or not self.settings.notifications:
            return
        self._held |= self._reminders.due_kinds(
            t_s,
            bout_start=bout_start,
            last_change_t=self._position.last_change_t,
            settings=self.settings,
        )


def _too_dark(sample: PostureSample) -> bool:
    """A frame too dark to see anyone in: its "nobody" proves nothing."""
    return sample.brightness is not None and sample.brightness < MIN_BRIGHTNESS


def _within(local: datetime, start: str, end: str) -> bool:
    """Whether the local time of day is in [start, end), which may wrap past midnight."""
    a, b, now = parse_clock(start), parse_clock(end), local.time()
    if a == b:
        return False  # an empty span (how "no quiet hours" is said)
    return a <= now < b if a < b else (now >= a or now < b)
