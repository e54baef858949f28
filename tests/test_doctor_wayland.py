"""``doctor`` says plainly what cannot be known on Wayland (issue 19): a full-screen window."""

from __future__ import annotations

import pytest

from deskguard.doctor import check_call_signals


@pytest.mark.parametrize(
    ("desktop", "gnome_words"), [("GNOME", True), ("KDE", False), ("sway", False)]
)
def test_a_full_screen_window_is_said_to_be_unknown_on_wayland(
    monkeypatch: pytest.MonkeyPatch, desktop: str, gnome_words: bool
) -> None:
    monkeypatch.setenv("XDG_SESSION_TYPE", "wayland")
    monkeypatch.setenv("XDG_CURRENT_DESKTOP", desktop)
    check = check_call_signals()
    assert f"a full-screen window cannot be seen on Wayland ({desktop}" in check.detail
    assert ("GNOME Shell itself holds notification banners" in check.detail) is gnome_words


def test_on_x11_nothing_is_said_of_wayland(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_SESSION_TYPE", "x11")
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    assert "Wayland" not in check_call_signals().detail
