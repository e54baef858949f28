"""A sampled video decodes only what it needs, and picks exactly the frames it always did.

The reference is the sequential path written out here: decode every frame
from the start and keep the first at or after each sampling instant. Frames
are compared by the hash of their pixels, decoded in memory only.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import cv2
import pytest

from deskguard.capture import open_source
from deskguard.capture.files import VideoFileSource, _next_instant

CLIPS = ("single_face.mp4", "WolfgangLanger_Pexels.mp4")


def _digest(image: Any) -> str:
    return hashlib.sha256(image.tobytes()).hexdigest()


_REFERENCE: dict[str, tuple[float, list[str]]] = {}


def _sequential(clip: Path) -> tuple[float, list[str]]:
    """fps and every frame's pixel hash, decoded one after the other from the start."""
    if str(clip) not in _REFERENCE:
        capture = cv2.VideoCapture(str(clip))
        fps = capture.get(cv2.CAP_PROP_FPS)
        hashes = []
        while True:
            ok, image = capture.read()
            if not ok:
                break
            hashes.append(_digest(image))
        capture.release()
        _REFERENCE[str(clip)] = (fps, hashes)
    return _REFERENCE[str(clip)]


def _sequential_choice(fps: float, count: int, every_s: float, first_s: float) -> list[int]:
    """The frames the sequential path keeps: the first at or after each sampling instant."""
    chosen, instant = [], first_s
    for index in range(count):
        t_s = index / fps
        if t_s + 0.5 / fps < instant:
            continue
        chosen.append(index)
        instant = _next_instant(instant, every_s, t_s)
    return chosen


class _CountingCapture:
    """The source's decoder, counting the pictures it decodes (grab decodes; seeking too)."""

    def __init__(self, capture: Any, seek_error: int = 0) -> None:
        self._capture = capture
        self._seek_error = seek_error
        self.grabs = 0
        self.seeks = 0

    def grab(self) -> bool:
        self.grabs += 1
        return bool(self._capture.grab())

    def set(self, prop: int, value: float) -> bool:
        if prop == cv2.CAP_PROP_POS_FRAMES:
            self.seeks += 1
            # A decoder whose seek lands elsewhere, but says it did not.
            return bool(self._capture.set(prop, value + self._seek_error))
        return bool(self._capture.set(prop, value))

    def get(self, prop: int) -> float:
        value = float(self._capture.get(prop))
        if prop == cv2.CAP_PROP_POS_FRAMES:
            return value - self._seek_error
        return value

    def __getattr__(self, name: str) -> Any:
        return getattr(self._capture, name)


def _counted(source: VideoFileSource, seek_error: int = 0) -> _CountingCapture:
    spy = _CountingCapture(source._capture, seek_error)
    source._capture = spy
    return spy


def _drain(source: VideoFileSource) -> Iterator[Any]:
    with source:
        while (frame := source.read()) is not None:
            yield frame


@pytest.mark.parametrize("clip_name", CLIPS)
@pytest.mark.parametrize("every_s", [0.1, 0.5, 1.0, 2.5, 3.3, 5.0, 7.0, 30.0])
@pytest.mark.parametrize("first_s", [0.0, 0.02, 4.99])
def test_sampled_frames_are_the_sequential_path_s(
    datasets_dir: Path, clip_name: str, every_s: float, first_s: float
) -> None:
    clip = datasets_dir / "face-video-clips" / clip_name
    fps, hashes = _sequential(clip)
    expected = _sequential_choice(fps, len(hashes), every_s, first_s)
    source = VideoFileSource(clip, every_s=every_s, first_sample_s=first_s)
    frames = [(f.index, f.t_s, _digest(f.image)) for f in _drain(source)]
    assert [i for i, _, _ in frames] == expected
    assert [h for _, _, h in frames] == [hashes[i] for i in expected]  # the same pictures
    assert [t for _, t, _ in frames] == [i / fps for i in expected]


def test_the_longer_clip_at_the_default_interval_seeks_past_most_frames(
    datasets_dir: Path,
) -> None:
    clip = datasets_dir / "face-video-clips" / "WolfgangLanger_Pexels.mp4"
    fps, hashes = _sequential(clip)
    source = VideoFileSource(clip, every_s=5.0)
    spy = _counted(source)
    frames = list(_drain(source))
    assert [f.index for f in frames] == _sequential_choice(fps, len(hashes), 5.0, 0.0)
    assert spy.seeks >= 2  # key frames every 72 frames (3 s): seeking pays
    assert spy.grabs < len(hashes) // 3  # the sequential path grabs all 472


