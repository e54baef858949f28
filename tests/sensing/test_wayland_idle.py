"""Wayland idle notifications from a real compositor: headless sway, a virtual pointer's input."""

from __future__ import annotations

import socket
import struct
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from deskguard.sensing import Unavailable, find_activity_source
from deskguard.sensing.wayland_idle import (
    _HEADER,
    TIMEOUT_S,
    WaylandIdleSource,
    WaylandIdleUnavailable,
    _message,
    _read_string,
    _string,
    socket_path,
)
from tests.sensing.conftest import wait_for
from tests.sensing.wayland_compositor import Compositor, VirtualPointer, start_sway


@pytest.fixture
def sway(tmp_path: Path) -> Iterator[Compositor]:
    yield from start_sway(tmp_path)


@pytest.fixture
def pointer(sway: Compositor) -> Iterator[VirtualPointer]:
    made = VirtualPointer(sway.socket)
    yield made
    made.close()


def idle(source: WaylandIdleSource) -> float:
    idle_s = source.idle_s()
    assert idle_s is not None
    return idle_s


def test_idle_time_grows_without_input_and_drops_after_it(
    sway: Compositor, pointer: VirtualPointer
) -> None:
    source = WaylandIdleSource(sway.socket)
    assert source.name == "Wayland org_kde_kwin_idle"  # what sway 1.7 offers
    try:
        pointer.move()
        # Past the timeout without input the compositor says "idle", and the time grows.
        wait_for(lambda: idle(source) > TIMEOUT_S + 0.5)
        first = idle(source)
        wait_for(lambda: idle(source) > first + 0.5)

        pointer.move()
        moved_at = time.monotonic()
        wait_for(lambda: idle(source) < TIMEOUT_S, timeout_s=2)
        assert time.monotonic() - moved_at < 0.5  # "resumed" comes at once
        assert idle(source) < 0.5

        # Steady input keeps it low: the compositor's timer restarts at each motion.
        for _ in range(6):
            pointer.move()
            time.sleep(0.25)
            assert idle(source) <= TIMEOUT_S
    finally:
        source.close()


def test_a_gone_compositor_cannot_tell(tmp_path: Path) -> None:
    sway_run = start_sway(tmp_path)
    compositor = next(sway_run)
    source = WaylandIdleSource(compositor.socket)
    assert source.idle_s() is not None
    sway_run.close()  # sway ends
    wait_for(lambda: source.idle_s() is None)
    source.close()
    source.close()  # twice is harmless


def test_a_closed_source_answers_none(sway: Compositor) -> None:
    source = WaylandIdleSource(sway.socket)
    source.close()
    assert source.idle_s() is None


def test_no_compositor_says_where_it_looked(tmp_path: Path) -> None:
    with pytest.raises(
        WaylandIdleUnavailable, match=r"no compositor at .*wayland-9 \(No such file"
    ):
        WaylandIdleSource(str(tmp_path / "wayland-9"))


def test_the_socket_is_found_as_libwayland_finds_it() -> None:
    runtime = {"XDG_RUNTIME_DIR": "/run/user/1000"}
    assert socket_path({**runtime, "WAYLAND_DISPLAY": "wayland-1"}) == "/run/user/1000/wayland-1"
    assert socket_path(runtime) == "/run/user/1000/wayland-0"
    assert socket_path({**runtime, "WAYLAND_DISPLAY": "/run/kwin/wl-1"}) == "/run/kwin/wl-1"
    with pytest.raises(WaylandIdleUnavailable, match="XDG_RUNTIME_DIR"):
        socket_path({"WAYLAND_DISPLAY": "wayland-1"})


@pytest.fixture
def sway_session(sway: Compositor, monkeypatch: pytest.MonkeyPatch, private_bus: str) -> Compositor:
    """A Wayland session on sway as the app sees it: no Mutter, no ScreenSaver on the bus."""
    monkeypatch.setenv("XDG_SESSION_TYPE", "wayland")
    monkeypatch.setenv("XDG_CURRENT_DESKTOP", "sway")
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(sway.runtime_dir))
    monkeypatch.setenv("WAYLAND_DISPLAY", sway.display)
    return sway


def test_find_activity_source_picks_the_compositor_in_a_wayland_session(
    sway_session: Compositor,
) -> None:
    source = find_activity_source()
    assert isinstance(source, WaylandIdleSource), source
    assert source.idle_s() is not None
    source.close()


