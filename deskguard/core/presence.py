"""Presence and bouts: who is in the chair, since when, and how long seated today.

Present = a face, or an upper body on strong evidence (``core.quality``).
While away, one weak sample (a body alone, a poor face) is not believed until
the next one agrees; the return is then dated at the first of them, and a good
face ends the absence at once. Absent samples shorter than ``break_min_s`` in
total are not a break; their time counts as seated once the user is seen
again. Away for ``break_min_s`` ends the bout at the moment the user was last
seen. The engine adds what else a bout's start and end mean (position,
reminders, alerts) and the gaps between calls.

Keyboard and mouse activity is the other sense (:meth:`Presence.observe_input`),
used where the camera is not or cannot tell: input within a bout is seated
time; a silence of ``break_after_s`` is a break that ended at the last sign
of the user (the last input, or the last time the camera saw them).
"""

from __future__ import annotations

from dataclasses import dataclass

from deskguard.core.sample import PostureSample, Quality


@dataclass(frozen=True, slots=True)
class Seen:
    """What one sample did to presence."""

    #: Seated seconds this sample confirms (already credited to today).
    seated_s: float = 0.0
    #: False for a weak sample not yet believed: judge nothing on it.
    believed: bool = True
    #: A new bout started at this time (the first of the agreeing samples).
    bout_started_at: float | None = None
    #: Back in view within the bout after this long out of it.
    back_after_s: float | None = None
    #: The bout ended (away ``break_min_s``) when the user was last seen: (at, bout_s).
    bout_ended: tuple[float, float] | None = None


class Presence:
    """The bout, the absence clock, and today's seated time."""

    def __init__(self) -> None:
        self.present = False
        self.bout_start: float | None = None
        self.last_seen: float | None = None
        #: Absent time within the bout, counted as seated if the user comes back in time.
        self.pending_absent_s = 0.0
        #: A lone weak-evidence sample (body alone, poor face) seen while absent,
        #: waiting for the next sample to agree.
        self.unconfirmed_t: float | None = None
        #: The first absent sample of the current absence (within a bout or not).
        self.absent_since: float | None = None
        self.seated_today_s = 0.0

    def credit(self, seated_s: float) -> None:
        """Count ``seated_s`` into today's seated time."""
        self.seated_today_s += seated_s

    def start_bout(self, t_s: float) -> None:
        """The user sits down at ``t_s``."""
        self.present = True
        self.bout_start = self.last_seen = t_s
        self.pending_absent_s = 0.0

    def end_bout(self, at_s: float) -> float:
        """The bout ends at ``at_s``; returns its length."""
        start = self.bout_start if self.bout_start is not None else at_s
        self.present = False
        self.pending_absent_s = 0.0
        self.bout_start = None
        return max(0.0, at_s - start)

    def observe(
        self,
        t_s: float,
        dt: float,
        s: PostureSample,
        *,
        max_gap_s: float,
        break_min_s: float,
        vouched: bool = False,
    ) -> Seen:
        """Update the bout with a sample taken ``dt`` after the last call.

        One sample never ends an absence on weak evidence (the pose model now
        and then "finds" a body in an empty room, the face model a face in a
        pattern): while absent, a body-only sample or a poor-quality face waits
        until the next sample agrees; a good face ends the absence at once. The
        absence then ends at the first of the agreeing samples. ``vouched``:
        keyboard or mouse input just now backs the weak sample up, which is
        then believed at once.
        """
        absent = not self.present or self.absent_since is not None
        unconfirmed, self.unconfirmed_t = self.unconfirmed_t, None
        agrees = unconfirmed is not None and 0.0 < t_s - unconfirmed <= max_gap_s
        strong = vouched or (s.face_found and s.quality is Quality.GOOD)
        if s.present and absent and not strong and not agrees:
            self.unconfirmed_t = t_s
            return self._still_absent(t_s, dt, break_min_s, believed=False)
        if not s.present:
            return self._still_absent(t_s, dt, break_min_s, believed=True)
        back_at = unconfirmed if unconfirmed is not None and agrees and absent else t_s
        away_s = back_at - self.absent_since if self.absent_since is not None else 0.0
        self.absent_since = None
        if not self.present:
            self.start_bout(back_at)
            self.last_seen = t_s
            seated = t_s - back_at  # from the first of the agreeing samples
            self.credit(seated)
            return Seen(seated, bout_started_at=back_at)
        seated = self.pending_absent_s + dt
        self.pending_absent_s = 0.0
        self.last_seen = t_s
        self.credit(seated)
        return Seen(seated, back_after_s=away_s)

    def _still_absent(self, t_s: float, dt: float, break_min_s: float, *, believed: bool) -> Seen:
        """An absent sample (or one not yet believed): the break clock runs on."""
        if self.absent_since is None:
            self.absent_since = t_s
        if not self.present:
            return Seen(believed=believed)
        self.pending_absent_s += dt
        if self.last_seen is not None and t_s - self.last_seen >= break_min_s:
            at = self.last_seen
            return Seen(believed=believed, bout_ended=(at, self.end_bout(at)))
        return Seen(believed=believed)

    def observe_input(
        self, t_s: float, dt: float, last_input_s: float | None, *, break_after_s: float
    ) -> Seen:
        """Update the bout from keyboard and mouse activity, ``dt`` after the last call.

        ``last_input_s``: when the user last touched the keyboard or the mouse
        (None: not since the sense has been read). Input after the last sign
        of the user is a new sign: it starts a bout (dated at the input, but
        never before the last call, which was not seated) or makes the time
        since the last call seated, with a silence before it that was too
        short to be a break (reading, watching). A silence of ``break_after_s``
        since the last sign ends the bout there; the silence is not seated.
        """
        new_input = last_input_s is not None and (
            self.last_seen is None or last_input_s > self.last_seen
        )
        if not self.present:
            if last_input_s is None or not new_input or t_s - last_input_s >= break_after_s:
                if self.absent_since is None:
                    self.absent_since = t_s
                return Seen()
            at = min(t_s, max(last_input_s, t_s - dt))
            self.absent_since = None
            self.start_bout(at)
            seated = t_s - at
            self.credit(seated)
            return Seen(seated, bout_started_at=at)
        if last_input_s is not None and new_input:
            self.last_seen = min(last_input_s, t_s)
            self.absent_since = None
            seated = self.pending_absent_s + dt
            self.pending_absent_s = 0.0
            self.credit(seated)
            return Seen(seated)
        self.pending_absent_s += dt
        last_sign = self.last_seen if self.last_seen is not None else t_s
        if t_s - last_sign >= break_after_s:
            at = max(last_sign, self.bout_start if self.bout_start is not None else last_sign)
            return Seen(bout_ended=(at, self.end_bout(at)))
        return Seen()
