"""Run from source, the app names itself to the desktop: its entry and icon, gone with its data."""

from __future__ import annotations

from deskguard import desktop_entry


def test_the_app_writes_its_desktop_entry_and_deleting_all_data_removes_it(qtbot, make_app) -> None:
    assert not desktop_entry.entry_path().exists()
    app = make_app()
    assert desktop_entry.entry_path().is_file() and desktop_entry.icon_path().is_file()
    app.delete_all_data()
    assert not desktop_entry.entry_path().exists() and not desktop_entry.icon_path().exists()
