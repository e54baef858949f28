"""Posture judgement: the alerts, and "can't see you well".

Each good sample is judged for neck flexion and forward head (against the
calibration) and for too close (from the distance alone). A problem alerts
when it holds in most of the known samples of the last ``alert_window_s``,
watched for at least that long (observed time: never sooner than
``alert_window_s`` after the start, a pause or a return), and clears when it
mostly does not (:class:`~deskguard.core.hysteresis.WindowedShare`);
a held alert repeats at most once per ``alert_cooldown_s``. Poor-quality
samples are unknown, never bad; so are the neck and forward head of a
mirrored sample (its reading can sit a few degrees off the direct one).
"Can't see you well" is the same rule over the present samples' quality.
"""

from __future__ import annotations

from typing import Any

from deskguard.core.events import EventKind
from deskguard.core.hysteresis import Change, WindowedShare
from deskguard.core.outcome import Event, PostureState, Problem
from deskguard.core.posture import Baseline, forward_head_ratio, neck_flexion_deg
from deskguard.core.sample import PostureSample, Quality
from deskguard.core.settings import Settings
from deskguard.core.wording import Wording


class PostureJudge:
    """The alert state of each problem, their cool-downs, and the "can't see you" state."""

    def __init__(self) -> None:
        self._shares = {problem: WindowedShare() for problem in Problem}
        #: When each problem was last alerted (the cool-down).
        self.last_alert: dict[Problem, float] = {}
        self._poor = WindowedShare()

    @property
    def alerting(self) -> tuple[Problem, ...]:
        """The problems alerting now, sorted."""
        return tuple(sorted(p for p, share in self._shares.items() if share.on))

    @property
    def cant_see(self) -> bool:
        """Most present samples of the window were of poor quality."""
        return self._poor.on

    def forget_samples(self) -> None:
        """Judge afresh from the next samples (paused, in a call); held alerts stay."""
        for share in self._shares.values():
            share.clear()

    def drop_alerts(self) -> None:
        """Forget the samples and the alerts (a break, a new calibration), silently."""
        for share in self._shares.values():
            share.reset()

    def clock_went_back(self) -> None:
        """Every stored instant is in the future: forget the cool-downs and the quality."""
        self.last_alert.clear()
        self._poor.clear()

    def judge(
        self,
        t_s: float,
        s: PostureSample,
        events: list[Event],
        *,
        baseline: Baseline | None,
        settings: Settings,
        quiet: bool,
        wording: Wording,
    ) -> tuple[PostureState, float | None]:
        """Judge this sample, update the alerts; return its state and neck flexion."""
        self._track_quality(t_s, s, events, settings)
        verdicts: dict[Problem, bool | None] = dict.fromkeys(Problem)
        flexion = None
        if s.present and s.quality is Quality.GOOD:
            # A mirrored reading may sit a few degrees off the direct one: the
            # neck and the forward head are unknown on it, too close is not.
            if baseline is not None and not s.mirrored:
                flexion = neck_flexion_deg(s, baseline)
                if flexion is not None:
                    verdicts[Problem.NECK] = flexion >= settings.neck_flexion_alert_deg
                forward = forward_head_ratio(s, baseline)
                if forward is not None:
                    verdicts[Problem.FORWARD_HEAD] = forward >= settings.forward_head_alert_ratio
            if s.distance_cm is not None:
                verdicts[Problem.TOO_CLOSE] = s.distance_cm < settings.too_close_cm
        notify = not quiet and settings.notifications
        for problem in Problem:
            change = self._shares[problem].update(t_s, verdicts[problem], settings.alert_window_s)
            if change is Change.SWITCHED_OFF:
                data = {"problem": problem.value}
                events.append(Event(t_s, EventKind.POSTURE_RECOVERED, data=data))
            elif change in (Change.SWITCHED_ON, Change.STAYED_ON) and verdicts[problem]:
                # Alerting (newly, or still): say so at most once per cool-down, and only
                # on a sample that shows it: never to an empty chair, never with a figure
                # the user did not show (the window may switch on as they leave).
                last = self.last_alert.get(problem)
                if last is None or t_s - last >= settings.alert_cooldown_s:
                    self.last_alert[problem] = t_s
                    events.append(self._alert(problem, t_s, s, baseline, notify, wording))
        known = [v for v in verdicts.values() if v is not None]
        if not s.present:
            state = PostureState.AWAY
        elif any(known):
            state = PostureState.POOR
        elif known and baseline is not None and not s.mirrored:
            state = PostureState.GOOD
        else:
            state = PostureState.UNKNOWN  # uncalibrated or mirrored: the neck is not judged
        return state, flexion

    def _alert(
        self,
        problem: Problem,
        t_s: float,
        s: PostureSample,
        baseline: Baseline | None,
        notify: bool,
        wording: Wording,
    ) -> Event:
        data: dict[str, Any] = {"problem": problem.value}
        flexion = distance = 0.0
        if problem is Problem.NECK and baseline is not None:
            flexion = neck_flexion_deg(s, baseline) or 0.0
            data["neck_flexion_deg"] = round(flexion, 1)
        elif problem is Problem.TOO_CLOSE:
            distance = s.distance_cm or 0.0
            data["distance_cm"] = round(distance)
        title, body = wording.alert(problem, flexion_deg=flexion, distance_cm=distance)
        return Event(t_s, EventKind.POSTURE_ALERT, title, body, notify, data)

    def _track_quality(
        self, t_s: float, s: PostureSample, events: list[Event], settings: Settings
    ) -> None:
        """Flag "can't see you well" when most present samples of the window are poor."""
        window_s = settings.alert_window_s
        if s.present:
            change = self._poor.update(t_s, s.quality is Quality.POOR, window_s)
        else:
            change = self._poor.judge(t_s, window_s)
        if change is Change.SWITCHED_ON:
            issues = sorted({i.value for i in s.issues})
            events.append(Event(t_s, EventKind.CANT_SEE, data={"issues": issues}))
        elif change is Change.SWITCHED_OFF:
            events.append(Event(t_s, EventKind.SEES_AGAIN))
