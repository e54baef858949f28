"""The ``deskguard`` command line.

Results go to stdout (JSON lines, one object per analysed frame); progress,
warnings and errors go to stderr. Exit codes: 0 all well, 1 some input or
model could not be used (the message says which and why), 2 bad usage (a
one-line message naming the option, the value and the accepted range). If
the reader of stdout goes away (``deskguard analyze ... | head -1``) the
command stops quietly with exit code 1: its output is incomplete.

Every numeric and date option is checked as it is parsed, against the finite
ranges stated in its help; no value makes a command spin, block or overflow.
"""

from __future__ import annotations

import argparse
import contextlib
import errno
import json
import math
import os
import re
import stat
import sys
import tempfile
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn, TextIO, cast

from deskguard import __version__, paths
from deskguard.core.posture import CameraSettings

if TYPE_CHECKING:
    from datetime import tzinfo

    from deskguard.analysis.models import ModelSpec
    from deskguard.core.engine import Event
    from deskguard.core.sample import PostureSample
    from deskguard.core.settings import Settings
    from deskguard.core.stats import DaySummary, WeekSummary
    from deskguard.storage.history import HistoryStore

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2
#: Seconds between samples in the live monitor unless told otherwise.
DEFAULT_EVERY_S = 5.0

# --- the accepted ranges of the options (stated in their help) --------------------------
#: ``run`` and ``analyze --every-s``: seconds between samples.
EVERY_S_MIN, EVERY_S_MAX = 0.1, 3600.0
#: ``app --every-s``: the tray app's own range for the sampling interval.
APP_EVERY_S_MIN, APP_EVERY_S_MAX = 1.0, 120.0
#: ``run --count``: samples.
COUNT_MAX = 1_000_000
#: ``replay --speed``: factors of real time (``max`` means no waiting at all). Slower than
#: SPEED_MIN, a replay would wait hours between two samples; 1e-300 overflowed the sleep.
SPEED_MIN, SPEED_MAX = 0.01, 1000.0
#: ``replay --calibrate``: seconds of the replay to calibrate on.
CALIBRATE_MAX_S = 600.0
#: Years accepted by ``--day``, ``--week`` and ``replay --start``.
YEAR_MIN, YEAR_MAX = 1970, 2100
#: ``analyze --fov-deg``: the camera model's own range.
FOV_MIN_DEG, FOV_MAX_DEG = 30.0, 150.0


class _Parser(argparse.ArgumentParser):
    """argparse that reports a usage error in one line (usage stays in ``--help``)."""

    def error(self, message: str) -> NoReturn:
        """Print ``prog: error: message`` on one line and exit with code 2."""
        # Never a raw control character from the command line on the terminal.
        text = "".join(c if c.isprintable() else repr(c)[1:-1] for c in message)
        self.exit(EXIT_USAGE, f"{self.prog}: error: {text} (see: {self.prog} --help)\n")


def _float_in(
    low: float, high: float, what: str, *, low_open: bool = False
) -> Callable[[str], float]:
    """An argparse ``type`` for a finite number in [low, high] (or (low, high])."""
    bounds = f"{'more than' if low_open else 'at least'} {low:g} and at most {high:g}"

    def parse(text: str) -> float:
        try:
            value = float(text)
        except ValueError:
            value = math.nan
        above_low = low < value if low_open else low <= value
        if not (math.isfinite(value) and above_low and value <= high):
            raise argparse.ArgumentTypeError(f"{text!r} is not {what} ({bounds})")
        return value

    return parse


def _int_in(low: int, high: int, what: str) -> Callable[[str], int]:
    """An argparse ``type`` for a whole number in [low, high]."""

    def parse(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            value = low - 1
        if not low <= value <= high:
            raise argparse.ArgumentTypeError(
                f"{text!r} is not {what} (a whole number from {low} to {high})"
            )
        return value

    return parse


def _speed(text: str) -> float | None:
    """``max`` (None: as fast as possible) or a factor of real time in [SPEED_MIN, SPEED_MAX]."""
    if text.strip().lower() == "max":
        return None
    return _float_in(SPEED_MIN, SPEED_MAX, "'max' or a factor of real time")(text)


def _year_ok(year: int, text: str, what: str) -> None:
    if not YEAR_MIN <= year <= YEAR_MAX:
        raise argparse.ArgumentTypeError(
            f"{text!r}: {what} must be in the years {YEAR_MIN} to {YEAR_MAX}"
        )


def _day(text: str) -> date:
    """A calendar day, YYYY-MM-DD, in the years YEAR_MIN..YEAR_MAX."""
    try:
        day = date.fromisoformat(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"{text!r} is not a day; write it as YYYY-MM-DD, e.g. 2026-11-23"
        ) from None
    _year_ok(day.year, text, "the day")
    return day


_WEEK = re.compile(r"^(\d{4})-W(\d{2})$", re.IGNORECASE)


def _week(text: str) -> tuple[int, int]:
    """An ISO week, YYYY-Www, in the years YEAR_MIN..YEAR_MAX, as (year, week)."""
    m = _WEEK.match(text.strip())
    if not m:
        raise argparse.ArgumentTypeError(
            f"{text!r} is not an ISO week; write it as YYYY-Www, e.g. 2026-W48"
        )
    year, week = int(m.group(1)), int(m.group(2))
    _year_ok(year, text, "the week")
    try:
        date.fromisocalendar(year, week, 1)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"{text!r}: {year} has no ISO week {week} (weeks run from 1 to 52 or 53)"
        ) from None
    return year, week


