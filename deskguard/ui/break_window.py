"""The break window: one guided exercise, its picture and steps, a count or a countdown.

Small, calm and non-modal: it is shown without taking the keyboard focus (a
call or a sentence being typed keeps it) and is never full-screen. "Show me"
on a reminder, or the tray's "Exercise…", opens it.

While it counts (``exercise_camera_check`` on and an exercise the camera can
confirm), it asks for a frame's *figures* a few times a second, never the
picture, for at most the exercise's length plus a little; then DeskGuard
goes back to its sparse sampling. Meanwhile the engine gets no frames (the
head turns and tilts on purpose). When the camera cannot see well enough it
says nothing and the user's "Done" decides; it never scolds.
"""

from __future__ import annotations

import logging
import math

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QFont, QKeyEvent, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from deskguard import paths
from deskguard.core.engine import EventKind
from deskguard.core.exercise_counter import CountStatus, CountUpdate, RepCounter
from deskguard.core.exercises import CameraCheck, Exercise, Occasion, pick
from deskguard.core.i18n import _n
from deskguard.core.sample import PostureSample
from deskguard.core.settings import Settings
from deskguard.core.wording import format_duration
from deskguard.ui.controller import Controller
from deskguard.ui.tray import tr

log = logging.getLogger("deskguard.exercise")

#: A frame's figures this often while counting (real milliseconds): about 3 a second.
COUNT_EVERY_MS = 330
#: Counting stops after the exercise's own length plus this (seconds of the clock).
COUNT_MARGIN_S = 15.0
#: A repetition takes about this long, per side (seconds): how long counting may run.
SECONDS_PER_REP = 5.0
#: The countdown and the text are refreshed this often (real milliseconds).
TICK_MS = 250
PICTURE_SIZE = QSize(200, 200)


def exercise_picture(exercise: Exercise, size: QSize = PICTURE_SIZE) -> QPixmap:
    """The exercise's drawing, rendered at ``size`` (empty if the file is missing)."""
    pixmap = QPixmap(size)
    pixmap.fill(Qt.GlobalColor.transparent)
    renderer = QSvgRenderer(str(paths.resources_dir() / "exercises" / exercise.image))
    if renderer.isValid():
        painter = QPainter(pixmap)
        renderer.render(painter)
        painter.end()
    else:
        log.warning("exercise picture missing: %s", exercise.image)
    return pixmap


def amount_text(exercise: Exercise) -> str:
    """How much of it: "5 times", "5 times each side", "30 seconds"."""
    if exercise.reps is not None:
        if exercise.per_side:
            return _n("%n time each side", "%n times each side", exercise.reps)
        return _n("%n time", "%n times", exercise.reps)
    assert exercise.seconds is not None
    seconds = exercise.seconds
    length = format_duration(seconds) if seconds % 60 == 0 else tr("{0} seconds").format(seconds)
    return tr("{0} each side").format(length) if exercise.per_side else length


