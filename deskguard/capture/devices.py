"""The cameras this computer has, listed without opening any (no OpenCV here)."""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True, slots=True)
class CameraDevice:
    """A camera the system lists: what to open and what to call it."""

    spec: str  # for open_source: "/dev/video0", or an index elsewhere
    name: str  # as the driver names it, e.g. "Integrated Camera"


def list_cameras(sysfs: Path = Path("/sys/class/video4linux")) -> list[CameraDevice]:
    """The cameras present, without opening any (opening one would light it up).

    Linux lists its video devices in sysfs; a webcam has two, the picture
    (index 0) and its metadata (index 1), and only the first is a camera.
    Elsewhere there is no such list without opening devices: empty.
    """
    if not sys.platform.startswith("linux") or not sysfs.is_dir():
        return []
    found: list[tuple[int, CameraDevice]] = []
    for node in sysfs.glob("video*"):
        number = node.name.removeprefix("video")
        if not number.isdigit():
            continue
        if _read_text(node / "index", "0") != "0":
            continue  # the metadata node of a camera listed already
        name = _read_text(node / "name", "") or f"Camera {number}"
        found.append((int(number), CameraDevice(f"/dev/{node.name}", name)))
    return [device for _, device in sorted(found)]


def _read_text(path: Path, default: str) -> str:
    try:
        return path.read_text(encoding="utf-8", errors="replace").strip()
    except OSError:
        return default
