"""What the running tray app costs, as the user runs it: CPU share, CPU per sample, memory.

    python benchmarks/bench_app.py [--minutes M] [--only frames|video] [--models DIR] [--clips DIR]

(``--only`` runs one source and no dashboard: for long runs, e.g. 480 minutes.)

Starts its own headless desktop (scripts/desktop-env.sh's bring-up: Xvfb, a
D-Bus session, dunst, an xfce4 panel as the tray host) when $DISPLAY is unset,
and stops every process it started at the end. Then, at default settings (no
``--every-s``: the app's own adaptive sampling, 5 s, 10 s once the user sat
steadily for five minutes), it runs the real ``python -m deskguard app`` as a
process, one after the other, watching

* a folder of frames decoded from the shared clip into a temporary folder
  (JPEG, as a webcam's MJPEG; one decode per sample, the closest to a camera);
* the looped video file itself (the source samples clip time every 5 s, so
  every sample decodes the frames it skips: a cost a camera does not have);
* then, briefly, the frame folder again: a minute monitoring, then the
  dashboard is opened once (a second launch raises it, as in the user's
  menu or a second start) and closed again (WM_DELETE_WINDOW, as the
  window's close button), to compare peak RSS never opened / after closing.

Every second it reads /proc/PID/stat (utime + stime of all threads, and of
waited-for children such as notify-send) and /proc/PID/status (VmRSS, VmHWM).
Start-up (launch to the log's "first sample") is reported apart; the steady
part runs from the first sample to the end. Samples are counted from the
history database (``minutes.samples``) after the app has quit.

Baselines measured in the same run:

* a bare PySide6 tray app (an icon and a 5 s QTimer doing nothing), running
  alongside the first app run for the same time: DeskGuard's share / idle tray;
* the per-sample cost in this process, before the app runs: the source read
  (JPEG decode, or the looped clip's decode) plus ``MediaPipeAnalyzer.analyze``
  and the bare MediaPipe calls (as bench_pipeline.py): the app's CPU per
  sample minus these is what the app itself adds (Qt, engine, history, tray).

Memory growth over 8 hours is extrapolated from the slope of RSS over the
steady minutes of each run (after a one-minute warm-up), not measured over 8 hours.
Nothing is written outside temporary folders.
"""

from __future__ import annotations

import argparse
import contextlib
import ctypes
import math
import os
import signal
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
CLIP = "single_face.mp4"
DASHBOARD_TITLE = "DeskGuard — your day"
TICK = os.sysconf("SC_CLK_TCK")
WARMUP_S = 60.0  # RSS growth is taken after this much of the steady part
GOAL_SHARE = 0.5  # % of one core, average, default settings
GOAL_RSS_MB = 300.0
GOAL_GROWTH_MB = 5.0  # over 8 hours

