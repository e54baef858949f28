"""The exercise catalogue: short guided moves a break window can offer, as pure data.

Each :class:`Exercise` says what to do (a title and two to four steps, worded
kindly and translated through ``core.i18n``), its picture (an SVG in
``resources/exercises/``), how much of it (``reps`` or ``seconds``, per side
where ``per_side``), which reminders it suits, and which camera check, if any,
can confirm it (:class:`CameraCheck`, counted by
:mod:`deskguard.core.exercise_counter`).

The texts are built on each call of :func:`catalogue`, not at import, so they
come out in the language of the translator installed at that moment.
Exercise ids are stable: settings store the enabled ones, so an id may be
added but never changed.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from deskguard.core.events import EventKind
from deskguard.core.i18n import _
from deskguard.core.outcome import Problem

#: What an exercise can be offered for: a reminder (``SHIFT_REMINDER``,
#: ``WALK_REMINDER``), the screen-height advice (``SCREEN_ADVICE``), or the
#: problem of a posture alert (``Problem.NECK``, ``Problem.FORWARD_HEAD``...).
Occasion = EventKind | Problem

SHIFT = EventKind.SHIFT_REMINDER
WALK = EventKind.WALK_REMINDER
SCREEN = EventKind.SCREEN_ADVICE
NECK = Problem.NECK
FORWARD_HEAD = Problem.FORWARD_HEAD


class CameraCheck(StrEnum):
    """What the camera can count for an exercise (see ``core.exercise_counter``)."""

    #: Head turned left or right and back: from the head's yaw.
    NECK_TURN = "neck_turn"
    #: Head tilted towards a shoulder and back: from the head's roll.
    SIDE_BEND = "side_bend"
    #: Shoulders raised towards the ears and dropped: from the ear-to-shoulder gap.
    SHRUG = "shrug"
    #: Head slid straight back and forward again: from the face's distance.
    CHIN_TUCK = "chin_tuck"


@dataclass(frozen=True, slots=True)
class Exercise:
    """One guided exercise.

    Attributes:
        id: Stable identifier (settings and the history store it).
        title: Short name, translated.
        steps: Two to four short instructions, translated.
        image: File name of its picture in ``resources/exercises/``.
        reps: Repetitions (per side when ``per_side``), or None when timed.
        seconds: Duration (per side when ``per_side``), or None when counted.
        per_side: ``reps`` or ``seconds`` apply to each side (left, then right).
        suits: The occasions it fits (see :data:`Occasion`).
        camera_check: What can confirm it on camera; None: only the user's "Done".

    """

    id: str
    title: str
    steps: tuple[str, ...]
    image: str
    reps: int | None = None
    seconds: int | None = None
    per_side: bool = False
    suits: frozenset[Occasion] = field(default_factory=frozenset)
    camera_check: CameraCheck | None = None

    def __post_init__(self) -> None:
        """Check the invariants the break window relies on."""
        if (self.reps is None) == (self.seconds is None):
            raise ValueError(f"{self.id}: give exactly one of reps and seconds")
        if not 2 <= len(self.steps) <= 4:
            raise ValueError(f"{self.id}: 2 to 4 steps, not {len(self.steps)}")
        if (self.reps or self.seconds or 0) <= 0:
            raise ValueError(f"{self.id}: reps or seconds must be positive")

    @property
    def sides(self) -> int:
        """2 when done on each side, else 1."""
        return 2 if self.per_side else 1

    @property
    def target_reps(self) -> int | None:
        """All the repetitions to do, both sides together (None when timed)."""
        return None if self.reps is None else self.reps * self.sides

    def to_json_dict(self) -> dict[str, Any]:
        """A JSON-ready view (``reps`` or ``seconds``, whichever applies)."""
        out: dict[str, Any] = {
            "id": self.id,
            "title": self.title,
            "steps": list(self.steps),
            "image": self.image,
        }
        if self.reps is not None:
            out["reps"] = self.reps
        else:
            out["seconds"] = self.seconds
        out["per_side"] = self.per_side
        out["suits"] = sorted(o.value for o in self.suits)
        out["camera_check"] = None if self.camera_check is None else self.camera_check.value
        return out


# Stable ids, in the order the catalogue lists them.
NECK_TURNS = "neck_turns"
NECK_SIDE_BENDS = "neck_side_bends"
NECK_ROLLS = "neck_rolls"
CHIN_TUCKS = "chin_tucks"
SHOULDER_SHRUGS = "shoulder_shrugs"
SHOULDER_ROLLS = "shoulder_rolls"
HAMSTRING_STRETCH = "hamstring_stretch"
BACK_EXTENSION = "back_extension"
WALK_AROUND = "walk"

#: Every exercise id, in catalogue order (the default "enabled" set).
ALL_IDS: tuple[str, ...] = (
    NECK_TURNS,
    NECK_SIDE_BENDS,
    NECK_ROLLS,
    CHIN_TUCKS,
    SHOULDER_SHRUGS,
    SHOULDER_ROLLS,
    HAMSTRING_STRETCH,
    BACK_EXTENSION,
    WALK_AROUND,
)


def catalogue() -> tuple[Exercise, ...]:
    """Every exercise, in a fixed order, with its words in the current language."""
    return (
        Exercise(
            id=NECK_TURNS,
            title=_("Neck turns"),
            steps=(
                _("Sit tall and let your shoulders relax."),
                _("Turn your head slowly to look over your left shoulder; hold for a breath."),
                _("Come back to the centre, then turn to the right."),
                _("Go only as far as is comfortable."),
            ),
            image="neck_turns.svg",
            reps=3,
            per_side=True,
            suits=frozenset({SHIFT, NECK, SCREEN}),
            camera_check=CameraCheck.NECK_TURN,
        ),
        Exercise(
            id=NECK_SIDE_BENDS,
            title=_("Neck side bends"),
            steps=(
                _("Sit tall, shoulders down, looking straight ahead."),
                _("Tilt your ear gently towards your left shoulder; hold for a breath."),
                _("Come back up to the centre, then tilt to the right."),
            ),
            image="neck_side_bends.svg",
            reps=3,
            per_side=True,
            suits=frozenset({SHIFT, NECK}),
            camera_check=CameraCheck.SIDE_BEND,
        ),
        Exercise(
            id=NECK_ROLLS,
            title=_("Slow neck rolls"),
            steps=(
                _("Drop your chin gently towards your chest."),
                _(
                    "Roll your head slowly towards one shoulder, then back through the centre "
                    "to the other."
                ),
                _("Keep it slow and small; skip any part that pinches."),
            ),
            image="neck_rolls.svg",
            reps=3,
            suits=frozenset({SHIFT, NECK, SCREEN}),
        ),
        Exercise(
            id=CHIN_TUCKS,
            title=_("Chin tucks"),
            steps=(
                _("Sit tall, looking straight ahead."),
                _(
                    "Slide your chin straight back, as if making a double chin; keep your "
                    "eyes level."
                ),
                _("Hold for two or three seconds, then relax forward again."),
            ),
            image="chin_tucks.svg",
            reps=5,
            suits=frozenset({FORWARD_HEAD, NECK, SCREEN, SHIFT}),
            camera_check=CameraCheck.CHIN_TUCK,
        ),
        Exercise(
            id=SHOULDER_SHRUGS,
            title=_("Shoulder shrugs"),
            steps=(
                _("Let your arms hang loose."),
                _("Lift both shoulders up towards your ears and hold for two seconds."),
                _("Let them drop and relax completely."),
            ),
            image="shoulder_shrugs.svg",
            reps=5,
            suits=frozenset({SHIFT, FORWARD_HEAD}),
            camera_check=CameraCheck.SHRUG,
        ),
        Exercise(
            id=SHOULDER_ROLLS,
            title=_("Shoulder rolls"),
            steps=(
                _("Sit or stand tall with your arms relaxed."),
                _("Circle your shoulders up, back and down, slowly."),
                _("Finish with your shoulders low and a little back."),
            ),
            image="shoulder_rolls.svg",
            reps=5,
            suits=frozenset({SHIFT, FORWARD_HEAD}),
        ),
        Exercise(
            id=HAMSTRING_STRETCH,
            title=_("Hamstring stretch"),
            steps=(
                _("Sit near the front of your chair with one leg straight, heel on the floor."),
                _(
                    "Keep your back long and lean forward from the hips until you feel a "
                    "gentle stretch."
                ),
                _("Breathe calmly, then change legs."),
            ),
            image="hamstring_stretch.svg",
            seconds=20,
            per_side=True,
            suits=frozenset({WALK}),
        ),
        Exercise(
            id=BACK_EXTENSION,
            title=_("Standing back extension"),
            steps=(
                _("Stand with your feet apart and your hands on your lower back."),
                _("Lean back gently, looking slightly up; only as far as is comfortable."),
                _("Come back to standing tall."),
            ),
            image="back_extension.svg",
            reps=5,
            suits=frozenset({WALK}),
        ),
        Exercise(
            id=WALK_AROUND,
            title=_("A short walk"),
            steps=(
                _("Stand up and walk for a couple of minutes: fetch some water."),
                _("Let your arms swing and look at something far away."),
            ),
            image="walk.svg",
            seconds=120,
            suits=frozenset({WALK}),
        ),
    )


def exercise(exercise_id: str) -> Exercise:
    """The exercise with that id (``KeyError`` if there is none)."""
    for ex in catalogue():
        if ex.id == exercise_id:
            return ex
    raise KeyError(exercise_id)


def pick(occasion: Occasion, enabled: Collection[str] | None = None) -> tuple[Exercise, ...]:
    """The exercises that suit ``occasion``, in catalogue order.

    ``enabled``: the ids the user has switched on (None: all). Ids that are not
    in the catalogue are ignored. The walk comes first (for a walk reminder it
    is the point), then the exercises the camera can confirm, so a window
    showing only one shows the one that matters most or one that can be counted.
    """
    chosen = [
        ex for ex in catalogue() if occasion in ex.suits and (enabled is None or ex.id in enabled)
    ]
    chosen.sort(key=_priority)  # stable: catalogue order otherwise
    return tuple(chosen)


def _priority(ex: Exercise) -> int:
    if ex.id == WALK_AROUND:
        return 0
    return 1 if ex.camera_check is not None else 2