def test_a_clip_shorter_than_the_interval_decodes_one_frame_a_pass(datasets_dir: Path) -> None:
    """The app loops a clip used as the camera: one pass per sample, one frame per pass."""
    clip = datasets_dir / "face-video-clips" / "single_face.mp4"
    for _ in range(3):  # the worker reopens the source at the end of each pass
        source = VideoFileSource(clip, every_s=5.0)
        spy = _counted(source)
        frames = [f.index for f in _drain(source)]
        assert frames == [0]
        assert spy.grabs == 1  # not the 72 frames up to the end
        assert spy.seeks == 0  # one key frame only: seeking would decode from it


def test_a_seek_that_lands_elsewhere_falls_back_to_decoding_from_the_start(
    datasets_dir: Path,
) -> None:
    clip = datasets_dir / "face-video-clips" / "WolfgangLanger_Pexels.mp4"
    fps, hashes = _sequential(clip)
    source = VideoFileSource(clip, every_s=5.0)
    spy = _counted(source, seek_error=3)  # lands 3 frames late, reports the target
    frames = [(f.index, _digest(f.image)) for f in _drain(source)]
    expected = _sequential_choice(fps, len(hashes), 5.0, 0.0)
    assert [i for i, _ in frames] == expected
    assert [h for _, h in frames] == [hashes[i] for i in expected]
    assert spy.seeks == 1  # caught by the time stamp, and no seek after that


def _first_at_or_after(fps: float, t_s: float) -> int:
    index = 0
    while index / fps + 0.5 / fps < t_s:
        index += 1
    return index


@pytest.mark.parametrize("clip_name", CLIPS)
def test_read_at_returns_the_first_frame_at_or_after_a_time(
    datasets_dir: Path, clip_name: str
) -> None:
    clip = datasets_dir / "face-video-clips" / clip_name
    fps, hashes = _sequential(clip)
    duration = len(hashes) / fps
    # Irregular steps, as an adaptive sampler takes them: tiny, between frames, large.
    times = [-1.0, 0.0, 0.001, 0.5 / fps, 0.5 / fps + 1e-9, 0.4, 0.41, 1.0, 1.0]
    times += [2.0, 2.3, 5.0, 5.0 + 0.49 / fps, 10.0, 12.5, 19.0, 19.6]
    source = VideoFileSource(clip)
    with source:
        for t in times:
            frame = source.read_at(t)
            index = _first_at_or_after(fps, t)
            if index >= len(hashes):
                assert frame is None, t
                continue
            assert frame is not None, t
            assert frame.index == index, t
            assert _digest(frame.image) == hashes[index], t
            assert frame.t_s == index / fps
        assert source.read_at(duration + 1.0) is None
        assert source.read_at(duration + 2.0) is None  # stays at the end


def test_read_at_moves_forward_only(datasets_dir: Path) -> None:
    clip = datasets_dir / "face-video-clips" / "WolfgangLanger_Pexels.mp4"
    fps, hashes = _sequential(clip)
    with VideoFileSource(clip) as source:
        frame = source.read_at(8.0)
        assert frame is not None
        assert source.read_at(8.0 + 0.2 / fps) is frame  # the same frame, not decoded again
        with pytest.raises(ValueError, match="forward only"):
            source.read_at(7.0)
        following = source.read()  # read() goes on after it
        assert following is not None
        assert following.index == frame.index + 1
        assert _digest(following.image) == hashes[frame.index + 1]
    with pytest.raises(ValueError, match="not a number"):
        VideoFileSource(clip).read_at(float("nan"))


def test_read_at_skips_by_seeking_where_it_pays(datasets_dir: Path) -> None:
    clip = datasets_dir / "face-video-clips" / "WolfgangLanger_Pexels.mp4"
    fps, hashes = _sequential(clip)
    with VideoFileSource(clip) as source:
        spy = _counted(source)
        frame = source.read_at(15.0)
        assert frame is not None
        assert _digest(frame.image) == hashes[_first_at_or_after(fps, 15.0)]
        assert spy.seeks == 1
        assert spy.grabs < 100  # from the key frame before it, not the 360 before it


def test_open_source_keeps_reading_every_frame_without_an_interval(datasets_dir: Path) -> None:
    clip = datasets_dir / "face-video-clips" / "WolfgangLanger_Pexels.mp4"
    _, hashes = _sequential(clip)
    with open_source(clip) as source:
        got = []
        while (frame := source.read()) is not None:
            got.append(_digest(frame.image))
    assert got == hashes
