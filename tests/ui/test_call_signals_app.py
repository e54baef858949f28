"""Never in the way of a call (issue 13), in the real app on the headless desktop.

Each sign of a call the desktop here can make real is made real, and the
app, with the senses it finds itself (``find_call_signals``), holds the
reminder that falls due and sends one nudge after:

- Do Not Disturb: the real dunst paused (``dunstctl set-paused true``);
- a full-screen window: a real Qt window shown full screen on the X server;
- the microphone: a real PulseAudio server and ``parecord`` recording its source.

Screen sharing has no real test here (no GNOME Shell, no PipeWire session
manager): ``tests/sensing/test_screen_share.py`` tests it at its interface.
"""

from __future__ import annotations

import subprocess
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager

import pytest

from deskguard.core.engine import EventKind
from deskguard.core.presentation import TrayState
from deskguard.monitor import CALL_POLL_S
from tests.sensing.test_fullscreen import close, open_window  # noqa: F401 (a fixture)
from tests.sensing.test_microphone import pulse, record, stop  # noqa: F401 (fixtures)
from tests.ui.conftest import step


@contextmanager
def do_not_disturb() -> Iterator[None]:
    subprocess.run(["dunstctl", "set-paused", "true"], check=True)
    try:
        yield
    finally:
        subprocess.run(["dunstctl", "set-paused", "false"], check=True)


def _sign(kind: str, request: pytest.FixtureRequest) -> Callable[[], AbstractContextManager[None]]:
    """A function that makes the sign ``kind`` real for the length of a ``with``."""
    if kind == "dnd":
        return do_not_disturb
    if kind == "fullscreen":
        opener = request.getfixturevalue("open_window")

        @contextmanager
        def full_screen() -> Iterator[None]:
            window = opener("full")
            try:
                yield
            finally:
                close(window)

        return full_screen
    request.getfixturevalue("pulse")  # before the app starts: it finds the server then
    recorder = request.getfixturevalue("record")

    @contextmanager
    def microphone() -> Iterator[None]:
        recording = recorder("mic")
        try:
            yield
        finally:
            stop(recording)

    return microphone


WORDS = {"dnd": "Do Not Disturb", "fullscreen": "full-screen app", "microphone": "microphone"}


@pytest.mark.parametrize("kind", ["dnd", "fullscreen", "microphone"])
def test_each_sign_of_a_call_holds_the_reminders_and_one_nudge_follows(
    qtbot, make_app, clock, request: pytest.FixtureRequest, kind: str
) -> None:
    sign = _sign(kind, request)
    app = make_app()
    assert kind in [s.key for s in app.monitor.call_signals], "not found on this desktop"
    qtbot.waitUntil(lambda: app.controller.started, timeout=20_000)
    step(qtbot, app, clock, n=3)
    [signal] = [s for s in app.monitor.call_signals if s.key == kind]
    with sign():
        # Real processes take real time (a window manager-less full screen is applied a
        # moment after the window shows): the sign is there before the app is asked.
        qtbot.waitUntil(lambda: signal.active() is True, timeout=10_000)
        step(qtbot, app, clock, seconds=CALL_POLL_S)  # the next reading of the signs
        assert app.engine.status(clock.t).call_signals == (kind,)
        # A quarter of an hour seated in the call: the shift reminder falls due (12 min).
        step(qtbot, app, clock, seconds=CALL_POLL_S, n=30)
        assert app.controller.state is TrayState.CAMERA_BUSY
        line = app.menu.status_action.text()
        assert line == f"In a call ({WORDS[kind]}): 1 reminder held", line
        app.monitor.flush()
        kinds = [e.kind for e in app.store.events(0, 2e9)]
        assert EventKind.CALL_STARTED in kinds
        assert EventKind.SHIFT_REMINDER not in kinds  # held, not shown
    qtbot.waitUntil(lambda: signal.active() is False, timeout=10_000)
    step(qtbot, app, clock, seconds=CALL_POLL_S)  # the signs read again: the call is over
    app.monitor.flush()
    after = [e for e in app.store.events(0, 2e9) if e.kind is EventKind.SHIFT_REMINDER]
    assert len(after) == 1  # one nudge, not a burst
    assert after[0].data.get("after_call") is True
    assert app.controller.state is not TrayState.CAMERA_BUSY
