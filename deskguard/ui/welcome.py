"""The first start's welcome: what DeskGuard does, the camera, calibration, the tray.

It is a plain, non-modal window: monitoring has already started behind it.
The preview asks the worker for a frame now and then, as calibration does;
the pictures go to the screen and are dropped. It stops by itself after
``PREVIEW_FOR_S``, so a welcome left open does not keep analysing pictures.
"""

from __future__ import annotations

import logging
import os
import time
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFont, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from deskguard import paths
from deskguard.capture.devices import list_cameras
from deskguard.core.presentation import TrayState
from deskguard.core.sample import PostureSample
from deskguard.core.settings import Settings
from deskguard.core.wording import format_duration
from deskguard.distro import install_command
from deskguard.ui.calibration import to_qimage
from deskguard.ui.camera_picker import CameraPicker
from deskguard.ui.controller import Controller
from deskguard.ui.icons import state_pixmap
from deskguard.ui.tray import tr

log = logging.getLogger("deskguard.welcome")

#: The file whose presence means the welcome was seen (in the data folder).
WELCOMED_FILE = "welcomed"
#: A preview frame this often (real milliseconds) while the welcome shows.
PREVIEW_MS = 500
#: The preview stops after this long (real seconds); a button starts it again.
PREVIEW_FOR_S = 60.0


def welcome_due() -> bool:
    """Whether this is the first start (the welcome was never closed)."""
    return not (paths.data_dir() / WELCOMED_FILE).exists()


def mark_welcomed() -> None:
    """Remember that the welcome was seen; a failure only means it shows again."""
    try:
        folder = paths.data_dir()
        folder.mkdir(parents=True, exist_ok=True)
        (folder / WELCOMED_FILE).touch()
    except OSError as exc:
        log.warning("could not note that the welcome was seen: %s", exc)


def no_tray_advice(desktop: str, os_release: str | None = None) -> str:
    """What to do when the desktop shows no tray icons (GNOME, mostly).

    The install command is the distribution's own (apt, dnf, zypper, pacman);
    ``os_release``: the os-release file's text, else this machine's.
    """
    if _is_gnome(desktop):
        package = "gnome-shell-extension-appindicator"
        return tr(
            "GNOME shows no tray icons by itself. Install the AppIndicator extension "
            "(<tt>{0}</tt>), log out and in again, and turn on \u201cAppIndicator and "
            "KStatusNotifierItem Support\u201d in the Extensions app; DeskGuard's icon "
            "then appears at the top right."
        ).format(install_command(package, os_release) or package)
    return tr(
        "Your desktop shows no system tray. Add a tray (\u201cnotification area\u201d or "
        "\u201cstatus notifier\u201d) to your panel, then start DeskGuard again."
    )