def _start(text: str) -> datetime:
    """An ISO-8601 date and time, e.g. 2026-11-23T09:00, in the years YEAR_MIN..YEAR_MAX."""
    try:
        start = datetime.fromisoformat(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"{text!r} is not an ISO-8601 time; write it like 2026-11-23T09:00 "
            "(optionally with an offset such as +01:00)"
        ) from None
    _year_ok(start.year, text, "the start")
    return start


def _tz_name(text: str) -> str:
    """An IANA time zone name that this system knows, e.g. Europe/Berlin."""
    from zoneinfo import ZoneInfo

    name = text.strip()
    try:
        if not name:
            raise ValueError("empty")
        ZoneInfo(name)
    except (ValueError, KeyError, OSError):  # ZoneInfoNotFoundError is a KeyError
        raise argparse.ArgumentTypeError(
            f"{text!r} is not a time zone this system knows; give an IANA name "
            "such as Europe/Berlin or UTC"
        ) from None
    return name


def _playlist_item(text: str) -> str:
    """A replay playlist entry: CLIP, CLIP*N, away:MIN or sleep:MIN (checked, kept as text)."""
    from deskguard.replay import parse_item

    try:
        parse_item(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None
    return text


def _describe(mode: int) -> str:
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISLNK(mode):
        return "a symbolic link"
    if stat.S_ISFIFO(mode):
        return "a named pipe"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "not a regular file"


def _history_to_read(text: str) -> Path:
    """``--db`` of ``stats`` and ``export``: an existing history file."""
    path = Path(text)
    try:
        mode = path.stat().st_mode
    except FileNotFoundError:
        raise argparse.ArgumentTypeError(
            f"there is no history file at {text!r}; check the path, or leave --db out "
            "to read your own history"
        ) from None
    except OSError as exc:
        raise argparse.ArgumentTypeError(
            f"{text!r} cannot be read ({exc.strerror or exc})"
        ) from None
    if not stat.S_ISREG(mode):
        raise argparse.ArgumentTypeError(
            f"{text!r} is {_describe(mode)}, not a history file; give the path of the file"
        )
    if not os.access(path, os.R_OK):
        raise argparse.ArgumentTypeError(
            f"{text!r} cannot be read (permission denied); check its permissions"
        )
    return path


def _history_to_write(text: str) -> Path:
    """``--db`` of ``replay`` and ``app``: a history file, or a new one in an existing folder."""
    path = Path(text)
    try:
        mode = path.stat().st_mode
    except FileNotFoundError:
        mode = None
        if path.is_symlink():
            raise argparse.ArgumentTypeError(
                f"{text!r} is a symbolic link to nothing; give the path of a file"
            ) from None
    except OSError as exc:
        raise argparse.ArgumentTypeError(
            f"{text!r} cannot be used ({exc.strerror or exc})"
        ) from None
    if mode is not None:
        if not stat.S_ISREG(mode):
            raise argparse.ArgumentTypeError(
                f"{text!r} is {_describe(mode)}, not a history file; give the path of a file"
            )
        return path
    _existing_folder(path, text, "a new history file")
    return path


def _existing_folder(path: Path, text: str, what: str) -> None:
    parent = path.parent
    if not parent.is_dir():
        raise argparse.ArgumentTypeError(
            f"{text!r}: the folder {str(parent)!r} does not exist, and DeskGuard does not "
            f"create folders for {what}; create it first or check the path"
        )


def _export_target(text: str) -> Path:
    """``export --out``: a new file in an existing folder, or an existing regular file.

    ``_export`` refuses more once ``--db`` is known: the history, any database,
    a read-only file (``report.export.refusal``).
    """
    path = Path(text)
    try:
        mode = path.lstat().st_mode
    except FileNotFoundError:
        mode = None
    except OSError as exc:
        raise argparse.ArgumentTypeError(
            f"{text!r} cannot be used ({exc.strerror or exc})"
        ) from None
    if mode is not None and not stat.S_ISREG(mode):
        raise argparse.ArgumentTypeError(
            f"{text!r} is {_describe(mode)}; export only writes a new file or replaces "
            "an existing regular file"
        )
    _existing_folder(path, text, "the export")
    return path


def _build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="deskguard",
        description="DeskGuard: a private, light sitting-posture monitor.",
    )
    parser.add_argument("--version", action="version", version=f"DeskGuard {__version__}")
    parser.add_argument(
        "--verbose", action="store_true", help="show MediaPipe's own log lines on stderr"
    )
    sub = parser.add_subparsers(dest="command")

    from deskguard.replay import MAX_GAP_MINUTES, MAX_LOOPS

    models_help = "folder (or .task file) with the model bundles; overrides $DESKGUARD_MODELS"
    db_write_help = (
        "history database (default: the user's); created if missing, but only in a "
        "folder that exists"
    )
    db_read_help = "an existing history database (default: the user's)"
    every_s = _float_in(EVERY_S_MIN, EVERY_S_MAX, "a number of seconds")
    every_s_range = f"{EVERY_S_MIN:g} to {EVERY_S_MAX:g}"
    day_help = f"YYYY-MM-DD, years {YEAR_MIN} to {YEAR_MAX} (default: today)"
    week_help = f"YYYY-Www, an ISO week, years {YEAR_MIN} to {YEAR_MAX}"
    tz_help = "IANA time zone, e.g. Europe/Berlin (default: the system's)"

    app = sub.add_parser("app", help="the tray app (default)")
    app.add_argument(
        "--source",
        default=None,
        help="camera index, /dev/videoN, video or folder (default: the camera in the settings, 0)",
    )
    app.add_argument(
        "--every-s",
        type=_float_in(APP_EVERY_S_MIN, APP_EVERY_S_MAX, "a number of seconds"),
        help=f"seconds between samples, {APP_EVERY_S_MIN:g} to {APP_EVERY_S_MAX:g} "
        "(default: settings)",
    )
    app.add_argument("--models", type=Path, help=models_help)
    app.add_argument("--db", type=_history_to_write, help=db_write_help)
    app.add_argument(
        "--no-camera",
        action="store_true",
        help="watch keyboard and mouse activity only, for this run: seated time and "
        "reminders, no posture; the camera is never opened",
    )

    doctor = sub.add_parser("doctor", help="check cameras, models, tray, notifications, data")
    doctor.add_argument("--notify", action="store_true", help="also send a test notification")
    doctor.add_argument("--models", type=Path, help=models_help)

    run = sub.add_parser(
        "run",
        help="monitor in the terminal, as the tray app does: events as JSON lines",
    )
    run.add_argument(
        "--source",
        default=None,
        help="camera index, /dev/videoN, video or folder (default: the camera in the settings, 0)",
    )
    run.add_argument(
        "--every-s",
        type=every_s,
        default=None,
        help=f"seconds between samples, {every_s_range} (default: the settings', "
        f"{DEFAULT_EVERY_S:g}); sparser while nothing changes, as in the app",
    )
    run.add_argument("--models", type=Path, help=models_help)
    run.add_argument(
        "--count",
        type=_int_in(1, COUNT_MAX, "a number of samples"),
        help=f"stop after this many samples, 1 to {COUNT_MAX}",
    )
    run.add_argument(
        "--samples", action="store_true", help="also print every sample as a JSON line"
    )
    run.add_argument(
        "--db",
        type=_history_to_write,
        help="keep the history in this file and use its calibration (default: none kept)",
    )
    run.add_argument(
        "--set",
        action="append",
        default=[],
        metavar="KEY=VALUE",
        help="override a setting for this run, e.g. work_days=1234567",
    )

    analyze = sub.add_parser(
        "analyze", help="print one JSON line of posture figures per image or video frame"
    )
    analyze.add_argument("paths", nargs="+", type=Path, help="images, folders of images, videos")
    analyze.add_argument(
        "--every-s",
        type=every_s,
        help=f"sample videos every S seconds of clip time, {every_s_range} (default: all)",
    )
    analyze.add_argument("--models", type=Path, help=models_help)
    analyze.add_argument(
        "--pose", choices=("lite", "full", "none"), default="lite", help="pose model to use"
    )
    analyze.add_argument(
        "--fov-deg",
        type=_float_in(FOV_MIN_DEG, FOV_MAX_DEG, "a field of view in degrees"),
        default=CameraSettings().diag_fov_deg,
        help=f"the camera's diagonal field of view in degrees, {FOV_MIN_DEG:g} to "
        f"{FOV_MAX_DEG:g} (default: %(default)s)",
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
        type=_playlist_item,
        help=f"video, folder of images, CLIP*N to loop (N from 1 to {MAX_LOOPS}), away:MIN "
        f"(an empty chair), sleep:MIN (the computer asleep); MIN more than 0 and at most "
        f"{MAX_GAP_MINUTES} (7 days)",
    )
    replay.add_argument(
        "--start",
        type=_start,
        help=f"ISO-8601 time the replay starts at, years {YEAR_MIN} to {YEAR_MAX} (default: now)",
    )
    replay.add_argument(
        "--speed",
        type=_speed,
        default=None,
        help=f"'max' (the default: no waiting) or a factor of real time, {SPEED_MIN:g} to "
        f"{SPEED_MAX:g}",
    )
    replay.add_argument(
        "--loop",
        type=_int_in(1, MAX_LOOPS, "a number of loops"),
        default=1,
        help=f"play each clip N times, 1 to {MAX_LOOPS}",
    )
    replay.add_argument(
        "--db",
        type=_history_to_write,
        help="keep the replayed history in this database (created if missing, but only in a "
        "folder that exists; default: a temporary one, removed at the end: a replay never "
        "writes into your own history)",
    )
    replay.add_argument("--models", type=Path, help=models_help)
    replay.add_argument("--tz", type=_tz_name, help=tz_help)
    replay.add_argument(
        "--calibrate",
        type=_float_in(0.0, CALIBRATE_MAX_S, "a number of seconds", low_open=True),
        default=None,
        metavar="S",
        help=f"calibrate on the first S seconds, more than 0 and at most {CALIBRATE_MAX_S:g} "
        "(else use the stored calibration)",
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
    when.add_argument("--day", type=_day, help=day_help)
    when.add_argument("--week", type=_week, help=week_help)
    stats.add_argument("--db", type=_history_to_read, help=db_read_help)
    stats.add_argument("--tz", type=_tz_name, help=tz_help)
    stats.add_argument("--json", action="store_true", help="print JSON")

    export = sub.add_parser("export", help="export a week as CSV, JSON or an HTML report")
    export.add_argument("--week", type=_week, required=True, help=week_help)
    export.add_argument("--format", choices=("csv", "json", "html"), required=True)
    export.add_argument(
        "--out",
        type=_export_target,
        required=True,
        help="file to write, in a folder that exists; an existing regular file is replaced "
        "(never a folder, link or device)",
    )
    export.add_argument("--db", type=_history_to_read, help=db_read_help)
    export.add_argument("--tz", type=_tz_name, help=tz_help)

    exercises = sub.add_parser("exercises", help="list the guided exercises of the breaks")
    exercises.add_argument("--json", action="store_true", help="print the catalogue as JSON")

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
    _fill_closed_streams()
    parser = _build_parser()
    try:
        args = parser.parse_args(argv)
        command = args.command or "app"
        if args.command is None:
            args = parser.parse_args([*(sys.argv[1:] if argv is None else argv), "app"])
    except SystemExit as exc:  # a usage error (code 2), or --help / --version (0)
        return exc.code if isinstance(exc.code, int) else EXIT_USAGE
    # The tray app prints nothing to stdout; its threads are left the stream as it was.
    guarded = _guarded_stdout() if command != "app" else contextlib.nullcontext()
    with _native_logs(show=args.verbose) as err, guarded:
        try:
            code = _dispatch(command, args, err)
            sys.stdout.flush()
            return code
        except _OutputLost as lost:
            _discard_stdout()
            if not isinstance(lost.cause, BrokenPipeError):
                print(f"error: {lost}", file=err)
            # else the reader of stdout has gone (`... | head -1`): stop, quietly.
            return EXIT_FAILED
        except BrokenPipeError:
            _discard_stdout()
            return EXIT_FAILED
        except KeyboardInterrupt:
            print("Stopped.", file=err)
            return EXIT_FAILED
        except OSError as exc:
            # The last net: a file or folder refused in a way no command foresaw (a models
            # folder one may not enter). One line; --verbose shows where it came from.
            if args.verbose:
                raise
            print(f"error: {_os_error_line(exc)}", file=err)
            return EXIT_FAILED


def _os_error_line(exc: OSError) -> str:
    """An ``OSError`` as a person reads it: the file, what went wrong, what to do."""
    name = f"{exc.filename}: " if exc.filename else ""
    if isinstance(exc, PermissionError):
        return f"{name}permission denied; check that you may read it and enter its folder"
    return f"{name}{exc.strerror or exc} (run with --verbose for the details)"


class _OutputLost(Exception):
    """stdout could not be written: its reader has gone, or its disk is full.

    Not an ``OSError``: no handler meant for a file or a camera takes it for one.
    """

    def __init__(self, cause: OSError) -> None:
        """Say what failed, and what to do about it, in one line."""
        reason = cause.strerror or str(cause) or type(cause).__name__
        advice = (
            "free some space on that disk, or write the output to another one"
            if cause.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC))
            else "send it to a file or a program that takes it"
        )
        super().__init__(
            f"the output could not be written ({reason}), so it is incomplete: {advice}"
        )
        self.cause = cause


