"""Counting an exercise's repetitions from the samples the camera gives, honestly.

Feed a :class:`RepCounter` the :class:`PostureSample` of each frame (a few a
second) while the user does an exercise; each call returns a
:class:`CountUpdate`. What is counted (see :class:`Rule` and ``RULES``):

* neck turns: the head's yaw,
* neck side bends: the head's roll,
* shoulder shrugs: the ear-to-shoulder gap shrinking as the shoulders rise,
* chin tucks: the face moving straight back, the head's pitch about the same.

Every figure is taken relative to a **baseline**: the median of the usable
samples of the first second (at least ``BASELINE_MIN_SAMPLES`` of them), so
neither the camera's angle nor the way the user sits matters. A repetition
is the movement out past ``Rule.out`` and back within ``Rule.back`` of the
baseline, each confirmed by ``CONFIRM_SAMPLES`` usable samples in a row: a
single odd frame never moves the count, and a movement that stops short of
``out`` (a partial repetition) is never counted. The baseline follows slow
drift while the user rests at the centre, and is taken afresh when the
figures stay away from it for ``REBASELINE_S`` (the user now sits elsewhere).

**What "usable" means.** A sample counts only if its figures are trusted: a
face, not found only in the mirror image (``mirrored``: that path reads the
same face a little differently), quality ``GOOD``. Neck turns also take
samples marked ``TURNED_AWAY``, since being turned is the point and the yaw
is still measured. Shrugs need the ears and shoulders; chin tucks need a
metric distance, the head's pitch within ``TUCK_MAX_PITCH_DEG`` of the
baseline (a nod is no tuck) and, when the shoulders are seen, their width
within ``TUCK_MAX_SHOULDER_CHANGE`` (leaning the whole body back is no tuck).

**When it cannot see.** If under ``MIN_USABLE_SHARE`` of the samples of the
last ``SEEING_WINDOW_S`` were usable, or no baseline could be taken, the update
says so (``confident`` False, status ``CANNOT_SEE``) and has no message: the
user's own "Done" decides. Counts already made are kept.

**Looking around or talking** moves the head, but a repetition needs the
movement past ``out`` (30 degrees of turn, 18 of side tilt) held for two
samples: looking about within about 25 degrees of the start never counts;
each deliberate look over a shoulder past 30 degrees and back counts at most
once. The counter is meant to run only while the user does the exercise.
"""

from __future__ import annotations

import statistics
from collections import deque
from dataclasses import dataclass
from enum import StrEnum

from deskguard.core.exercises import CameraCheck, Exercise
from deskguard.core.i18n import _
from deskguard.core.sample import PostureSample, Quality, QualityIssue

#: Seconds of usable samples, from the first, that make the baseline.
BASELINE_S = 1.0
#: The fewest usable samples a baseline is taken from (it waits for more if needed).
BASELINE_MIN_SAMPLES = 3
#: Usable samples in a row that confirm a movement out, and one back.
CONFIRM_SAMPLES = 2
#: The window over which "can it see well enough" is judged.
SEEING_WINDOW_S = 4.0
#: The share of the window's samples that must be usable to count with confidence.
MIN_USABLE_SHARE = 0.5
#: After this long without a baseline, the counter says it cannot see.
BASELINE_GIVE_UP_S = 3.0
#: Away from the baseline this long without a repetition (the user sat
#: somewhere else, or never came back): the baseline is taken afresh. Longer
#: than any hold these exercises ask for ("a breath", two or three seconds).
REBASELINE_S = 10.0
#: While resting near the centre, the baseline moves this share of the way to
#: each sample (slow drift in the chair is not a repetition).
BASELINE_FOLLOW = 0.1
#: A chin tuck barely changes the head's pitch; a nod does.
TUCK_MAX_PITCH_DEG = 10.0
#: A chin tuck moves the head, not the body: the shoulders' width in the
#: picture stays within this share of the baseline (leaning back shrinks it).
TUCK_MAX_SHOULDER_CHANGE = 0.04
#: Shrugging and nodding both shrink the ear-to-shoulder gap; a nod changes the pitch.
SHRUG_MAX_PITCH_DEG = 12.0
#: A side bend is a tilt, not a turn.
BEND_MAX_YAW_DEG = 25.0


@dataclass(frozen=True, slots=True)
class Rule:
    """When a movement is out and when it is back, in the check's own unit.

    ``out``: how far from the baseline counts as the movement done;
    ``back``: how near to it counts as back at the centre (``back < out``:
    the gap between them is the hysteresis). ``sided``: left and right are
    told apart (positive: the user's left, as the product's angles).
    """

    out: float
    back: float
    sided: bool
    unit: str