BARE_TRAY = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtGui import QIcon, QPixmap
from PySide6.QtWidgets import QApplication, QSystemTrayIcon
app = QApplication(sys.argv[:1])
app.setQuitOnLastWindowClosed(False)
pixmap = QPixmap(32, 32); pixmap.fill()
tray = QSystemTrayIcon(QIcon(pixmap)); tray.show()
timer = QTimer(); timer.setInterval(5000); timer.timeout.connect(lambda: None); timer.start()
print("tray icon shown", file=sys.stderr, flush=True)
sys.exit(app.exec())
"""


# --- the headless desktop -------------------------------------------------------------------


class Desktop:
    """scripts/desktop-env.sh's desktop_up in a bash child; its processes are stopped by PID."""

    def __init__(self) -> None:
        self.pids: list[int] = []
        self.folder: str | None = None
        self.env: dict[str, str] = {}

    def up(self) -> dict[str, str]:
        # The desktop's processes outlive the bash that starts them: become their
        # parent (a subreaper), so that they can be reaped when stopped.
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(36, 1, 0, 0, 0)  # PR_SET_CHILD_SUBREAPER
        script = (
            f"source {REPO / 'scripts/desktop-env.sh'!s}; desktop_up >&2; rc=$?; "
            'echo "DESK=$DESK"; echo "PIDS=${DESK_PIDS[*]}"; [ $rc = 0 ] || exit 1; env -0'
        )
        out = subprocess.run(
            ["bash", "-c", script], capture_output=True, timeout=60, stdin=subprocess.DEVNULL
        )
        head, _, envblock = out.stdout.partition(b"\n" + b"PIDS=")
        for line in head.decode().splitlines():
            if line.startswith("DESK="):
                self.folder = line[5:]
        pids, _, envblock = envblock.partition(b"\n")
        self.pids = [int(p) for p in pids.split()]
        if out.returncode != 0:
            self.down()
            raise SystemExit(f"the headless desktop did not start: {out.stderr.decode()[-500:]}")
        for item in envblock.split(b"\0"):
            key, sep, value = item.decode(errors="replace").partition("=")
            if sep:
                self.env[key] = value
        self.env.pop("QT_QPA_PLATFORM", None)
        return self.env

    def cpu_s(self) -> float:
        total = 0.0
        for pid in self.pids:
            reading = read_proc(pid)
            if reading is not None:
                total += reading.cpu_s + reading.children_s
        return total

    def down(self) -> None:
        for pid in reversed(self.pids):
            _signal(pid, signal.SIGTERM)
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline and any(_alive(p) for p in self.pids):
            time.sleep(0.1)
        for pid in self.pids:
            if _alive(pid):
                _signal(pid, signal.SIGKILL)
            with contextlib.suppress(ChildProcessError):
                os.waitpid(pid, 0)
        self.pids = []
        # Their own children (the panel's plugin process) were handed to us: reap them too.
        deadline = time.monotonic() + 5
        while orphans := _children():
            if time.monotonic() > deadline:
                for pid in orphans:
                    _signal(pid, signal.SIGKILL)
            for pid in orphans:
                with contextlib.suppress(ChildProcessError):
                    os.waitpid(pid, os.WNOHANG)
            time.sleep(0.1)
        if self.folder and Path(self.folder).name.startswith("deskguard-desk."):
            subprocess.run(["rm", "-rf", self.folder], check=False)


def machine_busy_s() -> float:
    """CPU seconds all cores spent busy since boot (/proc/stat)."""
    values = [int(v) for v in Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:9]]
    return (sum(values) - values[3] - values[4]) / TICK  # minus idle and iowait


def own_cpu_s() -> float:
    """This process and its waited-for children (the app runs, the baseline, xdotool)."""
    import resource

    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return time.process_time() + children.ru_utime + children.ru_stime


def _signal(pid: int, sig: int) -> None:
    with contextlib.suppress(ProcessLookupError):
        os.kill(pid, sig)


def _children() -> list[int]:
    """Processes whose parent is this one (all started processes were waited for by then)."""
    found = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        with contextlib.suppress(OSError, IndexError, ValueError):
            if int(stat.read_text().rpartition(")")[2].split()[1]) == os.getpid():
                found.append(int(stat.parent.name))
    return found


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rpartition(")")[2].split()[0]
    except (OSError, IndexError):
        return False
    return state != "Z"


# --- reading a process ----------------------------------------------------------------------


@dataclass
class Reading:
    t: float  # time.monotonic()
    cpu_s: float  # utime + stime, all threads
    children_s: float  # cutime + cstime (waited-for children: notify-send)
    rss_mb: float
    hwm_mb: float
    anon_mb: float = 0.0  # RssAnon: heap, models, tensors, Python objects
    file_mb: float = 0.0  # RssFile: mapped libraries (Qt, MediaPipe, OpenCV) and files


def read_proc(pid: int) -> Reading | None:
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rpartition(")")[2].split()
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return None
    mem = {}
    for line in status.splitlines():
        if line.startswith(("VmRSS:", "VmHWM:", "RssAnon:", "RssFile:")):
            mem[line.split(":")[0]] = int(line.split()[1]) / 1024
    return Reading(
        time.monotonic(),
        (int(fields[11]) + int(fields[12])) / TICK,
        (int(fields[13]) + int(fields[14])) / TICK,
        mem.get("VmRSS", 0.0),
        mem.get("VmHWM", 0.0),
        mem.get("RssAnon", 0.0),
        mem.get("RssFile", 0.0),
    )


