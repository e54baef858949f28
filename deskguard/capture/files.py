"""Recordings as frame sources: video files and folders (or single files) of images."""

from __future__ import annotations

import math
import os
import stat
import threading
from collections import OrderedDict
from dataclasses import dataclass
from pathlib import Path

import cv2
import numpy as np

from deskguard.capture.errors import (
    DamagedVideoError,
    ImageTooLargeError,
    NotAVideoError,
    UnreadableSourceError,
)
from deskguard.capture.imageinfo import (
    MAX_IMAGE_FILE_BYTES,
    ImageHeaderError,
    image_size,
    size_problem,
)
from deskguard.capture.source import (
    IMAGE_SUFFIXES,
    Frame,
    SourceBase,
    check_regular_file,
    source_mode,
)

#: A video that ends this many seconds (or this share of its frames, if more) before
#: the frame count its container states was cut short or is damaged.
_SHORTFALL_S = 0.5
_SHORTFALL_SHARE = 0.02


def _next_instant(previous: float, every_s: float, t_s: float) -> float:
    """The first sampling instant after ``previous`` that is later than ``t_s``.

    Step by step as the replay's cache does (so both pick the same frames), but
    jump when the steps are tiny against the gap: an interval of 1e-300 s would
    otherwise spin forever, as adding it to a time changes nothing.
    """
    t = previous + every_s
    if (t_s - t) / every_s > 1000:
        t += math.floor((t_s - t) / every_s) * every_s
    while t <= t_s:
        nxt = t + every_s
        t = nxt if nxt > t else math.nextafter(t_s, math.inf)
    return t


#: OpenCV's seek to frame N starts decoding at the key frame at or before N - 16.
_OPENCV_SEEK_BACK = 16
#: Seek only when it spares at least this many decodes (a seek flushes the decoder).
_SEEK_MIN_GAIN = 8


@dataclass(frozen=True, slots=True)
class _Layout:
    """What a video's packets say, read without decoding a picture.

    ``frames``: how many video packets (pictures) the file holds; ``keys``: the
    presentation index of each key frame, ascending; ``regular``: every
    picture's time stamp is its index / fps (a constant rate), so a frame
    number reached by seeking (OpenCV numbers frames from their time stamps)
    is the same frame as the one decoding from the start would count to.
    """

    frames: int
    keys: tuple[int, ...]
    regular: bool

    def key_at_or_before(self, index: int) -> int:
        """The last key frame at or before ``index`` (0 if none is listed)."""
        best = 0
        for key in self.keys:
            if key > index:
                break
            best = key
        return best


_LAYOUTS: OrderedDict[tuple[str, int, int], _Layout | None] = OrderedDict()
_LAYOUTS_LOCK = threading.Lock()
_LAYOUTS_KEPT = 8


def _layout(path: Path, fps: float) -> _Layout | None:
    """The packet layout of ``path`` (cached per file version), or None if unreadable.

    A looped clip reopens its source every pass: the scan (about 20 ms for a
    short clip, 0.03 ms a packet) is done once per file, not once per pass.
    """
    try:
        st = path.stat()
    except OSError:
        return None
    key = (str(path), st.st_size, st.st_mtime_ns)
    with _LAYOUTS_LOCK:
        if key in _LAYOUTS:
            _LAYOUTS.move_to_end(key)
            return _LAYOUTS[key]
    layout = _scan_layout(path, fps)
    with _LAYOUTS_LOCK:
        _LAYOUTS[key] = layout
        while len(_LAYOUTS) > _LAYOUTS_KEPT:
            _LAYOUTS.popitem(last=False)
    return layout


def _scan_layout(path: Path, fps: float) -> _Layout | None:
    """Read the packets' time stamps and key-frame flags (OpenCV's raw mode: no decoding)."""
    try:
        raw = cv2.VideoCapture(str(path), cv2.CAP_FFMPEG, [cv2.CAP_PROP_FORMAT, -1])
    except cv2.error:
        return None
    try:
        if not raw.isOpened():
            return None
        stamps: list[float] = []
        keyed: list[float] = []
        while raw.grab():
            ms = raw.get(cv2.CAP_PROP_POS_MSEC)
            stamps.append(ms)
            if raw.get(cv2.CAP_PROP_LRF_HAS_KEY_FRAME):
                keyed.append(ms)
    except cv2.error:
        return None
    finally:
        raw.release()
    if not stamps:
        return None
    stamps.sort()
    first = stamps[0]
    # A quarter of a frame: far above rounding, far below a frame's length.
    regular = all(abs((ms - first) * fps / 1000.0 - k) < 0.25 for k, ms in enumerate(stamps))
    keys = tuple(sorted(round((ms - first) * fps / 1000.0) for ms in keyed))
    return _Layout(frames=len(stamps), keys=keys, regular=regular)


