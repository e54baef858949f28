"""Guided calibration: a live preview (on screen only), a few seconds of capture, the result.

The preview frames come from the worker thread like every other frame and
are painted and dropped; nothing is written anywhere.
"""

from __future__ import annotations

from typing import Any

import numpy as np
from PySide6.QtCore import QPointF, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QImage, QPainter, QPen, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from deskguard.core.posture import (
    Baseline,
    CalibrationError,
    CameraSettings,
    ScreenMove,
    calibrate,
    eyes_above_screen_top_cm,
    screen_height_advice,
)
from deskguard.core.sample import PostureSample, Quality
from deskguard.ui.controller import Controller
from deskguard.ui.tray import tr

CAPTURE_S = 5.0
PREVIEW_MS = 250


def to_qimage(bgr: np.ndarray) -> QImage:
    """A BGR frame as a QImage (copied: the frame's memory is not kept)."""
    rgb = np.ascontiguousarray(bgr[:, :, ::-1])
    h, w = rgb.shape[:2]
    return QImage(rgb.data, w, h, 3 * w, QImage.Format.Format_RGB888).copy()


class CalibrationWindow(QDialog):
    """Sit upright, look ahead, press Start; five seconds later, the baseline."""

    baseline_saved = Signal(object, str)  # (baseline, desk set-up name)

    def __init__(
        self,
        controller: Controller,
        camera: CameraSettings,
        *,
        profiles: list[str] | None = None,
        profile: str = "default",
        parent: QWidget | None = None,
    ) -> None:
        """Start the preview as soon as the window shows."""
        super().__init__(parent)
        self.controller = controller
        self.camera = camera
        self.baseline: Baseline | None = None
        self._samples: list[PostureSample] = []
        self._capturing_until: float | None = None
        self.setWindowTitle(tr("Calibrate DeskGuard"))
        self.setAccessibleName(tr("Calibrate DeskGuard"))
        self.preview = QLabel(tr("Starting the camera…"))
        self.preview.setMinimumSize(480, 320)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setAccessibleName(tr("Camera preview (not saved)"))
        self.instructions = QLabel(
            tr(
                "Sit upright, shoulders relaxed, and look straight ahead at the middle of your "
                "screen. Press Start and hold still for five seconds."
            )
        )
        self.instructions.setWordWrap(True)
        self.feedback = QLabel()
        self.feedback.setWordWrap(True)
        self.feedback.setAccessibleName(tr("Calibration result"))
        self.profile = QComboBox()
        self.profile.setEditable(True)
        self.profile.addItems(list(dict.fromkeys([profile, *(profiles or [])])))
        self.profile.setCurrentText(profile)
        self.profile.setAccessibleName(tr("Desk set-up"))
        self.profile.setToolTip(tr("A name for this desk set-up, e.g. laptop or docked"))
        profile_label = QLabel(tr("Desk &set-up:"))
        profile_label.setBuddy(self.profile)
        self.start_button = QPushButton(tr("&Start"))
        self.save_button = QPushButton(tr("&Use this calibration"))
        self.save_button.setEnabled(False)
        close = QPushButton(tr("&Close"))
        self.start_button.clicked.connect(self.start_capture)
        self.save_button.clicked.connect(self.save)
        close.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(profile_label)
        buttons.addWidget(self.profile)
        buttons.addWidget(self.start_button)
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.instructions)
        layout.addWidget(self.feedback)
        layout.addLayout(buttons)
        self._timer = QTimer(self)
        self._timer.setInterval(PREVIEW_MS)
        self._timer.timeout.connect(controller.request_preview)
        controller.preview_taken.connect(self._on_preview)

    def showEvent(self, event: Any) -> None:
        """Preview while shown."""
        self.controller.set_preview(True)
        self._timer.start()
        super().showEvent(event)

    def done(self, result: int) -> None:
        """Back to monitoring when the window closes."""
        self._timer.stop()
        self.controller.set_preview(False)
        super().done(result)

    def start_capture(self) -> None:
        """Collect samples for a few seconds."""
        self._samples.clear()
        self.baseline = None
        self.save_button.setEnabled(False)
        self._capturing_until = self.controller.now() + CAPTURE_S
        self.feedback.setText(tr("Hold still…"))

    def _on_preview(self, image: Any, sample: PostureSample, points: Any) -> None:
        self._paint(image, points, sample)
        if self._capturing_until is None:
            return
        self._samples.append(sample)
        if self.controller.now() >= self._capturing_until:
            self._capturing_until = None
            self._finish()

    def _paint(self, image: np.ndarray, points: Any, sample: PostureSample) -> None:
        pixmap = QPixmap.fromImage(to_qimage(image))
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        good = sample.quality is Quality.GOOD
        painter.setPen(QPen(QColor("#2f8f6b" if good else "#d9822b"), 3))
        for x, y in points or ():
            painter.drawEllipse(QPointF(x, y), 3, 3)
        painter.end()
        self.preview.setPixmap(
            pixmap.scaled(
                self.preview.size(),
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        )

    def _finish(self) -> None:
        try:
            baseline = calibrate(self._samples, self.camera)
        except CalibrationError as exc:
            self.feedback.setText(str(exc))
            return
        self.baseline = baseline
        self.save_button.setEnabled(True)
        self.feedback.setText(self.describe(baseline))

    def describe(self, baseline: Baseline) -> str:
        """The result in plain words, with the screen-height advice."""
        tilt = baseline.camera_tilt_up_deg
        lines = [
            tr("Camera tilt: {0:.0f}° {1}.").format(
                abs(tilt), tr("up") if tilt >= 0 else tr("down")
            ),
            tr("Your neutral head position is saved; neck bending is measured from it."),
        ]
        if baseline.distance_cm is not None:
            lines.append(tr("Viewing distance: {0:.0f} cm.").format(baseline.distance_cm))
        heights = [
            h
            for s in self._samples
            if s.quality is Quality.GOOD
            if (h := eyes_above_screen_top_cm(s, baseline)) is not None
        ]
        if heights:
            advice = screen_height_advice(sorted(heights)[len(heights) // 2])
            if advice.move is ScreenMove.KEEP:
                lines.append(tr("The top of your screen is at a good height."))
            else:
                verb = tr("Raise") if advice.move is ScreenMove.RAISE else tr("Lower")
                lines.append(tr("{0} your screen by about {1:.0f} cm.").format(verb, advice.by_cm))
        return "  ".join(lines)

    def save(self) -> None:
        """Use the new baseline from now on, and keep it."""
        if self.baseline is None:
            return
        name = self.profile.currentText().strip() or "default"
        problem = self.controller.keep_baseline(self.baseline, name)
        self.baseline_saved.emit(self.baseline, name)
        self.feedback.setText(problem or tr("Saved. DeskGuard now checks your posture against it."))
        self.save_button.setEnabled(False)