RULES: dict[CameraCheck, Rule] = {
    # Comfortable active rotation is 60-80 degrees; an easy exercise turn goes
    # well past 30, while looking at the screen's corners stays within 20.
    CameraCheck.NECK_TURN: Rule(out=30.0, back=12.0, sided=True, unit="deg"),
    # Side flexion is about 35-45 degrees; talking and looking about tilt the
    # head by a few.
    CameraCheck.SIDE_BEND: Rule(out=18.0, back=8.0, sided=True, unit="deg"),
    # The shoulders rise a few cm out of a 15-20 cm ear-to-shoulder gap; the
    # still-clip jitter of the ratio is about 1 % (docs/accuracy.md).
    CameraCheck.SHRUG: Rule(out=0.15, back=0.06, sided=False, unit="share of the gap"),
    # A chin tuck slides the head back 2-4 cm.
    CameraCheck.CHIN_TUCK: Rule(out=2.0, back=0.8, sided=False, unit="cm"),
}


class CountStatus(StrEnum):
    """Where the counting stands."""

    #: Taking the baseline (the first second or so).
    STARTING = "starting"
    #: Seeing well enough to count.
    COUNTING = "counting"
    #: Too few usable samples: no count is claimed; the user's "Done" decides.
    CANNOT_SEE = "cannot_see"


@dataclass(frozen=True, slots=True)
class CountUpdate:
    """What the counter says after a sample.

    Attributes:
        reps: Repetitions counted so far (both sides together).
        target: Repetitions asked for (both sides together).
        confident: The camera sees well enough for ``reps`` to be shown.
        message: Kind words to show, or "" (nothing to say, or cannot see).
        status: Where the counting stands.
        left: Repetitions to the user's left (sided checks; else 0).
        right: Repetitions to the user's right (sided checks; else 0).
        new_rep: This sample completed a repetition.

    """

    reps: int
    target: int
    confident: bool
    message: str
    status: CountStatus
    left: int = 0
    right: int = 0
    new_rep: bool = False

    @property
    def done(self) -> bool:
        """All the repetitions asked for are counted."""
        return self.reps >= self.target


Reading = dict[str, float]


