"""A real Wayland compositor for the tests: sway on wlroots' headless backend.

Debian 12's sway 1.7 (wlroots 0.15) offers ``org_kde_kwin_idle`` and
``zwlr_virtual_pointer_manager_v1``: :class:`VirtualPointer` moves a pointer
the compositor counts as real input (it resets the idle timers), as a remote
desktop tool would. Sway refuses to run as root, so as root it runs as nobody.
"""

from __future__ import annotations

import os
import shutil
import socket
import struct
import subprocess
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from deskguard.sensing.wayland_idle import _HEADER, _bind, _message, _read_string
from tests.sensing.conftest import unavailable, wait_for

NOBODY = 65534


@dataclass
class Compositor:
    """A running compositor: its environment, as a session would set it."""

    runtime_dir: Path
    display: str  # WAYLAND_DISPLAY

    @property
    def socket(self) -> str:
        return str(self.runtime_dir / self.display)


def start_sway(tmp_path: Path) -> Iterator[Compositor]:
    """Run headless sway until the generator is closed (a fixture's body)."""
    sway = shutil.which("sway")
    if sway is None:
        unavailable("sway (scripts/_setup.sh installs it)")
    assert sway is not None
    # Not in tmp_path: as nobody, sway could not reach into root's pytest folder.
    home = Path(tempfile.mkdtemp(prefix="deskguard-sway-"))
    runtime_dir = home / "runtime"
    runtime_dir.mkdir(mode=0o700)
    config = home / "sway.config"
    config.write_text("output * bg #000000 solid_color\n")
    argv = [sway, "--config", str(config)]
    if os.geteuid() == 0:
        # sway checks that it cannot get root back, so root cannot run it.
        for path in (home, runtime_dir, config):
            os.chown(path, NOBODY, NOBODY)
        argv = ["setpriv", f"--reuid={NOBODY}", f"--regid={NOBODY}", "--clear-groups", *argv]
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": str(home),
        "XDG_RUNTIME_DIR": str(runtime_dir),
        "WLR_BACKENDS": "headless",
        "WLR_LIBINPUT_NO_DEVICES": "1",
        "WLR_RENDERER": "pixman",  # no GPU here
    }
    log = (tmp_path / "sway.log").open("w")
    process = subprocess.Popen(argv, env=env, stdout=log, stderr=subprocess.STDOUT)
    try:
        wait_for(
            lambda: (
                process.poll() is not None
                or any(
                    p.name.startswith("wayland-") and p.is_socket() for p in runtime_dir.iterdir()
                )
            )
        )
        if process.poll() is not None:
            log_text = (tmp_path / "sway.log").read_text()
            pytest.fail(f"sway did not start headless: {log_text[-500:]}")
        display = next(
            p.name for p in runtime_dir.iterdir() if p.name.startswith("wayland-") and p.is_socket()
        )
        yield Compositor(runtime_dir, display)
    finally:
        process.terminate()
        process.wait(timeout=10)
        log.close()
        shutil.rmtree(home, ignore_errors=True)


class VirtualPointer:
    """A pointer made by zwlr_virtual_pointer_v1: its motions are input to the compositor."""

    def __init__(self, path: str) -> None:
        self._sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        self._sock.settimeout(5)
        self._sock.connect(path)
        self._last_id = 1  # the display; a client's new ids go up by one, none skipped
        try:
            self._pointer = self._create()
        except BaseException:
            self._sock.close()
            raise

    def _new_id(self) -> int:
        self._last_id += 1
        return self._last_id

    def _create(self) -> int:
        globals_ = {}
        registry = self._new_id()
        self._sock.sendall(_message(1, 1, struct.pack("<I", registry)))  # get_registry
        for object_id, opcode, body in self._roundtrip():
            if object_id == registry and opcode == 0:
                (name,) = struct.unpack_from("<I", body)
                interface, _ = _read_string(body, 4)
                globals_[interface] = name
        manager = "zwlr_virtual_pointer_manager_v1"
        if manager not in globals_:
            pytest.fail(f"the compositor offers no {manager}")
        seat, manager_id, pointer = self._new_id(), self._new_id(), self._new_id()
        self._sock.sendall(
            _bind(globals_["wl_seat"], "wl_seat", 1, seat)
            + _bind(globals_[manager], manager, 1, manager_id)
            + _message(manager_id, 0, struct.pack("<II", seat, pointer))  # create_virtual_pointer
        )
        list(self._roundtrip())
        return pointer

    def _roundtrip(self) -> Iterator[tuple[int, int, bytes]]:
        """wl_display.sync, and the events that came before its answer."""
        callback = self._new_id()
        self._sock.sendall(_message(1, 0, struct.pack("<I", callback)))
        buffer = b""
        while True:
            data = self._sock.recv(4096)
            if not data:
                pytest.fail("the compositor closed the connection")
            buffer += data
            while len(buffer) >= _HEADER.size:
                object_id, opcode, size = _HEADER.unpack_from(buffer)
                if len(buffer) < size:
                    break
                body, buffer = buffer[_HEADER.size : size], buffer[size:]
                if object_id == 1 and opcode == 0:
                    pytest.fail(f"protocol error: {_read_string(body, 8)[0]}")
                if object_id == callback:
                    return
                yield object_id, opcode, body

    def move(self, dx: int = 5) -> None:
        """A relative motion and its frame, taken by the compositor when this returns."""
        time_ms = int(time.monotonic() * 1000) & 0xFFFFFFFF
        fixed = dx * 256  # wl_fixed_t: 24.8
        self._sock.sendall(
            _message(self._pointer, 0, struct.pack("<Iii", time_ms, fixed, fixed))  # motion
            + _message(self._pointer, 4, b"")  # frame
        )
        list(self._roundtrip())

    def close(self) -> None:
        self._sock.close()
