""" "Delete all my data" asks first, and Enter pressed by habit answers No."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

from deskguard.core.settings import Settings
from deskguard.ui.settings_dialog import SettingsDialog


def _delete_button(dialog: SettingsDialog) -> QPushButton:
    (button,) = [
        b for b in dialog.findChildren(QPushButton) if b.text().startswith("&Delete all my data")
    ]
    return button


def test_enter_on_the_question_deletes_nothing(qtbot) -> None:
    deleted: list[bool] = []
    dialog = SettingsDialog(Settings(), on_delete_all=lambda: deleted.append(True))
    qtbot.addWidget(dialog)
    dialog.show()
    seen: dict[str, object] = {}

    def answer_with_enter() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(50, answer_with_enter)
            return
        seen["default"] = box.standardButton(box.defaultButton())
        qtbot.keyClick(box, Qt.Key.Key_Return)

    QTimer.singleShot(50, answer_with_enter)
    _delete_button(dialog).click()  # the question is modal: this returns once answered
    assert seen["default"] == QMessageBox.StandardButton.No
    assert deleted == []