class _GuardedOutput:
    """stdout, whose failed writes raise ``_OutputLost`` (everything else is the stream's)."""

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream

    def write(self, text: str) -> int:
        try:
            return self._stream.write(text)
        except OSError as exc:
            raise _OutputLost(exc) from exc

    def writelines(self, lines: Iterable[str]) -> None:
        for line in lines:
            self.write(line)

    def flush(self) -> None:
        try:
            self._stream.flush()
        except OSError as exc:
            raise _OutputLost(exc) from exc

    def __getattr__(self, name: str) -> Any:
        return getattr(self._stream, name)


class _ClosedOutput:
    """stdout when the caller closed it (``deskguard stats >&-``): each write fails."""

    def write(self, text: str) -> int:
        raise _OutputLost(OSError(errno.EBADF, "standard output is closed"))

    def writelines(self, lines: Iterable[str]) -> None:
        for line in lines:
            self.write(line)

    def flush(self) -> None:
        """Nothing was written, so nothing is lost."""

    def isatty(self) -> bool:
        return False

    def fileno(self) -> int:
        raise OSError(errno.EBADF, "standard output is closed")


@contextlib.contextmanager
def _guarded_stdout() -> Iterator[None]:
    """Tell a failure to write stdout (``> /dev/full``) from every other ``OSError``."""
    real = sys.stdout
    sys.stdout = cast(TextIO, _GuardedOutput(real) if real is not None else _ClosedOutput())
    try:
        yield
    finally:
        sys.stdout = real


