"""How well the exercise counter counts neck turns and side bends on real faces.

    python tools/exercise_accuracy.py [--shared ../shared] [--sequences 40] [--seed 11]

No recordings of people doing the exercises exist here, so sequences are
built from real photos with labelled head angles (../shared/datasets/aflw2000-3d,
3DMM-fitted pitch, yaw and roll): frames chosen by their labels and put in an
order that imitates a movement, four frames a second. A neck turn to the left
is a few frames looking ahead, one or two turned 12-28 degrees, two or three
turned 35-75 degrees, back through 12-28 to ahead. Each frame goes through the
real analyzer (MediaPipe face landmarker and the DeskGuard head-pose solve, the
live app's 70-degree camera model, the face only as during a neck exercise) and
the samples through :class:`deskguard.core.exercise_counter.RepCounter`.

Scenarios, each with its true count:

* full neck turns (2-5 per sequence, alternating sides) and full side bends
  (tilts of 24-50 degrees): every repetition should be counted, on the right side;
* partial turns (12-22 degrees) and partial bends (8-12 degrees): none should be;
* looking around (30 s of frames within 22 degrees of turn and 10 of tilt): none;
* full neck turns given to the side-bend counter: none (a turn is no bend).

Per scenario it prints true, counted, true positives (``min(true, counted)``
per side), precision and recall, and how many sequences ended with the
counter confident. Every frame is a different person's photo, so this tests
whether the analyzer's angles on real faces are good enough for the counter's
thresholds; it says nothing about real movement (speed, blur, the face
leaving the frame), which needs recordings. Shrugs and chin tucks are not
measured: no labelled real data for shoulder rise or head translation exists.
"""

from __future__ import annotations

import argparse
import csv
import random
import statistics
import sys
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

import cv2

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from deskguard.analysis.analyzer import MediaPipeAnalyzer, frame_from_array  # noqa: E402
from deskguard.core.exercise_counter import RULES, RepCounter, Rule  # noqa: E402
from deskguard.core.exercises import CameraCheck  # noqa: E402
from deskguard.core.sample import PostureSample  # noqa: E402

FPS = 4.0
IMAGES = Path("datasets/aflw2000-3d/images")


@dataclass(frozen=True)
class Labelled:
    """One photo's labelled head angles, product convention (yaw > 0: the user's left)."""

    file: str
    pitch: float
    yaw: float
    roll: float


def load_labels(shared: Path) -> list[Labelled]:
    """The labels, converted as in tools/accuracy.py (AFLW pitch and yaw have the other sign)."""
    with (shared / "datasets/aflw2000-3d/labels.csv").open() as f:
        return [
            Labelled(r["file"], -float(r["pitch_deg"]), -float(r["yaw_deg"]), float(r["roll_deg"]))
            for r in csv.DictReader(f)
        ]


Test = Callable[[Labelled], bool]


def _turn(lo: float, hi: float, side: int) -> Test:
    return lambda x: lo <= side * x.yaw <= hi and abs(x.roll) < 15 and abs(x.pitch) < 25


def _bend(lo: float, hi: float, side: int) -> Test:
    return lambda x: lo <= side * x.roll <= hi and abs(x.yaw) < 20 and abs(x.pitch) < 25


#: The pools frames are drawn from, by their labels (degrees). Side +1: the user's left.
POOLS: dict[str, Test] = {
    "ahead": lambda x: abs(x.yaw) < 8 and abs(x.roll) < 8 and abs(x.pitch) < 15,
    "around": lambda x: abs(x.yaw) <= 22 and abs(x.roll) <= 10 and abs(x.pitch) <= 25,
    **{
        f"{name}{'+' if side > 0 else '-'}": test(lo, hi, side)
        for side in (1, -1)
        for name, test, lo, hi in (
            ("turn_ramp", _turn, 12, 28),
            ("turn_full", _turn, 35, 75),
            ("turn_partial", _turn, 12, 22),
            ("bend_ramp", _bend, 6, 14),
            ("bend_full", _bend, 24, 50),
            ("bend_partial", _bend, 8, 12),
        )
    },
}