#: A frame index no clip reaches (``read`` asked for a time past any end).
_BEYOND = 2**62


def _check_readable(path: Path, *, folder: bool = False) -> None:
    # A folder is listed (read) and its files opened (execute): both are needed.
    if not os.access(path, os.R_OK | (os.X_OK if folder else 0)):
        raise UnreadableSourceError(f"{path}: permission denied")


class VideoFileSource(SourceBase):
    """Frames of a video file, all of them or one every ``every_s`` seconds of clip time."""

    is_live = False

    def __init__(
        self, path: Path, *, every_s: float | None = None, first_sample_s: float = 0.0
    ) -> None:
        """Open ``path``; raise ``NotAVideoError`` if it holds no decodable video.

        With ``every_s``, the first frame kept is the first at or after
        ``first_sample_s`` of clip time (a replay that loops a clip goes on
        sampling where the previous loop left off).
        """
        check_regular_file(path)
        _check_readable(path)
        if path.stat().st_size == 0:
            raise NotAVideoError(f"{path}: the file is empty, not a video")
        self.name = str(path)
        self._every_s = every_s
        self._capture = cv2.VideoCapture(str(path))
        if not self._capture.isOpened():
            self._capture.release()
            raise NotAVideoError(f"{path}: not a video this build of OpenCV can decode")
        fps = self._capture.get(cv2.CAP_PROP_FPS)
        # Some containers report 0 or absurd rates; 30 is the common webcam rate.
        self.fps = fps if 1.0 <= fps <= 1000.0 else 30.0
        frames = self._capture.get(cv2.CAP_PROP_FRAME_COUNT)
        self.frame_count = round(frames) if frames > 0 else None
        self.duration_s = frames / self.fps if frames > 0 else None
        self._next_index = 0
        self._next_sample_t = first_sample_s
        self._delivered = 0
        self._last_ms = 0.0  # the stream time of the last frame decoded
        self._last_frame: Frame | None = None  # for read_at asked the same frame again
        self._may_seek = True
        self._seeked_to: int | None = None  # a seek's target, checked when decoded
        self._closed = False

    def read(self) -> Frame | None:
        """The next (sampled) frame, or None at the end of the clip.

        With ``every_s``, the first frame at or after the next sampling
        instant; the frames in between are skipped by seeking when that
        spares decoding them (see ``_seek_towards``), otherwise grabbed
        without conversion. The frames chosen are the same either way.
        """
        if self._closed:
            return None
        target = self._next_index
        if self._every_s is not None:
            target = self._first_index_at(self._next_sample_t)
        frame = self._frame_at(target)
        if frame is not None and self._every_s is not None:
            self._next_sample_t = _next_instant(self._next_sample_t, self._every_s, frame.t_s)
        return frame

    def read_at(self, t_s: float) -> Frame | None:
        """The first frame at or after clip time ``t_s``; None past the end of the clip.

        "At" allows half a frame, as sampling does (``Replayer.index_at``
        chooses the same frame). Moving forward only: a time that falls on the
        frame returned last returns that frame again; an earlier one raises
        ``ValueError``. Frames in between are skipped as ``read`` skips them.
        A later ``read()`` goes on after the frame returned here.
        """
        if math.isnan(t_s):
            raise ValueError("read_at: the clip time is not a number")
        target = self._first_index_at(t_s, earliest=0)
        last = self._last_frame
        if last is not None and target <= last.index:
            if target < last.index:
                raise ValueError(
                    f"read_at moves forward only: {t_s:g} s is frame {target}, "
                    f"before frame {last.index} already read"
                )
            return last
        if self._closed:
            return None
        return self._frame_at(target)

    def _first_index_at(self, t_s: float, earliest: int | None = None) -> int:
        """The first frame at or after ``t_s`` (within half a frame), from ``earliest``.

        ``earliest`` defaults to the next frame to decode. This is exactly the
        frame the sequential rule (skip while ``index / fps + 0.5 / fps < t_s``)
        keeps: the same float expression decides.
        """
        lowest = self._next_index if earliest is None else earliest
        fps = self.fps

        def early(i: int) -> bool:
            return i / fps + 0.5 / fps < t_s

        if not early(lowest):
            return lowest
        if math.isinf(t_s):
            return _BEYOND
        i = max(lowest, math.ceil(t_s * fps - 0.5))
        while i > lowest and not early(i - 1):
            i -= 1
        while early(i):
            i += 1
        return i

    def _frame_at(self, target: int) -> Frame | None:
        """Decode up to frame ``target`` (at or after the next one) and return it."""
        if target - self._next_index > _OPENCV_SEEK_BACK and self._seek_towards(target):
            return None  # the clip ends before ``target``
        while True:
            if not self._capture.grab():
                self.close()
                if self._delivered == 0 and self._next_index == 0:
                    raise NotAVideoError(f"{self.name}: no frame could be decoded")
                self._check_complete()
                return None
            index = self._next_index
            self._next_index += 1
            self._last_ms = self._capture.get(cv2.CAP_PROP_POS_MSEC)
            if index == self._seeked_to:
                self._seeked_to = None
                if abs(self._last_ms * self.fps / 1000.0 - index) >= 0.5:
                    # The seek landed elsewhere: decode from the start instead.
                    self._restart()
                    continue
            if index < target:
                continue
            ok, image = self._capture.retrieve()
            if not ok or image is None:
                self.close()
                self._check_complete()
                return None
            self._delivered += 1
            frame = Frame(image=image, t_s=index / self.fps, index=index, source=self.name)
            self._last_frame = frame
            return frame

    def _seek_towards(self, target: int) -> bool:
        """Skip ahead to ``target`` where that saves decoding; True if the clip ends first.

        Uses the file's packet layout (``_layout``, read once without decoding):

        * past the last picture, the pass ends at once, as decoding the rest
          would have ended it (a file cut short is still reported: its packets
          end before its stated length);
        * a seek (``CAP_PROP_POS_FRAMES``) decodes from the key frame before
          ``target - 16``: it is used only when that key frame lies well past
          the next frame, and only on a constant-rate file, where OpenCV's
          seek lands on the frame that counting from the start reaches. The
          landing is checked against the frame's time stamp; a seek that is
          refused or lands elsewhere falls back to decoding from the start,
          and this source seeks no more.

        Otherwise the frames in between are grabbed, as before.
        """
        if not self._may_seek:
            return False
        layout = _layout(Path(self.name), self.fps)
        if layout is None:
            self._may_seek = False
            return False
        if target >= layout.frames:
            self._next_index = max(self._next_index, layout.frames)
            self._last_ms = max(self._last_ms, (layout.frames - 1) * 1000.0 / self.fps)
            self.close()
            self._check_complete()
            return True
        if not layout.regular:
            self._may_seek = False
            return False
        key = layout.key_at_or_before(max(0, target - _OPENCV_SEEK_BACK))
        if key - self._next_index < _SEEK_MIN_GAIN:
            return False
        try:
            moved = self._capture.set(cv2.CAP_PROP_POS_FRAMES, target)
            landed = round(self._capture.get(cv2.CAP_PROP_POS_FRAMES))
        except cv2.error:
            moved, landed = False, -1
        if not moved or landed != target:
            self._restart()
            return False
        self._next_index = target
        self._seeked_to = target
        return False

    def _restart(self) -> None:
        """Reopen the file at its first frame (after a seek that cannot be trusted)."""
        self._capture.release()
        self._capture = cv2.VideoCapture(self.name)
        self._next_index = 0
        self._seeked_to = None
        self._may_seek = False
        if not self._capture.isOpened():
            self._capture.release()
            self._closed = True
            raise NotAVideoError(f"{self.name}: the video could not be opened again")

    def _check_complete(self) -> None:
        """Raise ``DamagedVideoError`` if decoding stopped well short of the stated length."""
        expected = self.frame_count
        decoded = self._next_index
        if expected is None:
            return
        stated_s = expected / self.fps
        allowed_s = max(_SHORTFALL_S, _SHORTFALL_SHARE * stated_s)
        # Short in frames *and* in stream time: a variable-rate recording whose
        # container only estimates its frame count still reaches its stated end.
        reached_s = self._last_ms / 1000.0 + 1.0 / self.fps
        if stated_s - decoded / self.fps > allowed_s and stated_s - reached_s > allowed_s:
            raise DamagedVideoError(
                f"{self.name}: the video breaks off at frame {decoded} of {expected} "
                f"({decoded / self.fps:.1f} s of {expected / self.fps:.1f} s): the file is "
                "damaged or cut short. The frames before that point were read; "
                "copy or export the recording again to read the rest."
            )

    def release(self) -> None:
        """Files hold no device; nothing to free between samples."""

    def close(self) -> None:
        """Free the decoder."""
        if not self._closed:
            self._capture.release()
            self._closed = True