def _fill_closed_streams() -> None:
    """Put the null device under standard streams the caller closed (``>&-``, ``2>&-``).

    Else the first file a command opens (the history, a report) would take the
    closed stream's number, and a stray write to it would land in that file.
    stdout stays closed to Python (``_ClosedOutput`` says so); a closed stderr
    is discarded, as the caller chose, and a closed stdin reads as empty.
    """
    for fd, flags in ((0, os.O_RDONLY), (1, os.O_WRONLY), (2, os.O_WRONLY)):
        try:
            os.fstat(fd)
        except OSError:
            null = os.open(os.devnull, flags)
            if null != fd:
                os.dup2(null, fd)
                os.close(null)
    if sys.stderr is None:
        sys.stderr = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115 (for the process)
    if sys.stdin is None:
        sys.stdin = open(os.devnull, encoding="utf-8")  # noqa: SIM115 (for the process)


def _dispatch(command: str, args: argparse.Namespace, err: TextIO) -> int:
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
    if command == "exercises":
        return _exercises(args)
    return _run(args, err)


def _discard_stdout() -> None:
    """Point stdout at the null device, so the final flush at exit cannot fail again."""
    try:
        fd = sys.stdout.fileno()
    except (AttributeError, OSError, ValueError):
        return
    devnull = os.open(os.devnull, os.O_WRONLY)
    try:
        os.dup2(devnull, fd)
    finally:
        os.close(devnull)


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
        with contextlib.suppress(OSError):  # stderr may be a pipe its reader closed
            err.flush()
        os.dup2(saved, 2)
        os.close(saved)
        with contextlib.suppress(OSError):
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
    import logging

    from deskguard.ui.app import AppOptions, run_app

    logging.basicConfig(level=logging.WARNING, format="deskguard: %(message)s")
    logging.getLogger("deskguard").setLevel(logging.INFO)  # ours only, not the libraries
    return run_app(
        AppOptions(
            source=args.source,
            models=args.models,
            db=args.db,
            every_s=args.every_s,
            no_camera=args.no_camera,
        )
    )