class Watched:
    """A child process: its stderr lines (timestamped) and a /proc reading every second."""

    def __init__(self, cmd: list[str], env: dict[str, str]) -> None:
        self.started = time.monotonic()
        self.proc = subprocess.Popen(
            cmd, cwd=REPO, env=env, stderr=subprocess.PIPE, stdin=subprocess.DEVNULL, text=True
        )
        self.readings: list[Reading] = []
        self.lines: list[tuple[float, str, Reading | None]] = []
        self._new = threading.Condition()
        self._stop = threading.Event()
        threading.Thread(target=self._read_lines, daemon=True).start()
        threading.Thread(target=self._poll, daemon=True).start()

    def _read_lines(self) -> None:
        assert self.proc.stderr is not None
        for line in self.proc.stderr:
            reading = read_proc(self.proc.pid)  # at once: the CPU at this line
            with self._new:
                self.lines.append((time.monotonic(), line.rstrip(), reading))
                self._new.notify_all()

    def _poll(self) -> None:
        while not self._stop.is_set():
            reading = read_proc(self.proc.pid)
            if reading is not None and self.proc.poll() is None:
                self.readings.append(reading)
            self._stop.wait(1.0)

    def wait_for(self, text: str, timeout_s: float = 90.0) -> tuple[float, Reading | None]:
        deadline = time.monotonic() + timeout_s
        with self._new:
            while True:
                for t, line, reading in self.lines:
                    if text in line:
                        return t, reading
                left = deadline - time.monotonic()
                if left <= 0 or self.proc.poll() is not None:
                    tail = "\n".join(line for _, line, _ in self.lines[-15:])
                    raise RuntimeError(f"{text!r} not seen on stderr; last lines:\n{tail}")
                self._new.wait(min(left, 1.0))

    def stop(self) -> Reading | None:
        """The last reading, then SIGTERM and wait."""
        last = read_proc(self.proc.pid)
        self._stop.set()
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
        try:
            self.proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
        return last


# --- the dashboard: open by a second launch, close as the close button does -----------------


class _ClientMessage(ctypes.Structure):
    _fields_ = [
        ("type", ctypes.c_int),
        ("serial", ctypes.c_ulong),
        ("send_event", ctypes.c_int),
        ("display", ctypes.c_void_p),
        ("window", ctypes.c_ulong),
        ("message_type", ctypes.c_ulong),
        ("format", ctypes.c_int),
        ("data", ctypes.c_long * 5),
    ]


class _XEvent(ctypes.Union):
    _fields_ = [("client", _ClientMessage), ("pad", ctypes.c_long * 24)]


def close_window(window: int, display: str) -> None:
    """Send WM_DELETE_WINDOW, what a window manager sends for the close button.

    (There is no window manager on this desktop, and ``xdotool windowclose``
    destroys the X window behind Qt's back instead of asking it to close.)
    """
    x11 = ctypes.CDLL("libX11.so.6")
    x11.XOpenDisplay.restype = ctypes.c_void_p
    x11.XOpenDisplay.argtypes = [ctypes.c_char_p]
    x11.XInternAtom.restype = ctypes.c_ulong
    x11.XInternAtom.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int]
    x11.XSendEvent.argtypes = [
        ctypes.c_void_p,
        ctypes.c_ulong,
        ctypes.c_int,
        ctypes.c_long,
        ctypes.POINTER(_XEvent),
    ]
    x11.XFlush.argtypes = [ctypes.c_void_p]
    x11.XCloseDisplay.argtypes = [ctypes.c_void_p]
    dpy = x11.XOpenDisplay(display.encode())
    if not dpy:
        raise RuntimeError(f"cannot open display {display}")
    try:
        event = _XEvent()
        msg = event.client
        msg.type = 33  # ClientMessage
        msg.display = dpy
        msg.window = window
        msg.message_type = x11.XInternAtom(dpy, b"WM_PROTOCOLS", 0)
        msg.format = 32
        msg.data[0] = x11.XInternAtom(dpy, b"WM_DELETE_WINDOW", 0)
        msg.data[1] = 0  # CurrentTime
        x11.XSendEvent(dpy, window, 0, 0, ctypes.byref(event))
        x11.XFlush(dpy)
    finally:
        x11.XCloseDisplay(dpy)


