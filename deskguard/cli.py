"""The ``deskguard`` command line.

Results go to stdout (JSON lines, one object per analysed frame); progress,
warnings and errors go to stderr. Exit codes: 0 all well, 1 some input or
model could not be used (the message says which and why), 2 bad usage.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import sys
import time
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from deskguard import __version__, paths
from deskguard.core.posture import CameraSettings

if TYPE_CHECKING:
    from deskguard.analysis.models import ModelSpec

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2
#: Sampling gaps at least this long release the camera between samples.
RELEASE_CAMERA_AFTER_S = 10.0
#: Seconds between samples in the live monitor unless told otherwise.
DEFAULT_EVERY_S = 5.0


def _build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="deskguard",
        description="DeskGuard: a private, light sitting-posture monitor.",
    )
    parser.add_argument("--version", action="version", version=f"DeskGuard {__version__}")
    parser.add_argument(
        "--verbose", action="store_true", help="show MediaPipe's own log lines on stderr"
    )
    sub = parser.add_subparsers(dest="command")

    models_help = "folder (or .task file) with the model bundles; overrides $DESKGUARD_MODELS"

    run = sub.add_parser("run", help="monitor posture from a camera or a recording (default)")
    run.add_argument("--source", default="0", help="camera index, /dev/videoN, video or folder")
    run.add_argument(
        "--every-s", type=float, default=DEFAULT_EVERY_S, help="seconds between samples"
    )
    run.add_argument("--models", type=Path, help=models_help)
    run.add_argument("--count", type=int, help="stop after this many samples")

    analyze = sub.add_parser(
        "analyze", help="print one JSON line of posture figures per image or video frame"
    )
    analyze.add_argument("paths", nargs="+", type=Path, help="images, folders of images, videos")
    analyze.add_argument(
        "--every-s", type=float, help="sample videos every S seconds of clip time (default: all)"
    )
    analyze.add_argument("--models", type=Path, help=models_help)
    analyze.add_argument(
        "--pose", choices=("lite", "full", "none"), default="lite", help="pose model to use"
    )
    analyze.add_argument(
        "--fov-deg",
        type=float,
        default=CameraSettings().diag_fov_deg,
        help="the camera's diagonal field of view (default: %(default)s)",
    )
    analyze.add_argument(
        "--weak-perspective",
        action="store_true",
        help="read head angles without a camera model (photos of unknown optics)",
    )

    models = sub.add_parser("models", help="find, install or download the MediaPipe models")
    msub = models.add_subparsers(dest="models_command", required=True)
    status = msub.add_parser("status", help="list what was found where")
    status.add_argument("--models", type=Path, help=models_help)
    install = msub.add_parser("install", help="copy verified model files into the data folder")
    install.add_argument("--from", dest="source", type=Path, required=True, metavar="DIR")
    download = msub.add_parser("download", help="download the official files (asks first)")
    download.add_argument("--yes", action="store_true", help="do not ask before downloading")
    download.add_argument("--all", action="store_true", help="also the optional full pose model")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the console script."""
    parser = _build_parser()
    args = parser.parse_args(argv)
    command = args.command or "run"
    if args.command is None:
        args = parser.parse_args([*(sys.argv[1:] if argv is None else argv), "run"])
    with _native_logs(show=args.verbose) as err:
        try:
            if command == "analyze":
                return _analyze(args, err)
            if command == "models":
                return _models(args, err)
            return _run(args, err)
        except KeyboardInterrupt:
            print("Stopped.", file=err)
            return EXIT_FAILED


