"""The settings dialog on the real headless desktop: it fits the screen, names a value out
of range, writes numbers as people do, and keeps the work hours opt-in."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, Qt, QTime
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractSpinBox, QDialogButtonBox

from deskguard.core.settings import Settings
from deskguard.ui.settings_dialog import NumberBox, SettingsDialog
from tests.ui.conftest import screenshot


def _dialog(qtbot, settings: Settings | None = None) -> tuple[SettingsDialog, list[Settings]]:
    dialog = SettingsDialog(settings or Settings())
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    applied: list[Settings] = []
    dialog.applied.connect(applied.append)
    return dialog, applied


def _on_screen(widget) -> QRect:
    return QRect(widget.mapToGlobal(QPoint(0, 0)), widget.size())


def _size_name(dialog: SettingsDialog) -> str:
    size = dialog.screen().geometry().size()
    return f"{size.width()}x{size.height()}"


def test_settings_dialog_validates_and_applies(qtbot) -> None:
    dialog, applied = _dialog(qtbot)
    assert dialog.value() == (Settings(), [])  # opening and applying changes nothing
    shift = dialog._editors["shift_interval_s"]
    assert isinstance(shift, NumberBox)
    assert (shift.lo, shift.hi) == (10, 15)  # minutes, from the settings' range
    shift.setValue(14)
    assert dialog.apply()
    assert applied[-1].shift_interval_s == 14 * 60
    screenshot(dialog, "settings")
    dialog._editors["work_hours_only"].setChecked(True)
    for box in dialog._editors["work_days"].boxes:
        box.setChecked(False)
    assert not dialog.apply()
    assert "Work days: tick at least one day." in dialog.error.text()
    assert dialog.tabs.tabText(dialog.tabs.currentIndex()) == "When"
    assert len(applied) == 1
    assert all(w.accessibleName() for w in dialog._editors.values())


def test_the_dialog_fits_the_screen_with_ok_and_apply_on_it(qtbot) -> None:
    dialog, _ = _dialog(qtbot)
    screen = dialog.screen().geometry()
    assert screen.width() <= 1366 and screen.height() <= 800  # the small screens in question
    frame = dialog.frameGeometry()
    # Room is left for a panel and a title bar on a 768-pixel-high screen.
    assert frame.width() <= 1280 and frame.height() <= 700, frame
    assert screen.contains(frame), (screen, frame)
    for which in (QDialogButtonBox.StandardButton.Ok, QDialogButtonBox.StandardButton.Apply):
        button = dialog.buttons.button(which)
        assert button.isVisible() and not button.visibleRegion().isEmpty()
        assert screen.contains(_on_screen(button)), (which, _on_screen(button))
    for i in range(dialog.tabs.count()):  # every page shows whole, without scrolling
        dialog.tabs.setCurrentIndex(i)
        qtbot.wait(20)
        page = dialog.tabs.widget(i)
        assert not page.verticalScrollBar().isVisible(), dialog.tabs.tabText(i)
        assert not page.horizontalScrollBar().isVisible(), dialog.tabs.tabText(i)
    # It can still shrink (a large font, a smaller screen): the pages scroll then.
    assert dialog.minimumSizeHint().height() < 500
    dialog.tabs.setCurrentIndex(3)
    assert dialog.tabs.tabText(3) == "Camera"
    qtbot.wait(100)
    screenshot(None, f"settings-camera-{_size_name(dialog)}")
    dialog.tabs.setCurrentIndex(0)
    qtbot.wait(100)
    screenshot(None, f"settings-{_size_name(dialog)}")


def test_a_typed_value_out_of_range_is_named_not_reverted(qtbot) -> None:
    dialog, applied = _dialog(qtbot)
    dialog.tabs.setCurrentIndex(1)  # elsewhere: the dialog goes back to the field
    shift = dialog._editors["shift_interval_s"]
    shift.selectAll()
    QTest.keyClicks(shift, "20")
    QTest.keyClick(shift, Qt.Key.Key_Return)  # also presses OK, which must refuse
    assert dialog.isVisible() and applied == []
    assert shift.value() == 20 and shift.text() == "20 min"  # what was typed stays
    message = "Remind me to shift position after: 20 min is out of range; choose from 10 to 15 min."
    assert message in dialog.error.text()
    assert dialog.error.text().startswith("Not applied: ")
    assert dialog.tabs.currentIndex() == 0
    qtbot.wait(100)
    screenshot(None, f"settings-out-of-range-{_size_name(dialog)}")
    assert not dialog.apply() and applied == []
    shift.selectAll()
    QTest.keyClicks(shift, "14")
    shift.interpretText()
    assert dialog.error.text() == ""
    assert dialog.apply() and applied[-1].shift_interval_s == 14 * 60
    # The arrows stay within the range.
    shift.setValue(15)
    shift.stepBy(1)
    assert shift.value() == 15
    assert not shift.stepEnabled() & QAbstractSpinBox.StepEnabledFlag.StepUpEnabled
    height = dialog._editors["camera_above_screen_top_cm"]
    height.setValue(-81)
    assert "choose from -80 to 30 cm" in dialog.error.text()


def test_numbers_are_written_as_people_write_them(qtbot) -> None:
    dialog, applied = _dialog(qtbot)
    shown = {n: e.text() for n, e in dialog._editors.items() if isinstance(e, NumberBox)}
    assert dialog._editors["retention_days"].text() == "90 days"
    assert dialog._editors["camera_fov_deg"].text() == "70°"
    assert dialog._editors["camera_above_screen_top_cm"].text() == "1 cm"
    assert dialog._editors["too_close_cm"].text() == "40 cm"
    assert shown["sample_interval_s"] == "5 s" and shown["alert_window_s"] == "45 s"
    assert shown["shift_interval_s"] == "12 min" and shown["walk_after_s"] == "60 min"
    assert not any(".0" in text for text in shown.values())
    height = dialog._editors["camera_above_screen_top_cm"]
    height.setValue(1.5)
    assert height.text() == "1.5 cm"
    assert dialog.apply() and applied[-1].camera_above_screen_top_cm == 1.5


def test_work_hours_are_off_and_their_fields_disabled_until_ticked(qtbot) -> None:
    dialog, applied = _dialog(qtbot)
    only = dialog._editors["work_hours_only"]
    fields = [dialog._editors[n] for n in ("work_start", "work_end", "work_days")]
    assert not only.isChecked()
    assert not any(f.isEnabled() for f in fields)
    assert dialog._boxes["work_hours_only"].title() == "Work hours: off"
    dialog.tabs.setCurrentIndex(2)
    qtbot.wait(100)
    screenshot(None, f"settings-when-{_size_name(dialog)}")
    only.setChecked(True)
    assert all(f.isEnabled() for f in fields)
    assert dialog._boxes["work_hours_only"].title() == "Work hours: on"
    dialog._editors["work_start"].setTime(QTime(9, 0))
    assert dialog.apply()
    assert applied[-1].work_hours_only and applied[-1].work_start == "09:00"
    only.setChecked(False)
    assert not any(f.isEnabled() for f in fields)
    dialog.load(Settings(work_hours_only=True))
    assert only.isChecked() and all(f.isEnabled() for f in fields)


def test_quiet_hours_are_off_by_default_and_shown_as_off(qtbot) -> None:
    dialog, applied = _dialog(qtbot)
    start, end = dialog._editors["quiet_start"], dialog._editors["quiet_end"]
    assert not dialog.quiet.isChecked()
    assert not start.isEnabled() and not end.isEnabled()
    assert start.time() != end.time()  # not "12:30 to 12:30"
    assert dialog._boxes["quiet"].title() == "Quiet hours: off"
    assert dialog.apply()
    assert applied[-1].quiet_start == applied[-1].quiet_end  # stored as none, as before
    dialog.quiet.setChecked(True)
    assert start.isEnabled() and end.isEnabled()
    start.setTime(QTime(22, 0))
    end.setTime(QTime(7, 0))
    assert dialog.apply()
    assert (applied[-1].quiet_start, applied[-1].quiet_end) == ("22:00", "07:00")
    assert dialog._boxes["quiet"].title() == "Quiet hours: 22:00 to 07:00"
    end.setTime(QTime(22, 0))
    assert not dialog.apply()
    assert "Quiet hours: the start and the end are the same time" in dialog.error.text()
    dialog.load(Settings(quiet_start="22:00", quiet_end="07:00"))
    assert dialog.quiet.isChecked() and end.time() == QTime(7, 0)
