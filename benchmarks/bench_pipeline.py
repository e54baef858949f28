"""CPU and memory of one DeskGuard sample against bare MediaPipe, measured in one run.

    python benchmarks/bench_pipeline.py [--models DIR] [--clips DIR] [--frames N]

Frames: the shared face clips, letterboxed to 640x480 (the live camera size).
For every frame, in alternating order to cancel drift:

* the pipeline: ``MediaPipeAnalyzer.analyze`` (conversion, face, pose with the
  default lite model, metrics and quality), CPU time per stage;
* the baseline: the bare calls anyone must make - BGR->RGB, ``mp.Image``,
  ``FaceLandmarker.detect``, ``PoseLandmarker.detect`` - same models, IMAGE mode;
* the same bare calls in VIDEO mode, fed timestamps 5 s apart (sparse
  sampling), to check that IMAGE mode is the right choice.

Then the cost of reading a video file used as the camera, one sample every
5 s of clip time as the app's worker reads it (reopened at the end of each
pass): ``VideoFileSource`` (seeks past what no sample needs) against the
sequential path it replaced (decode every frame, keep the first at or after
each instant), alternating sample by sample, on the short clip (looped) and
the longer one.

CPU is ``time.process_time`` (all threads of the process). Peak RSS is taken
in fresh child processes, one running the pipeline, one the bare calls.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
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

from deskguard.analysis.analyzer import MediaPipeAnalyzer, frame_from_array  # noqa: E402
from deskguard.cli import DEFAULT_EVERY_S  # noqa: E402

CLIPS = ("WolfgangLanger_Pexels.mp4", "single_face.mp4")


def load_frames(clips: Path, limit: int) -> tuple[list[np.ndarray], list[float]]:
    """Decode the clips; return 640x480 frames and the CPU seconds each decode+pad took."""
    frames: list[np.ndarray] = []
    decode_s: list[float] = []
    for name in CLIPS:
        capture = cv2.VideoCapture(str(clips / name))
        while len(frames) < limit:
            t = time.process_time()
            ok, image = capture.read()
            if not ok:
                break
            h, w = image.shape[:2]
            top = max(0, (480 - h) // 2)
            image = cv2.copyMakeBorder(image, top, 480 - h - top, 0, 640 - w, cv2.BORDER_CONSTANT)
            decode_s.append(time.process_time() - t)
            frames.append(image)
        capture.release()
    return frames, decode_s


class Bare:
    """The bare MediaPipe calls."""

    def __init__(self, models: Path, mode: vision.RunningMode) -> None:
        self.mode = mode
        self.face = vision.FaceLandmarker.create_from_options(
            vision.FaceLandmarkerOptions(
                base_options=BaseOptions(model_asset_path=str(models / "face_landmarker.task")),
                running_mode=mode,
            )
        )
        self.pose = vision.PoseLandmarker.create_from_options(
            vision.PoseLandmarkerOptions(
                base_options=BaseOptions(
                    model_asset_path=str(models / "pose_landmarker_lite.task")
                ),
                running_mode=mode,
            )
        )
        self.ts_ms = 0

    def run(self, bgr: np.ndarray) -> None:
        rgb = cv2.cvtColor(bgr, cv2.COLOR_BGR2RGB)
        image = mp.Image(image_format=mp.ImageFormat.SRGB, data=rgb)
        if self.mode is vision.RunningMode.VIDEO:
            self.ts_ms += int(DEFAULT_EVERY_S * 1000)
            self.face.detect_for_video(image, self.ts_ms)
            self.pose.detect_for_video(image, self.ts_ms)
        else:
            self.face.detect(image)
            self.pose.detect(image)

    def close(self) -> None:
        self.face.close()
        self.pose.close()


class SequentialClip:
    """The sequential path VideoFileSource replaced: grab every frame, keep the sampled ones."""

    def __init__(self, path: Path, every_s: float) -> None:
        self.capture = cv2.VideoCapture(str(path))
        self.fps = self.capture.get(cv2.CAP_PROP_FPS)
        self.every_s = every_s
        self.index = 0
        self.instant = 0.0

    def read(self) -> np.ndarray | None:
        from deskguard.capture.files import _next_instant

        while self.capture.grab():
            t_s = self.index / self.fps
            self.index += 1
            if t_s + 0.5 / self.fps < self.instant:
                continue
            self.instant = _next_instant(self.instant, self.every_s, t_s)
            return self.capture.retrieve()[1]
        self.capture.release()
        return None


def clip_read_costs(clip: Path, samples: int) -> tuple[list[float], list[float]]:
    """CPU seconds per sample, looping the clip as the worker does: new source, sequential."""
    from deskguard.capture.files import VideoFileSource

    every_s = DEFAULT_EVERY_S
    new: VideoFileSource | None = None
    old: SequentialClip | None = None
    new_s: list[float] = []
    old_s: list[float] = []

    def read_new() -> None:
        nonlocal new
        t = time.process_time()
        new = new or VideoFileSource(clip, every_s=every_s)
        if new.read() is None:
            new.close()
            new = VideoFileSource(clip, every_s=every_s)
            new.read()
        new_s.append(time.process_time() - t)

    def read_old() -> None:
        nonlocal old
        t = time.process_time()
        old = old or SequentialClip(clip, every_s)
        if old.read() is None:
            old = SequentialClip(clip, every_s)
            old.read()
        old_s.append(time.process_time() - t)

    for i in range(samples):
        for step in (read_new, read_old) if i % 2 == 0 else (read_old, read_new):
            step()
    if new is not None:
        new.close()
    if old is not None:
        old.capture.release()
    return new_s, old_s


def _peak_rss_mb() -> float:
    # VmHWM belongs to this process image; ru_maxrss on Linux also counts the
    # parent's memory inherited through fork() before exec().
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def rss_child(kind: str, models: Path, clips: Path, n: int) -> None:
    """Run only one side in this process, one frame at a time as the app does."""
    from deskguard.capture import open_source

    if kind == "pipeline":
        analyzer = MediaPipeAnalyzer.create(
            models / "face_landmarker.task", models / "pose_landmarker_lite.task"
        )
        step = lambda image: analyzer.analyze(frame_from_array(image))  # noqa: E731
    else:
        bare = Bare(models, vision.RunningMode.IMAGE)
        step = bare.run
    done = 0
    with open_source(clips / CLIPS[0]) as source:
        while done < n and (frame := source.read()) is not None:
            step(frame.image)
            done += 1
    print(json.dumps({"peak_rss_mb": _peak_rss_mb()}))


def peak_rss(kind: str, models: Path, clips: Path, n: int) -> float:
    out = subprocess.run(
        [
            sys.executable,
            __file__,
            "--rss-child",
            kind,
            "--models",
            str(models),
            "--clips",
            str(clips),
            "--frames",
            str(n),
        ],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return float(json.loads(out.strip().splitlines()[-1])["peak_rss_mb"])


def ms(values: list[float]) -> str:
    return f"{1000 * statistics.median(values):6.2f}"


def main() -> int:
    shared = REPO.parent / "shared"
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--models", type=Path, default=Path(os.environ.get("DESKGUARD_MODELS", shared / "models"))
    )
    parser.add_argument("--clips", type=Path, default=shared / "datasets/face-video-clips")
    parser.add_argument("--frames", type=int, default=200)
    parser.add_argument("--rss-child", choices=("pipeline", "bare"))
    args = parser.parse_args()
    if args.rss_child:
        rss_child(args.rss_child, args.models, args.clips, args.frames)
        return 0

    frames, decode_s = load_frames(args.clips, args.frames)
    analyzer = MediaPipeAnalyzer.create(
        args.models / "face_landmarker.task", args.models / "pose_landmarker_lite.task"
    )
    bare_image = Bare(args.models, vision.RunningMode.IMAGE)
    bare_video = Bare(args.models, vision.RunningMode.VIDEO)
    for f in frames[:5]:  # warm-up: first inferences allocate
        analyzer.analyze(frame_from_array(f))
        bare_image.run(f)
        bare_video.run(f)

    stages: dict[str, list[float]] = {k: [] for k in ("conversion", "face", "pose", "metrics")}
    pipeline_s: list[float] = []
    bare_s: list[float] = []
    video_s: list[float] = []
    retries = 0

    def timed_pipeline(f: np.ndarray) -> None:
        nonlocal retries
        t = time.process_time()
        analyzer.analyze(frame_from_array(f))
        pipeline_s.append(time.process_time() - t)
        st = analyzer.last_times
        retries += st.retries
        for key, value in (
            ("conversion", st.conversion_s),
            ("face", st.face_s),
            ("pose", st.pose_s),
            ("metrics", st.metrics_s),
        ):
            stages[key].append(value)

    def timed_bare(f: np.ndarray) -> None:
        t = time.process_time()
        bare_image.run(f)
        bare_s.append(time.process_time() - t)

    for i, f in enumerate(frames):
        order = (timed_pipeline, timed_bare) if i % 2 == 0 else (timed_bare, timed_pipeline)
        for step in order:
            step(f)
        t = time.process_time()
        bare_video.run(f)
        video_s.append(time.process_time() - t)
    analyzer.close()
    bare_image.close()
    bare_video.close()

    clip_reads = {name: clip_read_costs(args.clips / name, 40) for name in reversed(CLIPS)}
    pipe_rss = peak_rss("pipeline", args.models, args.clips, 40)
    bare_rss = peak_rss("bare", args.models, args.clips, 40)

    pipe_med, bare_med = statistics.median(pipeline_s), statistics.median(bare_s)
    sample_cpu = statistics.median(decode_s) + pipe_med
    print(
        f"DeskGuard pipeline benchmark: {len(frames)} frames of 640x480 from the shared clips, "
        f"{os.cpu_count()} CPUs, mediapipe {mp.__version__}"
    )
    print("per-sample CPU, median ms:")
    print(f"  decode + letterbox     {ms(decode_s)}   (from file; a camera grab differs)")
    for key, values in stages.items():
        print(f"  {key:<22} {ms(values)}")
    mean_ms = 1000 * statistics.fmean(pipeline_s)
    print(f"  pipeline total         {ms(pipeline_s)}   (mean {mean_ms:.2f})")
    print(f"  bare MediaPipe, IMAGE  {ms(bare_s)}   (mean {1000 * statistics.fmean(bare_s):.2f})")
    print(
        f"  bare MediaPipe, VIDEO  {ms(video_s)}   (consecutive frames stamped "
        f"{DEFAULT_EVERY_S:g} s apart: tracking's best case; see bench_running_mode.py)"
    )
    print(f"ratio pipeline / bare IMAGE: {pipe_med / bare_med:.3f}   (target <= 1.15)")
    print(f"ratio bare VIDEO / bare IMAGE: {statistics.median(video_s) / bare_med:.3f}")
    print(f"mirror retries: {retries} of {len(frames)} frames")
    print(
        f"reading a video file as the camera, one sample every {DEFAULT_EVERY_S:g} s of clip "
        "time (reopened at its end), CPU ms per sample, median (mean) of 40:"
    )
    for name, (new_s, old_s) in clip_reads.items():
        ratio = statistics.median(new_s) / statistics.median(old_s)
        print(
            f"  {name:<26} VideoFileSource {ms(new_s)} ({1000 * statistics.fmean(new_s):.2f})"
            f"   decoding every frame {ms(old_s)} ({1000 * statistics.fmean(old_s):.2f})"
            f"   ratio {ratio:.2f}"
        )
    share = sample_cpu / DEFAULT_EVERY_S
    print(
        f"projected CPU share of one core at one sample every {DEFAULT_EVERY_S:g} s: "
        f"{100 * share:.2f}%   (target <= 1%)"
    )
    print(
        f"peak RSS: pipeline {pipe_rss:.0f} MB, bare {bare_rss:.0f} MB, "
        f"ratio {pipe_rss / bare_rss:.2f}   (target <= 300 MB)"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
