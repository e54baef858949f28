"""Windows and macOS at the interface: their calls and output stand in, the rest is real."""

from __future__ import annotations

import sys

import pytest

from deskguard.sensing import Unavailable, activity, find_activity_source, find_call_signals
from deskguard.sensing.activity import (
    MacHIDIdleSource,
    WindowsLastInputSource,
    hid_idle_s,
    idle_ms_since_tick,
)


def test_windows_idle_from_the_last_input_tick() -> None:
    ticks = {"now": 1_000_000, "last": 997_500}
    source = WindowsLastInputSource(lambda: ticks["last"], lambda: ticks["now"])
    assert source.idle_s() == 2.5
    ticks["last"] = 1_000_000
    assert source.idle_s() == 0


def test_windows_last_input_tick_wraps_after_49_days() -> None:
    # GetTickCount64 goes on past 2**32 ms; GetLastInputInfo's tick starts again at 0.
    now_ms = 2**32 + 1_000
    assert idle_ms_since_tick(now_ms, 2**32 - 500) == 1_500
    assert idle_ms_since_tick(now_ms, 400) == 600


def test_windows_failure_cannot_tell() -> None:
    assert WindowsLastInputSource(lambda: None, lambda: 5).idle_s() is None


def test_windows_is_chosen_on_windows(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "platform", "win32")
    monkeypatch.setattr(activity, "windows_calls", lambda: (lambda: 100, lambda: 4_100))
    source = find_activity_source()
    assert isinstance(source, WindowsLastInputSource)
    assert source.name == "Windows GetLastInputInfo"
    assert source.idle_s() == 4.0


def test_windows_calls_exist_only_on_windows() -> None:
    if sys.platform == "win32":
        last_input_tick, tick_count = activity.windows_calls()
        assert idle_ms_since_tick(tick_count(), last_input_tick() or 0) >= 0
    else:
        with pytest.raises(OSError, match="Windows call"):
            activity.windows_calls()


def test_windows_without_its_calls_is_unavailable(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "platform", "win32")

    def missing() -> None:
        raise OSError("user32 is not there")

    monkeypatch.setattr(activity, "windows_calls", missing)
    found = find_activity_source()
    assert isinstance(found, Unavailable)
    assert found.reason.endswith("Tried Windows GetLastInputInfo: user32 is not there.")


# The shape of `ioreg -r -d 1 -c IOHIDSystem` output (trimmed; not recorded on a Mac here).
IOREG_OUTPUT = """\
+-o IOHIDSystem  <class IOHIDSystem, id 0x100000444, registered, matched, active, retain 18>
    {
      "IOClass" = "IOHIDSystem"
      "HIDParameters" = {"HIDClickTime"=500000000,"HIDKeyRepeat"=83333333}
      "HIDIdleTime" = 2750000000
      "IOProviderClass" = "IOResources"
    }
"""


def test_macos_idle_from_hid_idle_time() -> None:
    assert hid_idle_s(IOREG_OUTPUT) == 2.75
    assert hid_idle_s("") is None
    assert MacHIDIdleSource(lambda: IOREG_OUTPUT).idle_s() == 2.75
    assert MacHIDIdleSource(lambda: None).idle_s() is None  # ioreg failed or timed out


def test_macos_is_chosen_on_macos(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "platform", "darwin")
    monkeypatch.setattr(activity, "run_ioreg", lambda: IOREG_OUTPUT)
    source = find_activity_source()
    assert isinstance(source, MacHIDIdleSource)
    assert source.idle_s() == 2.75


def test_macos_without_ioreg_is_unavailable(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "platform", "darwin")
    monkeypatch.setattr(activity, "IOREG_ARGV", ("no-such-ioreg-here",))
    found = find_activity_source()
    assert isinstance(found, Unavailable)
    assert found.reason.endswith("Tried macOS IOHIDSystem HIDIdleTime: no answer.")


@pytest.mark.parametrize("platform", ["win32", "darwin"])
def test_no_call_signals_there(monkeypatch: pytest.MonkeyPatch, platform: str) -> None:
    monkeypatch.setattr(sys, "platform", platform)
    assert find_call_signals() == []
