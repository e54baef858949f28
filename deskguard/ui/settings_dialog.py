"""One dialog over the typed settings, built from their declarations.

Each field's range and meaning come from ``core.settings`` (one source of
truth): numbers get spin boxes that name their range, times get time
editors, the sensitivity a list. The settings are grouped on tabs, each group
with a line of help under it, so the dialog fits a 1280×800 or 1366×768
screen (and a page scrolls if a large font still makes it too tall). A typed
number out of range is not changed behind the user's back: the dialog says
which one and what it may be, and applies nothing until it is fixed. Values
are validated by the same code that reads the file; "Apply" takes effect at
once and saves (the previous file is kept as .bak).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from functools import partial
from typing import Any

from PySide6.QtCore import QLocale, QSize, Qt, QTime, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from deskguard.core.engine import EventKind, Problem
from deskguard.core.exercises import catalogue
from deskguard.core.settings import (
    Sensing,
    Sensitivity,
    Settings,
    settings_from_dict,
    settings_to_dict,
)
from deskguard.ui.camera_picker import CameraPicker
from deskguard.ui.keyboard import tab_as_laid_out
from deskguard.ui.translations import available_languages, language_name
from deskguard.ui.tray import tr

# Shown in minutes where seconds would be awkward to type.
_MINUTES = {
    "shift_interval_s",
    "walk_after_s",
    "walk_repeat_s",
    "break_min_s",
    "alert_cooldown_s",
    "activity_break_s",
}
# Numbers that may take a decimal (half a centimetre); the others are whole.
_DECIMALS = {"camera_above_screen_top_cm": 1, "too_close_cm": 1}
_WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


# Labels a person reads; the settings' own descriptions become the tooltips.
def _labels() -> dict[str, str]:
    return {
        "sample_interval_s": tr("Check my posture every"),
        "camera_fov_deg": tr("How wide the camera sees"),
        "camera_above_screen_top_cm": tr("Camera height above the screen's top edge"),
        "shift_interval_s": tr("Remind me to shift position after"),
        "walk_after_s": tr("Remind me to get up and walk after"),
        "walk_repeat_s": tr("Repeat an ignored walk reminder every"),
        "break_min_s": tr("A break is being away for at least"),
        "sensitivity": tr("Posture alert sensitivity"),
        "alert_window_s": tr("Alert when a posture is held for"),
        "alert_cooldown_s": tr("Never repeat the same alert within"),
        "too_close_cm": tr("Too close is nearer to the screen than"),
        "work_hours_only": tr("Only during work hours"),
        "work_start": tr("Work starts at"),
        "work_end": tr("Work ends at"),
        "work_days": tr("Work days"),
        "quiet_start": tr("Quiet hours from"),
        "quiet_end": tr("Quiet hours until"),
        "notifications": tr("Show notifications"),
        "notification_sound": tr("Play a soft sound with them"),
        "walk_heads_up": tr("A heads-up two minutes before a walk reminder"),
        "exercises": tr("Offer a short exercise with reminders"),
        "exercise_camera_check": tr("Let the camera count the repetitions"),
        "exercise_ids": tr("Exercises offered"),
        "start_at_login": tr("Start DeskGuard when I log in"),
        "language": tr("Language"),
        "retention_days": tr("Keep detailed history for"),
        "sensing": tr("Notice that I am sitting by"),
        "activity_break_s": tr("A break by keyboard and mouse is no input for"),
    }


def _sensing() -> dict[Sensing, str]:
    return {
        Sensing.BOTH: tr("Camera and keyboard/mouse"),
        Sensing.CAMERA: tr("Camera only"),
        Sensing.ACTIVITY: tr("Keyboard and mouse only"),
    }


def _sensitivity() -> dict[Sensitivity, str]:
    return {
        Sensitivity.LOW: tr("Low"),
        Sensitivity.MEDIUM: tr("Medium"),
        Sensitivity.HIGH: tr("High"),
    }


# Units as people write them after a number ("90 days", "70°").
def _units() -> dict[str, str]:
    return {"s": tr("s"), "cm": tr("cm"), "deg": "°", "days": tr("days"), "min": tr("min")}


# (tab, [(group title, fields, the help line under the group)]); "quiet" is the quiet-hours box,
# "cameras" the cameras found, "delete" the button that deletes all data.
def _tabs() -> tuple[tuple[str, list[tuple[str, tuple[str, ...], str]]], ...]:
    return (
        (
            tr("Reminders"),
            [
                (
                    tr("Reminders"),
                    ("shift_interval_s", "walk_after_s", "walk_repeat_s", "break_min_s"),
                    tr(
                        "Sitting still stiffens the back and neck: a small shift of position "
                        "every few minutes helps, and a short walk every hour helps more. Being "
                        "away from the desk for the break time ends a stretch of sitting."
                    ),
                ),
                (
                    tr("Notifications"),
                    ("notifications", "notification_sound", "walk_heads_up", "show_me"),
                    tr(
                        "Where the desktop allows it, a reminder can be answered on the "
                        "notification: Done, Snooze 10 min or Skip. Show me sends one now, as "
                        "you would get it, marked as a preview and not kept in your history."
                    ),
                ),
            ],
        ),
        (
            tr("Posture"),
            [
                (
                    tr("Posture alerts"),
                    ("sensitivity", "alert_window_s", "alert_cooldown_s", "too_close_cm"),
                    tr(
                        "An alert comes only when a posture is held for most of the time set "
                        "here, never for a glance down. Higher sensitivity alerts at a smaller "
                        "bend of the neck."
                    ),
                ),
            ],
        ),
        (
            tr("When"),
            [
                (
                    tr("Work hours"),
                    ("work_hours_only", "work_start", "work_end", "work_days"),
                    tr(
                        "Off: DeskGuard watches whenever the computer is in use. On: only on "
                        "the days and between the times set here."
                    ),
                ),
                (
                    tr("Quiet hours"),
                    ("quiet", "quiet_start", "quiet_end"),
                    tr(
                        "No notifications in the quiet hours, a lunch break for instance; "
                        "reminders that fall due then wait until they end. Off by default."
                    ),
                ),
            ],
        ),
        (
            tr("Camera"),
            [
                (
                    tr("Camera"),
                    (
                        "cameras",
                        "sample_interval_s",
                        "camera_fov_deg",
                        "camera_above_screen_top_cm",
                    ),
                    tr(
                        "How wide the camera sees is measured from corner to corner: about 70° "
                        "for most laptop cameras, 90° or more for a wide-angle webcam. A camera "
                        "on top of the screen is about 1 cm above its edge; below the screen, "
                        "give a negative height. No picture is ever stored."
                    ),
                ),
                (
                    tr("Without the camera"),
                    ("sensing", "activity_break_s"),
                    tr(
                        "Keyboard and mouse show that you are sitting when the camera cannot: "
                        "in a call, unplugged, in the dark. With keyboard and mouse only, you get "
                        "seated time and reminders but no posture checks, and the camera is never "
                        "used. Reading and watching are not breaks, so only a longer silence is."
                    ),
                ),
            ],
        ),
        (
            tr("Exercises"),
            [
                (
                    tr("Exercises"),
                    ("exercises", "exercise_camera_check", "exercise_ids"),
                    tr(
                        "\u201cShow me\u201d on a reminder, or A short exercise in the tray menu, "
                        "opens one with its steps. Where it can see them, the camera counts neck "
                        "turns, side bends, shrugs and chin tucks for as long as the exercise "
                        "lasts; nothing is counted against you, and Done always counts."
                    ),
                ),
            ],
        ),
        (
            tr("General"),
            [
                (
                    tr("General"),
                    ("language", "start_at_login", "retention_days", "delete"),
                    tr(
                        "A new language takes effect at the next start. Older history is kept as "
                        "daily totals. Your history, calibrations and settings stay on this "
                        "computer."
                    ),
                ),
            ],
        ),
    )


class ExerciseBoxes(QWidget):
    """A tick box per exercise of the catalogue (the ``exercise_ids`` setting)."""

    def __init__(self) -> None:
        """One box per exercise, in three columns."""
        super().__init__()
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        #: The boxes by exercise id, in catalogue order.
        self.boxes: dict[str, QCheckBox] = {}
        for i, exercise in enumerate(catalogue()):
            box = QCheckBox(exercise.title)
            box.setAccessibleName(exercise.title)
            box.setAccessibleDescription(tr("Offer this exercise with reminders"))
            grid.addWidget(box, i // 3, i % 3)
            self.boxes[exercise.id] = box

    def set_value(self, ids: str) -> None:
        """Tick the ids in ``ids`` (comma-separated)."""
        chosen = set(ids.split(","))
        for exercise_id, box in self.boxes.items():
            box.setChecked(exercise_id in chosen)

    def value(self, kept: str) -> str:
        """The ids ticked, with the ids of ``kept`` this version does not know."""
        unknown = [i for i in kept.split(",") if i and i not in self.boxes]
        return ",".join([i for i, box in self.boxes.items() if box.isChecked()] + unknown)


class NumberBox(QDoubleSpinBox):
    """A spin box that takes any number typed and says whether it is in ``lo``..``hi``.

    Qt's own range would silently refuse or revert a value outside it; here
    the box's range is wider (a digit more), the arrows stay within
    ``lo``..``hi``, and the dialog reports a value outside them. Numbers are
    written as people write them: "90 days", "1.5 cm", never "90.0 days".
    """

    def __init__(self, lo: float, hi: float, decimals: int, unit: str) -> None:
        """A box for ``lo``..``hi`` with ``decimals`` places, ``unit`` after the number."""
        super().__init__()
        self.lo, self.hi = lo, hi
        self.setDecimals(decimals)
        reach = 10.0 ** (len(str(int(max(abs(lo), abs(hi))))) + 1) - 1
        self.setRange(-reach if lo < 0 else 0.0, reach)
        self.unit = unit
        if unit:
            self.setSuffix(unit if unit == "°" else f" {unit}")
        self.setCorrectionMode(QAbstractSpinBox.CorrectionMode.CorrectToPreviousValue)
        self.setKeyboardTracking(False)  # judged once typed (Enter or leaving the box)
        self.setAccessibleDescription(self.range_text())

    def textFromValue(self, value: float) -> str:
        """The number alone, without trailing zeros or a group separator."""
        loc = self.locale()
        text = loc.toString(value, "f", self.decimals()).replace(loc.groupSeparator(), "")
        point = loc.decimalPoint()
        if point in text:
            text = text.rstrip("0").removesuffix(point)
        return "0" if text in ("-0", "") else text

    def shown(self, value: float) -> str:
        """``value`` with its unit, as the box shows it."""
        return self.textFromValue(value) + self.suffix()

    def range_text(self) -> str:
        """The range in words: "from 10 to 15 min"."""
        return tr("from {0} to {1}").format(self.textFromValue(self.lo), self.shown(self.hi))

    def in_range(self) -> bool:
        """Whether the value shown is one the setting allows."""
        half = 0.5 * 10.0 ** -self.decimals()  # the shown value is rounded
        return self.lo - half < self.value() < self.hi + half

    def stepBy(self, steps: int) -> None:
        """The arrows and Page Up/Down stay within the allowed range."""
        self.setValue(min(self.hi, max(self.lo, self.value() + steps * self.singleStep())))
        self.selectAll()

    def stepEnabled(self) -> QAbstractSpinBox.StepEnabledFlag:
        """Up only below the largest value allowed, down only above the smallest."""
        flags = QAbstractSpinBox.StepEnabledFlag.StepNone
        if self.value() < self.hi:
            flags |= QAbstractSpinBox.StepEnabledFlag.StepUpEnabled
        if self.value() > self.lo:
            flags |= QAbstractSpinBox.StepEnabledFlag.StepDownEnabled
        return flags


class _Page(QScrollArea):
    """A tab's page: its natural size when there is room, a scroll bar when there is not."""

    def __init__(self, content: QWidget) -> None:
        super().__init__()
        self.setWidget(content)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        # Not a Tab stop of its own (it would say nothing): Tab goes to its first control,
        # and the page still scrolls to whichever control has the focus.
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)

    def sizeHint(self) -> QSize:
        widget = self.widget()
        return widget.sizeHint() if widget is not None else super().sizeHint()

    def minimumSizeHint(self) -> QSize:
        widget = self.widget()
        width = widget.minimumSizeHint().width() if widget is not None else 0
        bar = self.verticalScrollBar().sizeHint().width()
        return QSize(width + bar, 120)


