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
    from datetime import tzinfo

    from deskguard.analysis.models import ModelSpec
    from deskguard.core.engine import Event
    from deskguard.core.settings import Settings
    from deskguard.core.stats import DaySummary, WeekSummary
    from deskguard.storage.history import HistoryStore

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

    app = sub.add_parser("app", help="the tray app (default)")
    app.add_argument("--source", default="0", help="camera index, /dev/videoN, video or folder")
    app.add_argument("--every-s", type=float, help="seconds between samples (default: settings)")
    app.add_argument("--models", type=Path, help=models_help)
    app.add_argument("--db", type=Path, help="history database (default: the user's)")

    doctor = sub.add_parser("doctor", help="check cameras, models, tray, notifications, data")
    doctor.add_argument("--notify", action="store_true", help="also send a test notification")
    doctor.add_argument("--models", type=Path, help=models_help)

    run = sub.add_parser("run", help="monitor in the terminal: one JSON line per sample")
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

    replay = sub.add_parser(
        "replay", help="run recordings through the whole app as if live; events as JSON lines"
    )
    replay.add_argument(
        "items",
        nargs="+",
        metavar="CLIP",
        help="video, folder of images, CLIP*N to loop, away:MIN, sleep:MIN",
    )
    replay.add_argument("--start", help="ISO-8601 time the replay starts at (default: now)")
    replay.add_argument("--speed", default="max", help="'max' or a factor of real time")
    replay.add_argument("--loop", type=int, default=1, help="play each clip N times")
    replay.add_argument("--db", type=Path, help="history database (default: the user's)")
    replay.add_argument("--models", type=Path, help=models_help)
    replay.add_argument("--tz", help="time zone for days and work hours (default: the system's)")
    replay.add_argument(
        "--calibrate",
        type=float,
        default=0.0,
        metavar="S",
        help="calibrate on the first S seconds (else use the stored calibration)",
    )
    replay.add_argument(
        "--set",
        action="append",
        default=[],
        metavar="KEY=VALUE",
        help="override a setting for this replay, e.g. sample_interval_s=30",
    )

    stats = sub.add_parser("stats", help="a day's or a week's statistics from the history")
    when = stats.add_mutually_exclusive_group()
    when.add_argument("--day", help="YYYY-MM-DD (default: today)")
    when.add_argument("--week", help="YYYY-Www, an ISO week")
    stats.add_argument("--db", type=Path, help="history database (default: the user's)")
    stats.add_argument("--tz", help="time zone (default: the system's)")
    stats.add_argument("--json", action="store_true", help="print JSON")

    export = sub.add_parser("export", help="export a week as CSV, JSON or an HTML report")
    export.add_argument("--week", required=True, help="YYYY-Www, an ISO week")
    export.add_argument("--format", choices=("csv", "json", "html"), required=True)
    export.add_argument("--out", type=Path, required=True, help="file to write")
    export.add_argument("--db", type=Path, help="history database (default: the user's)")
    export.add_argument("--tz", help="time zone (default: the system's)")

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
    command = args.command or "app"
    if args.command is None:
        args = parser.parse_args([*(sys.argv[1:] if argv is None else argv), "app"])
    with _native_logs(show=args.verbose) as err:
        try:
            if command == "app":
                return _app(args)
            if command == "analyze":
                return _analyze(args, err)
            if command == "models":
                return _models(args, err)
            if command == "doctor":
                from deskguard.doctor import run_doctor

                return run_doctor(models_dir=args.models, send_test=args.notify, out=sys.stdout)
            if command == "replay":
                return _replay(args, err)
            if command == "stats":
                return _stats(args, err)
            if command == "export":
                return _export(args, err)
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


# --- the desktop app ------------------------------------------------------------------


def _app(args: argparse.Namespace) -> int:
    if (
        sys.platform.startswith("linux")
        and not os.environ.get("DISPLAY")
        and not os.environ.get("WAYLAND_DISPLAY")
        and not os.environ.get("QT_QPA_PLATFORM")
    ):
        print(
            "error: no display to show DeskGuard on (neither DISPLAY nor WAYLAND_DISPLAY is "
            "set). Start it from your desktop session, or use `deskguard run` to monitor in "
            "the terminal.",
            file=sys.stderr,
        )
        return EXIT_FAILED
    if args.every_s is not None and not 1.0 <= args.every_s <= 120.0:
        print("error: --every-s must be between 1 and 120 seconds", file=sys.stderr)
        return EXIT_USAGE
    import logging

    from deskguard.ui.app import AppOptions, run_app

    logging.basicConfig(level=logging.WARNING, format="deskguard: %(message)s")
    logging.getLogger("deskguard").setLevel(logging.INFO)  # ours only, not the libraries
    return run_app(
        AppOptions(source=args.source, models=args.models, db=args.db, every_s=args.every_s)
    )


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