def visible_dashboards(env: dict[str, str]) -> list[int]:
    found = subprocess.run(
        ["xdotool", "search", "--onlyvisible", "--name", DASHBOARD_TITLE],
        capture_output=True,
        text=True,
        env=env,
    )
    return [int(w) for w in found.stdout.split()]


def open_and_close_dashboard(app: Watched, env: dict[str, str]) -> dict[str, float]:
    """Raise the dashboard by a second launch, close it; RSS and VmHWM at each step."""
    before = read_proc(app.proc.pid)
    second = subprocess.run(
        [sys.executable, "-m", "deskguard", "app", "--source", "none"],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=90,
    )
    if "brought forward" not in second.stderr:
        raise RuntimeError(f"the second launch did not raise the dashboard: {second.stderr}")
    app.wait_for("dashboard raised for another launch", timeout_s=30)
    windows: list[int] = []
    deadline = time.monotonic() + 15
    while not windows and time.monotonic() < deadline:
        windows = visible_dashboards(env)
        time.sleep(0.2)
    if not windows:
        raise RuntimeError("no visible dashboard window")
    time.sleep(5)  # drawn, and its first refresh done
    shown = read_proc(app.proc.pid)
    for window in windows:
        close_window(window, env["DISPLAY"])
    deadline = time.monotonic() + 10
    while visible_dashboards(env) and time.monotonic() < deadline:
        time.sleep(0.2)
    closed = not visible_dashboards(env)
    time.sleep(5)
    after5 = read_proc(app.proc.pid)
    time.sleep(25)
    after30 = read_proc(app.proc.pid)
    assert before and shown and after5 and after30
    return {
        "hwm_before": before.hwm_mb,
        "rss_before": before.rss_mb,
        "rss_open": shown.rss_mb,
        "hwm_open": shown.hwm_mb,
        "cpu_open_s": shown.cpu_s - before.cpu_s,
        "rss_after5": after5.rss_mb,
        "rss_after30": after30.rss_mb,
        "hwm_after": after30.hwm_mb,
        "closed": float(closed),
    }


# --- the runs of the app --------------------------------------------------------------------


@dataclass
class Run:
    name: str
    startup_s: float = 0.0
    startup_cpu_s: float = 0.0
    steady_s: float = 0.0
    steady_cpu_s: float = 0.0
    children_cpu_s: float = 0.0
    samples: int = 0
    per_minute: list[int] = field(default_factory=list)
    peak_rss: float = 0.0  # VmHWM over the whole run
    rss_first: float = 0.0  # at the first sample
    rss_warm: float = float("nan")  # WARMUP_S later
    rss_end: float = 0.0  # at the end
    anon_end: float = 0.0
    file_end: float = 0.0
    growth_window_s: float = 0.0
    slope_mb_h: float = float("nan")

    @property
    def share(self) -> float:
        return 100 * self.steady_cpu_s / self.steady_s if self.steady_s else 0.0

    @property
    def ms_per_sample(self) -> float:
        return 1000 * self.steady_cpu_s / self.samples if self.samples else float("nan")


def _slope_mb_per_h(points: list[Reading]) -> float:
    if len(points) < 3:
        return float("nan")
    ts = [p.t for p in points]
    ys = [p.rss_mb for p in points]
    mt, my = statistics.fmean(ts), statistics.fmean(ys)
    var = sum((t - mt) ** 2 for t in ts)
    return 3600 * sum((t - mt) * (y - my) for t, y in zip(ts, ys, strict=True)) / var


def _launch(source: Path, db: Path, env: dict[str, str]) -> Watched:
    return Watched(
        [sys.executable, "-m", "deskguard", "app", "--source", str(source), "--db", str(db)], env
    )


