"""A folder played as a camera: an image that cannot be read is skipped, the rest plays.

It once ended the whole replay at the first bad file (``analyze`` reported
it and went on). Real image files, written with OpenCV; no models.
"""

from __future__ import annotations

from pathlib import Path

import cv2
import numpy as np
import pytest

from deskguard.capture import CaptureError, UnreadableSourceError
from deskguard.capture.playback import Playback

IMAGE_S = 5.0


def _image(path: Path, shade: int) -> Path:
    cv2.imwrite(str(path), np.full((48, 64, 3), shade, np.uint8))
    return path


def _shade(frame_image: np.ndarray) -> int:
    return int(frame_image[0, 0, 0])


def _shade_at(playback: Playback, t_s: float) -> int:
    frame = playback.frame_at(t_s)
    assert frame is not None
    return _shade(frame.image)


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """a.png (10), b.png (not an image), c.png (30), d.png (empty)."""
    _image(tmp_path / "a.png", 10)
    (tmp_path / "b.png").write_text("not an image")
    _image(tmp_path / "c.png", 30)
    (tmp_path / "d.png").write_bytes(b"")
    return tmp_path


def test_each_bad_image_is_told_once_and_a_neighbour_shows_in_its_place(folder: Path) -> None:
    told: list[CaptureError] = []
    playback = Playback(folder, image_s=IMAGE_S, on_skip=told.append)
    shades = [_shade_at(playback, i * IMAGE_S + 1) for i in range(4)]
    assert shades == [10, 10, 30, 30]  # b and d: the picture before them stays
    again = [_shade_at(playback, i * IMAGE_S + 2) for i in range(4)]
    assert again == shades
    assert [Path(str(e).split(":")[0]).name for e in told] == ["b.png", "d.png"]  # once each
    assert sorted(playback.skipped) == [1, 3]
    assert playback.duration_s == 4 * IMAGE_S  # the folder's time is kept


def test_a_bad_first_image_shows_the_next(tmp_path: Path) -> None:
    (tmp_path / "a.png").write_text("not an image")
    _image(tmp_path / "b.png", 20)
    playback = Playback(tmp_path, image_s=IMAGE_S)
    assert _shade_at(playback, 0.0) == 20


def test_a_folder_with_no_readable_image_says_so(tmp_path: Path) -> None:
    for name in ("a.png", "b.jpg"):
        (tmp_path / name).write_text("not an image")
    playback = Playback(tmp_path, image_s=IMAGE_S)
    with pytest.raises(UnreadableSourceError, match="none of its 2 images can be read"):
        playback.frame_at(0.0)
