"""One dialog over the typed settings, built from their declarations.

Each field's range and meaning come from ``core.settings`` (one source of
truth): numbers get spin boxes limited to their range, times get time
editors, the sensitivity a list. Values are validated by the same code that
reads the file; "Apply" takes effect at once and saves (the previous file is
kept as .bak).
"""

from __future__ import annotations

import dataclasses
import glob
import sys
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QTime, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from deskguard.core.settings import Sensitivity, Settings, settings_from_dict, settings_to_dict
from deskguard.ui.tray import tr

# Shown in minutes where seconds would be awkward to type.
_MINUTES = {"shift_interval_s", "walk_after_s", "walk_repeat_s", "break_min_s", "alert_cooldown_s"}
_GROUPS = (
    (tr("Camera"), ("sample_interval_s", "camera_fov_deg", "camera_above_screen_top_cm")),
    (tr("Reminders"), ("shift_interval_s", "walk_after_s", "walk_repeat_s", "break_min_s")),
    (tr("Posture alerts"), ("sensitivity", "alert_window_s", "alert_cooldown_s", "too_close_cm")),
    (tr("When"), ("work_start", "work_end", "work_days", "quiet_start", "quiet_end")),
    (tr("General"), ("notifications", "start_at_login", "retention_days")),
)
_WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
# Labels a person reads; the settings' own descriptions become the tooltips.
_LABELS = {
    "sample_interval_s": tr("Time between samples"),
    "camera_fov_deg": tr("Camera field of view (diagonal)"),
    "camera_above_screen_top_cm": tr("Camera height above the screen's top edge"),
    "shift_interval_s": tr("Remind me to shift position after"),
    "walk_after_s": tr("Remind me to get up and walk after"),
    "walk_repeat_s": tr("Repeat an ignored walk reminder every"),
    "break_min_s": tr("A break is being away for at least"),
    "sensitivity": tr("Posture alert sensitivity"),
    "alert_window_s": tr("Alert when a posture is held for"),
    "alert_cooldown_s": tr("Never repeat the same alert within"),
    "too_close_cm": tr("Too close is nearer to the screen than"),
    "work_start": tr("Work starts at"),
    "work_end": tr("Work ends at"),
    "work_days": tr("Work days"),
    "quiet_start": tr("Quiet hours from"),
    "quiet_end": tr("Quiet hours until (same time: none)"),
    "notifications": tr("Show notifications"),
    "start_at_login": tr("Start DeskGuard when I log in"),
    "retention_days": tr("Keep detailed history for"),
}


def cameras_found() -> list[str]:
    """Camera devices present (Linux: /dev/video*; elsewhere indexes are tried by OpenCV)."""
    linux = sys.platform.startswith("linux")
    return sorted(glob.glob("/dev/video*")) if linux else []