# --- replay, stats, export -------------------------------------------------------------


def _settings_with_overrides(pairs: Sequence[str], err: TextIO) -> Settings | None:
    from deskguard.core.settings import settings_from_dict, settings_to_dict
    from deskguard.settings_store import load_settings

    settings, problems = load_settings()
    for p in problems:
        print(f"warning: {p}", file=err)
    if not pairs:
        return settings
    data = settings_to_dict(settings)
    for pair in pairs:
        key, sep, text = pair.partition("=")
        if not sep:
            print(f"error: --set {pair!r}: expected KEY=VALUE", file=err)
            return None
        try:
            data[key] = json.loads(text)
        except json.JSONDecodeError:
            data[key] = text
    settings, problems = settings_from_dict(data)
    if problems:
        for p in problems:
            print(f"error: --set: {p}", file=err)
        return None
    return settings


def _open_store(db: Path | None, err: TextIO) -> HistoryStore | None:
    from deskguard.storage.db import HistoryError
    from deskguard.storage.history import HistoryStore

    try:
        store, message = HistoryStore.open(
            db, on_warning=lambda m: print(f"warning: {m}", file=err)
        )
    except (HistoryError, OSError) as exc:
        print(f"error: {exc}", file=err)
        return None
    if message:
        print(f"warning: {message}", file=err)
    return store


def _timezone(name: str | None, err: TextIO) -> tzinfo | None:
    from deskguard.localtime import local_timezone

    try:
        return local_timezone(name)
    except ValueError as exc:
        print(f"error: {exc}", file=err)
        return None


def _replay(args: argparse.Namespace, err: TextIO) -> int:
    from datetime import datetime

    from deskguard.analysis import models
    from deskguard.analysis.analyzer import MediaPipeAnalyzer
    from deskguard.capture import CaptureError
    from deskguard.core.engine import PostureEngine
    from deskguard.replay import Replayer, parse_item

    settings = _settings_with_overrides(args.set, err)
    tz = _timezone(args.tz, err)
    if settings is None or tz is None:
        return EXIT_USAGE
    try:
        items = [parse_item(text, args.loop) for text in args.items]
        speed = None if args.speed == "max" else float(args.speed)
        if speed is not None and speed <= 0:
            raise ValueError("--speed must be 'max' or a positive factor")
        start = datetime.fromisoformat(args.start) if args.start else datetime.now(tz)
    except ValueError as exc:
        print(f"error: {exc}", file=err)
        return EXIT_USAGE
    if start.tzinfo is None:
        start = start.replace(tzinfo=tz)
    for item in items:
        if item.path is not None and not item.path.exists():
            print(f"error: {item.path}: no such file or folder", file=err)
            return EXIT_FAILED
    try:
        face_path = models.locate(models.FACE, args.models).path
        pose_path = models.locate(models.DEFAULT_POSE, args.models).path
    except models.ModelError as exc:
        print(f"error: {exc}", file=err)
        return EXIT_FAILED
    store = _open_store(args.db, err)
    if store is None:
        return EXIT_FAILED
    camera = CameraSettings(settings.camera_fov_deg, settings.camera_above_screen_top_cm)
    baseline = None if args.calibrate > 0 else store.latest_baseline()
    engine = PostureEngine(settings, baseline=baseline, tz=tz)

    def emit(event: Event) -> None:
        record = {"time": datetime.fromtimestamp(event.t_s, tz).isoformat(timespec="seconds")}
        record.update(event.to_json_dict())
        sys.stdout.write(json.dumps(record) + "\n")

    try:
        with MediaPipeAnalyzer.create(face_path, pose_path, camera=camera) as analyzer:
            replayer = Replayer(
                analyzer,
                engine,
                store,
                start.timestamp(),
                emit,
                speed=speed,
                calibrate_s=args.calibrate,
                camera=camera,
            )
            end = replayer.run(items)
    except CaptureError as exc:
        print(f"error: {exc}", file=err)
        return EXIT_FAILED
    finally:
        store.close()
    sys.stdout.flush()
    if replayer.calibration_message:
        print(f"calibration failed: {replayer.calibration_message}", file=err)
    elapsed = (end - start.timestamp()) / 60
    print(f"replayed {elapsed:.1f} min in {replayer.samples} samples", file=err)
    return EXIT_OK


