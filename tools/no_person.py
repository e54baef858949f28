"""Build pictures with nobody in them, in memory; see how often DeskGuard calls them present.

    python tools/no_person.py [--shared ../shared] [--list]

Every picture is made here and kept in memory; none is written anywhere. The
materials (none shows a person):

* **clip background**: crops of the two face clips' frames away from the
  person (the wall, the door, the hallway; the wood panel behind the woman),
  resized to a webcam frame;
* **empty desk**: the desk photos with the annotated person's box (enlarged)
  painted over by ``cv2.inpaint``, so the room, the desk and often the chair
  remain;
* **coat on a chair**: an empty desk with a chair and a coat hung over its back
  drawn in, dark and light coats, at a few sizes and places;
* **texture**: noise, stripes, checkerboards, gradients, wood grain, blobs
  (NumPy/OpenCV), and the texture photos that ship with scikit-image;
* **animal or object**: scikit-image's sample photos without a person (the cat
  'chelsea', the horse silhouette, coffee, a rocket, coins, a clock, the moon,
  a motorbike, ...), as they are and cropped, flipped and rescaled.

The script prints, per material, how many frames are present and on which
evidence (a face, or a body alone). ``--held-out`` measures a second set made
the same way from random crops, built after the presence thresholds in
``deskguard/core/quality.py`` were set. ``tests/analysis/test_presence.py`` runs
the same set through the analyzer.
"""

from __future__ import annotations

import argparse
import csv
import sys
import time
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

import cv2
import numpy as np

REPO = Path(__file__).resolve().parents[1]
#: The frame size every picture is brought to (a webcam's 4:3 VGA).
SIZE = (640, 480)
MATERIALS = ("clip background", "empty desk", "coat on a chair", "texture", "animal or object")


@dataclass(frozen=True)
class Item:
    """One no-person picture (BGR, ``SIZE``) and where it came from."""

    material: str
    name: str
    image: np.ndarray


def _fit(image: np.ndarray, size: tuple[int, int] = SIZE) -> np.ndarray:
    """Resize to ``size`` (width, height), as a 3-channel uint8 BGR image."""
    if image.dtype == bool:
        image = image.astype(np.uint8) * 255
    if image.ndim == 2:
        image = cv2.cvtColor(image, cv2.COLOR_GRAY2BGR)
    elif image.shape[2] == 4:
        image = cv2.cvtColor(image, cv2.COLOR_BGRA2BGR)
    return cv2.resize(image, size, interpolation=cv2.INTER_AREA)


# --- clip backgrounds ----------------------------------------------------------------

#: Regions (x0, y0, x1, y1 in 640x360 frames) that the person never enters.
_CLIP_REGIONS = {
    "single_face.mp4": {
        "wall and lamp": (0, 0, 62, 290),
        "hallway": (566, 0, 640, 360),
        "door, top left": (70, 0, 200, 150),
        "door, top right": (395, 0, 560, 190),
        "door and wall": (0, 0, 200, 150),
    },
    "WolfgangLanger_Pexels.mp4": {
        "wood panel": (0, 0, 240, 360),
        "wood panel, top": (0, 0, 240, 180),
        "wood panel, bottom": (0, 180, 240, 360),
        "wood panel, middle": (40, 90, 200, 270),
    },
}


def clip_backgrounds(datasets: Path, frames_per_clip: int = 8) -> list[Item]:
    """Background crops of frames spread over each clip."""
    items = []
    for clip, regions in _CLIP_REGIONS.items():
        cap = cv2.VideoCapture(str(datasets / "face-video-clips" / clip))
        try:
            count = int(cap.get(cv2.CAP_PROP_FRAME_COUNT))
            for k in range(frames_per_clip):
                index = k * (count - 1) // max(1, frames_per_clip - 1)
                cap.set(cv2.CAP_PROP_POS_FRAMES, index)
                ok, frame = cap.read()
                if not ok:
                    continue
                for region, (x0, y0, x1, y1) in regions.items():
                    crop = frame[y0:y1, x0:x1]
                    if k % 2:
                        crop = cv2.flip(crop, 1)
                    items.append(Item("clip background", f"{clip} #{index} {region}", _fit(crop)))
        finally:
            cap.release()
    return items


# --- desks without their person ------------------------------------------------------