# --- analyze ---------------------------------------------------------------------------


def _analyze(args: argparse.Namespace, err: TextIO) -> int:
    from deskguard.analysis import models
    from deskguard.capture import CaptureError, open_source

    try:
        camera = CameraSettings(diag_fov_deg=args.fov_deg)
    except ValueError as exc:
        print(f"error: {exc}", file=err)
        return EXIT_USAGE
    pose_spec = {"lite": models.POSE_LITE, "full": models.POSE_FULL, "none": None}[args.pose]
    from deskguard.analysis.analyzer import MediaPipeAnalyzer

    try:
        loaded = MediaPipeAnalyzer.load(
            args.models, pose=pose_spec, camera=camera, weak_perspective=args.weak_perspective
        )
    except models.ModelError as exc:
        print(f"error: {exc}", file=err)
        return EXIT_FAILED

    failures = 0
    frames = 0
    out = sys.stdout
    with loaded as analyzer:
        for path in args.paths:
            try:
                source = open_source(path, every_s=args.every_s)
            except CaptureError as exc:
                print(f"error: {exc}", file=err)
                failures += 1
                continue
            except OSError as exc:  # the file system said no in a way not foreseen: go on
                print(f"error: {path}: cannot be read ({exc.strerror or exc})", file=err)
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
                    except OSError as exc:  # not foreseen: this input ends, the next one runs
                        print(f"error: {path}: cannot be read ({exc.strerror or exc})", file=err)
                        failures += 1
                        break
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
    """The live loop in a terminal: the tray app's ``Monitor`` on the real clock."""
    from deskguard.analysis import models
    from deskguard.analysis.analyzer import MediaPipeAnalyzer
    from deskguard.capture import CaptureError, CaptureFailure, open_source
    from deskguard.capture.playback import Playback
    from deskguard.capture.source import FrameSource, is_camera_spec
    from deskguard.core.clock import SystemClock
    from deskguard.core.engine import PostureEngine
    from deskguard.core.presentation import TrayState, status_line
    from deskguard.core.settings import Sensing
    from deskguard.localtime import local_timezone
    from deskguard.monitor import Monitor, run_loop
    from deskguard.notify.notifier import LogNotifier, PlyerNotifier, first_available
    from deskguard.sensing import Unavailable, find_activity_source, find_call_signals

    settings = _settings_with_overrides(args.set, err)
    if settings is None:
        return EXIT_USAGE
    if args.every_s is not None:
        settings = replace(settings, sample_interval_s=args.every_s)
    if settings.sensing is Sensing.ACTIVITY:
        # The user chose never to use the camera: `run` does not open one behind their back.
        print(
            "error: the settings say keyboard and mouse only (no camera), and `run` watches "
            "a camera or a recording. `deskguard app` watches keyboard and mouse; "
            "`--set sensing=both` lets this run use the camera.",
            file=err,
        )
        return EXIT_USAGE
    spec = args.source or settings.camera or "0"
    try:
        models.locate(models.FACE, args.models)
        models.locate(models.DEFAULT_POSE, args.models)
    except models.ModelError as exc:
        if not sys.stdin.isatty():
            print(f"error: {exc}", file=err)
            return EXIT_FAILED
        # A person at a terminal: offer the download (it asks before fetching).
        if _download(models.REQUIRED, yes=False, err=err) != EXIT_OK:
            return EXIT_FAILED
    camera = CameraSettings(settings.camera_fov_deg, settings.camera_above_screen_top_cm)
    try:
        loaded = MediaPipeAnalyzer.load(args.models, camera=camera)
    except models.ModelError as exc:
        print(f"error: {exc}", file=err)
        return EXIT_FAILED

    def open_it() -> FrameSource | Playback:
        if is_camera_spec(spec):
            return open_source(spec)
        # A recording plays once, in real time: the picture of each moment, as in the app.
        return Playback(
            Path(spec),
            image_s=settings.sample_interval_s,
            loop=False,
            on_skip=lambda exc: print(f"warning: {exc}; skipped", file=err),
        )

    try:
        source: FrameSource | Playback | None = open_it()
    except CaptureError as exc:
        loaded.close()
        print(f"error: {exc}", file=err)
        return EXIT_FAILED
    started_s: float | None = None  # when the recording began to play (clock time)
    store = None
    if args.db is not None and (store := _open_store(args.db, err)) is None:
        loaded.close()
        return EXIT_FAILED
    tz = local_timezone()
    engine = PostureEngine(settings, baseline=store.latest_baseline() if store else None, tz=tz)
    notifier, _ = first_available([PlyerNotifier, LogNotifier])

    class Printer:
        def on_events(self, events: Sequence[Event]) -> None:
            for event in events:
                _print_json_line(event.t_s, tz, event.to_json_dict())

        def on_sample(self, sample: PostureSample) -> None:
            if args.samples:
                # "time" is when it was taken; the sample's own t_s is its source's clock.
                _print_json_line(monitor.now(), tz, {"kind": "sample", **sample.to_json_dict()})

        def on_state(self, state: TrayState) -> None:
            if state in _SAID_IN_RUN:
                print(status_line(state, None, monitor.camera_error), file=err)

    # The app's other senses too: keyboard and mouse fill the camera's gaps, and the
    # signs of a call hold reminders (none here: a terminal without a desktop).
    found = find_activity_source()
    monitor = Monitor(
        engine,
        store,
        notifier,
        SystemClock(),
        Printer(),
        activity=None if isinstance(found, Unavailable) else found,
        call_signals=find_call_signals(),
    )
    monitor.restore()
    monitor.models_ready()
    name = source.name if source is not None else spec
    print(
        f"DeskGuard {__version__}: watching {name} every {settings.sample_interval_s:g} s "
        "(sparser while nothing changes). No frame is stored. Ctrl+C stops.",
        file=err,
    )
    if not engine.in_work_hours(monitor.now()):
        print(
            f"Outside the work hours ({settings.work_start}–{settings.work_end}, days "
            f"{settings.work_days}): waiting for them. `--set work_hours_only=false` "
            "watches at any time; `--set work_start=…`/`work_end=…` change them.",
            file=err,
        )

    failed_first: list[CaptureError] = []

    def take_frame() -> PostureSample | None:
        nonlocal source, started_s
        try:
            if source is None:  # dropped after a camera error: open it again
                source = open_it()
            if isinstance(source, Playback):
                if started_s is None:
                    started_s = monitor.now()
                frame = source.frame_at(monitor.now() - started_s)
            else:
                frame = source.read()
        except CaptureError as exc:
            if source is not None:
                source.close()
                source = None
            if monitor.samples == 0 and CaptureFailure.of(exc) in _FINAL_AT_START:
                failed_first.append(exc)  # no such camera, or not a recording: say so and stop
                return None
            raise  # busy or lost: the monitor says so and looks again later
        if frame is None:
            return None  # a recording has ended
        return analyzer.analyze(frame, body=monitor.wants_body())

    def release() -> None:
        if source is not None:
            source.release()

    try:
        with loaded as analyzer:
            run_loop(
                monitor,
                take_frame,
                time.sleep,
                release=release,
                keep_going=lambda: args.count is None or monitor.samples < args.count,
            )
    finally:
        if source is not None:
            source.close()
        if store is not None:
            store.close()
    if failed_first:
        print(f"error: {failed_first[0]}", file=err)
        return EXIT_FAILED
    return EXIT_OK


