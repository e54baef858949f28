"""A recording played as a camera shows the world: the picture of the moment, looping.

A camera answers "what is in front of you now?". A recording used in its
place (``--source clip.mp4`` for the app and ``run``; every clip of a
``replay``) answers the same question for a time: the frame on screen that
many seconds after playback began, the recording looping when it ends. The
live app, ``run`` and ``replay`` all read recordings this way, so a replay
sees the frames the app would see at the same instants.

A video shows its first frame at or after the time (half a frame allowed, as
``VideoFileSource`` samples); an image of a folder shows for ``image_s``.
Decoding moves forward only and skips the frames in between; a new loop
reopens the file.

An image of a folder that cannot be read (not an image, too large, locked) is
skipped, as ``analyze`` skips it: the picture before it stays on screen for
its time (the one after, for the first), each such file is reported once to
``on_skip``, and the rest of the folder plays. A folder with no readable
image at all raises.
"""

from __future__ import annotations

import itertools
import math
import stat
from collections.abc import Callable
from pathlib import Path

from deskguard.capture.errors import (
    CaptureError,
    DamagedVideoError,
    NotAVideoError,
    UnreadableSourceError,
)
from deskguard.capture.files import ImageFolderSource, VideoFileSource
from deskguard.capture.source import IMAGE_SUFFIXES, Frame, source_mode


class Playback:
    """A video file, or a folder of images, as a looping picture of the moment."""

    is_live = False

    def __init__(
        self,
        path: Path,
        *,
        image_s: float = 5.0,
        loop: bool = True,
        on_skip: Callable[[CaptureError], None] | None = None,
    ) -> None:
        """Open ``path`` to learn its length; raise a ``CaptureError`` if it cannot be played.

        ``loop=False``: played once; past its end ``frame_at`` returns None.
        ``on_skip``: told of each image of a folder that cannot be read, once.
        """
        self.path = path
        self.name = str(path)
        self._image_s = image_s
        self._loop = loop
        self._on_skip = on_skip
        self.skipped: dict[int, CaptureError] = {}  # the folder's unreadable images, by index
        self._video: VideoFileSource | None = None
        self._folder: ImageFolderSource | None = None
        self._last_index = -1
        self._last_frame: Frame | None = None
        if stat.S_ISDIR(source_mode(path)) or path.suffix.lower() in IMAGE_SUFFIXES:
            self._folder = ImageFolderSource(path, every_s=image_s)
            self.frame_count = len(self._folder)
            self.fps = 1.0 / image_s
        else:
            with VideoFileSource(path) as video:
                if video.frame_count is None or video.frame_count <= 0:
                    raise NotAVideoError(
                        f"{path}: the video does not say how long it is; cannot play it in a loop"
                    )
                self.frame_count = video.frame_count
                self.fps = video.fps
        self.duration_s = self.frame_count / self.fps

    def index_at(self, t_s: float) -> int:
        """The frame on screen ``t_s`` seconds after playback began (looping)."""
        t = t_s % self.duration_s if t_s >= 0 else 0.0
        if self._folder is not None:
            index = math.floor(t / self._image_s)
        else:
            index = math.ceil(t * self.fps - 0.5 - 1e-9)
        return min(self.frame_count - 1, max(0, index))

    def frame_at(self, t_s: float) -> Frame | None:
        """The picture on screen ``t_s`` seconds after playback began; None once it is over."""
        if not self._loop and t_s >= self.duration_s:
            return None
        index = self.index_at(t_s)
        if self._folder is not None:
            return self._image(index)
        if self._video is None or index < self._last_index:
            self.close()  # a new loop: back to the start
            self._video = VideoFileSource(self.path)
        frame = self._video.read_at(index / self.fps)
        if frame is None:
            # The file ends a few frames before its header says (common with variable frame
            # rates; a real break-off raised DamagedVideoError in read_at): as a player does,
            # the last picture stays on screen until the stated end.
            if self._last_frame is None:
                raise DamagedVideoError(f"{self.path}: frame {index} could not be decoded")
            return self._last_frame
        self._last_index = frame.index
        self._last_frame = frame
        return frame

    def _image(self, index: int) -> Frame:
        """Image ``index`` of the folder, or the nearest readable one before (else after) it."""
        assert self._folder is not None
        nearest = itertools.chain(range(index, -1, -1), range(index + 1, self.frame_count))
        for i in nearest:
            if i in self.skipped:
                continue
            try:
                return self._folder.read_index(i)
            except UnreadableSourceError as exc:  # this file only: the others may be fine
                self.skipped[i] = exc
                if self._on_skip is not None:
                    self._on_skip(exc)
        raise UnreadableSourceError(
            f"{self.path}: none of its {self.frame_count} images can be read"
        )

    def release(self) -> None:
        """Files hold no device; nothing to free between samples."""

    def close(self) -> None:
        """Free the decoder."""
        if self._video is not None:
            self._video.close()
            self._video = None
            self._last_index = -1