class BreakWindow(QWidget):
    """One exercise at a time; Done keeps it, Skip closes, Another shows the next one."""

    #: The window is done with (an exercise kept, or skipped).
    closed = Signal()

    def __init__(
        self,
        controller: Controller,
        settings: Settings,
        occasion: Occasion = EventKind.SHIFT_REMINDER,
    ) -> None:
        """Offer the exercises that suit ``occasion`` (a reminder, or an alert's problem)."""
        super().__init__(None, Qt.WindowType.Window | Qt.WindowType.WindowStaysOnTopHint)
        self.controller = controller
        self.settings = settings
        enabled = settings.exercises_enabled()
        self.exercises = pick(occasion, enabled) or pick(EventKind.SHIFT_REMINDER, enabled)
        if not self.exercises:  # every one switched off: offer them all rather than nothing
            self.exercises = pick(EventKind.SHIFT_REMINDER)
        self.index = 0
        self.counter: RepCounter | None = None
        self.last_update: CountUpdate | None = None
        self.kept = False
        self._started_s = 0.0
        self._count_until_s: float | None = None
        self.setWindowTitle(tr("A short break"))
        self.setAccessibleName(tr("A short break"))
        # Never take the keyboard from a call or a sentence being typed.
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)

        self.title = QLabel()
        font = QFont(self.title.font())
        font.setPointSizeF(max(font.pointSizeF(), 9.0) * 1.35)
        font.setBold(True)
        self.title.setFont(font)
        self.picture = QLabel()
        self.picture.setFixedSize(PICTURE_SIZE)
        self.picture.setAccessibleName(tr("How to do it"))
        self.steps = QLabel()
        self.steps.setWordWrap(True)
        self.steps.setTextFormat(Qt.TextFormat.RichText)
        self.amount = QLabel()
        self.progress = QLabel()
        self.progress.setAccessibleName(tr("Progress"))
        font = QFont(self.progress.font())
        font.setPointSizeF(max(font.pointSizeF(), 9.0) * 1.2)
        self.progress.setFont(font)
        self.progress.setWordWrap(True)
        self.done_button = QPushButton(tr("&Done"))
        self.done_button.setToolTip(tr("Keep it: an exercise counts as a change of position"))
        self.skip_button = QPushButton(tr("S&kip"))
        self.skip_button.setAccessibleDescription(tr("Close without doing the exercise"))
        self.another_button = QPushButton(tr("&Another"))
        self.another_button.setToolTip(tr("Show another exercise"))
        self.another_button.setVisible(len(self.exercises) > 1)
        self.done_button.clicked.connect(self.done)
        self.skip_button.clicked.connect(self.skip)
        self.another_button.clicked.connect(self.another)

        text = QVBoxLayout()
        text.addWidget(self.title)
        text.addWidget(self.steps)
        text.addWidget(self.amount)
        text.addStretch(1)
        text.addWidget(self.progress)
        top = QHBoxLayout()
        top.addWidget(self.picture, 0, Qt.AlignmentFlag.AlignTop)
        top.addLayout(text, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.another_button)
        buttons.addStretch(1)
        buttons.addWidget(self.skip_button)
        buttons.addWidget(self.done_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(buttons)
        self.setMinimumWidth(560)

        self._count_timer = QTimer(self)
        self._count_timer.setInterval(COUNT_EVERY_MS)
        self._count_timer.timeout.connect(self._ask_frame)
        self._tick_timer = QTimer(self)
        self._tick_timer.setInterval(TICK_MS)
        self._tick_timer.timeout.connect(self._tick)
        controller.exercise_sample.connect(self._on_sample)
        self._show(0)

    @property
    def exercise(self) -> Exercise:
        """The exercise shown."""
        return self.exercises[self.index]

    @property
    def counting(self) -> bool:
        """The camera is counting now (frames are asked for)."""
        return self._count_until_s is not None

    # --- showing an exercise -------------------------------------------------------------

    def _show(self, index: int) -> None:
        self._stop_counting()
        self.index = index
        ex = self.exercise
        self.title.setText(ex.title)
        self.picture.setPixmap(exercise_picture(ex))
        self.steps.setText("<ol>" + "".join(f"<li>{s}</li>" for s in ex.steps) + "</ol>")
        self.amount.setText(amount_text(ex))
        self.last_update = None
        self._started_s = self.controller.now()
        self.counter = None
        if (
            self.settings.exercise_camera_check
            and self.controller.started
            and ex.camera_check is not None
        ):
            self.counter = RepCounter.for_exercise(ex)
        if self.counter is not None and ex.target_reps is not None:
            length = ex.target_reps * SECONDS_PER_REP
            self._count_until_s = self._started_s + length + COUNT_MARGIN_S
            self.controller.set_exercising(True)
            self._count_timer.start()
            self.progress.setText(tr("The camera counts along. Press Done when you have finished."))
        elif ex.seconds is not None:
            self.progress.setText(self._countdown_text())
        else:
            self.progress.setText(tr("Press Done when you have finished."))
        self._tick_timer.start()

    def _countdown_text(self) -> str:
        assert self.exercise.seconds is not None
        total = self.exercise.seconds * self.exercise.sides
        left = total - (self.controller.now() - self._started_s)
        if left <= 0:
            return tr("Well done. Press Done to keep it.")
        return tr("{0} s to go").format(math.ceil(left))

    def _tick(self) -> None:
        if self.exercise.seconds is not None and not self.counting:
            self.progress.setText(self._countdown_text())
        if self._count_until_s is not None and self.controller.now() >= self._count_until_s:
            # The exercise's time is up: back to sparse sampling; Done still keeps it.
            self._stop_counting()
            if self.last_update is None or not self.last_update.done:
                self.progress.setText(tr("Press Done when you have finished."))

    # --- counting --------------------------------------------------------------------------

    def _ask_frame(self) -> None:
        body = self.exercise.camera_check is CameraCheck.SHRUG
        self.controller.request_exercise_frame(body)

    def _on_sample(self, sample: PostureSample) -> None:
        if self.counter is None or not self.counting:
            return
        update = self.counter.feed(sample)
        self.last_update = update
        if update.status is CountStatus.CANNOT_SEE:
            return  # nothing to say: the user's Done decides
        if update.message:
            self.progress.setText(update.message)
        if update.done:
            self._stop_counting()
            self.keep(confirmed=True)

    def _stop_counting(self) -> None:
        if self._count_until_s is not None:
            self._count_until_s = None
            self._count_timer.stop()
            self.controller.set_exercising(False)

    # --- the user's answers ----------------------------------------------------------------

    def keep(self, *, confirmed: bool) -> None:
        """Record the exercise (once), say so, and offer to close."""
        if self.kept:
            return
        self.kept = True
        ex = self.exercise
        reps = self.last_update.reps if self.last_update is not None else None
        self.controller.exercise_done(
            ex.id,
            confirmed=confirmed,
            reps=reps if self.counter is not None else None,
            target=ex.target_reps if self.counter is not None else None,
        )
        if confirmed:
            self.progress.setText(tr("Well done: counted by the camera."))
        else:
            self.progress.setText(tr("Well done."))
        self.done_button.setText(tr("&Close"))
        self.skip_button.setVisible(False)
        self.another_button.setVisible(False)
        log.info("exercise %s done (%s)", ex.id, "camera" if confirmed else "user")

    def done(self) -> None:
        """Done: keep it (the camera's count confirms it if it saw it all), then close."""
        if not self.kept:
            confirmed = self.last_update is not None and self.last_update.done
            self.keep(confirmed=confirmed)
        self.close()

    def skip(self) -> None:
        """Not now: nothing is kept."""
        self.close()

    def another(self) -> None:
        """Show the next exercise that suits."""
        self._show((self.index + 1) % len(self.exercises))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Escape: not now (as it closes the dialogs)."""
        if event.key() == Qt.Key.Key_Escape:
            self.skip()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        """Stop counting (the camera goes back to sparse sampling)."""
        self._stop_counting()
        self._tick_timer.stop()
        self.closed.emit()
        super().closeEvent(event)