@contextlib.contextmanager
def _native_logs(*, show: bool) -> Iterator[TextIO]:
    """Keep MediaPipe's C++ log lines off the terminal unless ``--verbose``.

    They are written straight to file descriptor 2, below Python. Our own
    messages go to a duplicate of the real stderr, which stays visible.
    """
    if show:
        yield sys.stderr
        return
    sys.stderr.flush()
    saved = os.dup(2)
    err = os.fdopen(os.dup(saved), "w", buffering=1, encoding="utf-8", errors="replace")
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, 2)
    os.close(devnull)
    old_stderr = sys.stderr
    sys.stderr = err  # tracebacks too
    try:
        yield err
    finally:
        sys.stderr = old_stderr
        err.flush()
        os.dup2(saved, 2)
        os.close(saved)
        err.close()


# --- analyze ---------------------------------------------------------------------------


def _analyze(args: argparse.Namespace, err: TextIO) -> int:
    from deskguard.analysis import models
    from deskguard.capture import CaptureError, open_source

    if args.every_s is not None and args.every_s <= 0:
        print("error: --every-s must be a positive number of seconds", file=err)
        return EXIT_USAGE
    try:
        camera = CameraSettings(diag_fov_deg=args.fov_deg)
    except ValueError as exc:
        print(f"error: {exc}", file=err)
        return EXIT_USAGE
    pose_spec = {"lite": models.POSE_LITE, "full": models.POSE_FULL, "none": None}[args.pose]
    try:
        face_path = models.locate(models.FACE, args.models).path
        pose_path = models.locate(pose_spec, args.models).path if pose_spec else None
    except models.ModelError as exc:
        print(f"error: {exc}", file=err)
        return EXIT_FAILED

    from deskguard.analysis.analyzer import MediaPipeAnalyzer

    failures = 0
    frames = 0
    out = sys.stdout
    with MediaPipeAnalyzer.create(
        face_path, pose_path, camera=camera, weak_perspective=args.weak_perspective
    ) as analyzer:
        for path in args.paths:
            try:
                source = open_source(path, every_s=args.every_s)
            except CaptureError as exc:
                print(f"error: {exc}", file=err)
                failures += 1
                continue
            if source.is_live:
                source.close()
                print(f"error: {path}: analyze reads recordings; use `run` for cameras", file=err)
                failures += 1
                continue
            print(f"analysing {path} ...", file=err)
            with source:
                while True:
                    try:
                        frame = source.read()
                    except CaptureError as exc:  # one bad image in a folder
                        print(f"error: {exc}", file=err)
                        failures += 1
                        continue
                    if frame is None:
                        break
                    sample = analyzer.analyze(frame)
                    record = {"source": frame.source, "frame": frame.index}
                    record.update(sample.to_json_dict())
                    out.write(json.dumps(record) + "\n")
                    frames += 1
    out.flush()
    print(f"{frames} frame(s) analysed, {failures} input(s) failed", file=err)
    return EXIT_FAILED if failures else EXIT_OK


# --- models ----------------------------------------------------------------------------


def _models(args: argparse.Namespace, err: TextIO) -> int:
    from deskguard.analysis import models

    if args.models_command == "status":
        ok = True
        for spec in models.ALL_MODELS:
            required = spec in models.REQUIRED
            findings = models.inspect(spec, args.models)
            used = next((f for f in findings if f.problem is None), None)
            label = "required" if required else "optional"
            if used:
                print(f"{spec.filename} ({label}): OK, verified, from {used.origin}: {used.path}")
            else:
                ok = ok and not required
                print(f"{spec.filename} ({label}): NOT AVAILABLE")
            for f in findings:
                if f is not used:
                    print(f"    {f.origin}: {f.path}: {f.problem or 'also present'}")
        print(f"data folder: {paths.models_dir()}")
        if not ok:
            print(
                "Fetch the models with `deskguard models download`, or copy them from a "
                "folder with `deskguard models install --from DIR`.",
                file=err,
            )
        return EXIT_OK if ok else EXIT_FAILED

    if args.models_command == "install":
        try:
            installed = models.install_from(args.source)
        except models.ModelError as exc:
            print(f"error: {exc}", file=err)
            return EXIT_FAILED
        for p in installed:
            print(f"installed {p}")
        return EXIT_OK

    wanted = models.ALL_MODELS if args.all else models.REQUIRED
    return _download(wanted, yes=args.yes, err=err)


