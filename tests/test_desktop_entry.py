"""The desktop entry and icon in the user's folders: written where no package put them."""

from __future__ import annotations

import configparser
import shlex
from pathlib import Path

import pytest

from deskguard import desktop_entry
from deskguard.autostart import launch_argv


@pytest.fixture
def xdg(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "home-share"))
    monkeypatch.setenv("XDG_DATA_DIRS", str(tmp_path / "system-share"))
    return tmp_path


def test_written_once_with_this_installations_command_and_removed_on_request(xdg: Path) -> None:
    written = desktop_entry.install()
    entry, icon = desktop_entry.entry_path(), desktop_entry.icon_path()
    assert written == [entry, icon]
    parsed = configparser.ConfigParser(interpolation=None)
    parsed.read(entry)
    fields = parsed["Desktop Entry"]
    assert fields["Name"] == "DeskGuard" and fields["Icon"] == "deskguard"
    assert shlex.split(fields["Exec"]) == launch_argv()
    assert b"<svg" in icon.read_bytes()
    assert desktop_entry.install() == []  # up to date: nothing rewritten
    assert desktop_entry.remove() == [entry, icon]
    assert not entry.exists() and not icon.exists()


def test_not_written_when_a_package_installed_one(xdg: Path) -> None:
    system = xdg / "system-share" / "applications" / "deskguard.desktop"
    system.parent.mkdir(parents=True)
    system.write_text("[Desktop Entry]\nName=DeskGuard\n")
    assert desktop_entry.install() == []
    assert not desktop_entry.entry_path().exists()


def test_the_users_own_entry_is_never_replaced_nor_removed(xdg: Path) -> None:
    mine = desktop_entry.entry_path()
    mine.parent.mkdir(parents=True)
    mine.write_text("[Desktop Entry]\nName=My DeskGuard\nExec=deskguard app --no-camera\n")
    assert desktop_entry.install() == [] and desktop_entry.remove() == []
    assert "My DeskGuard" in mine.read_text()


def test_a_moved_installation_is_rewritten(xdg: Path) -> None:
    desktop_entry.install()
    entry = desktop_entry.entry_path()
    entry.write_text(entry.read_text().replace("Exec=", "Exec=/old/place/"))
    assert desktop_entry.install() == [entry]
    assert "/old/place/" not in entry.read_text()