class ImageFolderSource(SourceBase):
    """The images of a folder in name order (or one image file).

    A file in the folder that cannot be decoded raises ``NotAVideoError`` for
    that file; the next ``read()`` goes on with the following file.
    """

    is_live = False

    def __init__(self, path: Path, *, every_s: float | None = None) -> None:
        """List the images of ``path`` (a folder) or take ``path`` itself (an image)."""
        is_folder = stat.S_ISDIR(source_mode(path))
        _check_readable(path, folder=is_folder)
        self.name = str(path)
        if is_folder:
            try:
                self._files = sorted(
                    p for p in path.iterdir() if p.suffix.lower() in IMAGE_SUFFIXES and p.is_file()
                )
            except OSError as exc:  # the folder changed, or a file in it cannot be looked at
                raise UnreadableSourceError(
                    f"{path}: cannot be read ({exc.strerror or exc})"
                ) from None
            if not self._files:
                raise UnreadableSourceError(f"{path}: no images in this folder")
        else:
            check_regular_file(path)
            self._files = [path]
        self._every_s = every_s
        self._position = 0

    def __len__(self) -> int:
        """How many image files the source will go through."""
        return len(self._files)

    def read(self) -> Frame | None:
        """The next image, or None after the last one."""
        if self._position >= len(self._files):
            return None
        index = self._position
        self._position += 1
        return self.read_index(index)

    def read_index(self, index: int) -> Frame:
        """Image number ``index`` (from 0, in name order), whatever was read before."""
        path = self._files[index]
        image = _decode_image(path)
        t_s = index * self._every_s if self._every_s is not None else 0.0
        return Frame(image=image, t_s=t_s, index=index, source=str(path))

    def release(self) -> None:
        """Files hold no device; nothing to free between samples."""