def _download(todo: Sequence[ModelSpec], *, yes: bool, err: TextIO) -> int:
    from deskguard.analysis import models

    total_mb = sum(s.size_bytes for s in todo) / 1e6
    print("DeskGuard will download these official MediaPipe model files:", file=err)
    for s in todo:
        print(f"  {models.model_url(s)}  ({s.size_bytes / 1e6:.1f} MB)", file=err)
    print(
        f"into {paths.models_dir()} ({total_mb:.1f} MB). This is the only network access "
        "DeskGuard ever makes; each file is checked against its pinned SHA-256.",
        file=err,
    )
    if not yes:
        if not sys.stdin.isatty():
            print("Not a terminal: rerun with --yes to confirm.", file=err)
            return EXIT_FAILED
        print("Download now? [y/N] ", end="", file=err, flush=True)
        if sys.stdin.readline().strip().lower() not in {"y", "yes"}:
            print("Nothing downloaded.", file=err)
            return EXIT_FAILED

    def progress(spec: models.ModelSpec, done: int, total: int) -> None:
        pct = 100.0 * done / total if total else 0.0
        print(f"\r  {spec.filename}: {pct:5.1f}%", end="", file=err, flush=True)

    for s in todo:
        try:
            path = models.download(s, progress=progress)
        except models.ModelError as exc:
            print(f"\nerror: {exc}", file=err)
            return EXIT_FAILED
        print(f"\r  {s.filename}: verified, saved to {path}", file=err)
    return EXIT_OK


# --- run (terminal monitor until the tray app lands) -----------------------------------


def _run(args: argparse.Namespace, err: TextIO) -> int:
    from deskguard.analysis import models
    from deskguard.analysis.analyzer import MediaPipeAnalyzer
    from deskguard.capture import CameraBusyError, CameraLostError, CaptureError, open_source

    if args.every_s <= 0:
        print("error: --every-s must be a positive number of seconds", file=err)
        return EXIT_USAGE
    try:
        face_path = models.locate(models.FACE, args.models).path
        pose_path = models.locate(models.DEFAULT_POSE, args.models).path
    except models.ModelError as exc:
        if not sys.stdin.isatty():
            print(f"error: {exc}", file=err)
            return EXIT_FAILED
        # A person at a terminal: offer the download (it asks before fetching).
        if _download(models.REQUIRED, yes=False, err=err) != EXIT_OK:
            return EXIT_FAILED
        face_path = models.locate(models.FACE).path
        pose_path = models.locate(models.DEFAULT_POSE).path
    try:
        source = open_source(args.source, every_s=args.every_s)
    except CaptureError as exc:
        print(f"error: {exc}", file=err)
        return EXIT_FAILED
    print(
        f"DeskGuard {__version__}: sampling {source.name} every {args.every_s:g} s. "
        "No frame is stored. Ctrl+C stops.",
        file=err,
    )
    samples = 0
    with source, MediaPipeAnalyzer.create(face_path, pose_path) as analyzer:
        while args.count is None or samples < args.count:
            try:
                frame = source.read()
            except (CameraBusyError, CameraLostError) as exc:
                print(f"{exc} Retrying in {args.every_s:g} s.", file=err)
                time.sleep(args.every_s)
                continue
            except CaptureError as exc:
                print(f"error: {exc}", file=err)
                return EXIT_FAILED
            if frame is None:
                break
            sample = analyzer.analyze(frame)
            print(
                json.dumps({"source": frame.source, "frame": frame.index, **sample.to_json_dict()}),
                flush=True,
            )
            samples += 1
            if source.is_live:
                # Long gaps: let the camera go (its light goes off) until the next sample.
                if args.every_s >= RELEASE_CAMERA_AFTER_S:
                    source.release()
                time.sleep(args.every_s)
    return EXIT_OK
