"""Rep counting on real faces: sequences of labelled photos through the real analyzer.

``tools/exercise_accuracy.py`` builds the sequences (docs/exercises.md has its
figures on 40 sequences per scenario); this runs 12 per scenario with the
same seed, so the bounds below leave room for the smaller sample.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from deskguard.core.exercises import CameraCheck
from tests.conftest import SHARED
from tools.exercise_accuracy import analyze_all, build, frames_of, load_labels, pooled, score

SEQUENCES = 12


@pytest.fixture(scope="module")
def results(analyzer, datasets_dir: Path) -> dict[str, object]:
    labels = sorted(load_labels(SHARED), key=lambda x: x.file)
    _, scenarios = build(labels, SEQUENCES, seed=11)
    samples = analyze_all(analyzer, SHARED, frames_of(scenarios))
    return {s.name: (s, t) for s, t in score(scenarios, samples)}


def test_full_neck_turns_are_counted_on_the_right_side_and_never_invented(results) -> None:
    _, t = results["full neck turns"]
    assert t.true >= 30
    assert t.counted == t.hits, "a repetition counted on the wrong side or one too many"
    assert t.recall >= 0.4


def test_full_side_bends_are_mostly_counted(results) -> None:
    _, t = results["full side bends"]
    assert t.true >= 30
    assert t.counted == t.hits
    assert t.recall >= 0.8


@pytest.mark.parametrize(
    "name",
    [
        "partial turns (12-22 deg)",
        "looking around, turn counter",
        "partial bends (8-12 deg)",
        "looking around, bend counter",
        "full neck turns, bend counter",
    ],
)
def test_what_is_not_a_repetition_is_almost_never_counted(results, name: str) -> None:
    _, t = results[name]
    assert t.true == 0
    assert t.counted <= 1, f"{t.counted} repetitions counted in {t.sequences} sequences"


def test_precision_over_all_scenarios(results) -> None:
    tallies = list(results.values())
    for check in (CameraCheck.NECK_TURN, CameraCheck.SIDE_BEND):
        t = pooled(tallies, check)
        assert t.precision is not None and t.precision >= 0.95, check
