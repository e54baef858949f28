"""Start at login on Linux: a real XDG autostart entry, turned on and off."""

from __future__ import annotations

import configparser
import sys
from pathlib import Path

import pytest

from deskguard.autostart import autostart_enabled, autostart_file, set_autostart

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="XDG autostart")


def test_autostart_entry_is_written_and_removed(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    assert not autostart_enabled()
    path = set_autostart(True)
    assert path == tmp_path / "autostart" / "deskguard.desktop" == autostart_file()
    entry = configparser.ConfigParser(interpolation=None)
    entry.read(path)
    section = entry["Desktop Entry"]
    assert section["Type"] == "Application" and section["Name"] == "DeskGuard"
    assert section["Exec"].endswith(" app")
    assert autostart_enabled()
    set_autostart(False)
    assert not path.exists() and not autostart_enabled()
    set_autostart(False)  # turning off twice is fine