#: ``run``: the states worth a line on stderr (the events say the rest).
_SAID_IN_RUN = frozenset({"camera_busy", "camera_unavailable", "cant_see", "paused"})
#: ``run``: failures of the very first frame that end it (nothing to wait for).
_FINAL_AT_START = frozenset({"missing", "error"})


def _print_json_line(t_s: float, tz: tzinfo, record: dict[str, Any]) -> None:
    line = {"time": datetime.fromtimestamp(t_s, tz).isoformat(timespec="seconds"), **record}
    sys.stdout.write(json.dumps(line) + "\n")
    sys.stdout.flush()


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
        if isinstance(data.get(key), str):
            data[key] = text  # text settings as typed: work_days=1234567 is not a number
            continue
        try:
            data[key] = json.loads(text)
        except json.JSONDecodeError:
            data[key] = text
        except (ValueError, RecursionError):
            # JSON past what Python reads: over 4300 digits, or arrays nested too deep.
            print(
                f"error: --set {_printable(key)}: the value is too long or nested too deeply "
                "to be a setting; give a number, true or false, or a text",
                file=err,
            )
            return None
    settings, problems = settings_from_dict(data)
    if problems:
        for p in problems:
            print(f"error: --set: {p}", file=err)
        return None
    return settings


def _printable(text: str, most: int = 60) -> str:
    """``text`` for a message line: no control characters, at most ``most`` characters."""
    shown = "".join(c if c.isprintable() else repr(c)[1:-1] for c in text)
    return shown if len(shown) <= most else f"{shown[: most - 1]}…"


