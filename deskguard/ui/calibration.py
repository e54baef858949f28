"""Guided calibration: a live preview (on screen only), a few seconds of capture, the result.

The preview frames come from the worker thread like every other frame and
are painted and dropped; nothing is written anywhere.
"""

from __future__ import annotations

import math
import time
from typing import Any

import numpy as np
from PySide6.QtCore import QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPen, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
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
    neck_flexion_deg,
    screen_height_advice,
)
from deskguard.core.sample import PostureSample, Quality
from deskguard.ui.controller import Controller
from deskguard.ui.tray import tr

CAPTURE_S = 5.0
PREVIEW_MS = 250
#: No picture this long (real seconds) with no error either: the camera hangs; say so.
NO_PICTURE_S = 4.0
#: After a failed preview, try the camera again this often (real seconds).
RETRY_S = 1.0
#: The countdown's badge is this fraction of the picture's height (top right corner).
COUNTDOWN_BADGE_PARTS = 4


def to_qimage(bgr: np.ndarray) -> QImage:
    """A BGR frame as a QImage (copied: the frame's memory is not kept)."""
    rgb = np.ascontiguousarray(bgr[:, :, ::-1])
    h, w = rgb.shape[:2]
    return QImage(rgb.data, w, h, 3 * w, QImage.Format.Format_RGB888).copy()


#: The neck scale's strip is this fraction of the picture's height (at the bottom).
NECK_SCALE_PARTS = 6


