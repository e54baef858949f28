"""Memory over 8 simulated hours of the real tray app: is it flat?

    python benchmarks/bench_8h.py [--hours H] [--models DIR] [--clip FILE]

The real ``DeskGuardApp`` (tray, worker thread, MediaPipe, history, notifier)
runs in this process on a headless desktop (started for the run when $DISPLAY
is unset: scripts/desktop-env.sh), watching the shared clip as its camera.
Only the clock is simulated: it jumps to the moment the app's own monitor says
the next frame is due (its live cadence: 5 s, 10 s for a steady user), so
8 hours of the app's life take a few minutes. Every simulated hour the
dashboard is opened and closed once, as a user would.

Printed: VmRSS after the first hour (warm) and at the end, the growth in
between, and, as the baseline measured in the same run, the growth of the
bare analyzer (``MediaPipeAnalyzer.analyze`` on the same clip, as many frames,
no app) over its own run. The goal (issue 9): at most 5 MB over 8 hours.
Nothing is written outside a temporary folder.
"""

from __future__ import annotations

import argparse
import gc
import sys
import tempfile
import time
from pathlib import Path

from _inprocess import add_sources, rerun_on_a_desktop, temporary_user


def rss_mb() -> float:
    """This process's resident memory now (VmRSS), MB."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    raise RuntimeError("no VmRSS in /proc/self/status")


def analyzer_alone(models: Path, clip: Path, frames: int) -> tuple[float, float]:
    """RSS (MB) after a warm-up and after ``frames`` analyses of the clip, no app."""
    from deskguard.analysis.analyzer import MediaPipeAnalyzer
    from deskguard.capture.playback import Playback

    playback = Playback(clip)
    with MediaPipeAnalyzer.load(models) as analyzer:
        warm = max(1, frames // 8)
        for k in range(frames):
            frame = playback.frame_at(k * 7.3)  # a spread of frames, as the app sees them
            assert frame is not None
            analyzer.analyze(frame)
            if k == warm:
                gc.collect()
                after_warm = rss_mb()
        gc.collect()
        end = rss_mb()
    playback.close()
    return after_warm, end


def run_app(models: Path, clip: Path, hours: float) -> dict[str, float]:
    """The real app over ``hours`` of simulated time; RSS per hour."""
    from PySide6.QtWidgets import QApplication

    from deskguard.core.clock import SimulatedClock
    from deskguard.ui.app import AppOptions, DeskGuardApp

    qapp = QApplication.instance() or QApplication(sys.argv[:1])
    qapp.setQuitOnLastWindowClosed(False)
    start = time.time()
    # A Monday, 08:00 local: the whole run falls in the default work hours.
    t0 = time.mktime((2026, 11, 23, 8, 0, 0, 0, 0, -1))
    clock = SimulatedClock(t0)
    folder = Path(tempfile.mkdtemp(prefix="deskguard-8h."))
    app = DeskGuardApp(
        qapp,
        AppOptions(
            source=str(clip), models=models, db=folder / "h.sqlite3", clock=clock, welcome=False
        ),
    )
    app.start()
    deadline = time.monotonic() + 120
    while not app.controller.started:
        qapp.processEvents()
        if time.monotonic() > deadline:
            raise SystemExit(f"the models did not load: {app.controller.models_message}")
        time.sleep(0.01)
    rss_by_hour: list[float] = []
    next_hour = t0 + 3600
    while clock.t < t0 + hours * 3600:
        clock.t += max(app.monitor.wait_s(), 0.5)
        app.controller.wake()
        while app.controller.waiting_for_frame:
            qapp.processEvents()
            time.sleep(0.001)
        qapp.processEvents()
        if clock.t >= next_hour:
            app.show_dashboard()
            qapp.processEvents()
            app.windows["dashboard"].close()
            for _ in range(5):
                qapp.processEvents()
            gc.collect()
            rss_by_hour.append(rss_mb())
            next_hour += 3600
    samples = app.monitor.samples
    app._shutdown()
    return {
        "samples": samples,
        "wall_s": time.time() - start,
        **{f"h{k + 1}": v for k, v in enumerate(rss_by_hour)},
    }


def main() -> int:
    """Bring up a desktop if needed, run both parts, print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--hours", type=float, default=8.0)
    add_sources(parser)
    args = parser.parse_args()
    code = rerun_on_a_desktop(__file__)
    if code is not None:
        return code
    temporary_user("deskguard-8h-home.")
    app = run_app(args.models, args.clip, args.hours)
    hours = [
        app[k] for k in sorted((k for k in app if k.startswith("h")), key=lambda k: int(k[1:]))
    ]
    frames = int(app["samples"])
    alone_warm, alone_end = analyzer_alone(args.models, args.clip, frames)
    growth = hours[-1] - hours[0] if len(hours) > 1 else float("nan")
    alone = alone_end - alone_warm
    print(f"app: {frames} samples over {args.hours:g} simulated hours in {app['wall_s']:.0f} s")
    print("app RSS by simulated hour (MB): " + ", ".join(f"{v:.1f}" for v in hours))
    print(
        f"app RSS growth from hour 1 to hour {len(hours)}: {growth:+.1f} MB (goal: at most +5 MB)"
    )
    print(
        f"baseline, the analyzer alone on {frames} frames: {alone_warm:.1f} -> {alone_end:.1f} MB "
        f"({alone:+.1f} MB)"
    )
    print(f"app growth minus the analyzer's own: {growth - alone:+.1f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
