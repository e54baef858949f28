"""The exercise catalogue: its shape, its pictures, its words and how exercises are picked."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest

from deskguard.core import exercises, i18n
from deskguard.core.events import EventKind
from deskguard.core.exercises import CameraCheck, Exercise, catalogue, pick
from deskguard.core.outcome import Problem
from tests.conftest import REPO

PICTURES = REPO / "resources" / "exercises"


def test_ids_are_unique_and_listed_in_order() -> None:
    ids = [ex.id for ex in catalogue()]
    assert len(set(ids)) == len(ids)
    assert tuple(ids) == exercises.ALL_IDS


def test_the_exercises_the_issue_asks_for_are_there() -> None:
    ids = set(exercises.ALL_IDS)
    assert {
        "neck_turns",
        "neck_side_bends",
        "neck_rolls",
        "shoulder_shrugs",
        "shoulder_rolls",
        "chin_tucks",
        "hamstring_stretch",
        "back_extension",
        "walk",
    } <= ids


@pytest.mark.parametrize("ex", catalogue(), ids=lambda ex: ex.id)
def test_each_exercise_is_complete_and_short(ex: Exercise) -> None:
    assert ex.title and len(ex.title) <= 30
    assert 2 <= len(ex.steps) <= 4
    assert all(0 < len(step) <= 100 for step in ex.steps)
    assert (ex.reps is None) != (ex.seconds is None)
    assert ex.suits, "every exercise fits some reminder"
    assert ex.image == f"{ex.id}.svg"


@pytest.mark.parametrize("ex", catalogue(), ids=lambda ex: ex.id)
def test_each_picture_exists_and_is_an_svg_with_a_viewbox(ex: Exercise) -> None:
    path = PICTURES / ex.image
    assert path.is_file(), f"missing {path.name}"
    root = ET.parse(path).getroot()
    assert root.tag == "{http://www.w3.org/2000/svg}svg"
    box = root.get("viewBox")
    assert box is not None
    assert len(box.split()) == 4


def test_what_the_camera_can_confirm() -> None:
    checks = {ex.id: ex.camera_check for ex in catalogue()}
    assert checks["neck_turns"] is CameraCheck.NECK_TURN
    assert checks["neck_side_bends"] is CameraCheck.SIDE_BEND
    assert checks["shoulder_shrugs"] is CameraCheck.SHRUG
    assert checks["chin_tucks"] is CameraCheck.CHIN_TUCK
    for unseen in ("hamstring_stretch", "back_extension", "walk"):
        assert checks[unseen] is None


def test_invalid_exercises_are_refused() -> None:
    with pytest.raises(ValueError, match="exactly one"):
        Exercise("x", "X", ("a", "b"), "x.svg", reps=3, seconds=10)
    with pytest.raises(ValueError, match="exactly one"):
        Exercise("x", "X", ("a", "b"), "x.svg")
    with pytest.raises(ValueError, match="2 to 4 steps"):
        Exercise("x", "X", ("a",), "x.svg", reps=3)
    with pytest.raises(ValueError, match="positive"):
        Exercise("x", "X", ("a", "b"), "x.svg", seconds=0)


def test_per_side_targets() -> None:
    turns = exercises.exercise("neck_turns")
    assert turns.per_side and turns.target_reps == 2 * (turns.reps or 0)
    assert exercises.exercise("chin_tucks").target_reps == exercises.exercise("chin_tucks").reps
    assert exercises.exercise("walk").target_reps is None
    with pytest.raises(KeyError):
        exercises.exercise("cartwheels")


def test_pick_for_a_walk_offers_the_walk_first() -> None:
    picked = [ex.id for ex in pick(EventKind.WALK_REMINDER)]
    assert picked[0] == "walk"
    assert {"hamstring_stretch", "back_extension"} <= set(picked)
    assert "neck_turns" not in picked


def test_pick_for_forward_head_offers_chin_tucks_and_respects_the_enabled_set() -> None:
    assert pick(Problem.FORWARD_HEAD)[0].id == "chin_tucks"
    without = pick(Problem.FORWARD_HEAD, enabled={"shoulder_rolls", "no_such_id"})
    assert [ex.id for ex in without] == ["shoulder_rolls"]
    assert pick(Problem.FORWARD_HEAD, enabled=()) == ()


def test_pick_puts_what_the_camera_can_count_first() -> None:
    picked = pick(EventKind.SHIFT_REMINDER)
    checked = [ex.camera_check is not None for ex in picked]
    assert checked == sorted(checked, reverse=True)
    assert checked[0] and not checked[-1]


def test_an_occasion_without_exercises_gets_none() -> None:
    assert pick(Problem.TOO_CLOSE) == ()
    assert pick(EventKind.BREAK_STARTED) == ()


def test_the_words_follow_the_installed_translator() -> None:
    i18n.set_translator(lambda s: s.upper())
    try:
        turns = exercises.exercise("neck_turns")
    finally:
        i18n.set_translator(str)
    assert turns.title == "NECK TURNS"
    assert all(step == step.upper() for step in turns.steps)
    assert exercises.exercise("neck_turns").title == "Neck turns"


def test_json_view() -> None:
    shrugs = exercises.exercise("shoulder_shrugs").to_json_dict()
    assert shrugs["reps"] == 5 and "seconds" not in shrugs
    assert shrugs["camera_check"] == "shrug"
    walk = exercises.exercise("walk").to_json_dict()
    assert walk["seconds"] == 120 and "reps" not in walk and walk["camera_check"] is None
    assert walk["suits"] == ["walk_reminder"]


def test_the_docs_list_every_exercise_and_every_counting_rule() -> None:
    from deskguard.core.exercise_counter import RULES

    text = (REPO / "docs" / "exercises.md").read_text()
    for ex in catalogue():
        check = f"`{ex.camera_check.value}`" if ex.camera_check else "none"
        row = next((line for line in text.splitlines() if line.startswith(f"| `{ex.id}` |")), "")
        assert f"| {ex.title} |" in row and check in row, ex.id
    for check, rule in RULES.items():
        row = next(line for line in text.splitlines() if line.startswith(f"| `{check.value}` |"))
        assert f"| {rule.out:g} " in row and f"| {rule.back:g} " in row, check