class RepCounter:
    """Counts one exercise's repetitions; one instance per exercise done.

    Pure and synchronous: call :meth:`feed` from any one thread, with samples
    in time order. Nothing is kept but a few numbers per sample.
    """

    def __init__(self, check: CameraCheck, target: int, rule: Rule | None = None) -> None:
        """Count ``check`` movements towards ``target`` (both sides together).

        ``rule`` replaces the check's own thresholds (``RULES``), for measuring
        other ones (``tools/exercise_accuracy.py --turn-out-deg``).
        """
        if target <= 0:
            raise ValueError("target must be positive")
        self.check = check
        self.rule = rule or RULES[check]
        self.target = target
        #: Since when the baseline has been (re)sought.
        self._first_t: float | None = None
        #: Since when usable samples have stayed beyond ``back`` (None: they have not).
        self._off_since: float | None = None
        self._warmup: list[Reading] = []
        self._warmup_t0: float | None = None
        self._base: Reading | None = None
        self._seen: deque[tuple[float, bool]] = deque()
        self._side = 0  # 0: at the centre; +1 / -1: out to the left / right
        self._streak = 0
        self._streak_side = 0
        self.left = 0
        self.right = 0
        self._reps = 0

    @classmethod
    def for_exercise(cls, exercise: Exercise) -> RepCounter | None:
        """A counter for ``exercise``, or None when the camera cannot confirm it."""
        if exercise.camera_check is None or exercise.target_reps is None:
            return None
        return cls(exercise.camera_check, exercise.target_reps)

    @property
    def reps(self) -> int:
        """Repetitions counted so far."""
        return self._reps

    # --- feeding ---------------------------------------------------------------------

    def feed(self, sample: PostureSample) -> CountUpdate:
        """Take one sample (in time order) and say where the count stands."""
        t = sample.t_s
        if self._first_t is None:
            self._first_t = t
        reading = self._reading(sample)
        self._seen.append((t, reading is not None))
        while self._seen and self._seen[0][0] < t - SEEING_WINDOW_S:
            self._seen.popleft()

        new_rep = False
        if reading is not None:
            if self._base is None:
                self._take_baseline(t, reading)
            else:
                new_rep = self._step(t, reading)
        return self._update(t, new_rep)

    def _take_baseline(self, t: float, reading: Reading) -> None:
        if self._warmup_t0 is None:
            self._warmup_t0 = t
        self._warmup.append(reading)
        if len(self._warmup) >= BASELINE_MIN_SAMPLES and t - self._warmup_t0 >= BASELINE_S:
            keys = set.intersection(*(set(r) for r in self._warmup))
            self._base = {k: statistics.median(r[k] for r in self._warmup) for k in keys}
            self._warmup = []

    def _step(self, t: float, reading: Reading) -> bool:
        """Move the state machine by one usable sample; True when a repetition completes."""
        assert self._base is not None
        excursion = self._excursion(reading, self._base)
        if excursion is None:  # seen, but not this movement (a nod during a tuck...)
            self._streak = 0
            return False
        rule = self.rule
        if abs(excursion) <= rule.back:
            self._off_since = None
        elif self._off_since is None:
            self._off_since = t
        elif t - self._off_since >= REBASELINE_S:
            self._rebaseline(t)
            return False
        sign = 1 if excursion >= 0 or not rule.sided else -1
        size = abs(excursion) if rule.sided else excursion
        if self._side == 0:
            if size >= rule.out:
                if self._streak_side != sign:
                    self._streak, self._streak_side = 0, sign
                self._streak += 1
                if self._streak >= CONFIRM_SAMPLES:
                    self._side, self._streak = sign, 0
            else:
                self._streak = 0
                if abs(excursion) <= rule.back:
                    self._follow(reading)
            return False
        # Out to one side: back means within ``back`` of the centre, or past it.
        if self._side * excursion <= rule.back:  # _side is +1 for one-way checks
            self._streak += 1
            if self._streak >= CONFIRM_SAMPLES:
                side, self._side, self._streak = self._side, 0, 0
                self._reps += 1
                if rule.sided:
                    if side > 0:
                        self.left += 1
                    else:
                        self.right += 1
                return True
        else:
            self._streak = 0
        return False

    def _rebaseline(self, t: float) -> None:
        """Forget the baseline and the movement under way (the count stays)."""
        self._base = None
        self._warmup, self._warmup_t0 = [], None
        self._first_t = t
        self._side = self._streak = self._streak_side = 0
        self._off_since = None

    def _follow(self, reading: Reading) -> None:
        assert self._base is not None
        for k, v in reading.items():
            if k in self._base:
                self._base[k] += BASELINE_FOLLOW * (v - self._base[k])

    def _update(self, t: float, new_rep: bool) -> CountUpdate:
        usable = sum(1 for _t, ok in self._seen if ok)
        seeing = usable >= 2 and usable >= MIN_USABLE_SHARE * len(self._seen)
        assert self._first_t is not None
        if self._base is None:
            status = (
                CountStatus.STARTING
                if t - self._first_t < BASELINE_GIVE_UP_S
                else CountStatus.CANNOT_SEE
            )
        else:
            status = CountStatus.COUNTING if seeing else CountStatus.CANNOT_SEE
        confident = status is CountStatus.COUNTING
        return CountUpdate(
            reps=self._reps,
            target=self.target,
            confident=confident,
            message=self._message() if confident else "",
            status=status,
            left=self.left,
            right=self.right,
            new_rep=new_rep,
        )

    def _message(self) -> str:
        if self._reps == 0:
            return _("Ready when you are: go at your own pace")
        if self._reps < self.target:
            return _("{0} of {1} — good").format(self._reps, self.target)
        return _("{0} of {1} — well done").format(self._reps, self.target)

    # --- what each check reads -------------------------------------------------------

    def usable(self, sample: PostureSample) -> bool:
        """Whether this check can use ``sample`` at all (see the module's "usable")."""
        return self._reading(sample) is not None

    def _reading(self, s: PostureSample) -> Reading | None:
        """The figures this check needs, or None when the sample cannot be trusted for them."""
        if not s.face_found or s.head is None or s.mirrored:
            return None
        allowed = {QualityIssue.SHOULDERS_NOT_VISIBLE}
        if self.check is CameraCheck.NECK_TURN:
            allowed.add(QualityIssue.TURNED_AWAY)
        if s.quality is Quality.ABSENT or not set(s.issues) <= allowed:
            return None
        head = s.head
        r: Reading = {"yaw": head.yaw_deg, "roll": head.roll_deg, "pitch": head.pitch_deg}
        if self.check is CameraCheck.SHRUG:
            body = s.body
            if (
                body is None
                or body.ear_shoulder_gap_ratio is None
                or body.ear_shoulder_gap_ratio <= 0
                or QualityIssue.SHOULDERS_NOT_VISIBLE in s.issues
            ):
                return None
            r["gap"] = body.ear_shoulder_gap_ratio
        elif self.check is CameraCheck.CHIN_TUCK:
            if s.distance_cm is None:
                return None
            r["distance"] = s.distance_cm
            if s.body is not None and QualityIssue.SHOULDERS_NOT_VISIBLE not in s.issues:
                r["shoulders"] = s.body.shoulder_width_ratio
        return r

    def _excursion(self, r: Reading, base: Reading) -> float | None:
        """How far this reading is from the baseline in the rule's unit (None: not this move)."""
        check = self.check
        if check is CameraCheck.NECK_TURN:
            return r["yaw"] - base["yaw"]
        if check is CameraCheck.SIDE_BEND:
            if abs(r["yaw"] - base["yaw"]) > BEND_MAX_YAW_DEG:
                return None
            return r["roll"] - base["roll"]
        if abs(r["pitch"] - base["pitch"]) > (
            SHRUG_MAX_PITCH_DEG if check is CameraCheck.SHRUG else TUCK_MAX_PITCH_DEG
        ):
            return None
        if check is CameraCheck.SHRUG:
            return (base["gap"] - r["gap"]) / base["gap"]
        if (
            "shoulders" in r
            and "shoulders" in base
            and abs(r["shoulders"] / base["shoulders"] - 1.0) > TUCK_MAX_SHOULDER_CHANGE
        ):
            return None
        return r["distance"] - base["distance"]