#: Desk photos in which someone is still seen once the annotated box is painted
#: over (a second person in the room, or a box that misses its person); checked
#: by eye on every photo.
_STILL_A_PERSON = (
    "50_jpg.rf.4710a11cb98e4cbb7423e397af41a1aa.jpg",
    "08_jpeg.rf.bd33466841994f67a8bfcc6d4b0f30fc.jpg",
    "47_png.rf.0726330f51fa0e65fe3f312ead1f4340.jpg",
    "41_png.rf.2903c2f329fc48bc316d5241e2a702f0.jpg",
)


def _desk_rows(datasets: Path) -> list[dict[str, str]]:
    """The desk photos that are empty once their person is painted over."""
    with (datasets / "desk-posture-goodbad" / "labels.csv").open() as f:
        return [r for r in csv.DictReader(f) if r["file"] not in _STILL_A_PERSON]


def _without_person(image: np.ndarray, row: dict[str, str], grow: float = 1.25) -> np.ndarray:
    """The photo with the annotated person's box painted over.

    The box is grown by ``grow`` and runs down to the bottom of the photo, so
    feet and chair legs under the box go too.
    """
    h, w = image.shape[:2]
    cx, cy = float(row["bbox_cx"]) * w, float(row["bbox_cy"]) * h
    bw, bh = float(row["bbox_w"]) * w * grow, float(row["bbox_h"]) * h * grow
    x0, x1 = max(0, int(cx - bw / 2)), min(w, int(cx + bw / 2) + 1)
    y0, y1 = max(0, int(cy - bh / 2)), h
    # Inpaint at a quarter of the size (the fill is a smooth smear either way), then
    # paste the filled box back into the full-size photo.
    small = cv2.resize(image, (w // 4, h // 4), interpolation=cv2.INTER_AREA)
    mask = np.zeros(small.shape[:2], np.uint8)
    mask[y0 // 4 : (y1 + 3) // 4, x0 // 4 : (x1 + 3) // 4] = 255
    filled = cv2.resize(cv2.inpaint(small, mask, 5, cv2.INPAINT_TELEA), (w, h))
    out = image.copy()
    out[y0:y1, x0:x1] = filled[y0:y1, x0:x1]
    return out


def empty_desks(datasets: Path, every: int = 1) -> list[Item]:
    """Every ``every``-th desk photo with its person painted out."""
    items = []
    for row in _desk_rows(datasets)[::every]:
        image = cv2.imread(str(datasets / "desk-posture-goodbad" / "images" / row["file"]))
        if image is None:
            continue
        items.append(Item("empty desk", row["file"], _fit(_without_person(image, row))))
    return items


def _draw_chair_and_coat(
    image: np.ndarray, cx: float, base: float, scale: float, coat: tuple[int, int, int], seed: int
) -> None:
    """A swivel chair seen from the front with a coat hung over its back (in place)."""
    rng = np.random.default_rng(seed)
    s = scale

    def pt(x: float, y: float) -> tuple[int, int]:
        return int(cx + x * s), int(base + y * s)

    chair = (40, 40, 45)
    # Back rest, seat, column and base.
    cv2.rectangle(image, pt(-55, -260), pt(55, -120), chair, -1)
    cv2.rectangle(image, pt(-70, -125), pt(70, -100), chair, -1)
    cv2.rectangle(image, pt(-6, -100), pt(6, -20), (70, 70, 70), -1)
    cv2.line(image, pt(-60, -5), pt(60, -5), (60, 60, 60), max(2, int(8 * s)))
    # The coat: hung by its collar on the top of the back rest, sleeves hanging down.
    shoulders = [pt(-62, -255), pt(62, -255)]
    body = np.array(
        [
            pt(-20, -275),
            pt(20, -275),
            shoulders[1],
            pt(70, -140),
            pt(58, -60),
            pt(-58, -60),
            pt(-70, -140),
            shoulders[0],
        ],
        np.int32,
    )
    cv2.fillPoly(image, [body], coat)
    dark = tuple(int(c * 0.7) for c in coat)
    for side in (-1, 1):
        sleeve = np.array(
            [pt(side * 60, -250), pt(side * 80, -245), pt(side * 84, -90), pt(side * 66, -92)],
            np.int32,
        )
        cv2.fillPoly(image, [sleeve], dark)
    # Collar, buttons and some creases, so it is not a flat shape.
    cv2.fillPoly(image, [np.array([pt(-20, -275), pt(20, -275), pt(0, -230)], np.int32)], dark)
    for k in range(4):
        cv2.circle(image, pt(0, -215 + 35 * k), max(2, int(4 * s)), (200, 200, 200), -1)
    for _ in range(6):
        x = float(rng.uniform(-50, 50))
        cv2.line(image, pt(x, -240), pt(x + rng.uniform(-10, 10), -80), dark, max(1, int(2 * s)))


_COATS = ((30, 30, 30), (60, 40, 120), (120, 90, 50), (170, 170, 175), (40, 60, 30))


def coats_on_chairs(datasets: Path, count: int = 48) -> list[Item]:
    """Empty desks with a chair and a coat drawn in, at a few sizes and places."""
    rows = _desk_rows(datasets)
    rng = np.random.default_rng(9)
    items = []
    for k in range(count):
        row = rows[(k * 7 + 3) % len(rows)]
        image = cv2.imread(str(datasets / "desk-posture-goodbad" / "images" / row["file"]))
        if image is None:
            continue
        room = _fit(_without_person(image, row))
        scale = float(rng.uniform(0.9, 1.7))
        cx = float(rng.uniform(0.35, 0.65)) * SIZE[0]
        base = min(SIZE[1] + 60.0, float(rng.uniform(0.8, 1.1)) * SIZE[1])
        _draw_chair_and_coat(room, cx, base, scale, _COATS[k % len(_COATS)], seed=k)
        room = cv2.GaussianBlur(room, (3, 3), 0)
        items.append(Item("coat on a chair", f"{row['file']} coat {k}", room))
    return items


# --- textures ------------------------------------------------------------------------


def textures(seed: int = 0) -> list[Item]:
    """Synthetic textures and the texture photos that ship with scikit-image."""
    rng = np.random.default_rng(seed)
    w, h = SIZE
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    out: list[tuple[str, np.ndarray]] = []
    for k in range(4):
        out.append((f"uniform noise {k}", rng.integers(0, 256, (h, w, 3), dtype=np.uint8)))
        g = rng.normal(128, 20 + 20 * k, (h, w, 3)).clip(0, 255).astype(np.uint8)
        out.append((f"gaussian noise {k}", g))
        blobs = cv2.GaussianBlur(
            rng.integers(0, 256, (h // 8, w // 8, 3), dtype=np.uint8), (0, 0), 2
        )
        out.append((f"blobs {k}", cv2.resize(blobs, SIZE, interpolation=cv2.INTER_CUBIC)))
    for k, (period, angle) in enumerate(((16, 0), (40, 90), (24, 45), (60, 30), (8, 120))):
        a = np.deg2rad(angle)
        wave = np.sin(2 * np.pi * (xx * np.cos(a) + yy * np.sin(a)) / period)
        stripes = ((wave > 0) * 200 + 30).astype(np.uint8)
        colour = np.dstack([stripes, (stripes * 0.8).astype(np.uint8), stripes // 2])
        out.append((f"stripes {k}", colour))
    for k, cell in enumerate((20, 40, 80, 120)):
        board = (((xx // cell) + (yy // cell)) % 2 * 215 + 20).astype(np.uint8)
        out.append((f"checkerboard {cell}px", cv2.cvtColor(board, cv2.COLOR_GRAY2BGR)))
        if k % 2:
            rot = cv2.getRotationMatrix2D((w / 2, h / 2), 30.0, 1.3)
            out.append((f"checkerboard {cell}px turned", cv2.warpAffine(out[-1][1], rot, SIZE)))
    for k in range(4):
        c0, c1 = rng.integers(0, 256, 3), rng.integers(0, 256, 3)
        t = (xx / w if k % 2 == 0 else (xx + yy) / (w + h))[..., None]
        out.append((f"gradient {k}", (c0 * (1 - t) + c1 * t).astype(np.uint8)))
        rad = np.hypot(xx - w / 2, yy - h / 2)[..., None] / np.hypot(w, h) * 2
        out.append(
            (f"radial gradient {k}", (c1 * (1 - rad) + c0 * rad).clip(0, 255).astype(np.uint8))
        )
    for k in range(5):
        # Wood: rings around an off-frame centre, bent by low-frequency noise.
        warp = cv2.resize(
            rng.normal(0, 1, (6, 8)).astype(np.float32), SIZE, interpolation=cv2.INTER_CUBIC
        )
        ox, oy = rng.uniform(-w, 2 * w), rng.uniform(-3 * h, -h)
        r = np.hypot((xx - ox) * 0.15, yy - oy) + 12 * warp
        grain = 0.5 + 0.5 * np.sin(r / rng.uniform(3, 9))
        base = np.array([30, 70, 120]) + rng.integers(-15, 15, 3)
        wood = base * (0.6 + 0.4 * grain[..., None]) + rng.normal(0, 4, (h, w, 1))
        out.append((f"wood {k}", wood.clip(0, 255).astype(np.uint8)))
    from skimage import data

    for name in ("brick", "grass", "gravel"):
        photo = getattr(data, name)()
        out.append((f"skimage {name}", _fit(photo)))
        out.append((f"skimage {name}, half", _fit(photo[: photo.shape[0] // 2])))
    return [Item("texture", name, _fit(image)) for name, image in out]


# --- animals and objects -------------------------------------------------------------

#: scikit-image sample photos with no person in them ('astronaut' and 'camera' show one;
#: 'coins' show heads in profile).
_SKIMAGE_NO_PERSON = (
    "chelsea",
    "horse",
    "coffee",
    "rocket",
    "clock",
    "moon",
    "hubble_deep_field",
    "immunohistochemistry",
    "colorwheel",
    "stereo_motorcycle",
    "logo",
)


def _skimage_photo(name: str) -> np.ndarray:
    from skimage import data

    image = getattr(data, name)()
    if isinstance(image, tuple):  # stereo_motorcycle: (left, right, disparity)
        image = image[0]
    if image.dtype == bool:
        image = image.astype(np.uint8) * 255
    if image.ndim == 3 and image.shape[2] == 4:
        image = cv2.cvtColor(image, cv2.COLOR_RGBA2RGB)
    if image.ndim == 3:
        image = cv2.cvtColor(image, cv2.COLOR_RGB2BGR)
    return np.ascontiguousarray(image)


def animals_and_objects() -> list[Item]:
    """scikit-image's no-person photos, whole, cropped, flipped, rescaled, darkened."""
    items = []
    for name in _SKIMAGE_NO_PERSON:
        photo = _skimage_photo(name)
        h, w = photo.shape[:2]
        variants = {
            "whole": photo,
            "mirrored": cv2.flip(photo, 1),
            "centre crop": photo[h // 6 : h - h // 6, w // 6 : w - w // 6],
            "top half": photo[: h // 2],
        }
        if name in ("chelsea", "horse", "coffee", "stereo_motorcycle"):
            # Small in a large plain frame, as a pet on a chair would be, and dimmed.
            canvas = np.full((h * 2, w * 2, 3), 90, np.uint8)
            small = photo if photo.ndim == 3 else cv2.cvtColor(photo, cv2.COLOR_GRAY2BGR)
            canvas[h // 2 : h // 2 + h, w // 2 : w // 2 + w] = small
            variants["small, framed"] = canvas
            variants["dim"] = (photo * 0.45).astype(np.uint8)
            variants["left crop"] = photo[:, : w * 2 // 3]
            variants["right crop"] = photo[:, w // 3 :]
        for variant, image in variants.items():
            items.append(Item("animal or object", f"{name} {variant}", _fit(image)))
    return items


def build(datasets: Path) -> list[Item]:
    """The whole no-person set (about 300 pictures of 640x480), in memory."""
    return [
        *clip_backgrounds(datasets),
        *empty_desks(datasets),
        *coats_on_chairs(datasets),
        *textures(),
        *animals_and_objects(),
    ]


def held_out(datasets: Path, seed: int = 123) -> list[Item]:
    """A second set made the same way, built after the presence thresholds were set.

    Random crops (40-90 %) of the empty rooms, one more coat per room at a random
    place and size, and random crops (30-100 %, half of them mirrored) of the
    scikit-image photos.
    """
    rng = np.random.default_rng(seed)
    items = []

    def crop(image: np.ndarray, low: float, high: float) -> np.ndarray:
        h, w = image.shape[:2]
        s = float(rng.uniform(low, high))
        cw, ch = max(8, int(w * s)), max(8, int(h * s))
        x, y = int(rng.integers(0, w - cw + 1)), int(rng.integers(0, h - ch + 1))
        return image[y : y + ch, x : x + cw]

    for k, row in enumerate(_desk_rows(datasets)):
        image = cv2.imread(str(datasets / "desk-posture-goodbad" / "images" / row["file"]))
        if image is None:
            continue
        room = _without_person(image, row)
        for j in range(3):
            items.append(Item("empty desk", f"{row['file']} crop {j}", _fit(crop(room, 0.4, 0.9))))
        coat = _fit(room)
        _draw_chair_and_coat(
            coat,
            float(rng.uniform(0.2, 0.8)) * SIZE[0],
            float(rng.uniform(0.7, 1.1)) * SIZE[1],
            float(rng.uniform(0.6, 2.0)),
            _COATS[k % len(_COATS)],
            seed=100 + k,
        )
        items.append(Item("coat on a chair", f"{row['file']} coat {100 + k}", coat))
    for name in _SKIMAGE_NO_PERSON:
        photo = _skimage_photo(name)
        for j in range(8):
            image = crop(photo, 0.3, 1.0)
            if rng.random() < 0.5:
                image = cv2.flip(image, 1)
            items.append(Item("animal or object", f"{name} crop {j}", _fit(image)))
    return items


# --- measuring -----------------------------------------------------------------------


def evidence(sample: object) -> str:
    """'face', 'body only' or 'absent' for one analysed sample."""
    if getattr(sample, "face_found", False):
        return "face"
    return "body only" if getattr(sample, "present", False) else "absent"


def measure(analyzer: object, items: Sequence[Item]) -> Iterator[tuple[Item, object]]:
    """Each item with the analyzer's sample for it."""
    from deskguard.analysis.analyzer import frame_from_array

    for k, item in enumerate(items):
        yield item, analyzer.analyze(frame_from_array(item.image, t_s=5.0 * k))  # type: ignore[attr-defined]


def report(results: Sequence[tuple[Item, object]]) -> str:
    """A Markdown table: frames, present, on a face, on a body alone, per material."""
    lines = [
        "| material | frames | present | on a face | on a body alone |",
        "|---|---:|---:|---:|---:|",
    ]
    total: Counter[str] = Counter()
    for material in MATERIALS:
        counts = Counter(evidence(s) for i, s in results if i.material == material)
        n = sum(counts.values())
        if not n:
            continue
        present = counts["face"] + counts["body only"]
        total.update(counts)
        lines.append(
            f"| {material} | {n} | {present} ({100 * present / n:.1f}%) | {counts['face']} | "
            f"{counts['body only']} |"
        )
    n = sum(total.values())
    present = total["face"] + total["body only"]
    lines.append(
        f"| **all** | {n} | {present} ({100 * present / n:.1f}%) | {total['face']} | "
        f"{total['body only']} |"
    )
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    """Build the set, run the analyzer (face + lite pose) over it, print the table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=REPO.parent / "shared")
    parser.add_argument("--models", type=Path, default=None, help="default: <shared>/models")
    parser.add_argument("--list", action="store_true", help="also list every present frame")
    parser.add_argument(
        "--held-out", action="store_true", help="the second set (random crops), not the main one"
    )
    args = parser.parse_args(argv)
    sys.path.insert(0, str(REPO))
    from deskguard.analysis.analyzer import MediaPipeAnalyzer

    models = args.models or args.shared / "models"
    started = time.perf_counter()
    datasets = args.shared / "datasets"
    items = held_out(datasets) if args.held_out else build(datasets)
    built = time.perf_counter() - started
    with MediaPipeAnalyzer.create(
        models / "face_landmarker.task", models / "pose_landmarker_lite.task"
    ) as analyzer:
        results = list(measure(analyzer, items))
    print(report(results))
    print(
        f"\n{len(items)} frames; built in {built:.1f} s, analysed in "
        f"{time.perf_counter() - started - built:.1f} s",
        file=sys.stderr,
    )
    if args.list:
        for item, sample in results:
            if evidence(sample) != "absent":
                print(f"{item.material}: {item.name}: {evidence(sample)}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
