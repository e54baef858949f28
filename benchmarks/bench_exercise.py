"""What an exercise window costs: CPU while the camera counts, against plain monitoring.

    python benchmarks/bench_exercise.py [--seconds S] [--models DIR] [--clip FILE]

The real ``DeskGuardApp`` (tray, worker thread, MediaPipe, history) runs in
this process on a headless desktop (started for the run when $DISPLAY is
unset: scripts/desktop-env.sh), on the real clock, watching the shared clip
as its camera. Three phases of ``--seconds`` each are measured by this
process's own CPU time (all threads: ``time.process_time``):

1. plain monitoring, the baseline (the app's own cadence: a frame every 5 s);
2. the break window open on neck turns, the camera counting (a frame's
   figures about three times a second; the face model only);
3. the window on shoulder shrugs, which also needs the pose model.

Printed: the share of one core in each phase, the CPU per counting frame,
and the ratio of each counting phase to the baseline. A window counts for
at most the exercise's length plus 15 s (here 45 s for neck turns), so a
session's extra cost is that share for that long. Nothing is written
outside a temporary folder.
"""

from __future__ import annotations

import argparse
import sys
import time

from _inprocess import add_sources, rerun_on_a_desktop, temporary_user


def measure(qapp, seconds: float) -> tuple[float, float]:
    """(CPU seconds, wall seconds) of this process while Qt runs for ``seconds``."""
    cpu0, wall0 = time.process_time(), time.monotonic()
    deadline = wall0 + seconds
    while time.monotonic() < deadline:
        qapp.processEvents()
        time.sleep(0.01)
    return time.process_time() - cpu0, time.monotonic() - wall0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seconds", type=float, default=40.0)
    add_sources(parser)
    args = parser.parse_args()
    code = rerun_on_a_desktop(__file__)
    if code is not None:
        return code
    home = temporary_user("deskguard-exercise-home.")

    from PySide6.QtWidgets import QApplication

    from deskguard.core.engine import EventKind
    from deskguard.core.exercises import SHOULDER_SHRUGS
    from deskguard.ui.app import AppOptions, DeskGuardApp

    qapp = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(qapp, QApplication)
    qapp.setQuitOnLastWindowClosed(False)
    app = DeskGuardApp(
        qapp,
        AppOptions(source=str(args.clip), models=args.models, db=home / "h.sqlite3", welcome=False),
    )
    app.start()
    deadline = time.monotonic() + 60
    while not app.controller.started or app.monitor.samples == 0:
        if time.monotonic() > deadline:
            print("the app did not start sampling within 60 s", file=sys.stderr)
            return 1
        qapp.processEvents()
        time.sleep(0.01)
    measure(qapp, 5.0)  # settle

    frames: list[int] = []
    app.controller.exercise_sample.connect(lambda _s: frames.append(1))
    base_cpu, base_wall = measure(qapp, args.seconds)

    results = []
    for label, exercise_id in (("neck turns", None), ("shoulder shrugs", SHOULDER_SHRUGS)):
        app.show_exercise(EventKind.SHIFT_REMINDER)
        window = app.windows["exercise"]
        if exercise_id is not None:
            while window.exercise.id != exercise_id:
                window.another()
        assert window.counting, f"{label}: the window is not counting"
        # Measured only while it counts (a window counts for the exercise's length).
        before = len(frames)
        cpu, wall = measure(qapp, args.seconds)
        counted_frames = len(frames) - before
        still_counting = window.counting
        window.skip()
        measure(qapp, 1.0)
        results.append((label, cpu, wall, counted_frames, still_counting))

    base_share = 100 * base_cpu / base_wall
    print(f"baseline, plain monitoring: {base_share:.2f} % of one core over {base_wall:.0f} s")
    for label, cpu, wall, n, still in results:
        share = 100 * cpu / wall
        per_frame = 1000 * (cpu - base_cpu * wall / base_wall) / max(1, n)
        print(
            f"exercise window, {label}: {share:.1f} % of one core over {wall:.0f} s, "
            f"{n} counting frames ({n / wall:.1f}/s), {per_frame:.0f} ms CPU each over the "
            f"baseline; {share / base_share:.0f} x the baseline"
            + ("" if still else " (counting had stopped before the end: the exercise's length)")
        )
    app.qapp.aboutToQuit.disconnect(app._shutdown)
    app._shutdown()
    return 0


if __name__ == "__main__":
    sys.exit(main())