def _check_exit(app: Watched, name: str, last: Reading | None) -> Reading:
    if app.proc.returncode != 0 or last is None:
        tail = "\n".join(line for _, line, _ in app.lines[-15:])
        raise RuntimeError(f"{name}: the app ended with {app.proc.returncode}:\n{tail}")
    return last


def run_app(
    name: str,
    source: Path,
    minutes: float,
    env: dict[str, str],
    workdir: Path,
    *,
    alongside: list[str] | None = None,
) -> tuple[Run, Run | None]:
    """The app on ``source`` for ``minutes`` after its first sample; optionally a bare tray too."""
    db = workdir / f"{name}.sqlite3"
    run = Run(name)
    bare = Watched(alongside, env) if alongside else None
    app = _launch(source, db, env)
    bare_run = None
    try:
        t_first, first = app.wait_for("first sample", timeout_s=120)
        assert first is not None
        run.startup_s = t_first - app.started
        run.startup_cpu_s = first.cpu_s + first.children_s
        time.sleep(max(0.0, t_first + 60 * minutes - time.monotonic()))
        last = _check_exit(app, name, app.stop())
    finally:
        if app.proc.poll() is None:
            app.proc.kill()
            app.proc.wait()
        if bare is not None:
            shown = bare.wait_for("tray icon shown", timeout_s=1)[1]
            bare_last = bare.stop()
            if shown is not None and bare_last is not None:
                bare_run = Run("bare tray")
                bare_run.steady_s = bare_last.t - shown.t
                bare_run.steady_cpu_s = bare_last.cpu_s - shown.cpu_s
                bare_run.startup_cpu_s = shown.cpu_s
                bare_run.peak_rss = bare_last.hwm_mb
                bare_run.rss_end = bare_last.rss_mb
    run.steady_s = last.t - t_first
    run.children_cpu_s = last.children_s - first.children_s
    run.steady_cpu_s = last.cpu_s - first.cpu_s + run.children_cpu_s
    con = sqlite3.connect(db)
    rows = con.execute("SELECT minute_utc, samples FROM minutes ORDER BY minute_utc").fetchall()
    con.close()
    run.samples = sum(n for _, n in rows) - 1  # the first sample belongs to start-up
    run.per_minute = [n for _, n in rows]
    steady = [r for r in app.readings if r.t >= t_first]
    warm = [r for r in steady if r.t >= t_first + WARMUP_S]
    run.peak_rss = last.hwm_mb
    run.rss_first = first.rss_mb
    run.rss_end, run.anon_end, run.file_end = last.rss_mb, last.anon_mb, last.file_mb
    if len(warm) >= 60:  # a minute of readings at least
        run.rss_warm = warm[0].rss_mb
        run.growth_window_s = last.t - warm[0].t
        run.slope_mb_h = _slope_mb_per_h(warm)
    return run, bare_run


def dashboard_run(source: Path, env: dict[str, str], workdir: Path) -> dict[str, float]:
    """A short run: a minute monitoring, then the dashboard opened and closed."""
    app = _launch(source, workdir / "dashboard.sqlite3", env)
    try:
        t_first, _ = app.wait_for("first sample", timeout_s=120)
        time.sleep(max(0.0, t_first + WARMUP_S - time.monotonic()))
        result = open_and_close_dashboard(app, env)
        _check_exit(app, "dashboard", app.stop())
    finally:
        if app.proc.poll() is None:
            app.proc.kill()
            app.proc.wait()
    return result


def analysis_alone_rss(models: Path, clips: Path, display: str | None) -> float:
    """bench_pipeline.py's fresh child: the analysis alone, frames streamed from a clip.

    With a display, MediaPipe maps an OpenGL driver when it loads the models
    (here Mesa's software one), as it does in the app on a desktop.
    """
    sys.path.insert(0, str(REPO / "benchmarks"))
    from bench_pipeline import peak_rss

    saved = os.environ.pop("DISPLAY", None)
    if display:
        os.environ["DISPLAY"] = display
    try:
        return peak_rss("pipeline", models, clips, 40)
    finally:
        os.environ.pop("DISPLAY", None)
        if saved is not None:
            os.environ["DISPLAY"] = saved


# --- per-sample cost in this process --------------------------------------------------------


