"""The tray's "Export this week…" opens the export dialog for the app's own week and history."""

from __future__ import annotations

from pathlib import Path

from tests.ui.conftest import step


def test_export_this_week_from_the_tray_writes_the_apps_week(
    qtbot, make_app, clock, tmp_path: Path
) -> None:
    app = make_app()
    step(qtbot, app, clock, 5.0, n=3)
    app.menu.export_action.trigger()
    dialog = app.windows["export"]
    qtbot.waitExposed(dialog)
    app.menu.export_action.trigger()  # a second time brings the same dialog forward
    assert app.windows["export"] is dialog
    # The fake clock's week (Monday 2026-11-23 is in ISO week 48), not the real one.
    assert "(this week)" in dialog.week_box.currentText()
    dialog.format_box.setCurrentIndex(dialog.format_box.findData("csv"))
    dialog.folder_edit.setText(str(tmp_path))
    dialog.export_button.click()
    written = tmp_path / "deskguard-2026-W48.csv"
    assert written.exists() and "2026-11-23" in written.read_text()
    dialog.close()
    qtbot.waitUntil(lambda: "export" not in app.windows, timeout=5_000)
