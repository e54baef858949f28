"""Do Not Disturb, read from the real notification servers and settings tools."""

from __future__ import annotations

import os
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from deskguard.sensing import CallSignal, find_call_signals
from deskguard.sensing.calls import gnome_banners_hidden, xfce_do_not_disturb
from tests.sensing.conftest import need, unavailable


def dnd_signal() -> CallSignal:
    [dnd] = [s for s in find_call_signals() if s.key == "dnd"]
    return dnd


@pytest.fixture
def dunst_pause(desktop: str) -> Iterator[None]:
    """The desktop's dunst, un-paused again after the test (the GUI tests need it so)."""
    yield
    subprocess.run(["dunstctl", "set-paused", "false"], check=True)


def test_dunst_paused(dunst_pause: None) -> None:
    dnd = dnd_signal()
    assert dnd.name == "dunst paused"
    assert dnd.active() is False
    subprocess.run(["dunstctl", "set-paused", "true"], check=True)
    assert dnd.active() is True
    subprocess.run(["dunstctl", "set-paused", "false"], check=True)
    assert dnd.active() is False


@pytest.fixture
def xfconf_dnd(private_bus: str, tmp_path: Path) -> Iterator[list[str]]:
    """xfconf-query's command for xfce4-notifyd's setting, on an xfconfd of this test alone.

    Its own settings daemon on its own bus, with its own folder: what other
    tests did to the desktop's xfconfd cannot change what this one sees.
    """
    query = need("xfconf-query")
    service = Path("/usr/share/dbus-1/services/org.xfce.Xfconf.service")
    if not service.is_file():
        unavailable("xfconfd (package xfconf, with xfce4-panel)")
    daemon_path = next(
        line.removeprefix("Exec=").split()[0]
        for line in service.read_text().splitlines()
        if line.startswith("Exec=")
    )
    daemon = subprocess.Popen(
        [daemon_path],
        env={**os.environ, "XDG_CONFIG_HOME": str(tmp_path / "config")},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    command = [query, "-c", "xfce4-notifyd", "-p", "/do-not-disturb"]
    try:
        deadline = time.monotonic() + 10
        while subprocess.run([query, "-l"], capture_output=True).returncode != 0:
            assert time.monotonic() < deadline, "xfconfd did not come up"
            time.sleep(0.1)
        yield command
    finally:
        daemon.terminate()
        daemon.wait(timeout=10)


def test_xfce4_notifyd_setting(xfconf_dnd: list[str]) -> None:
    assert xfce_do_not_disturb() is False  # never set
    made = subprocess.run(
        [*xfconf_dnd, "-n", "-t", "bool", "-s", "true"], capture_output=True, text=True
    )
    assert made.returncode == 0, made.stderr
    assert xfce_do_not_disturb() is True
    subprocess.run([*xfconf_dnd, "-s", "false"], check=True)
    assert xfce_do_not_disturb() is False


@pytest.fixture
def gnome_settings(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> list[str]:
    """gsettings on a settings file of this test (GLib's keyfile backend)."""
    gsettings = need("gsettings")
    keys = subprocess.run(
        [gsettings, "list-keys", "org.gnome.desktop.notifications"], capture_output=True
    )
    if keys.returncode != 0:
        unavailable("the schema org.gnome.desktop.notifications (gsettings-desktop-schemas)")
    monkeypatch.setenv("GSETTINGS_BACKEND", "keyfile")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    return [gsettings, "set", "org.gnome.desktop.notifications", "show-banners"]


def test_gnome_banners_off_is_do_not_disturb(gnome_settings: list[str]) -> None:
    assert gnome_banners_hidden() is False
    subprocess.run([*gnome_settings, "false"], check=True)
    assert gnome_banners_hidden() is True
    subprocess.run([*gnome_settings, "true"], check=True)
    assert gnome_banners_hidden() is False


def test_gnome_shell_is_read_through_its_setting(gnome_settings: list[str], fake_services) -> None:
    fake_services(notification_server="gnome-shell", notifications_inhibited=False)
    dnd = dnd_signal()
    assert dnd.name == "GNOME notification banners off"
    subprocess.run([*gnome_settings, "false"], check=True)
    assert dnd.active() is True


def test_plasma_inhibited(fake_services) -> None:
    change = fake_services(notification_server="Plasma", notifications_inhibited=False)
    dnd = dnd_signal()
    assert dnd.name == "notifications inhibited (freedesktop Inhibited)"
    assert dnd.active() is False
    change(notifications_inhibited=True)
    assert dnd.active() is True


def test_no_notification_server_no_sign(private_bus: str) -> None:
    assert not [s for s in find_call_signals() if s.key == "dnd"]
