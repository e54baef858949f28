"""Choosing what DeskGuard watches: a camera the system lists, or a recording.

Used by the welcome window (with its live preview) and on the Settings
dialog's Camera tab. Listing cameras opens none of them (sysfs on Linux), so
the picker never lights a camera up or takes it from a call.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QFileDialog, QHBoxLayout, QPushButton, QWidget

from deskguard.capture.devices import CameraDevice, list_cameras
from deskguard.capture.source import is_camera_spec
from deskguard.ui.tray import tr


def source_label(spec: str, cameras: list[CameraDevice]) -> str:
    """What to call ``spec`` in the picker: the camera's own name, or the recording's."""
    for device in cameras:
        if device.spec == spec:
            return tr("{0} ({1})").format(device.name, device.spec)
    if is_camera_spec(spec):
        number = spec.removeprefix("camera:")
        return tr("Camera {0}").format(number) if number.isdigit() else spec
    return tr("Recording: {0}").format(Path(spec).name)


class CameraPicker(QWidget):
    """A list of the cameras found, the source in use, and "A recording…"."""

    #: The user chose another source (its spec for ``Controller.use_source``).
    chosen = Signal(str)

    def __init__(
        self,
        current: str,
        *,
        cameras: Callable[[], list[CameraDevice]] = list_cameras,
        parent: QWidget | None = None,
    ) -> None:
        """List what there is now; ``current`` is shown selected, even if it is a recording."""
        super().__init__(parent)
        self._cameras = cameras
        #: The user picked something (a dialog saves only a choice actually made).
        self.touched = False
        self.combo = QComboBox()
        self.combo.setAccessibleName(tr("Camera"))
        self.combo.setToolTip(tr("The camera DeskGuard looks through, or a recording to watch"))
        self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.combo.setMinimumContentsLength(18)
        self.browse = QPushButton(tr("A &recording…"))
        self.browse.setToolTip(tr("Watch a video file or a folder of pictures instead"))
        self.browse.clicked.connect(self._choose_recording)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.combo, 1)
        layout.addWidget(self.browse)
        self.fill(current)
        self.combo.activated.connect(self._picked)

    def fill(self, current: str) -> None:
        """List the cameras again (one may have been plugged in), ``current`` selected."""
        devices = self._cameras()
        self.combo.clear()
        specs = [d.spec for d in devices]
        if current not in specs:
            specs.insert(0, current)
        for spec in specs:
            self.combo.addItem(source_label(spec, devices), spec)
        self.combo.setCurrentIndex(specs.index(current))

    def spec(self) -> str:
        """The source selected."""
        return str(self.combo.currentData())

    def cameras_found(self) -> int:
        """How many cameras the system lists (the recording in use is not one)."""
        return len(self._cameras())

    def choose(self, spec: str) -> None:
        """Select ``spec`` (adding it if it is not listed) as if the user had."""
        index = self.combo.findData(spec)
        if index < 0:
            self.combo.addItem(source_label(spec, self._cameras()), spec)
            index = self.combo.count() - 1
        self.combo.setCurrentIndex(index)
        self._picked(index)

    def _picked(self, _index: int) -> None:
        self.touched = True
        self.chosen.emit(self.spec())

    def _choose_recording(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            tr("Watch a recording"),
            str(Path.home()),
            tr("Videos (*.mp4 *.avi *.mkv *.mov *.webm);;All files (*)"),
        )
        if path:
            self.choose(path)