def pools(labels: Iterable[Labelled], limit: int | None = None) -> dict[str, list[str]]:
    """File names per pool (the first ``limit`` by name, when given)."""
    ordered = sorted(labels, key=lambda x: x.file)
    out = {}
    for name, test in POOLS.items():
        files = [x.file for x in ordered if test(x)]
        out[name] = files[:limit] if limit else files
    return out


@dataclass(frozen=True)
class Sequence_:
    """Frames (file names, one every 1/FPS s) and the true repetitions per side."""

    frames: tuple[str, ...]
    left: int
    right: int


def _movement(rng: random.Random, p: dict[str, list[str]], kind: str, reps: int) -> Sequence_:
    """Look ahead, then ``reps`` movements alternating sides (``kind``: a pool, no sign)."""
    ramp = kind.split("_")[0] + "_ramp"
    frames = [rng.choice(p["ahead"]) for _ in range(6)]  # the baseline and a breath
    left = right = 0
    side = rng.choice((1, -1))
    for _ in range(reps):
        sign = "+" if side > 0 else "-"
        out = [rng.choice(p[ramp + sign]) for _ in range(rng.randint(1, 2))]
        peak = [rng.choice(p[kind + sign]) for _ in range(rng.randint(3, 6))]
        back = [rng.choice(p[ramp + sign]) for _ in range(rng.randint(1, 2))]
        rest = [rng.choice(p["ahead"]) for _ in range(rng.randint(2, 3))]
        if kind.endswith("_partial"):
            out = back = []  # a short movement has no separate ramp
        frames += out + peak + back + rest
        if kind.endswith("_full"):
            left += side > 0
            right += side < 0
        side = -side
    return Sequence_(tuple(frames), left, right)


def _looking_around(rng: random.Random, p: dict[str, list[str]], seconds: float) -> Sequence_:
    frames = [rng.choice(p["ahead"]) for _ in range(6)]
    frames += [rng.choice(p["around"]) for _ in range(int(seconds * FPS))]
    return Sequence_(tuple(frames), 0, 0)


@dataclass(frozen=True)
class Scenario:
    """Sequences and the check that should (or should not) count them."""

    name: str
    check: CameraCheck
    make: Callable[[random.Random, dict[str, list[str]]], Sequence_]


SCENARIOS = (
    Scenario(
        "full neck turns",
        CameraCheck.NECK_TURN,
        lambda r, p: _movement(r, p, "turn_full", r.randint(2, 5)),
    ),
    Scenario(
        "partial turns (12-22 deg)",
        CameraCheck.NECK_TURN,
        lambda r, p: _movement(r, p, "turn_partial", r.randint(2, 5)),
    ),
    Scenario(
        "looking around, turn counter",
        CameraCheck.NECK_TURN,
        lambda r, p: _looking_around(r, p, 30),
    ),
    Scenario(
        "full side bends",
        CameraCheck.SIDE_BEND,
        lambda r, p: _movement(r, p, "bend_full", r.randint(2, 5)),
    ),
    Scenario(
        "partial bends (8-12 deg)",
        CameraCheck.SIDE_BEND,
        lambda r, p: _movement(r, p, "bend_partial", r.randint(2, 5)),
    ),
    Scenario(
        "looking around, bend counter",
        CameraCheck.SIDE_BEND,
        lambda r, p: _looking_around(r, p, 30),
    ),
    Scenario(
        "full neck turns, bend counter",
        CameraCheck.SIDE_BEND,
        lambda r, p: replace(_movement(r, p, "turn_full", r.randint(2, 5)), left=0, right=0),
    ),
)