def in_process_costs(models: Path, folder: Path, clip: Path, n: int) -> dict[str, float]:
    """Median CPU ms per sample: reading each source as the app's worker does, and analysis."""
    sys.path.insert(0, str(REPO))
    sys.path.insert(0, str(REPO / "benchmarks"))
    from bench_pipeline import Bare
    from mediapipe.tasks.python import vision

    from deskguard.analysis.analyzer import MediaPipeAnalyzer
    from deskguard.capture import open_source
    from deskguard.cli import DEFAULT_EVERY_S

    def reads(spec: Path) -> tuple[list[float], list]:
        times, frames = [], []
        source = open_source(str(spec), every_s=DEFAULT_EVERY_S)
        for _ in range(n):
            t = time.process_time()
            frame = source.read()
            if frame is None:  # the worker's loop: reopen at the end
                source.close()
                source = open_source(str(spec), every_s=DEFAULT_EVERY_S)
                frame = source.read()
            times.append(time.process_time() - t)
            frames.append(frame)
        source.close()
        return times, frames

    folder_s, frames = reads(folder)
    video_s, _ = reads(clip)
    analyzer = MediaPipeAnalyzer.create(
        models / "face_landmarker.task", models / "pose_landmarker_lite.task"
    )
    bare = Bare(models, vision.RunningMode.IMAGE)
    for f in frames[:3]:  # warm-up
        analyzer.analyze(f)
        bare.run(f.image)
    analyze_s, bare_s = [], []
    for i, f in enumerate(frames):
        for step in ("a", "b") if i % 2 == 0 else ("b", "a"):
            t = time.process_time()
            if step == "a":
                analyzer.analyze(f)
                analyze_s.append(time.process_time() - t)
            else:
                bare.run(f.image)
                bare_s.append(time.process_time() - t)
    analyzer.close()
    bare.close()
    med = lambda xs: 1000 * statistics.median(xs)  # noqa: E731
    return {
        "folder_read": med(folder_s),
        "video_read": med(video_s),
        "analyze": med(analyze_s),
        "bare": med(bare_s),
    }