def draw_neck_scale(
    painter: QPainter, width: int, height: int, flexion_deg: float, alert_deg: float
) -> None:
    """The neck's bend against the calibrated neutral and the alert boundary.

    A strip along the bottom of the picture, off the face: a scale from 10°
    back to half again the alert angle forward, green up to the alert
    boundary and red past it, ticks at "neutral" and "alert", and a marker
    at the bend now. Bending forward moves the marker right, towards red.
    """
    strip_h = max(36, height // NECK_SCALE_PARTS)
    strip = QRectF(0, height - strip_h, width, strip_h)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(0, 0, 0, 160))
    painter.drawRect(strip)
    lo, hi = -10.0, alert_deg * 1.5
    margin = width * 0.06
    bar = QRectF(margin, strip.top() + strip_h * 0.22, width - 2 * margin, strip_h * 0.2)

    def x_of(deg: float) -> float:
        return bar.left() + bar.width() * (min(max(deg, lo), hi) - lo) / (hi - lo)

    painter.setBrush(QColor("#2f8f6b"))
    painter.drawRect(QRectF(bar.left(), bar.top(), x_of(alert_deg) - bar.left(), bar.height()))
    painter.setBrush(QColor("#c8553d"))
    painter.drawRect(
        QRectF(x_of(alert_deg), bar.top(), bar.right() - x_of(alert_deg), bar.height())
    )
    font = QFont()
    font.setPixelSize(max(11, round(strip_h * 0.26)))
    painter.setFont(font)
    label_top = bar.bottom() + strip_h * 0.08
    for deg, text in ((0.0, tr("neutral")), (alert_deg, tr("alert {0:.0f}°").format(alert_deg))):
        x = x_of(deg)
        painter.setPen(QPen(QColor("#ffffff"), 2))
        painter.drawLine(QPointF(x, bar.top() - 3), QPointF(x, bar.bottom() + 3))
        box = QRectF(x - 80, label_top, 160, strip.bottom() - label_top)
        painter.drawText(box, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, text)
    # The marker: a triangle above the bar, pointing at the bend now.
    x = x_of(flexion_deg)
    painter.setPen(QPen(QColor("#000000"), 1))
    painter.setBrush(QColor("#ffd166"))
    tip, size = bar.top() - 1, strip_h * 0.2
    painter.drawPolygon(
        [QPointF(x, tip), QPointF(x - size, tip - size), QPointF(x + size, tip - size)]
    )


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
        # Real (monotonic) times, for saying within seconds what is wrong.
        self._waiting_since: float | None = None  # for a picture, since the last one
        self._last_picture: float | None = None
        self._failed_at: float | None = None
        self._downloading = False
        #: What is wrong now, in words (None: the preview works or is starting).
        self.problem: str | None = None
        #: The neck bend drawn on the last picture's scale (None: no scale drawn).
        self.shown_flexion_deg: float | None = None
        self.setWindowTitle(tr("Calibrate DeskGuard"))
        self.setAccessibleName(tr("Calibrate DeskGuard"))
        self.preview = QLabel(tr("Starting the camera…"))
        self.preview.setMinimumSize(480, 320)
        # The picture is scaled to the label, never the label to the picture: else each
        # frame could grow the label past its place and over the text below it.
        self.preview.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setWordWrap(True)
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
        self.download_button = QPushButton(tr("&Download the models"))
        self.download_button.setToolTip(
            tr("Fetch the face and pose models from their official source and check them")
        )
        self.download_button.setVisible(False)
        self.download_button.clicked.connect(self.download_models)
        self.profile = QComboBox()
        self.profile.setEditable(True)
        self.profile.addItems(list(dict.fromkeys([profile, *(profiles or [])])))
        self.profile.setCurrentText(profile)
        self.profile.setAccessibleName(tr("Desk set-up"))
        line = self.profile.lineEdit()
        if line is not None:  # the editable box's own text field: the same name
            line.setAccessibleName(tr("Desk set-up"))
        self.profile.setToolTip(tr("A name for this desk set-up, e.g. laptop or docked"))
        if line is not None:
            line.setAccessibleDescription(self.profile.toolTip())
        profile_label = QLabel(tr("Des&k set-up:"))  # Alt+S is Start
        profile_label.setBuddy(self.profile)
        self.start_button = QPushButton(tr("&Start"))
        self.start_button.setEnabled(False)  # until the camera shows a picture
        self.start_button.setAccessibleDescription(
            tr("Hold still for five seconds while DeskGuard learns your upright posture")
        )
        self.save_button = QPushButton(tr("&Use this calibration"))
        self.save_button.setEnabled(False)
        self.save_button.setAccessibleDescription(
            tr("Check your posture against this calibration from now on")
        )
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
        layout.addWidget(self.download_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addLayout(buttons)
        self.resize(720, 600)  # room for the picture; fits 1280x800 and 1366x768
        self._timer = QTimer(self)
        self._timer.setInterval(PREVIEW_MS)
        self._timer.timeout.connect(self._tick)
        controller.preview_taken.connect(self._on_preview)
        # A failed preview frame sets the controller's camera error and shows the state again.
        controller.state_changed.connect(self._on_state)
        controller.models_loaded.connect(self._tick)
        controller.download_progress.connect(self._on_download_progress)

    def showEvent(self, event: Any) -> None:
        """Preview while shown."""
        self.controller.set_preview(True)
        self._timer.start()
        self._tick()
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
        self._show_countdown()

    def download_models(self) -> None:
        """The user asked for the models: fetch them (the preview starts once they load)."""
        self.download_button.setEnabled(False)
        self._downloading = True
        self.controller.download_models()
        self._say(tr("Downloading the models…"))

    # --- what the camera and the models do ---------------------------------------------

    def _tick(self) -> None:
        """Ask for the next preview frame, or say why there is none."""
        c = self.controller
        now = time.monotonic()
        if not c.monitor.models_ok:
            self._models_missing(c.models_message)
            return
        self.download_button.setVisible(False)
        if not c.started:
            if not self._downloading:  # its progress is shown as it comes
                self._say(tr("Loading the models…"))
            return  # no frame can be analysed yet: none is asked for
        self._downloading = False
        if self._failed_at is not None:
            if now - self._failed_at < RETRY_S:
                return  # the problem is shown; try again in a moment
            self._failed_at = None
        if self._waiting_since is None:
            self._waiting_since = now
        elif now - self._waiting_since >= NO_PICTURE_S and self.problem is None:
            # No picture and no error either: a camera that hangs.
            self._camera_problem(
                tr("it has sent no picture for {0:.0f} seconds").format(now - self._waiting_since)
            )
        c.request_preview()
        self._show_countdown()

    def _on_state(self, _state: object) -> None:
        """A failed preview frame: the controller's camera error says why."""
        error = self.controller.camera_error
        now = time.monotonic()
        recent = self._last_picture is not None and now - self._last_picture < 1.0
        if error is not None and self._waiting_since is not None and not recent:
            self._failed_at = now
            self._waiting_since = None
            self._camera_problem(error)

    def _models_missing(self, message: str | None) -> None:
        self._downloading = False
        self.download_button.setEnabled(True)
        self.download_button.setVisible(True)
        self._problem(
            tr("DeskGuard needs its face and pose models to see you, and they are not installed.")
            + "\n\n"
            + tr(
                "Download them with the button below, or install them from a folder with "
                "“Get the models…” in the tray menu. Calibration starts as soon "
                "as they are found."
            ),
            details=message,
        )

    def _camera_problem(self, message: str) -> None:
        self._problem(
            tr("No picture from the camera.")
            + "\n\n"
            + message
            + "\n\n"
            + tr(
                "Plug it in or switch it on, or end any call that uses it; another camera is "
                "chosen in Settings, on the Camera tab. DeskGuard keeps trying."
            )
        )

    def _problem(self, text: str, *, details: str | None = None) -> None:
        self.problem = text
        self.start_button.setEnabled(False)
        if self._capturing_until is not None:
            self._capturing_until = None
            self.feedback.setText(tr("Calibration stopped: press Start again once you are seen."))
        self.preview.setPixmap(QPixmap())
        self.preview.setText(text)
        self.preview.setToolTip(details or "")

    def _say(self, text: str) -> None:
        """Not a problem (yet): what is going on."""
        self.problem = None
        self.preview.setPixmap(QPixmap())
        self.preview.setText(text)
        self.preview.setToolTip("")

    def _on_download_progress(self, name: str, done: int, total: int) -> None:
        if self.isVisible() and total > 0:
            self._say(tr("Downloading {0}: {1} %").format(name, round(100 * done / total)))

    def _show_countdown(self) -> None:
        if self._capturing_until is None:
            return
        left = max(1, math.ceil(self._capturing_until - self.controller.now()))
        self.feedback.setText(tr("Hold still… {0}").format(left))

    def _on_preview(self, image: Any, sample: PostureSample, points: Any) -> None:
        self._last_picture = self._waiting_since = time.monotonic()
        self._failed_at = None
        self.problem = None
        self.download_button.setVisible(False)
        if self._capturing_until is None:
            self.start_button.setEnabled(True)
        self._paint(image, points, sample)
        if self._capturing_until is None:
            return
        self._samples.append(sample)
        if self.controller.now() >= self._capturing_until:
            self._capturing_until = None
            self._finish()
        else:
            self._show_countdown()

    def _paint(self, image: np.ndarray, points: Any, sample: PostureSample) -> None:
        pixmap = QPixmap.fromImage(to_qimage(image))
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        good = sample.quality is Quality.GOOD
        painter.setPen(QPen(QColor("#2f8f6b" if good else "#d9822b"), 3))
        for x, y in points or ():
            painter.drawEllipse(QPointF(x, y), 3, 3)
        if self._capturing_until is not None:
            # The countdown on the picture too (the user looks at the screen, not the
            # label), in a badge at the top right corner, off the face.
            left = max(1, math.ceil(self._capturing_until - self.controller.now()))
            side = max(32, pixmap.height() // COUNTDOWN_BADGE_PARTS)
            badge = QRectF(pixmap.width() - side * 1.15, side * 0.15, side, side)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(0, 0, 0, 170))
            painter.drawRoundedRect(badge, side / 5, side / 5)
            font = QFont()
            font.setPixelSize(round(side * 0.7))
            font.setBold(True)
            painter.setFont(font)
            painter.setPen(QPen(QColor("#ffffff"), 1))
            painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, str(left))
        self.shown_flexion_deg = None
        baseline = self.baseline or self.controller.monitor.engine.baseline
        if baseline is not None and self._capturing_until is None:
            flexion = neck_flexion_deg(sample, baseline)
            if flexion is not None:
                alert = self.controller.monitor.engine.settings.neck_flexion_alert_deg
                draw_neck_scale(painter, pixmap.width(), pixmap.height(), flexion, alert)
                self.shown_flexion_deg = flexion
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
        self.feedback.setText(
            self.describe(baseline)
            + "  "
            + tr("Bend your head forward: the scale under the picture shows where alerts start.")
        )

    def describe(self, baseline: Baseline) -> str:
        """The result in plain words, with the screen-height advice."""
        tilt = baseline.camera_tilt_up_deg
        lines = [
            tr("Camera tilt: {0:.0f}° {1}.").format(
                abs(tilt), tr("up") if tilt >= 0 else tr("down")
            ),
            # Not saved yet: only "Use this calibration" keeps it.
            tr(
                "Your neutral head position is found; with \u201cUse this calibration\u201d "
                "neck bending is measured from it."
            ),
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