#: "Show me": (button's name, what it previews, the posture problem) per kind of notification.
def _show_me() -> tuple[tuple[str, str, EventKind, Problem | None], ...]:
    return (
        ("shift", tr("&Shift"), EventKind.SHIFT_REMINDER, None),
        ("walk", tr("&Walk"), EventKind.WALK_REMINDER, None),
        ("heads_up", tr("&Heads-up"), EventKind.WALK_HEADS_UP, None),
        ("neck", tr("&Neck"), EventKind.POSTURE_ALERT, Problem.NECK),
        ("forward_head", tr("Head &forward"), EventKind.POSTURE_ALERT, Problem.FORWARD_HEAD),
        ("too_close", tr("Too &close"), EventKind.POSTURE_ALERT, Problem.TOO_CLOSE),
        ("screen", tr("Screen hei&ght"), EventKind.SCREEN_ADVICE, None),
    )


class SettingsDialog(QDialog):
    """Edit the settings; ``applied`` carries the new ``Settings``.

    ``show_me`` asks for a preview: (EventKind, Problem or None, the settings as
    edited, or the ones in use while an edited value is out of range).
    """

    applied = Signal(object)
    show_me = Signal(object, object, object)

    def __init__(
        self,
        settings: Settings,
        *,
        on_delete_all: Callable[[], None] | None = None,
        source: str | None = None,
        source_problem: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        """Show ``settings``; nothing changes until Apply or OK.

        ``source``: what is watched now (by default the settings' camera);
        ``source_problem``: why it gives no picture, if it does not.
        """
        super().__init__(parent)
        self.camera_picker = CameraPicker(source or settings.camera or "0")
        self.camera_status = QLabel(self._camera_status(source_problem))
        self.camera_status.setWordWrap(True)
        self.camera_status.setAccessibleName(tr("Camera status"))
        self.setWindowTitle(tr("DeskGuard settings"))
        self.setAccessibleName(tr("DeskGuard settings"))
        self._fields = {f.name: f for f in dataclasses.fields(Settings)}
        self._editors: dict[str, Any] = {}
        self._labels: dict[str, QLabel] = {}
        self._tab_of: dict[str, int] = {}
        self._on_delete_all = on_delete_all
        self._original = settings  # fields not edited here (the desk set-up) are kept
        self.quiet = QCheckBox(tr("Hold notifications in quiet hours"))
        self.quiet.setAccessibleName(tr("Quiet hours"))
        self.quiet.setToolTip(tr("No notifications in the quiet hours"))
        self._boxes: dict[str, QGroupBox] = {}  # by their first field
        layout = QVBoxLayout(self)
        self.tabs = QTabWidget()
        for title, groups in _tabs():
            page = QWidget()
            column = QVBoxLayout(page)
            for group_title, names, help_text in groups:
                column.addWidget(self._group(group_title, names, self.tabs.count()))
                column.addWidget(self._help(help_text))
            column.addStretch(1)
            self.tabs.addTab(_Page(page), title)
        layout.addWidget(self.tabs, 1)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setAccessibleName(tr("Problems"))
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok
            | QDialogButtonBox.StandardButton.Apply
            | QDialogButtonBox.StandardButton.Cancel
            | QDialogButtonBox.StandardButton.RestoreDefaults
        )
        self.buttons.accepted.connect(self._ok)
        self.buttons.rejected.connect(self.reject)
        self.buttons.button(QDialogButtonBox.StandardButton.Apply).clicked.connect(self.apply)
        self.buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults).clicked.connect(
            lambda: self.load(Settings())
        )
        layout.addWidget(self.buttons)
        tab_as_laid_out(self.buttons)
        self._editors["work_hours_only"].toggled.connect(lambda _on: self._enable())
        self._editors["exercises"].toggled.connect(lambda _on: self._enable())
        self.quiet.toggled.connect(self._quiet_toggled)
        for name in ("quiet_start", "quiet_end"):
            self._editors[name].timeChanged.connect(lambda _t: self._enable())
        for editor in self._editors.values():
            if isinstance(editor, NumberBox):
                editor.valueChanged.connect(self._show_problems)
        self.load(settings)
        self._fit_screen()

    # --- building ---------------------------------------------------------------------

    def _label(self, name: str) -> str:
        return _labels().get(name, name)

    def _group(self, title: str, names: tuple[str, ...], tab: int) -> QGroupBox:
        box = QGroupBox(title)
        self._boxes[names[0]] = box
        form = QFormLayout(box)
        for name in names:
            if name == "quiet":
                form.addRow(self.quiet)
                continue
            if name == "cameras":
                label = QLabel(tr("&Watch"))
                label.setBuddy(self.camera_picker.combo)
                form.addRow(label, self.camera_picker)
                form.addRow(self.camera_status)
                continue
            if name == "show_me":
                label = QLabel(tr("Show me"))
                label.setToolTip(tr("Send a preview of each kind of notification"))
                form.addRow(label, self._show_me_buttons())
                continue
            if name == "delete":
                delete = QPushButton(tr("&Delete all my data…"))
                delete.setAccessibleDescription(
                    tr("Your history, calibrations and settings, from this computer; it asks first")
                )
                delete.clicked.connect(self._delete_all)
                row = QHBoxLayout()
                row.addWidget(delete)
                row.addStretch(1)
                form.addRow(row)
                continue
            editor = self._editor(name)
            editor.setAccessibleName(self._label(name))
            editor.setToolTip(self._fields[name].metadata.get("doc", ""))
            if isinstance(editor, QCheckBox):
                editor.setText(self._label(name))
                form.addRow(editor)
            else:
                label = QLabel(self._label(name))
                label.setBuddy(editor)
                form.addRow(label, editor)
                self._labels[name] = label
            self._editors[name] = editor
            self._tab_of[name] = tab
        return box

    def _show_me_buttons(self) -> QWidget:
        holder = QWidget()
        grid = QGridLayout(holder)
        grid.setContentsMargins(0, 0, 0, 0)
        #: The "Show me" buttons by name (shift, walk, heads_up, neck, ...).
        self.show_me_buttons: dict[str, QPushButton] = {}
        for i, (name, text, kind, problem) in enumerate(_show_me()):
            button = QPushButton(text)
            button.setAccessibleName(tr("Show me: {0}").format(text.replace("&", "")))
            button.setAccessibleDescription(tr("Send a preview of this notification now"))
            button.clicked.connect(partial(self._show_me, kind, problem))
            grid.addWidget(button, i // 4, i % 4)
            self.show_me_buttons[name] = button
        return holder

    def _show_me(self, kind: EventKind, problem: Problem | None) -> None:
        settings, problems = self.value()
        self.show_me.emit(kind, problem, self._original if problems else settings)

    def _camera_status(self, problem: str | None) -> str:
        """One line under the picker: what is wrong, else how many cameras there are.

        "No camera found" is said only when nothing gives a picture: a user who
        watches a recording, or whose camera the system does not list, is fine.
        """
        found = self.camera_picker.cameras_found()
        if problem is not None:
            if found == 0:
                return tr("No picture: {0} No camera is connected to this computer.").format(
                    problem
                )
            return tr("No picture: {0}").format(problem)
        if found == 0:
            return tr("In use. No other camera is connected.")
        return tr("In use. Cameras connected: {0}.").format(found)

    @staticmethod
    def _help(text: str) -> QLabel:
        label = QLabel(text)
        label.setWordWrap(True)
        label.setContentsMargins(4, 0, 4, 6)
        font = label.font()
        if font.pointSizeF() > 0:
            font.setPointSizeF(font.pointSizeF() * 0.9)
            label.setFont(font)
        label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        return label

    def _editor(self, name: str) -> QWidget:
        f = self._fields[name]
        meta = f.metadata
        if isinstance(f.default, bool):
            return QCheckBox()
        if isinstance(f.default, Sensitivity):
            combo = QComboBox()
            for s in Sensitivity:
                combo.addItem(_sensitivity()[s], s.value)
            return combo
        if name == "sensing":
            combo = QComboBox()
            for mode, words in _sensing().items():
                combo.addItem(words, mode.value)
            return combo
        if isinstance(f.default, float):
            scale = 60.0 if name in _MINUTES else 1.0
            unit = "min" if scale != 1.0 else meta.get("unit", "")
            return NumberBox(
                meta["min"] / scale,
                meta["max"] / scale,
                _DECIMALS.get(name, 0),
                _units().get(unit, unit),
            )
        if meta.get("clock"):
            edit = QTimeEdit()
            edit.setDisplayFormat("HH:mm")
            return edit
        if name == "exercise_ids":
            return ExerciseBoxes()
        if name == "language":
            combo = QComboBox()
            system = QLocale.system()
            combo.addItem(tr("As the system ({0})").format(language_name(system.name())), "")
            for code in available_languages():
                combo.addItem(language_name(code), code)
            return combo
        if name == "work_days":
            holder = QWidget()
            row = QHBoxLayout(holder)
            row.setContentsMargins(0, 0, 0, 0)
            holder.boxes = []  # type: ignore[attr-defined]
            for day in _WEEKDAYS:
                box = QCheckBox(tr(day))
                box.setAccessibleName(tr(day))
                box.setAccessibleDescription(tr("Watch on this day, in the work hours"))
                row.addWidget(box)
                holder.boxes.append(box)  # type: ignore[attr-defined]
            return holder
        raise TypeError(f"no editor for setting {name}")

    def _fit_screen(self) -> None:
        """Open at the natural size, but never larger than the screen's free area."""
        hint = self.sizeHint()
        room = self.screen().availableGeometry()
        # Leave room for the window's frame and title bar, which the desktop adds.
        self.resize(min(hint.width(), room.width() - 16), min(hint.height(), room.height() - 48))

    # --- state ------------------------------------------------------------------------

    def _enable(self) -> None:
        """The work-hours fields only with work hours on; the quiet times only with them on."""
        on = self._editors["work_hours_only"].isChecked()
        for name in ("work_start", "work_end", "work_days"):
            self._editors[name].setEnabled(on)
            self._labels[name].setEnabled(on)
        exercises = self._editors["exercises"].isChecked()
        for name in ("exercise_camera_check", "exercise_ids"):
            self._editors[name].setEnabled(exercises)
            if name in self._labels:
                self._labels[name].setEnabled(exercises)
        quiet = self.quiet.isChecked()
        for name in ("quiet_start", "quiet_end"):
            self._editors[name].setEnabled(quiet)
            self._labels[name].setEnabled(quiet)
        # The titles say the state in words: "Quiet hours: off", never "12:30 to 12:30".
        self._boxes["work_hours_only"].setTitle(
            tr("Work hours: on") if on else tr("Work hours: off")
        )
        start, end = (
            self._editors[n].time().toString("HH:mm") for n in ("quiet_start", "quiet_end")
        )
        self._boxes["quiet"].setTitle(
            tr("Quiet hours: {0} to {1}").format(start, end) if quiet else tr("Quiet hours: off")
        )

    def _quiet_toggled(self, on: bool) -> None:
        start, end = self._editors["quiet_start"], self._editors["quiet_end"]
        if on and start.time() == end.time():
            end.setTime(start.time().addSecs(3600))  # an hour to start from
        self._enable()

    def load(self, settings: Settings) -> None:
        """Show ``settings`` in the editors."""
        for name, editor in self._editors.items():
            value = getattr(settings, name)
            if isinstance(editor, QCheckBox):
                editor.setChecked(bool(value))
            elif isinstance(editor, QComboBox):
                data = value.value if isinstance(value, Sensitivity | Sensing) else value
                editor.setCurrentIndex(max(0, editor.findData(data)))
            elif isinstance(editor, NumberBox):
                editor.setValue(value / (60.0 if name in _MINUTES else 1.0))
            elif isinstance(editor, QTimeEdit):
                hours, minutes = (int(x) for x in value.split(":"))
                editor.setTime(QTime(hours, minutes))
            elif isinstance(editor, ExerciseBoxes):
                editor.set_value(value)
            else:  # work days
                for i, box in enumerate(editor.boxes):
                    box.setChecked(str(i + 1) in value)
        quiet = settings.quiet_start != settings.quiet_end  # the same time: no quiet hours
        self.quiet.setChecked(quiet)
        if not quiet:  # shown as off, with an hour ready should they be turned on
            start = self._editors["quiet_start"].time()
            self._editors["quiet_end"].setTime(start.addSecs(3600))
        self._enable()
        self.error.clear()

    def problems(self) -> list[tuple[str, str]]:
        """(setting, what is wrong, in words) for every value the editors cannot give."""
        found: list[tuple[str, str]] = []
        for name, editor in self._editors.items():
            if isinstance(editor, NumberBox) and not editor.in_range():
                found.append(
                    (
                        name,
                        tr("{0}: {1} is out of range; choose {2}.").format(
                            self._label(name), editor.shown(editor.value()), editor.range_text()
                        ),
                    )
                )
        if self._editors["work_hours_only"].isChecked():
            if not any(b.isChecked() for b in self._editors["work_days"].boxes):
                found.append(("work_days", tr("Work days: tick at least one day.")))
            if self._editors["work_start"].time() == self._editors["work_end"].time():
                found.append(
                    ("work_end", tr("Work hours: the start and the end are the same time."))
                )
        if self._editors["exercises"].isChecked() and not self._editors["exercise_ids"].value(""):
            found.append(("exercise_ids", tr("Exercises: tick at least one, or switch them off.")))
        if self.quiet.isChecked() and (
            self._editors["quiet_start"].time() == self._editors["quiet_end"].time()
        ):
            found.append(
                (
                    "quiet_end",
                    tr(
                        "Quiet hours: the start and the end are the same time; untick "
                        "Quiet hours for none."
                    ),
                )
            )
        return found

    def _show_problems(self) -> None:
        self.error.setText(" ".join(text for _, text in self.problems()))

    def value(self) -> tuple[Settings, list[str]]:
        """The settings the editors describe, and any problems (then nothing is applied)."""
        data = settings_to_dict(self._original)
        for name, editor in self._editors.items():
            if isinstance(editor, QCheckBox):
                data[name] = editor.isChecked()
            elif isinstance(editor, QComboBox):
                data[name] = editor.currentData()
            elif isinstance(editor, NumberBox):
                data[name] = editor.value() * (60.0 if name in _MINUTES else 1.0)
            elif isinstance(editor, QTimeEdit):
                data[name] = editor.time().toString("HH:mm")
            elif isinstance(editor, ExerciseBoxes):
                data[name] = editor.value(self._original.exercise_ids)
            else:
                days = "".join(str(i + 1) for i, b in enumerate(editor.boxes) if b.isChecked())
                data[name] = days
        if self.camera_picker.touched:
            data["camera"] = self.camera_picker.spec()
        if not data["work_days"] and not data["work_hours_only"]:
            data["work_days"] = self._original.work_days  # unused then: kept as they were
        if not self.quiet.isChecked():
            data["quiet_end"] = data["quiet_start"]  # how "no quiet hours" is stored
        settings, problems = settings_from_dict(data)
        mine = self.problems()
        if mine:
            return settings, [text for _, text in mine]
        return settings, problems

    def apply(self) -> bool:
        """Validate; if all is well, emit ``applied``; if not, show the first problem."""
        settings, problems = self.value()
        if problems:
            self.error.setText(tr("Not applied: ") + " ".join(problems))
            mine = self.problems()
            if mine:
                name = mine[0][0]
                self.tabs.setCurrentIndex(self._tab_of[name])
                self._editors[name].setFocus()
            return False
        self.error.setText(tr("Applied."))
        self.applied.emit(settings)
        return True

    def _ok(self) -> None:
        if self.apply():
            self.accept()

    def _delete_all(self) -> None:
        # No is the default: Enter pressed by habit must not delete what cannot be undone.
        answer = QMessageBox.question(
            self,
            tr("Delete all your data?"),
            tr(
                "This deletes your sitting history, your calibrations and your settings from "
                "this computer. It cannot be undone."
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer == QMessageBox.StandardButton.Yes and self._on_delete_all is not None:
            self._on_delete_all()
            self.load(Settings())
