"""Time from launch to the tray icon, and to the first sample, against a bare Qt tray app.

    bash -c 'source scripts/desktop-env.sh && desktop_up && python benchmarks/bench_startup.py'

Needs a display with a tray host. Starts ``deskguard app`` on a recording N
times and reads its log for "tray icon shown" and the first state after the
models have loaded; the baseline is the smallest PySide6 program that puts
an icon in the tray, started the same way in the same run.
"""

from __future__ import annotations

import os
import queue
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"

BARE_TRAY = """
import sys, time
from PySide6.QtGui import QIcon, QPixmap
from PySide6.QtWidgets import QApplication, QSystemTrayIcon
app = QApplication(sys.argv[:1])
pixmap = QPixmap(32, 32); pixmap.fill()
tray = QSystemTrayIcon(QIcon(pixmap)); tray.show()
print("tray icon shown", file=sys.stderr, flush=True)
"""


def time_until(cmd: list[str], marks: list[str], env: dict[str, str]) -> list[float]:
    """Seconds from spawn until each mark appears on stderr, then stop the process."""
    lines: queue.Queue[tuple[float, str]] = queue.Queue()
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=REPO, env=env, stderr=subprocess.PIPE, text=True)
    assert proc.stderr is not None
    stream = proc.stderr
    threading.Thread(
        target=lambda: [lines.put((time.perf_counter(), x)) for x in stream], daemon=True
    ).start()
    found: list[float] = []
    try:
        for mark in marks:
            while True:
                t, line = lines.get(timeout=60)
                if mark in line:
                    found.append(t - start)
                    break
    finally:
        proc.terminate()
        proc.wait(timeout=30)
    return found


def main() -> int:
    if not os.environ.get("DISPLAY"):
        print("needs a display with a tray host (see the docstring)", file=sys.stderr)
        return 1
    runs = 5
    with tempfile.TemporaryDirectory() as tmp:
        env = dict(
            os.environ,
            DESKGUARD_DATA_DIR=f"{tmp}/data",
            DESKGUARD_CONFIG_DIR=f"{tmp}/config",
            DESKGUARD_MODELS=os.environ.get("DESKGUARD_MODELS", str(SHARED / "models")),
            PYTHONUNBUFFERED="1",
        )
        settings = Path(tmp, "config")
        settings.mkdir()
        Path(tmp, "data").mkdir()
        Path(tmp, "data", "welcomed").touch()  # a returning user: no first start's welcome
        # Monitor at any hour, so the first sample comes whenever this runs.
        (settings / "settings.json").write_text(
            '{"work_start": "00:00", "work_end": "23:59", "work_days": "1234567"}'
        )
        clip = SHARED / "datasets/face-video-clips/single_face.mp4"
        app = [sys.executable, "-m", "deskguard", "app", "--source", str(clip), "--every-s", "1"]
        bare = [sys.executable, "-c", BARE_TRAY]
        tray_s, models_s, first_s, bare_s = [], [], [], []
        for _ in range(runs):
            bare_s += time_until(bare, ["tray icon shown"], env)
            shown, loaded, sampled = time_until(
                app, ["tray icon shown", "models loaded", "first sample"], env
            )
            tray_s.append(shown)
            models_s.append(loaded)
            first_s.append(sampled)
    tray, base = statistics.median(tray_s), statistics.median(bare_s)
    print(f"startup over {runs} launches (medians), on a recording, 2 CPUs:")
    print(f"  bare PySide6 tray icon         {base:5.2f} s")
    print(f"  DeskGuard tray icon shown      {tray:5.2f} s   (ratio {tray / base:.2f})")
    print(f"  DeskGuard models loaded        {statistics.median(models_s):5.2f} s")
    print(f"  DeskGuard first sample         {statistics.median(first_s):5.2f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