def test_without_any_source_the_reason_names_the_desktop(
    monkeypatch: pytest.MonkeyPatch, private_bus: str, tmp_path: Path
) -> None:
    monkeypatch.setenv("XDG_SESSION_TYPE", "wayland")
    monkeypatch.setenv("XDG_CURRENT_DESKTOP", "KDE")
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(tmp_path))
    monkeypatch.setenv("WAYLAND_DISPLAY", "wayland-0")
    found = find_activity_source()
    assert isinstance(found, Unavailable)
    assert found.reason.startswith("No keyboard and mouse idle time on KDE (Wayland). Tried ")
    assert f"Wayland idle notification: no compositor at {tmp_path}/wayland-0" in found.reason


class FakeIdleCompositor:
    """Just enough of a compositor offering ext_idle_notifier_v1, which no compositor here has.

    (Debian 12's sway and Weston predate it; KWin 5.27 and sway 1.9 offer it.) It answers
    the registry and syncs, and keeps the client's requests for the test to read.
    """

    def __init__(self, path: Path, *idle_protocols: tuple[str, int]) -> None:
        offered = [("wl_seat", 7), *idle_protocols]
        self._globals = [(name, *interface) for name, interface in enumerate(offered, start=1)]
        self._server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        self._server.bind(str(path))
        self._server.listen(1)
        self.requests: list[tuple[int, int, bytes]] = []
        self.client: socket.socket | None = None
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    def _serve(self) -> None:
        self.client, _ = self._server.accept()
        buffer = b""
        while data := self.client.recv(4096):
            buffer += data
            while len(buffer) >= _HEADER.size:
                object_id, opcode, size = _HEADER.unpack_from(buffer)
                if len(buffer) < size:
                    break
                body, buffer = buffer[_HEADER.size : size], buffer[size:]
                self.requests.append((object_id, opcode, body))
                if (object_id, opcode) == (1, 1):  # get_registry
                    (registry,) = struct.unpack("<I", body)
                    for name, interface, version in self._globals:
                        args = struct.pack("<I", name) + _string(interface)
                        self.send(registry, 0, args + struct.pack("<I", version))
                elif (object_id, opcode) == (1, 0):  # sync
                    self.send(struct.unpack("<I", body)[0], 0, struct.pack("<I", 0))

    def send(self, object_id: int, opcode: int, body: bytes) -> None:
        assert self.client is not None
        self.client.sendall(_message(object_id, opcode, body))

    def close(self) -> None:
        if self.client is not None:
            self.client.close()
        self._server.close()
        self._thread.join(timeout=5)


@pytest.mark.parametrize(
    ("version", "opcode"),
    [(1, 1), (2, 2)],  # version 2's get_input_idle_notification ignores idle inhibitors
)
def test_ext_idle_notify_is_preferred_and_asked_for_input_alone(
    tmp_path: Path, version: int, opcode: int
) -> None:
    compositor = FakeIdleCompositor(
        tmp_path / "wayland-0", ("org_kde_kwin_idle", 1), ("ext_idle_notifier_v1", version)
    )
    source = WaylandIdleSource(str(tmp_path / "wayland-0"))
    try:
        assert source.name == "Wayland ext_idle_notifier_v1"
        binds = [_read_string(body, 4)[0] for obj, op, body in compositor.requests if obj == 2]
        assert binds == ["wl_seat", "ext_idle_notifier_v1"]
        asked = [(op, body) for obj, op, body in compositor.requests if obj == 5]
        # The notification's id, the timeout in ms, the seat (the protocol's argument order).
        assert asked == [(opcode, struct.pack("<III", 6, 1000, 4))]

        compositor.send(6, 0, b"")  # idled
        wait_for(lambda: idle(source) > TIMEOUT_S)
        compositor.send(6, 1, b"")  # resumed
        wait_for(lambda: idle(source) < TIMEOUT_S)
    finally:
        source.close()
        compositor.close()


def test_a_compositor_without_idle_protocol_is_named(tmp_path: Path) -> None:
    compositor = FakeIdleCompositor(tmp_path / "wayland-0")  # a seat, no idle protocol
    try:
        with pytest.raises(
            WaylandIdleUnavailable,
            match="the compositor offers neither ext_idle_notifier_v1 nor org_kde_kwin_idle",
        ):
            WaylandIdleSource(str(tmp_path / "wayland-0"))
    finally:
        compositor.close()