def _stats(args: argparse.Namespace, err: TextIO) -> int:
    from datetime import date, datetime

    from deskguard.core.stats import parse_iso_week

    tz = _timezone(args.tz, err)
    if tz is None:
        return EXIT_USAGE
    try:
        week = parse_iso_week(args.week) if args.week else None
        day = date.fromisoformat(args.day) if args.day else datetime.now(tz).date()
    except ValueError as exc:
        print(f"error: {exc}", file=err)
        return EXIT_USAGE
    store = _open_store(args.db, err)
    if store is None:
        return EXIT_FAILED
    try:
        if week is not None:
            summary = store.week_summary(*week, tz)
            if args.json:
                print(json.dumps(summary.to_json_dict(), indent=2))
            else:
                print(_week_text(summary))
        else:
            day_summary = store.day_summary(day, tz)
            if args.json:
                print(json.dumps(day_summary.to_json_dict(), indent=2))
            else:
                print(_day_text(day_summary))
    finally:
        store.close()
    return EXIT_OK


def _hm(seconds: float) -> str:
    minutes = round(seconds / 60)
    return f"{minutes // 60} h {minutes % 60:02d} min"


def _day_text(d: DaySummary) -> str:
    neck = "-" if d.neck_flexion_mean_deg is None else f"{d.neck_flexion_mean_deg:.0f} deg"
    dist = "-" if d.distance_median_cm is None else f"{d.distance_median_cm:.0f} cm"
    return "\n".join(
        [
            f"{d.day}",
            f"  seated            {_hm(d.seated_s)} (longest bout {_hm(d.longest_bout_s)}, "
            f"{d.bouts_over_hour} over an hour)",
            f"  breaks            {d.breaks} taken; walk reminders {d.walk_reminders} "
            f"({d.walk_reminders_missed} missed)",
            f"  position shifts   {d.shifts_own} on your own, {d.shifts_prompted} after a "
            f"reminder ({d.shift_reminders} reminders)",
            f"  posture           good {_hm(d.posture_good_s)}, poor {_hm(d.posture_poor_s)}, "
            f"not judged {_hm(d.posture_unknown_s)}; {d.posture_alerts} alerts",
            f"  neck flexion      {neck} past neutral on average; distance {dist}",
            f"  screen height     {d.screen_advice or 'no figure yet (needs a calibration)'}",
        ]
    )


def _week_text(w: WeekSummary) -> str:
    t = w.totals()
    lines = [f"{w.week} ({w.tz})"]
    for d in w.days:
        lines.append(
            f"  {d.day}  seated {_hm(d.seated_s):>12}  longest {_hm(d.longest_bout_s):>12}  "
            f"breaks {d.breaks:>2}  alerts {d.posture_alerts:>2}"
        )
    lines.append(
        f"  week        seated {_hm(t['seated_s']):>12}  longest {_hm(t['longest_bout_s']):>12}  "
        f"breaks {t['breaks']:>2}  alerts {t['posture_alerts']:>2}"
    )
    return "\n".join(lines)


def _export(args: argparse.Namespace, err: TextIO) -> int:
    from deskguard.core.stats import parse_iso_week
    from deskguard.report.export import export_week

    tz = _timezone(args.tz, err)
    if tz is None:
        return EXIT_USAGE
    try:
        year, week = parse_iso_week(args.week)
    except ValueError as exc:
        print(f"error: {exc}", file=err)
        return EXIT_USAGE
    store = _open_store(args.db, err)
    if store is None:
        return EXIT_FAILED
    try:
        summary = store.week_summary(year, week, tz)
    finally:
        store.close()
    try:
        path = export_week(summary, args.format, args.out)
    except OSError as exc:
        print(f"error: {args.out}: could not write the export ({exc.strerror or exc})", file=err)
        return EXIT_FAILED
    print(f"wrote {path}", file=err)
    return EXIT_OK