class SettingsDialog(QDialog):
    """Edit the settings; ``applied`` carries the new ``Settings``."""

    applied = Signal(object)

    def __init__(
        self,
        settings: Settings,
        *,
        on_delete_all: Callable[[], None] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        """Show ``settings``; nothing changes until Apply or OK."""
        super().__init__(parent)
        self.setWindowTitle(tr("DeskGuard settings"))
        self.setAccessibleName(tr("DeskGuard settings"))
        self._fields = {f.name: f for f in dataclasses.fields(Settings)}
        self._editors: dict[str, Any] = {}
        self._on_delete_all = on_delete_all
        self._original = settings  # fields not edited here (the desk set-up) are kept
        layout = QVBoxLayout(self)
        cams = cameras_found()
        camera_note = QLabel(
            tr("Cameras found: {0}").format(", ".join(cams)) if cams else tr("No camera found.")
        )
        layout.addWidget(camera_note)
        for title, names in _GROUPS:
            box = QGroupBox(title)
            form = QFormLayout(box)
            for name in names:
                editor = self._editor(name)
                label = QLabel(self._label(name))
                label.setBuddy(editor)
                editor.setAccessibleName(self._label(name))
                editor.setToolTip(self._fields[name].metadata.get("doc", ""))
                form.addRow(label, editor)
                self._editors[name] = editor
            layout.addWidget(box)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setAccessibleName(tr("Problems"))
        layout.addWidget(self.error)
        bottom = QHBoxLayout()
        delete = QPushButton(tr("&Delete all my data…"))
        delete.clicked.connect(self._delete_all)
        bottom.addWidget(delete)
        bottom.addStretch(1)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok
            | QDialogButtonBox.StandardButton.Apply
            | QDialogButtonBox.StandardButton.Cancel
            | QDialogButtonBox.StandardButton.RestoreDefaults
        )
        buttons.accepted.connect(self._ok)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.Apply).clicked.connect(self.apply)
        buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults).clicked.connect(
            lambda: self.load(Settings())
        )
        bottom.addWidget(buttons)
        layout.addLayout(bottom)
        self.load(settings)

    def _label(self, name: str) -> str:
        return _LABELS.get(name, name)

    def _editor(self, name: str) -> QWidget:
        f = self._fields[name]
        meta = f.metadata
        if isinstance(f.default, bool):
            return QCheckBox()
        if isinstance(f.default, Sensitivity):
            combo = QComboBox()
            for s in Sensitivity:
                combo.addItem(tr(s.value), s.value)
            return combo
        if isinstance(f.default, float):
            spin = QDoubleSpinBox()
            scale = 60.0 if name in _MINUTES else 1.0
            spin.setRange(meta["min"] / scale, meta["max"] / scale)
            spin.setDecimals(1 if scale == 1.0 else 0)
            unit = tr("min") if scale != 1.0 else meta.get("unit", "")
            if unit:
                spin.setSuffix(f" {unit}")
            return spin
        if meta.get("clock"):
            edit = QTimeEdit()
            edit.setDisplayFormat("HH:mm")
            return edit
        if name == "work_days":
            holder = QWidget()
            row = QHBoxLayout(holder)
            row.setContentsMargins(0, 0, 0, 0)
            holder.boxes = []  # type: ignore[attr-defined]
            for day in _WEEKDAYS:
                box = QCheckBox(tr(day))
                box.setAccessibleName(tr(day))
                row.addWidget(box)
                holder.boxes.append(box)  # type: ignore[attr-defined]
            return holder
        raise TypeError(f"no editor for setting {name}")

    def load(self, settings: Settings) -> None:
        """Show ``settings`` in the editors."""
        for name, editor in self._editors.items():
            value = getattr(settings, name)
            if isinstance(editor, QCheckBox):
                editor.setChecked(bool(value))
            elif isinstance(editor, QComboBox):
                editor.setCurrentIndex(editor.findData(value.value))
            elif isinstance(editor, QDoubleSpinBox):
                editor.setValue(value / (60.0 if name in _MINUTES else 1.0))
            elif isinstance(editor, QTimeEdit):
                hours, minutes = (int(x) for x in value.split(":"))
                editor.setTime(QTime(hours, minutes))
            else:  # work days
                for i, box in enumerate(editor.boxes):
                    box.setChecked(str(i + 1) in value)
        self.error.clear()

    def value(self) -> tuple[Settings, list[str]]:
        """The settings the editors describe, and any problems (then nothing is applied)."""
        data = settings_to_dict(self._original)
        for name, editor in self._editors.items():
            if isinstance(editor, QCheckBox):
                data[name] = editor.isChecked()
            elif isinstance(editor, QComboBox):
                data[name] = editor.currentData()
            elif isinstance(editor, QDoubleSpinBox):
                data[name] = editor.value() * (60.0 if name in _MINUTES else 1.0)
            elif isinstance(editor, QTimeEdit):
                data[name] = editor.time().toString("HH:mm")
            else:
                data[name] = "".join(
                    str(i + 1) for i, b in enumerate(editor.boxes) if b.isChecked()
                )
        return settings_from_dict(data)

    def apply(self) -> bool:
        """Validate; if all is well, emit ``applied``."""
        settings, problems = self.value()
        if problems:
            self.error.setText(tr("Not applied: ") + "; ".join(problems))
            return False
        self.error.setText(tr("Applied."))
        self.applied.emit(settings)
        return True

    def _ok(self) -> None:
        if self.apply():
            self.accept()

    def _delete_all(self) -> None:
        answer = QMessageBox.question(
            self,
            tr("Delete all your data?"),
            tr(
                "This deletes your sitting history, your calibrations and your settings from "
                "this computer. It cannot be undone."
            ),
        )
        if answer == QMessageBox.StandardButton.Yes and self._on_delete_all is not None:
            self._on_delete_all()
            self.load(Settings())