def write_frames(clip: Path, folder: Path, count: int) -> None:
    import cv2

    capture = cv2.VideoCapture(str(clip))
    total = int(capture.get(cv2.CAP_PROP_FRAME_COUNT)) or count
    step = max(1, total // count)
    index = written = 0
    while written < count:
        ok, image = capture.read()
        if not ok:
            break
        if index % step == 0:
            cv2.imwrite(
                str(folder / f"frame{written:03d}.jpg"), image, [cv2.IMWRITE_JPEG_QUALITY, 90]
            )
            written += 1
        index += 1
    capture.release()


# --- report ---------------------------------------------------------------------------------


def verdict(ok: bool) -> str:
    return "PASS" if ok else "MISS"


def report(
    runs: list[Run],
    bare: Run | None,
    dash: dict[str, float] | None,
    costs: dict[str, float],
    minutes: float,
    load: tuple[float, float | None],
) -> None:
    import mediapipe as mp

    print(
        f"DeskGuard app benchmark: the real tray app on a headless desktop, default settings, "
        f"{minutes:g} min steady per source, {os.cpu_count()} CPUs, mediapipe {mp.__version__}"
    )
    others, desk = load
    print(
        f"other processes on the machine during the app runs: {others:.2f} cores on average"
        + (f" (the headless desktop itself: {100 * desk:.2f} % of one core)" if desk else "")
    )
    print(
        f"in this process, CPU ms per sample (medians): analyze {costs['analyze']:.1f}, "
        f"bare MediaPipe {costs['bare']:.1f}; read a JPEG frame {costs['folder_read']:.1f}, "
        f"read the looped clip {costs['video_read']:.1f}"
    )
    print(
        f"analysis alone in a fresh process (bench_pipeline.py's RSS child): "
        f"peak RSS {costs['analysis_rss']:.0f} MB without a display, "
        f"{costs['analysis_rss_display']:.0f} MB with one"
    )
    if bare is not None:
        print(
            f"bare PySide6 tray (5 s idle timer), {bare.steady_s / 60:.1f} min alongside the "
            f"first run: {bare.steady_cpu_s:.2f} s CPU = {bare.share:.3f} % of one core, "
            f"peak RSS {bare.peak_rss:.0f} MB"
            + (" (below the 10 ms resolution of /proc)" if bare.steady_cpu_s == 0 else "")
        )
    for run in runs:
        read = costs["folder_read"] if run.name == "frames" else costs["video_read"]
        pipeline = read + costs["analyze"]
        interval = run.steady_s / run.samples if run.samples else float("nan")
        ratio = f"{run.share / bare.share:.0f} x the bare tray" if bare and bare.share else ""
        print(f"{run.name}: the app on the {SOURCES[run.name]}, dashboard never opened")
        print(
            f"  start-up to first sample  {run.startup_s:5.1f} s wall, "
            f"{run.startup_cpu_s:5.1f} s CPU"
        )
        print(
            f"  steady                    {run.steady_s / 60:5.1f} min, {run.samples} samples "
            f"(one every {interval:.1f} s), {run.steady_cpu_s:.1f} s CPU "
            f"(children {run.children_cpu_s:.2f} s)"
        )
        print(f"  average share of one core {run.share:6.2f} %   {ratio}")
        print(
            f"  CPU per sample            {run.ms_per_sample:6.1f} ms   (read + analyze in "
            f"process {pipeline:.1f} ms: ratio {run.ms_per_sample / pipeline:.2f}; "
            f"bare MediaPipe {costs['bare']:.1f} ms)"
        )
        print(f"  samples per minute        {' '.join(map(str, run.per_minute))}")
        print(
            f"  peak RSS (VmHWM)          {run.peak_rss:6.0f} MB   (at the end: RSS "
            f"{run.rss_end:.0f} MB = anonymous {run.anon_end:.0f} + file-backed "
            f"{run.file_end:.0f})"
        )
        print(
            f"  RSS                       {run.rss_first:.1f} MB at the first sample, "
            f"{run.rss_warm:.1f} after {WARMUP_S:.0f} s, {run.rss_end:.1f} at the end"
        )
        print(
            f"  growth                    {run.rss_end - run.rss_warm:+.1f} MB in "
            f"{run.growth_window_s / 60:.1f} min; fitted slope {run.slope_mb_h:+.1f} MB/h, "
            f"EXTRAPOLATED to 8 h: {8 * run.slope_mb_h:+.1f} MB"
        )
    if any(math.isnan(run.slope_mb_h) for run in runs):
        print(f"  (growth n/a: a run shorter than the {WARMUP_S:.0f} s warm-up plus a minute)")
    if dash is not None:
        report_dashboard(dash)
    print("summary (goals from issue 9):")
    for run in runs:
        print(
            f"  {verdict(run.share <= GOAL_SHARE)}  {run.name:<9} average CPU {run.share:.2f} % "
            f"of one core over {run.steady_s / 60:.1f} min (goal <= {GOAL_SHARE} %)"
        )
    for run in runs:
        print(
            f"  {verdict(run.peak_rss <= GOAL_RSS_MB)}  {run.name:<9} peak RSS while monitoring "
            f"{run.peak_rss:.0f} MB (goal <= {GOAL_RSS_MB:.0f} MB)"
        )
    if dash is not None:
        print(
            f"  {verdict(dash['hwm_after'] <= GOAL_RSS_MB)}  dashboard peak RSS with the "
            f"dashboard opened and closed {dash['hwm_after']:.0f} MB (goal <= {GOAL_RSS_MB:.0f} MB)"
        )
    for run in runs:
        grow = 8 * run.slope_mb_h
        mark = "n/a " if math.isnan(grow) else verdict(abs(grow) <= GOAL_GROWTH_MB)
        print(
            f"  {mark}  {run.name:<9} growth over 8 h "
            f"{grow:+.1f} MB, EXTRAPOLATED from {run.growth_window_s / 60:.1f} min "
            f"(goal <= {GOAL_GROWTH_MB:.0f} MB)"
        )


def report_dashboard(dash: dict[str, float]) -> None:
    print(f"dashboard: the app on the {SOURCES['frames']}, {WARMUP_S:.0f} s after the first sample")
    print(
        f"  peak RSS never opened     {dash['hwm_before']:6.0f} MB   (RSS {dash['rss_before']:.0f})"
    )
    print(
        f"  opened (second launch)    RSS {dash['rss_open']:.0f} MB, "
        f"{dash['cpu_open_s']:.2f} s CPU until drawn (with any sample meanwhile)"
    )
    print(
        f"  closed                    RSS {dash['rss_after5']:.0f} MB 5 s after, "
        f"{dash['rss_after30']:.0f} MB 30 s after"
        + ("" if dash["closed"] else " (the window did NOT close)")
    )
    print(f"  peak RSS after closing    {dash['hwm_after']:6.0f} MB")


SOURCES = {"frames": "folder of JPEG frames", "video": "looped video file"}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--models", type=Path, default=Path(os.environ.get("DESKGUARD_MODELS", SHARED / "models"))
    )
    parser.add_argument("--clips", type=Path, default=SHARED / "datasets/face-video-clips")
    parser.add_argument(
        "--minutes", type=float, default=3.0, help="steady minutes per source (default 3)"
    )
    parser.add_argument("--frames", type=int, default=24, help="frames in the folder source")
    parser.add_argument(
        "--only",
        choices=("frames", "video"),
        help="run the app on one source only, without the dashboard run (for long runs)",
    )
    args = parser.parse_args()
    clip = args.clips / CLIP
    desktop = Desktop()
    env = dict(os.environ)
    try:
        if not env.get("DISPLAY"):
            env = desktop.up()
            print("started a headless desktop", file=sys.stderr)
        with tempfile.TemporaryDirectory(prefix="deskguard-bench-app.") as tmp:
            work = Path(tmp)
            env.update(
                DESKGUARD_DATA_DIR=str(work / "data"),
                DESKGUARD_CONFIG_DIR=str(work / "config"),
                DESKGUARD_MODELS=str(args.models),
                PYTHONUNBUFFERED="1",
            )
            (work / "data").mkdir()
            (work / "data" / "welcomed").touch()  # a returning user: no welcome
            runtime = work / "run"
            runtime.mkdir(mode=0o700)
            env["XDG_RUNTIME_DIR"] = str(runtime)  # the single-instance lock of this run only
            (work / "config").mkdir()
            # Monitor at any hour; everything else at its default.
            (work / "config" / "settings.json").write_text(
                '{"work_start": "00:00", "work_end": "23:59", "work_days": "1234567"}'
            )
            frames = work / "frames"
            frames.mkdir()
            write_frames(clip, frames, args.frames)
            print("measuring the per-sample cost in process", file=sys.stderr)
            costs = in_process_costs(args.models, frames, clip, 40)
            costs["analysis_rss"] = analysis_alone_rss(args.models, args.clips, None)
            costs["analysis_rss_display"] = analysis_alone_rss(
                args.models, args.clips, env["DISPLAY"]
            )
            busy0, own0, desk0 = machine_busy_s(), own_cpu_s(), desktop.cpu_s()
            t0 = time.monotonic()
            runs: list[Run] = []
            bare = None
            for name in ("frames", "video"):
                if args.only not in (None, name):
                    continue
                print(f"the app on the {SOURCES[name]}, {args.minutes:g} min", file=sys.stderr)
                run, baseline = run_app(
                    name,
                    frames if name == "frames" else clip,
                    args.minutes,
                    env,
                    work,
                    alongside=None if runs else [sys.executable, "-c", BARE_TRAY],
                )
                runs.append(run)
                bare = bare or baseline
            wall = time.monotonic() - t0
            desk = desktop.cpu_s() - desk0
            others = (machine_busy_s() - busy0 - (own_cpu_s() - own0) - desk) / wall
            dash = None
            if args.only is None:
                print("the dashboard, opened and closed", file=sys.stderr)
                dash = dashboard_run(frames, env, work)
        report(
            runs,
            bare,
            dash,
            costs,
            args.minutes,
            (others, desk / wall if desktop.pids else None),
        )
    finally:
        desktop.down()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
