"""How far the mirror retry's reading of a face lies from the direct one, on the shared data.

    python tools/mirror_offset.py [--shared ../shared] [--models DIR]

The analyzer looks for a missed face again in the mirror image and mirrors
the figures back (``MediaPipeAnalyzer._read_face(..., mirrored=True)``). If
samples switch between the two paths, any offset between them looks like a
movement. This measures it, everything in memory (no picture is written):

1. **Both paths on the same picture.** Every picture is read directly and in
   the mirror, each as a whole sample (the 70-degree webcam pinhole the app
   uses, iris distance included); where both find the face, the mirror
   reading minus the direct one: pitch, yaw, roll (degrees), the eyes'
   position x, y, z and the distance (cm). Pictures: the AFLW2000-3D images
   (by labelled |yaw|), the desk photos, and every frame of the two clips.
   For scale, the same figures between consecutive frames of the clips read
   directly (what a real sample-to-sample change of one frame looks like).
2. **Where samples would alternate.** The clips' frames with the person
   made small in a webcam frame (the face at 1/2 to 1/5 of its size, as when
   sitting far back), where the direct detector starts to miss: each frame
   analysed as the app does (direct, the mirror only on a miss). Every change
   of path between consecutive frames is a jump the engine would see; it is
   compared with the jumps between consecutive frames on the same path.

AFLW2000-3D is for internal measurement only (its SOURCE.md).
"""

from __future__ import annotations

import argparse
import csv
import statistics
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import cv2
import numpy as np

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from deskguard.analysis.analyzer import MediaPipeAnalyzer, frame_from_array  # noqa: E402
from deskguard.core.sample import PostureSample, Quality  # noqa: E402

FIGURES = ("pitch", "yaw", "roll", "eye x", "eye y", "eye z", "distance")
#: A webcam frame (4:3 VGA) for the small-person frames.
SIZE = (640, 480)


def figures(s: PostureSample) -> tuple[float | None, ...]:
    """Pitch, yaw, roll (deg), eye x, y, z and distance (cm) of a sample."""
    head, eyes = s.head, s.eyes_cm
    return (
        head.pitch_deg if head else None,
        head.yaw_deg if head else None,
        head.roll_deg if head else None,
        eyes[0] if eyes else None,
        eyes[1] if eyes else None,
        eyes[2] if eyes else None,
        s.distance_cm,
    )


def both_paths(analyzer: MediaPipeAnalyzer, image: np.ndarray) -> tuple[Any, Any]:
    """The direct and the mirror sample of one picture (None where the path finds no face)."""
    return analyzer.both_paths(frame_from_array(image))


def differences(
    pairs: Sequence[tuple[PostureSample, PostureSample]],
) -> list[list[float]]:
    """Per figure: second minus first, over the pairs where both have it."""
    diffs: list[list[float]] = [[] for _ in FIGURES]
    for a, b in pairs:
        for k, (x, y) in enumerate(zip(figures(a), figures(b), strict=True)):
            if x is not None and y is not None:
                diffs[k].append(y - x)
    return diffs


def describe(label: str, pairs: Sequence[tuple[PostureSample, PostureSample]]) -> None:
    """Median signed, median |.|, 90th percentile |.| and max |.| of each figure."""
    print(f"  {label}: {len(pairs)} pairs")
    for name, values in zip(FIGURES, differences(pairs), strict=True):
        if not values:
            continue
        mags = sorted(abs(v) for v in values)
        p90 = mags[min(len(mags) - 1, int(0.9 * len(mags)))]
        unit = "deg" if name in ("pitch", "yaw", "roll") else "cm "
        print(
            f"    {name:<9} {unit}  median {statistics.median(values):+6.2f}   "
            f"median |d| {statistics.median(mags):5.2f}   p90 |d| {p90:5.2f}   "
            f"max |d| {mags[-1]:6.2f}"
        )


def aflw(shared: Path) -> Iterator[tuple[str, float, np.ndarray]]:
    """(name, labelled |yaw|, image) of the AFLW2000-3D images in the standard protocol."""
    folder = shared / "datasets/aflw2000-3d"
    with (folder / "labels.csv").open() as f:
        for row in csv.DictReader(f):
            if row["in_standard_protocol"] != "1":
                continue
            image = cv2.imread(str(folder / "images" / row["file"]))
            if image is not None:
                yield row["file"], abs(float(row["yaw_deg"])), image


def desk(shared: Path) -> Iterator[tuple[str, np.ndarray]]:
    """The desk photos."""
    folder = shared / "datasets/desk-posture-goodbad/images"
    for path in sorted(folder.glob("*.jpg")):
        image = cv2.imread(str(path))
        if image is not None:
            yield path.name, image


def clip_frames(shared: Path, name: str) -> Iterator[np.ndarray]:
    """Every frame of a clip."""
    capture = cv2.VideoCapture(str(shared / "datasets/face-video-clips" / name))
    while True:
        ok, image = capture.read()
        if not ok:
            break
        yield image
    capture.release()


def small(image: np.ndarray, scale: float) -> np.ndarray:
    """``image`` shrunk by ``scale`` and centred in a grey webcam frame."""
    h, w = image.shape[:2]
    fit = min(SIZE[0] / w, SIZE[1] / h) * scale
    shrunk = cv2.resize(image, (round(w * fit), round(h * fit)), interpolation=cv2.INTER_AREA)
    canvas = np.full((SIZE[1], SIZE[0], 3), 110, np.uint8)
    top = (SIZE[1] - shrunk.shape[0]) // 2
    left = (SIZE[0] - shrunk.shape[1]) // 2
    canvas[top : top + shrunk.shape[0], left : left + shrunk.shape[1]] = shrunk
    return canvas