def _open_store(db: Path | None, err: TextIO) -> HistoryStore | None:
    import sqlite3

    from deskguard.storage.db import HistoryError
    from deskguard.storage.history import HistoryStore

    try:
        store, message = HistoryStore.open(
            db, on_warning=lambda m: print(f"warning: {m}", file=err)
        )
    except (HistoryError, OSError) as exc:
        print(f"error: {exc}", file=err)
        return None
    except sqlite3.Error as exc:  # SQLite's own refusal (a file it may not open): one line
        from deskguard.storage.db import history_path

        print(
            f"error: the history {db or history_path()} could not be opened ({exc}); check "
            "that you may read and write it and its folder",
            file=err,
        )
        return None
    if message:
        print(f"warning: {message}", file=err)
    return store


def _history_exists(db: Path | None, err: TextIO) -> bool:
    """For the reading commands: say so if there is no history to read (never create one)."""
    if db is not None:
        return True  # --db was checked while parsing
    from deskguard.storage.db import history_path

    path = history_path()
    if path.is_file():
        return True
    print(
        f"error: there is no history yet ({path} does not exist): DeskGuard has recorded "
        "nothing on this computer. Start the app, or give --db with a history file.",
        file=err,
    )
    return False


def _timezone(name: str | None, err: TextIO) -> tzinfo | None:
    from deskguard.localtime import local_timezone

    try:
        return local_timezone(name)
    except ValueError as exc:
        print(f"error: {exc}", file=err)
        return None


def _replay(args: argparse.Namespace, err: TextIO) -> int:
    from deskguard.analysis import models
    from deskguard.analysis.analyzer import MediaPipeAnalyzer
    from deskguard.capture import CaptureError
    from deskguard.capture.source import source_mode
    from deskguard.core.engine import PostureEngine
    from deskguard.replay import Replayer, parse_item

    settings = _settings_with_overrides(args.set, err)
    tz = _timezone(args.tz, err)
    if settings is None or tz is None:
        return EXIT_USAGE
    items = [parse_item(text, args.loop) for text in args.items]  # checked while parsing
    speed = args.speed
    start = args.start or datetime.now(tz)
    if start.tzinfo is None:
        start = start.replace(tzinfo=tz)
    for item in items:
        if item.path is None:
            continue
        try:
            source_mode(item.path)  # before the models load: a typo, or a folder locked
        except CaptureError as exc:
            print(f"error: {exc}", file=err)
            return EXIT_FAILED
    camera = CameraSettings(settings.camera_fov_deg, settings.camera_above_screen_top_cm)
    try:
        loaded = MediaPipeAnalyzer.load(args.models, camera=camera)
    except models.ModelError as exc:
        print(f"error: {exc}", file=err)
        return EXIT_FAILED
    # Simulated days never go into the user's own history (they showed on the dashboard as
    # real days): without --db the replay keeps its history in a temporary folder.
    scratch = None if args.db is not None else tempfile.TemporaryDirectory(prefix="deskguard-")
    db = args.db if scratch is None else Path(scratch.name) / "replay.sqlite3"
    store = _open_store(db, err)
    if store is None:
        loaded.close()
        if scratch is not None:
            scratch.cleanup()
        return EXIT_FAILED
    calibrate_s = args.calibrate or 0.0
    baseline = None if calibrate_s > 0 else store.latest_baseline()
    engine = PostureEngine(settings, baseline=baseline, tz=tz)

    def emit(event: Event) -> None:
        _print_json_line(event.t_s, tz, event.to_json_dict())

    try:
        with loaded as analyzer:
            replayer = Replayer(
                analyzer,
                engine,
                store,
                start.timestamp(),
                emit,
                speed=speed,
                calibrate_s=calibrate_s,
                camera=camera,
                on_warning=lambda message: print(f"warning: {message}", file=err),
            )
            end = replayer.run(items)
    except CaptureError as exc:
        print(f"error: {exc}", file=err)
        return EXIT_FAILED
    finally:
        store.close()
        if scratch is not None:
            scratch.cleanup()
    sys.stdout.flush()
    if replayer.calibration_message:
        print(f"calibration failed: {replayer.calibration_message}", file=err)
    elapsed = (end - start.timestamp()) / 60
    skipped = f"; {replayer.skipped} image(s) could not be read" if replayer.skipped else ""
    kept = "" if scratch is None else " (not kept: --db FILE keeps the replay's history)"
    print(f"replayed {elapsed:.1f} min in {replayer.samples} samples{skipped}{kept}", file=err)
    return EXIT_FAILED if replayer.skipped else EXIT_OK


