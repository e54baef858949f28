"""OpenCvCamera's freshness and failure handling, with the device itself faked.

There is no webcam on the test machines, so ``cv2.VideoCapture`` is replaced
by a scripted stand-in; everything above it is the real code.
"""

from __future__ import annotations

import time
from typing import ClassVar

import numpy as np
import pytest

from deskguard.capture import CameraBusyError, CameraLostError
from deskguard.capture import camera as camera_module
from deskguard.capture.camera import OpenCvCamera


class FakeDevice:
    """A capture device with a queue of stale frames and a script of failures."""

    opened: ClassVar[list[FakeDevice]] = []

    def __init__(self, target: object, backend: int) -> None:
        self.target = target
        self.released = False
        self.queue = 0  # frames waiting in the driver's buffer
        self.grabs = 0
        self.fail_after: int | None = None
        self.open_ok = True
        self.frame_no = 0
        FakeDevice.opened.append(self)
        self.configure(self)

    configure = staticmethod(lambda device: None)

    def isOpened(self) -> bool:
        return self.open_ok

    def set(self, prop: int, value: float) -> bool:
        return True

    def grab(self) -> bool:
        self.grabs += 1
        if self.fail_after is not None and self.grabs > self.fail_after:
            return False
        if self.queue > 0:
            self.queue -= 1  # a buffered frame comes back at once
        else:
            time.sleep(0.02)  # a fresh one takes a frame interval
        self.frame_no += 1
        return True

    def retrieve(self) -> tuple[bool, np.ndarray]:
        return True, np.full((480, 640, 3), self.frame_no % 255, np.uint8)

    def release(self) -> None:
        self.released = True


@pytest.fixture
def fake_cv2(monkeypatch: pytest.MonkeyPatch, tmp_path) -> type[FakeDevice]:
    FakeDevice.opened = []
    FakeDevice.configure = staticmethod(lambda device: None)
    monkeypatch.setattr(camera_module.cv2, "VideoCapture", FakeDevice)
    node = tmp_path / "video0"
    node.touch()
    return FakeDevice


def _camera(tmp_path) -> OpenCvCamera:
    return OpenCvCamera(str(tmp_path / "video0"))


def test_stale_buffered_frames_are_drained_before_the_kept_one(fake_cv2, tmp_path) -> None:
    cam = _camera(tmp_path)
    cam.read()
    device = fake_cv2.opened[0]
    device.queue = 4  # the driver kept four old frames while we waited
    grabs_before = device.grabs
    cam.read()
    # Four instant grabs from the queue, then one slow (fresh) grab.
    assert device.grabs - grabs_before == 5


def test_release_frees_the_device_and_the_next_read_reopens(fake_cv2, tmp_path) -> None:
    cam = _camera(tmp_path)
    cam.read()
    cam.release()
    assert fake_cv2.opened[0].released
    frame = cam.read()
    assert frame is not None and len(fake_cv2.opened) == 2


def test_a_camera_held_by_another_app_is_busy(fake_cv2, tmp_path) -> None:
    fake_cv2.configure = staticmethod(lambda d: setattr(d, "fail_after", 0))
    with pytest.raises(CameraBusyError, match="in use by another application"):
        _camera(tmp_path).read()
    assert fake_cv2.opened[0].released


def test_a_camera_that_will_not_open_is_busy_or_not_a_camera(fake_cv2, tmp_path) -> None:
    fake_cv2.configure = staticmethod(lambda d: setattr(d, "open_ok", False))
    with pytest.raises(CameraBusyError, match="could not be opened"):
        _camera(tmp_path).read()


def test_a_camera_lost_mid_run_is_reported_and_released(fake_cv2, tmp_path) -> None:
    cam = _camera(tmp_path)
    cam.read()
    fake_cv2.opened[0].fail_after = fake_cv2.opened[0].grabs
    with pytest.raises(CameraLostError, match="stopped delivering"):
        cam.read()
    assert fake_cv2.opened[0].released
    # Plugged back in: the next read opens it again.
    assert cam.read() is not None


def test_each_capture_error_has_its_failure_kind() -> None:
    from deskguard.capture import errors
    from deskguard.capture.errors import CaptureFailure

    assert CaptureFailure.of(errors.CameraBusyError("x")) is CaptureFailure.BUSY
    assert CaptureFailure.of(errors.CameraNotFoundError("x")) is CaptureFailure.MISSING
    assert CaptureFailure.of(errors.CameraLostError("x")) is CaptureFailure.LOST
    assert CaptureFailure.of(errors.DamagedVideoError("x")) is CaptureFailure.ERROR
    assert CaptureFailure.BUSY == "busy"  # what crosses the thread as a plain string
