"""The notify-send children of the desktop notifier: bounded, logged in one line, all stopped.

A fake ``notify-send`` (a shell script, a real process) floods its output,
fails with a long error, or hangs; the notification server asked at start-up
is the headless desktop's real dunst. What it writes past the bound is never
kept (the test process's peak memory, ru_maxrss), a failure is one short log
line, and ``stop()`` leaves no child running (/proc), previews included.
"""

from __future__ import annotations

import logging
import os
import resource
import sys
from pathlib import Path

import pytest

from deskguard.core.engine import EventKind
from deskguard.notify.notifier import Notice, NotifierUnavailable
from tests.fakes import fake_notify_send

pytestmark = pytest.mark.skipif(sys.platform != "linux", reason="notify-send, /proc")

#: 200 MB: what a broken notify-send might write before it ends (old QProcess kept it all).
FLOOD_BYTES = 200_000_000
_FAKE = fake_notify_send(FLOOD_BYTES)


@pytest.fixture
def fake(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    script = tmp_path / "notify-send"
    script.write_text(_FAKE)
    script.chmod(0o755)
    monkeypatch.setenv("PIDS", str(tmp_path / "pids"))
    return script


@pytest.fixture
def notifier(qapp, qtbot, fake: Path):  # type: ignore[no-untyped-def]
    from deskguard.ui.desktop_notifier import DesktopNotifier

    try:
        made = DesktopNotifier(str(fake))
    except NotifierUnavailable as exc:
        if os.environ.get("DESKGUARD_REQUIRE_DESKTOP") == "1":
            pytest.fail(f"no notification server with actions: {exc}")
        pytest.skip(f"needs the headless desktop's dunst (scripts/desktop-env.sh): {exc}")
    yield made
    made.stop()
    made.deleteLater()  # now, with its processes, not whenever the garbage collector runs
    qtbot.wait(10)


def _pids(fake: Path) -> list[int]:
    file = fake.parent / "pids"
    return [int(p) for p in file.read_text().split()] if file.exists() else []


def _running(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except FileNotFoundError:
        return False
    return state != "Z"


def _peak_kib() -> int:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def test_a_flooding_notify_send_is_killed_at_the_bound(
    qtbot, notifier, fake: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    from deskguard.ui.desktop_notifier import OUTPUT_LIMIT_BYTES

    monkeypatch.setenv("FAKE_NOTIFY", "flood")
    before_kib = _peak_kib()
    with caplog.at_level(logging.WARNING, "deskguard.notify"):
        notifier.show(Notice("DeskGuard", "a test"))
        qtbot.waitUntil(lambda: len(_pids(fake)) == 1, timeout=10_000)
        qtbot.waitUntil(lambda: not _running(_pids(fake)[0]), timeout=60_000)
        qtbot.waitUntil(lambda: bool(caplog.records), timeout=10_000)
    grown_kib = _peak_kib() - before_kib
    assert grown_kib < FLOOD_BYTES // 1024 // 10, grown_kib
    assert [r.getMessage() for r in caplog.records] == [
        f"notify-send was stopped: it wrote more than {OUTPUT_LIMIT_BYTES >> 10} KiB"
    ]


@pytest.mark.parametrize("mode", ["loud", "noisy"])
def test_a_failing_notify_send_is_one_short_log_line(
    qtbot,
    notifier,
    fake: Path,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
    mode: str,
) -> None:
    monkeypatch.setenv("FAKE_NOTIFY", mode)
    with caplog.at_level(logging.WARNING, "deskguard.notify"):
        notifier.show(Notice("DeskGuard", "a test"))
        qtbot.waitUntil(lambda: len(_pids(fake)) == 1, timeout=10_000)
        qtbot.waitUntil(lambda: bool(caplog.records), timeout=30_000)
    (record,) = caplog.records
    message = record.getMessage()
    assert "\n" not in message and len(message) < 300, message[:400]
    assert message.startswith("notify-send was stopped" if mode == "loud" else "notification")


def test_stop_ends_every_notify_send_previews_included(
    qtbot, notifier, fake: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("FAKE_NOTIFY", "hang")
    notices = [
        Notice("Preview: shift", "b", EventKind.SHIFT_REMINDER, preview=True),
        Notice("Preview: walk", "b", EventKind.WALK_HEADS_UP, preview=True),
        Notice("A test", "b"),
        Notice("Time to shift", "b", EventKind.SHIFT_REMINDER, actions=True),
    ]
    for notice in notices:
        notifier.show(notice)
    qtbot.waitUntil(lambda: len(_pids(fake)) == len(notices), timeout=10_000)
    started = _pids(fake)
    assert all(_running(p) for p in started)
    notifier.stop()
    qtbot.waitUntil(lambda: not any(_running(p) for p in started), timeout=5_000)
    assert notifier.running() == []


def test_a_notify_send_flooding_its_help_is_not_used(
    qapp, fake: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from deskguard.ui.desktop_notifier import DesktopNotifier

    monkeypatch.setenv("FAKE_NOTIFY", "flood_help")
    before_kib = _peak_kib()
    with pytest.raises(NotifierUnavailable, match=r"notify-send --help did not run, or did not"):
        DesktopNotifier(str(fake))
    assert _peak_kib() - before_kib < FLOOD_BYTES // 1024 // 10