def _stats(args: argparse.Namespace, err: TextIO) -> int:
    tz = _timezone(args.tz, err)
    if tz is None:
        return EXIT_USAGE
    week: tuple[int, int] | None = args.week  # checked while parsing
    day = args.day if args.day is not None else datetime.now(tz).date()
    if not _history_exists(args.db, err):
        return EXIT_FAILED
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
    from deskguard.core.wording import format_duration  # the one duration formatter

    return format_duration(seconds)


def _day_text(d: DaySummary) -> str:
    neck = "-" if d.neck_flexion_mean_deg is None else f"{d.neck_flexion_mean_deg:.0f} deg"
    dist = "-" if d.distance_median_cm is None else f"{d.distance_median_cm:.0f} cm"
    return "\n".join(
        [
            f"{d.day}",
            f"  seated            {_hm(d.seated_s)} (longest bout {_hm(d.longest_bout_s)}, "
            f"{d.bouts_over_hour} over an hour)",
            f"  breaks            {d.breaks} taken"
            + (
                f" (+{d.probable_breaks} probable: screen locked or asleep)"
                if d.probable_breaks
                else ""
            )
            + f"; walk reminders {d.walk_reminders} "
            f"({d.walk_reminders_missed} missed"
            + (f", {d.walk_reminders_done} of them marked done" if d.walk_reminders_done else "")
            + ")",
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
    from deskguard.core.review import shift_week
    from deskguard.report.export import export_week, refusal
    from deskguard.storage.db import history_path

    tz = _timezone(args.tz, err)
    if tz is None:
        return EXIT_USAGE
    year, week = args.week  # checked while parsing
    # The history read (and the user's own, if --db names another) is never the output.
    protected = [history_path()] + ([args.db] if args.db is not None else [])
    why = refusal(args.out, protected)
    if why is not None:
        print(
            f"deskguard export: error: argument --out: {str(args.out)!r}: {why} "
            "(see: deskguard export --help)",
            file=err,
        )
        return EXIT_USAGE
    if not _history_exists(args.db, err):
        return EXIT_FAILED
    store = _open_store(args.db, err)
    if store is None:
        return EXIT_FAILED
    try:
        summary = store.week_summary(year, week, tz)
        # The week before, for the HTML report's trend (the same as the app's export).
        previous = store.week_summary(*shift_week(year, week, -1), tz)
    finally:
        store.close()
    if args.format == "html":
        _speak_the_users_language()  # a report for a person; CSV and JSON are for programs
    try:
        path = export_week(summary, args.format, args.out, previous=previous, protected=protected)
    except OSError as exc:
        print(f"error: {args.out}: could not write the export ({exc.strerror or exc})", file=err)
        return EXIT_FAILED
    print(f"wrote {path}", file=err)
    return EXIT_OK


def _speak_the_users_language() -> None:
    """The report's words, dates and numbers in the app's language (setting, else the system's)."""
    from PySide6.QtCore import QCoreApplication

    from deskguard.settings_store import read_settings
    from deskguard.ui.translations import install_translations

    app = QCoreApplication.instance() or QCoreApplication([])
    install_translations(app, read_settings().language)


def _exercises(args: argparse.Namespace) -> int:
    """The exercise catalogue: JSON (``--json``) or a list a person reads."""
    from deskguard.core.exercises import catalogue

    if args.json:
        print(json.dumps([ex.to_json_dict() for ex in catalogue()], indent=2, ensure_ascii=False))
        return EXIT_OK
    for ex in catalogue():
        amount = (f"{ex.reps} times" if ex.reps is not None else f"{ex.seconds} s") + (
            " each side" if ex.per_side else ""
        )
        check = (
            f"the camera can count it ({ex.camera_check.value})"
            if ex.camera_check is not None
            else "not seen by the camera: press Done"
        )
        print(f"{ex.title} [{ex.id}]: {amount}; {check}")
        for number, step in enumerate(ex.steps, 1):
            print(f"  {number}. {step}")
        print()
    return EXIT_OK
