"""IMAGE or VIDEO running mode for sparse samples: CPU and agreement, measured in one run.

    python benchmarks/bench_running_mode.py [--shared ../shared]

VIDEO mode tracks the face from the previous frame's landmarks and skips the
detector, so it costs less; with one frame every few seconds the previous
frame can be stale. This feeds the same frames to a face landmarker in each
mode (VIDEO with timestamps 5 s apart) and prints CPU per frame, faces found
and how far the pitch readings differ. IMAGE mode is the reference.
"""

from __future__ import annotations

import argparse
import csv
import statistics
import sys
import time
from pathlib import Path

import cv2
import mediapipe as mp
import numpy as np
from mediapipe.tasks.python import vision
from mediapipe.tasks.python.core.base_options import BaseOptions

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from deskguard.analysis.face_model import load_face_model  # noqa: E402
from deskguard.core.headpose import measure_head  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=REPO.parent / "shared")
    args = parser.parse_args()
    task = args.shared / "models/face_landmarker.task"
    model = load_face_model(task)

    def landmarker(mode: vision.RunningMode) -> vision.FaceLandmarker:
        return vision.FaceLandmarker.create_from_options(
            vision.FaceLandmarkerOptions(
                base_options=BaseOptions(model_asset_path=str(task)), running_mode=mode
            )
        )

    image_mode = landmarker(vision.RunningMode.IMAGE)
    video_mode = landmarker(vision.RunningMode.VIDEO)
    ts_ms = 0

    def pitch(result: object, w: int, h: int) -> float | None:
        marks = getattr(result, "face_landmarks", None)
        if not marks:
            return None
        px = [(m.x * w, m.y * h, m.z * w) for m in marks[0]]
        return measure_head(px, model, None, (w, h)).pose.pitch_deg

    def compare(name: str, frames: list[np.ndarray]) -> None:
        nonlocal ts_ms
        cpu_img, cpu_vid, diffs = [], [], []
        found_img = found_vid = 0
        for f in frames:
            image = mp.Image(
                image_format=mp.ImageFormat.SRGB, data=cv2.cvtColor(f, cv2.COLOR_BGR2RGB)
            )
            h, w = f.shape[:2]
            t = time.process_time()
            a = pitch(image_mode.detect(image), w, h)
            cpu_img.append(time.process_time() - t)
            ts_ms += 5000
            t = time.process_time()
            b = pitch(video_mode.detect_for_video(image, ts_ms), w, h)
            cpu_vid.append(time.process_time() - t)
            found_img += a is not None
            found_vid += b is not None
            if a is not None and b is not None:
                diffs.append(abs(a - b))
        print(
            f"{name:<38} frames {len(frames):>3}"
            f"  face found IMAGE {found_img:>3} VIDEO {found_vid:>3}"
            f"  |pitch diff| mean {statistics.fmean(diffs):.2f} p95 {np.percentile(diffs, 95):.2f}"
            f"  CPU ms IMAGE {1000 * statistics.median(cpu_img):.1f}"
            f" VIDEO {1000 * statistics.median(cpu_vid):.1f}"
        )

    clip = args.shared / "datasets/face-video-clips/WolfgangLanger_Pexels.mp4"
    capture = cv2.VideoCapture(str(clip))
    all_frames = []
    while True:
        ok, f = capture.read()
        if not ok:
            break
        all_frames.append(f)
    capture.release()
    fps = 23.98
    for every_s in (0.5, 1.0, 2.5, 5.0):
        step = max(1, round(every_s * fps))
        compare(f"same person, {every_s:g} s apart", all_frames[::step])
    with (args.shared / "datasets/aflw2000-3d/labels.csv").open() as f:
        names = [r["file"] for r in csv.DictReader(f)][:200]
    images = [cv2.imread(str(args.shared / "datasets/aflw2000-3d/images" / n)) for n in names]
    compare("a different face every sample (worst)", images)
    image_mode.close()
    video_mode.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