@dataclass
class Tally:
    """Counts over a scenario's sequences."""

    sequences: int = 0
    true: int = 0
    counted: int = 0
    hits: int = 0  # min(true, counted), per side for sided checks
    confident: int = 0
    seconds: float = 0.0

    @property
    def precision(self) -> float | None:
        """Counted repetitions that were real (None when nothing was counted)."""
        return self.hits / self.counted if self.counted else None

    @property
    def recall(self) -> float | None:
        """Real repetitions that were counted (None when there were none)."""
        return self.hits / self.true if self.true else None

    def add(self, other: Tally) -> None:
        """Pool another tally into this one."""
        for name in ("sequences", "true", "counted", "hits", "confident", "seconds"):
            setattr(self, name, getattr(self, name) + getattr(other, name))


def count(
    check: CameraCheck, seq: Sequence_, samples: dict[str, PostureSample], rule: Rule | None = None
) -> Tally:
    """Feed one sequence to a fresh counter and score it."""
    counter = RepCounter(check, max(1, seq.left + seq.right), rule)
    update = None
    for i, file in enumerate(seq.frames):
        update = counter.feed(replace(samples[file], t_s=i / FPS))
    assert update is not None
    return Tally(
        sequences=1,
        true=seq.left + seq.right,
        counted=update.reps,
        hits=min(seq.left, update.left) + min(seq.right, update.right),
        confident=int(update.confident),
        seconds=len(seq.frames) / FPS,
    )


def build(
    labels: Sequence[Labelled], n: int, seed: int, limit: int | None = None
) -> tuple[dict[str, list[str]], list[tuple[Scenario, list[Sequence_]]]]:
    """The pools and, per scenario, ``n`` sequences (seeded)."""
    p = pools(labels, limit)
    rng = random.Random(seed)
    return p, [(s, [s.make(rng, p) for _ in range(n)]) for s in SCENARIOS]


def frames_of(scenarios: Sequence[tuple[Scenario, list[Sequence_]]]) -> set[str]:
    """Every photo the sequences use."""
    return {f for _, seqs in scenarios for seq in seqs for f in seq.frames}


def analyze_all(
    analyzer: MediaPipeAnalyzer, shared: Path, files: Iterable[str]
) -> dict[str, PostureSample]:
    """One sample per photo: the face only, as the app asks during a neck exercise."""
    out = {}
    for file in sorted(set(files)):
        image = cv2.imread(str(shared / IMAGES / file))
        out[file] = analyzer.analyze(frame_from_array(image), body=False)
    return out


def score(
    scenarios: Sequence[tuple[Scenario, list[Sequence_]]],
    samples: dict[str, PostureSample],
    rules: dict[CameraCheck, Rule] | None = None,
) -> list[tuple[Scenario, Tally]]:
    """Each scenario's tally (``rules``: thresholds other than the counter's own)."""
    out = []
    for scenario, seqs in scenarios:
        tally = Tally()
        rule = (rules or {}).get(scenario.check)
        for seq in seqs:
            tally.add(count(scenario.check, seq, samples, rule))
        out.append((scenario, tally))
    return out


def pooled(results: Sequence[tuple[Scenario, Tally]], check: CameraCheck) -> Tally:
    """All of one counter's scenarios together."""
    total = Tally()
    for s, t in results:
        if s.check is check:
            total.add(t)
    return total


def _pct(x: float | None) -> str:
    return "-" if x is None else f"{100 * x:.1f}%"


def _table(results: Sequence[tuple[Scenario, Tally]]) -> None:
    print(
        "| scenario | counter | sequences | true reps | counted | on the right side | "
        "precision | recall | confident at the end |"
    )
    print("|---|---|---:|---:|---:|---:|---:|---:|---:|")
    for s, t in results:
        print(
            f"| {s.name} | {s.check.value} | {t.sequences} | {t.true} | {t.counted} | {t.hits} | "
            f"{_pct(t.precision)} | {_pct(t.recall)} | {t.confident}/{t.sequences} |"
        )