def _decode_image(path: Path) -> np.ndarray:
    """The picture in ``path`` as BGR pixels, refusing what is not a bounded image file.

    The size is read from the header first: a small file can claim gigabytes
    of pixels, and the decoder would allocate them before it noticed.
    """
    check_regular_file(path)  # a FIFO would block the read forever
    _check_readable(path)
    try:
        with path.open("rb") as f:
            size_bytes = os.fstat(f.fileno()).st_size
            if size_bytes == 0:
                raise NotAVideoError(f"{path}: the file is empty, not an image")
            if size_bytes > MAX_IMAGE_FILE_BYTES:
                raise ImageTooLargeError(
                    f"{path}: the file is {size_bytes / 2**20:.0f} MB, more than DeskGuard "
                    f"reads for one image ({MAX_IMAGE_FILE_BYTES // 2**20} MB)"
                )
            try:
                width, height = image_size(f)
            except ImageHeaderError as exc:
                raise NotAVideoError(f"{path}: not an image that can be decoded ({exc})") from None
            problem = size_problem(width, height)
            if problem:
                raise ImageTooLargeError(f"{path}: {problem}")
            f.seek(0)
            # imdecode from bytes, not imread: imread cannot say "unreadable" apart
            # from "not an image", and it mishandles some non-ASCII paths on Windows.
            data = np.frombuffer(f.read(), dtype=np.uint8)
    except OSError as exc:
        raise UnreadableSourceError(f"{path}: could not be read ({exc.strerror or exc})") from None
    try:
        image = cv2.imdecode(data, cv2.IMREAD_COLOR)
    except cv2.error:
        image = None
    if image is None:
        raise NotAVideoError(f"{path}: not an image that can be decoded")
    return image
