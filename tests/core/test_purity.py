"""The core imports with no Qt, OpenCV, MediaPipe, NumPy or SQLite at all."""

from __future__ import annotations

import pkgutil
import subprocess
import sys

import deskguard.core

BLOCKED = ("PySide6", "cv2", "mediapipe", "numpy", "sqlite3", "plyer", "platformdirs")


def test_core_imports_with_the_heavy_packages_unavailable() -> None:
    modules = [f"deskguard.core.{m.name}" for m in pkgutil.iter_modules(deskguard.core.__path__)]
    assert len(modules) >= 5
    code = "\n".join(
        ["import sys", *(f"sys.modules[{name!r}] = None" for name in BLOCKED)]
        + [f"import {m}" for m in modules]
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