def _summary(results: Sequence[tuple[Scenario, Tally]], label: str) -> None:
    for check in (CameraCheck.NECK_TURN, CameraCheck.SIDE_BEND):
        t = pooled(results, check)
        print(
            f"- {label}, {check.value}: precision {_pct(t.precision)} ({t.hits} of {t.counted} "
            f"counted were real), recall {_pct(t.recall)} ({t.hits} of {t.true} real were "
            "counted)"
        )


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=REPO.parent / "shared")
    parser.add_argument("--sequences", type=int, default=40, help="per scenario")
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument(
        "--turn-out-deg",
        type=float,
        default=None,
        help="measure with this neck-turn threshold instead of the counter's own",
    )
    args = parser.parse_args(argv)
    started = time.monotonic()
    rules = None
    if args.turn_out_deg is not None:
        own = RULES[CameraCheck.NECK_TURN]
        rules = {CameraCheck.NECK_TURN: replace(own, out=args.turn_out_deg)}
    turn_out = (rules or RULES)[CameraCheck.NECK_TURN].out
    labels = sorted(load_labels(args.shared), key=lambda x: x.file)
    halves = {
        "all photos": labels,
        "even half": labels[0::2],
        "odd half": labels[1::2],
    }
    built = {name: build(subset, args.sequences, args.seed) for name, subset in halves.items()}
    used = set().union(*(frames_of(scenarios) for _, scenarios in built.values()))
    with MediaPipeAnalyzer.create(
        args.shared / "models/face_landmarker.task",
        args.shared / "models/pose_landmarker_lite.task",
    ) as analyzer:
        samples = analyze_all(analyzer, args.shared, used)

    print(
        f"{args.sequences} sequences per scenario, seed {args.seed}, {FPS:g} frames/s, "
        f"{len(used)} distinct photos; neck-turn threshold {turn_out:g} deg"
    )
    p, scenarios = built["all photos"]
    print("pool sizes (all photos): " + ", ".join(f"{k} {len(v)}" for k, v in p.items()))
    print()
    results = score(scenarios, samples, rules)
    _table(results)
    print()
    _summary(results, "all photos")
    for name in ("even half", "odd half"):
        _summary(score(built[name][1], samples, rules), name)
    for s, t in results:
        if s.name.startswith("looking around"):
            print(f"- {s.name}: {t.counted} false repetitions in {t.seconds / 60:.0f} min")
    print()
    # Why repetitions are missed: the photos of the full movements, one by one.
    for pool in ("turn_full+", "turn_full-", "bend_full+", "bend_full-"):
        files = p[pool]
        check = CameraCheck.NECK_TURN if pool.startswith("turn") else CameraCheck.SIDE_BEND
        probe = RepCounter(check, 1)
        usable = [f for f in files if probe.usable(samples[f])]
        mirrored = [f for f in files if samples[f].mirrored]
        lost = [f for f in files if samples[f].head is None]
        poor = len(files) - len(usable) - len(mirrored) - len(lost)
        print(
            f"- {pool}: {len(files)} photos; usable to the counter {len(usable)}, "
            f"face not found {len(lost)}, found only in the mirror image {len(mirrored)}, "
            f"poor quality (dark, unsteady fit) {poor}"
        )
    # How the analyzer reads large turns: usable full-turn photos, by labelled turn.
    labelled = {x.file: x for x in labels}
    probe = RepCounter(CameraCheck.NECK_TURN, 1)
    for lo, hi in ((35, 45), (45, 60), (60, 75)):
        pairs = [
            (abs(labelled[f].yaw), abs(head.yaw_deg))
            for f in p["turn_full+"] + p["turn_full-"]
            if lo <= abs(labelled[f].yaw) < hi
            and probe.usable(samples[f])
            and (head := samples[f].head) is not None
        ]
        if pairs:
            short = statistics.median(read - label for label, read in pairs)
            under = sum(read < turn_out for _, read in pairs)
            print(
                f"- usable photos labelled {lo}-{hi} deg of turn: {len(pairs)}, read "
                f"{short:+.1f} deg from the label (median), {under} read under {turn_out:g} deg"
            )
    print(f"({time.monotonic() - started:.0f} s)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
