"""Frame sources on the real clips and images, and every kind of bad input."""

from __future__ import annotations

import shutil
from pathlib import Path

import numpy as np
import pytest

from deskguard.capture import (
    CameraBusyError,
    CameraNotFoundError,
    DamagedVideoError,
    NotAVideoError,
    UnreadableSourceError,
    open_source,
)
from deskguard.capture.camera import OpenCvCamera


def _drain(source) -> list:
    frames = []
    with source:
        while (frame := source.read()) is not None:
            frames.append(frame)
    return frames


def test_video_gives_every_frame_with_clip_time(datasets_dir: Path) -> None:
    frames = _drain(open_source(datasets_dir / "face-video-clips" / "single_face.mp4"))
    assert len(frames) == 72  # SOURCE.md: 72 frames at 30 fps
    assert frames[0].size == (640, 360)
    assert frames[-1].t_s == pytest.approx(71 / 30.0)
    assert [f.index for f in frames] == list(range(72))


@pytest.mark.parametrize(
    ("every_s", "expected_t"), [(0.5, [0.0, 0.5, 1.0, 1.5, 2.0]), (1.0, [0.0, 1.0, 2.0])]
)
def test_video_sampled_like_the_live_app(
    datasets_dir: Path, every_s: float, expected_t: list
) -> None:
    clip = datasets_dir / "face-video-clips" / "single_face.mp4"
    frames = _drain(open_source(clip, every_s=every_s))
    assert [f.t_s for f in frames] == pytest.approx(expected_t, abs=1 / 30)


def test_sampling_a_longer_clip(datasets_dir: Path) -> None:
    clip = datasets_dir / "face-video-clips" / "WolfgangLanger_Pexels.mp4"
    frames = _drain(open_source(clip, every_s=5.0))
    assert [round(f.t_s) for f in frames] == [0, 5, 10, 15]  # 19.7 s long


def test_image_folder_in_name_order(datasets_dir: Path) -> None:
    folder = datasets_dir / "desk-posture-goodbad" / "images"
    frames = _drain(open_source(folder, every_s=2.0))
    names = sorted(p.name for p in folder.iterdir() if p.suffix == ".jpg")
    assert [Path(f.source).name for f in frames] == names
    assert frames[3].t_s == pytest.approx(6.0)
    assert all(f.image.ndim == 3 and f.image.dtype == np.uint8 for f in frames)


def test_single_image(datasets_dir: Path) -> None:
    frames = _drain(open_source(datasets_dir / "aflw2000-3d" / "images" / "image00002.jpg"))
    assert len(frames) == 1 and frames[0].size == (450, 450)


def test_missing_path_is_unreadable(tmp_path: Path) -> None:
    with pytest.raises(UnreadableSourceError, match="no such file"):
        open_source(tmp_path / "nothing.mp4")


def test_text_file_is_not_a_video(tmp_path: Path) -> None:
    fake = tmp_path / "notes.mp4"
    fake.write_text("this is not a video\n" * 100)
    with pytest.raises(NotAVideoError, match="not a video"):
        _drain(open_source(fake))


def test_empty_file_is_not_a_video(tmp_path: Path) -> None:
    empty = tmp_path / "empty.avi"
    empty.touch()
    with pytest.raises(NotAVideoError, match="empty"):
        open_source(empty)


def test_truncated_video_gives_what_it_has_then_says_it_is_cut_short(
    datasets_dir: Path, tmp_path: Path
) -> None:
    data = (datasets_dir / "face-video-clips" / "WolfgangLanger_Pexels.mp4").read_bytes()
    cut = tmp_path / "cut.mp4"
    cut.write_bytes(data[: len(data) // 3])
    source = open_source(cut)  # the MP4 index is at the front of this file
    frames = []
    with pytest.raises(DamagedVideoError, match="damaged or cut short"):
        while (frame := source.read()) is not None:
            frames.append(frame)
    assert 0 < len(frames) < 472


def test_folder_without_images(tmp_path: Path) -> None:
    (tmp_path / "readme.txt").write_text("no pictures here")
    with pytest.raises(UnreadableSourceError, match="no images"):
        open_source(tmp_path)


def test_a_corrupt_image_is_reported_and_the_folder_goes_on(
    datasets_dir: Path, tmp_path: Path
) -> None:
    src = datasets_dir / "aflw2000-3d" / "images"
    shutil.copy(src / "image00002.jpg", tmp_path / "a.jpg")
    (tmp_path / "b.jpg").write_bytes(b"\xff\xd8\xff garbage")
    shutil.copy(src / "image00010.jpg", tmp_path / "c.jpg")
    source = open_source(tmp_path)
    assert source.read().source.endswith("a.jpg")
    with pytest.raises(NotAVideoError, match=r"b\.jpg"):
        source.read()
    assert source.read().source.endswith("c.jpg")
    assert source.read() is None


def test_non_positive_sampling_interval_is_refused(datasets_dir: Path) -> None:
    with pytest.raises(ValueError, match="positive"):
        open_source(datasets_dir / "face-video-clips" / "single_face.mp4", every_s=0)


def test_camera_that_does_not_exist() -> None:
    camera = open_source("97")
    assert camera.is_live
    with pytest.raises(CameraNotFoundError, match="No camera"):
        camera.read()


def test_device_that_is_not_a_camera(tmp_path: Path) -> None:
    # A node that exists and opens but is no capture device: the message says both causes.
    with pytest.raises(CameraBusyError, match=r"could not be opened.*not a video capture device"):
        OpenCvCamera("/dev/null").read()


def test_nothing_is_written_to_disk_while_reading(
    datasets_dir: Path, tmp_path: Path, monkeypatch
) -> None:
    monkeypatch.chdir(tmp_path)
    _drain(open_source(datasets_dir / "face-video-clips" / "single_face.mp4", every_s=0.5))
    assert list(tmp_path.rglob("*")) == []