@dataclass
class Tally:
    """Pictures read, and which paths found the face."""

    pictures: int = 0
    direct: int = 0
    mirror: int = 0
    both: int = 0
    mirror_only: int = 0

    def add(self, direct: Any, mirror: Any) -> None:
        self.pictures += 1
        self.direct += direct is not None
        self.mirror += mirror is not None
        self.both += direct is not None and mirror is not None
        self.mirror_only += direct is None and mirror is not None

    def line(self) -> str:
        return (
            f"{self.pictures} pictures: face found directly {self.direct}, in the mirror "
            f"{self.mirror}, by both {self.both}, only in the mirror (the retry's rescues) "
            f"{self.mirror_only}"
        )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=REPO.parent / "shared")
    parser.add_argument("--models", type=Path, default=None)
    parser.add_argument("--scales", type=float, nargs="*", default=[0.5, 0.4, 0.35, 0.33])
    parser.add_argument("--part", type=int, choices=(1, 2), help="only part 1 or 2")
    args = parser.parse_args()
    models = args.models or args.shared / "models"
    analyzer = MediaPipeAnalyzer.create(
        models / "face_landmarker.task", models / "pose_landmarker_lite.task"
    )
    if args.part in (None, 1):
        same_picture(analyzer, args.shared)
    if args.part in (None, 2):
        alternation(analyzer, args.shared, args.scales)
    analyzer.close()
    return 0


def same_picture(analyzer: MediaPipeAnalyzer, shared: Path) -> None:
    """Part 1: both paths on every picture."""
    print("1. both paths on the same picture (mirror reading minus direct reading)")

    tally, pairs, good = Tally(), [], []
    rescued = []
    by_yaw: dict[str, list[tuple[PostureSample, PostureSample]]] = {}
    for name, yaw, image in aflw(shared):
        direct, mirror = both_paths(analyzer, image)
        tally.add(direct, mirror)
        if direct is None and mirror is not None:
            rescued.append(name)
        if direct is not None and mirror is not None:
            pairs.append((direct, mirror))
            if direct.quality is Quality.GOOD and mirror.quality is Quality.GOOD:
                good.append((direct, mirror))
            band = "|yaw| < 15" if yaw < 15 else "|yaw| 15-30" if yaw < 30 else "|yaw| >= 30"
            by_yaw.setdefault(band, []).append((direct, mirror))
    print(f"AFLW2000-3D, standard protocol: {tally.line()}")
    print(f"  found only in the mirror: {' '.join(rescued)}")
    describe("all", pairs)
    describe("both good quality (what position and alerts use)", good)
    for band in ("|yaw| < 15", "|yaw| 15-30", "|yaw| >= 30"):
        describe(band, by_yaw.get(band, []))

    tally, pairs = Tally(), []
    for _, image in desk(shared):
        direct, mirror = both_paths(analyzer, image)
        tally.add(direct, mirror)
        if direct is not None and mirror is not None:
            pairs.append((direct, mirror))
    print(f"desk photos: {tally.line()}")
    describe("all", pairs)

    for name in ("single_face.mp4", "WolfgangLanger_Pexels.mp4"):
        tally, pairs, steps = Tally(), [], []
        previous = None
        for image in clip_frames(shared, name):
            direct, mirror = both_paths(analyzer, image)
            tally.add(direct, mirror)
            if direct is not None and mirror is not None:
                pairs.append((direct, mirror))
            if previous is not None and direct is not None:
                steps.append((previous, direct))
            previous = direct
        print(f"{name}: {tally.line()}")
        describe("mirror minus direct, same frame", pairs)
        describe("for scale: next frame minus this one, both direct", steps)


def alternation(analyzer: MediaPipeAnalyzer, shared: Path, scales: Sequence[float]) -> None:
    """Part 2: the app's own path choice on frames where the direct detector starts to miss."""
    print("2. where samples would alternate: the clips with the person made small")
    for scale in scales:
        same: list[tuple[PostureSample, PostureSample]] = []
        switched: list[tuple[PostureSample, PostureSample]] = []
        same_good: list[tuple[PostureSample, PostureSample]] = []
        switched_good: list[tuple[PostureSample, PostureSample]] = []
        counts = {"direct": 0, "mirror": 0, "mirror, good": 0, "none": 0}
        for name in ("single_face.mp4", "WolfgangLanger_Pexels.mp4"):
            previous = None
            for image in clip_frames(shared, name):
                sample = analyzer.analyze(frame_from_array(small(image, scale)))
                path = (
                    "none" if not sample.face_found else "mirror" if sample.mirrored else "direct"
                )
                counts[path] += 1
                counts["mirror, good"] += sample.mirrored and sample.quality is Quality.GOOD
                if previous is not None and sample.face_found:
                    pair = (previous, sample)
                    changed = previous.mirrored != sample.mirrored
                    (switched if changed else same).append(pair)
                    if previous.quality is Quality.GOOD and sample.quality is Quality.GOOD:
                        (switched_good if changed else same_good).append(pair)
                previous = sample if sample.face_found else None
        print(
            f"face at {scale:g} of its size: frames read directly {counts['direct']}, "
            f"only in the mirror {counts['mirror']} (of them good quality "
            f"{counts['mirror, good']}), not found {counts['none']}"
        )
        describe("consecutive frames, same path", same)
        describe("consecutive frames, path changed (direct <-> mirror)", switched)
        describe("both good quality (what position and alerts use), same path", same_good)
        describe("both good quality, path changed", switched_good)


if __name__ == "__main__":
    raise SystemExit(main())
