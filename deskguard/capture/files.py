"""Recordings as frame sources: video files and folders (or single files) of images."""

from __future__ import annotations

import os
from pathlib import Path

import cv2
import numpy as np

from deskguard.capture.errors import NotAVideoError, UnreadableSourceError
from deskguard.capture.source import IMAGE_SUFFIXES, Frame, SourceBase


def _check_readable(path: Path) -> None:
    if not os.access(path, os.R_OK):
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
        self.duration_s = frames / self.fps if frames > 0 else None
        self._next_index = 0
        self._next_sample_t = first_sample_s
        self._delivered = 0
        self._closed = False

    def read(self) -> Frame | None:
        """The next (sampled) frame, or None at the end of the clip."""
        if self._closed:
            return None
        while True:
            if not self._capture.grab():
                if self._delivered == 0 and self._next_index == 0:
                    raise NotAVideoError(f"{self.name}: no frame could be decoded")
                return None
            index = self._next_index
            self._next_index += 1
            t_s = index / self.fps
            # Keep this frame if it is the first at or after the next sampling instant.
            if self._every_s is not None and t_s + 0.5 / self.fps < self._next_sample_t:
                continue
            ok, image = self._capture.retrieve()
            if not ok or image is None:
                return None
            if self._every_s is not None:
                self._next_sample_t += self._every_s
                while self._next_sample_t <= t_s:
                    self._next_sample_t += self._every_s
            self._delivered += 1
            return Frame(image=image, t_s=t_s, index=index, source=self.name)

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
        _check_readable(path)
        self.name = str(path)
        if path.is_dir():
            self._files = sorted(
                p for p in path.iterdir() if p.suffix.lower() in IMAGE_SUFFIXES and p.is_file()
            )
            if not self._files:
                raise UnreadableSourceError(f"{path}: no images in this folder")
        else:
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
        path = self._files[index]
        _check_readable(path)
        # imdecode from bytes, not imread: imread cannot say "unreadable" apart
        # from "not an image", and it mishandles some non-ASCII paths on Windows.
        data = np.fromfile(str(path), dtype=np.uint8)
        image = cv2.imdecode(data, cv2.IMREAD_COLOR) if data.size else None
        if image is None:
            raise NotAVideoError(f"{path}: not an image that can be decoded")
        t_s = index * self._every_s if self._every_s is not None else 0.0
        return Frame(image=image, t_s=t_s, index=index, source=str(path))

    def release(self) -> None:
        """Files hold no device; nothing to free between samples."""