class WelcomeWindow(QDialog):
    """A short welcome, non-modal; closing it means "seen"."""

    calibrate_requested = Signal()
    get_models_requested = Signal()
    #: The user chose another camera or recording (its spec).
    source_chosen = Signal(str)
    #: No camera here: the user chose to be watched by keyboard and mouse alone.
    activity_only_requested = Signal()

    def __init__(
        self,
        controller: Controller,
        settings: Settings,
        *,
        tray_available: bool,
        desktop: str | None = None,
        camera_used: bool = True,
        cameras_found: bool | None = None,
        parent: QWidget | None = None,
    ) -> None:
        """Build it; the preview starts when it shows.

        ``camera_used``: False for keyboard and mouse alone (``--no-camera`` or the
        setting): nothing about the camera is offered. ``cameras_found``: whether
        the system lists a camera (None: look).
        """
        super().__init__(parent)
        self.controller = controller
        self._settings = settings
        self.setWindowTitle(tr("Welcome to DeskGuard"))
        self.setAccessibleName(tr("Welcome to DeskGuard"))
        self._preview_until: float | None = None

        heading = QLabel(tr("Welcome to DeskGuard"))
        font = QFont(heading.font())
        font.setPointSizeF(max(font.pointSizeF(), 9.0) * 1.5)
        font.setBold(True)
        heading.setFont(font)
        self.intro = intro = self._text(
            tr(
                "Every few seconds DeskGuard looks through your camera to see how your neck "
                "is bent, how close you sit and whether your screen is at eye level. It "
                "reminds you to change position every {0} and to get up and walk every {1}, "
                "and says so when a strained posture lasts."
            ).format(
                format_duration(settings.shift_interval_s), format_duration(settings.walk_after_s)
            )
        )
        privacy = self._text(
            "<b>"
            + tr("No picture is ever stored or sent.")
            + "</b> "
            + tr(
                "Each picture is measured in memory and forgotten. Your history stays on "
                "this computer. The only network use is the one-time download of the face "
                "and pose models, and DeskGuard asks before it."
            )
        )
        privacy.setAccessibleName(tr("Privacy"))

        # --- the camera, with its preview
        self.picker = CameraPicker(controller.source)
        self.picker.chosen.connect(self._source_chosen)
        self.preview = QLabel(tr("Starting the camera…"))
        self.preview.setFixedSize(288, 162)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setWordWrap(True)
        self.preview.setFrameShape(QLabel.Shape.StyledPanel)
        self.preview.setAccessibleName(tr("Camera preview (not saved)"))
        self.preview_button = QPushButton(tr("Show the &preview again"))
        self.preview_button.setVisible(False)
        self.preview_button.clicked.connect(self.start_preview)
        self.models_button = QPushButton(tr("&Get the models…"))
        self.models_button.setVisible(False)
        self.models_button.clicked.connect(self.get_models_requested.emit)
        camera_box = QGroupBox(tr("Camera"))
        camera_form = QFormLayout(camera_box)
        camera_label = QLabel(tr("&Watch"))
        camera_label.setBuddy(self.picker.combo)
        camera_form.addRow(camera_label, self.picker)
        row = QHBoxLayout()
        row.addWidget(self.preview)
        side = QVBoxLayout()
        side.addWidget(
            self._text(
                tr(
                    "You should see yourself here, head and shoulders. The picture is "
                    "only shown, never saved."
                )
            )
        )
        side.addWidget(self.preview_button)
        side.addWidget(self.models_button)
        side.addStretch(1)
        row.addLayout(side, 1)
        camera_form.addRow(row)
        # No webcam at all: offer what works without one instead of a preview that never comes.
        if cameras_found is None:
            cameras_found = bool(list_cameras())
        self.activity_button = QPushButton(tr("Use &keyboard and mouse only"))
        self.activity_button.setAccessibleDescription(
            tr("Count sitting time from your keyboard and mouse; posture needs a camera")
        )
        self.activity_button.clicked.connect(self._activity_only)
        no_camera = QHBoxLayout()
        no_camera.addWidget(self._text(tr("No camera was found on this computer.")), 1)
        no_camera.addWidget(self.activity_button)
        self.no_camera_row = QWidget()
        self.no_camera_row.setLayout(no_camera)
        self.no_camera_row.setVisible(not cameras_found and _is_device(controller.source))
        camera_form.addRow(self.no_camera_row)
        self.camera_box = camera_box

        # --- calibration
        calibrate_box = QGroupBox(tr("Calibrate"))
        calibrate_row = QHBoxLayout(calibrate_box)
        calibrate_row.addWidget(
            self._text(
                tr(
                    "Sit upright and comfortable, and let DeskGuard learn that posture in "
                    "five seconds: neck bending is then measured from it. You can do it "
                    "later from the tray menu."
                )
            ),
            1,
        )
        self.calibrate_button = QPushButton(tr("&Calibrate now…"))
        self.calibrate_button.clicked.connect(self._calibrate)
        calibrate_row.addWidget(self.calibrate_button)
        self.calibrate_box = calibrate_box

        # --- where it lives
        tray_box = QGroupBox(tr("Where DeskGuard lives"))
        tray_row = QHBoxLayout(tray_box)
        icon = QLabel()
        icon.setPixmap(state_pixmap(TrayState.GOOD, 32))
        icon.setAccessibleName(tr("DeskGuard's tray icon"))
        tray_row.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        desktop = desktop if desktop is not None else _desktop_name()
        if tray_available and _is_gnome(desktop):
            # GNOME's AppIndicator extension opens the menu on a click and activates the
            # app on a double click: say what the user will see.
            where = tr(
                "DeskGuard runs in the top bar, with this icon. Click it for the menu: "
                "pause, calibrate, settings, quit; double-click it for today's dashboard. "
                "Its shape and colour show how things are."
            )
        elif tray_available:
            where = tr(
                "DeskGuard runs in the system tray, with this icon, at the top or bottom "
                "edge of your screen. Click it for today's dashboard; right-click it for "
                "the menu: pause, calibrate, settings, quit. Its shape and colour show "
                "how things are."
            )
        else:
            where = (
                tr("No system tray was found, so DeskGuard runs in a small window instead.")
                + " "
                + no_tray_advice(desktop)
            )
        self.where = self._text(where)
        self.where.setAccessibleName(tr("Where DeskGuard lives"))
        tray_row.addWidget(self.where, 1)

        self.done_button = QPushButton(tr("&Start watching"))
        self.done_button.setDefault(True)
        self.done_button.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.done_button)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addWidget(privacy)
        layout.addWidget(camera_box)
        layout.addWidget(calibrate_box)
        layout.addWidget(tray_box)
        layout.addLayout(buttons)
        self.setMinimumWidth(560)
        self._fit_screen()

        self._timer = QTimer(self)
        self._timer.setInterval(PREVIEW_MS)
        self._timer.timeout.connect(self._tick)
        controller.preview_taken.connect(self._on_preview)
        controller.models_loaded.connect(self._tick)
        controller.models_missing.connect(lambda _message: self._tick())
        self.camera_used = True
        if not camera_used:
            self.use_without_camera()

    def use_without_camera(self) -> None:
        """Keyboard and mouse alone: say what DeskGuard does then; no camera, no calibration."""
        self.camera_used = False
        self._timer.stop()
        self._preview_until = None
        self.camera_box.setVisible(False)
        self.calibrate_box.setVisible(False)
        self.intro.setText(
            tr(
                "DeskGuard counts how long you sit from your keyboard and mouse. It reminds "
                "you to change position every {0} and to get up and walk every {1}. Posture "
                "needs a camera: choose one in Settings when you have one."
            ).format(
                format_duration(self._settings.shift_interval_s),
                format_duration(self._settings.walk_after_s),
            )
        )
        layout = self.layout()
        assert layout is not None
        layout.activate()  # the hidden boxes leave no room behind
        self.resize(self.width(), layout.totalHeightForWidth(self.width()))

    def _fit_screen(self) -> None:
        """620 pixels wide; wider where large text would make it taller than the screen."""
        room = self.screen().availableGeometry()
        layout = self.layout()
        assert layout is not None  # made in __init__
        width = 620

        def height(w: int) -> int:
            return max(layout.totalHeightForWidth(w), layout.totalMinimumSize().height())

        # Leave room for the frame and title bar the desktop adds.
        while height(width) > room.height() - 48 and width + 80 <= room.width() - 16:
            width += 80
        self.resize(width, max(height(width), min(self.sizeHint().height(), room.height() - 48)))

    @staticmethod
    def _text(text: str) -> QLabel:
        label = QLabel(text)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.RichText)
        return label

    # --- the preview ---------------------------------------------------------------------

    def showEvent(self, event: Any) -> None:
        """Preview while shown."""
        self.start_preview()
        super().showEvent(event)

    def done(self, result: int) -> None:
        """Seen: it is not shown at the next start."""
        self._timer.stop()
        mark_welcomed()
        super().done(result)

    def start_preview(self) -> None:
        """Show what the camera sees for the next ``PREVIEW_FOR_S`` seconds."""
        if not self.camera_used:
            return
        self._preview_until = time.monotonic() + PREVIEW_FOR_S
        self.preview_button.setVisible(False)
        self._timer.start()
        self._tick()

    def _tick(self) -> None:
        c = self.controller
        if self._preview_until is not None and time.monotonic() >= self._preview_until:
            self._timer.stop()
            self._preview_until = None
            self.preview.setPixmap(QPixmap())
            self.preview.setText(tr("Preview stopped."))
            self.preview_button.setVisible(True)
            return
        if self._preview_until is None:
            return
        self.models_button.setVisible(not c.monitor.models_ok)
        if not c.monitor.models_ok:
            self._say(tr("DeskGuard needs its face and pose models before it can see you."))
            return
        if not c.started:
            self._say(tr("Loading the models…"))
            return
        if c.camera_error is not None:  # the next picture replaces it
            self._say(tr("No picture: {0}").format(c.camera_error))
        c.request_preview()

    def _say(self, text: str) -> None:
        self.preview.setPixmap(QPixmap())
        self.preview.setText(text)

    def _on_preview(self, image: Any, _sample: PostureSample, _points: Any) -> None:
        if self._preview_until is None or not self.isVisible():
            return
        pixmap = QPixmap.fromImage(to_qimage(image))
        self.preview.setPixmap(
            pixmap.scaled(
                self.preview.size(),
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        )

    # --- choices ---------------------------------------------------------------------------

    def _source_chosen(self, spec: str) -> None:
        self.source_chosen.emit(spec)
        self._say(tr("Starting the camera…"))

    def _activity_only(self) -> None:
        self.activity_only_requested.emit()
        self.use_without_camera()

    def _calibrate(self) -> None:
        # The welcome's preview ends first; calibration then has the camera to itself.
        self.accept()
        self.calibrate_requested.emit()


def _desktop_name() -> str:
    return os.environ.get("XDG_CURRENT_DESKTOP", "")


def _is_device(spec: str) -> bool:
    """A camera (an index or a device node), not a recording or a folder."""
    return spec.isdigit() or spec.startswith("/dev/")


def _is_gnome(desktop: str) -> bool:
    """GNOME Shell, also as Ubuntu names it ("ubuntu:GNOME")."""
    return "gnome" in desktop.lower() or "ubuntu" in desktop.lower()
