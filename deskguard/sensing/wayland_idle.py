"""Keyboard and mouse idle time from a Wayland compositor's idle protocol.

KWin refuses the freedesktop ScreenSaver's GetSessionIdleTime on Wayland, and
wlroots compositors (sway, Hyprland) have no such service at all; both offer
an idle protocol instead: ``ext_idle_notifier_v1`` (staging ext-idle-notify;
KWin 5.27+, wlroots 0.17+) or KDE's older ``org_kde_kwin_idle`` (KWin, wlroots
up to 0.17). Neither gives a counter: the compositor says "idled" once no input
came for a timeout the client chose, and "resumed" at the next input.
:class:`WaylandIdleSource` asks with a 1 s timeout and turns the transitions
into seconds since the last input.

The wire protocol is spoken here directly (a few messages of 32-bit words over
the compositor's Unix socket): no libwayland binding and no protocol scanning
at build time. None of the messages used carries a file descriptor.
"""

from __future__ import annotations

import os
import select
import socket
import struct
import threading
import time

#: The idle timeout asked for: the idle time is known to within it while the user is active.
TIMEOUT_S = 1.0
#: How long the handshake may take before the compositor counts as not answering.
CONNECT_TIMEOUT_S = 2.0

# Object ids: the display is 1; this client allocates the rest in order.
_DISPLAY, _REGISTRY, _CALLBACK, _SEAT, _NOTIFIER, _NOTIFICATION, _CALLBACK2 = range(1, 8)
_HEADER = struct.Struct("<IHH")  # object id, opcode, message size in bytes

# (interface, version wanted, opcode of the request, idled event, resumed event)
_EXT = "ext_idle_notifier_v1"
_KDE = "org_kde_kwin_idle"


class WaylandIdleUnavailable(Exception):
    """No compositor to ask, or it offers no idle protocol (the message says which)."""


def socket_path(environ: dict[str, str] | os._Environ[str] | None = None) -> str:
    """Where the compositor listens: ``$WAYLAND_DISPLAY``, absolute or in ``$XDG_RUNTIME_DIR``."""
    env = os.environ if environ is None else environ
    name = env.get("WAYLAND_DISPLAY") or "wayland-0"
    if os.path.isabs(name):
        return name
    runtime_dir = env.get("XDG_RUNTIME_DIR")
    if not runtime_dir:
        raise WaylandIdleUnavailable("XDG_RUNTIME_DIR is not set")
    return os.path.join(runtime_dir, name)


def _string(text: str) -> bytes:
    data = text.encode() + b"\0"
    return struct.pack("<I", len(data)) + data + b"\0" * (-len(data) % 4)


def _message(object_id: int, opcode: int, body: bytes) -> bytes:
    return _HEADER.pack(object_id, opcode, _HEADER.size + len(body)) + body


def _bind(name: int, interface: str, version: int, new_id: int) -> bytes:
    """wl_registry.bind: an untyped new_id goes as interface, version, id."""
    body = struct.pack("<I", name) + _string(interface) + struct.pack("<II", version, new_id)
    return _message(_REGISTRY, 0, body)


def _read_string(body: bytes, offset: int) -> tuple[str, int]:
    (length,) = struct.unpack_from("<I", body, offset)
    start = offset + 4
    text = body[start : start + max(length - 1, 0)].decode(errors="replace")
    return text, start + length + (-length % 4)


class WaylandIdleSource:
    """Seconds since the last input, from the compositor's idle notifications.

    While the user is active the answer is the time since the last "resumed"
    (or since the start), at most :data:`TIMEOUT_S`; once "idled" arrives it
    is the timeout plus the time since. A daemon thread reads the socket;
    :meth:`idle_s` only reads the state under a lock. Like the compositor's
    own idle (screen blanking), an idle inhibitor (a video playing) keeps the
    user active, except with ext-idle-notify version 2, which is asked for
    input alone.

    Args:
        path: The compositor's socket; :func:`socket_path` by default.

    Raises:
        WaylandIdleUnavailable: No compositor there, no seat or no idle protocol.

    """

    name = "Wayland idle notification"

    def __init__(self, path: str | None = None) -> None:
        path = socket_path() if path is None else path
        self._sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        self._buffer = b""
        self._globals: dict[str, tuple[int, int]] = {}  # interface: (name, version)
        self._done: set[int] = set()
        self._lock = threading.Lock()
        # Active since the start: the compositor's timer starts when it is asked.
        self._idled_at: float | None = None
        self._active_since = time.monotonic()
        self._gone = False
        self._error = ""
        try:
            self._sock.settimeout(CONNECT_TIMEOUT_S)
            self._sock.connect(path)
            self._handshake()
        except OSError as error:
            self._sock.close()
            why = error.strerror or str(error)
            raise WaylandIdleUnavailable(f"no compositor at {path} ({why})") from error
        except WaylandIdleUnavailable:
            self._sock.close()
            raise
        self._sock.setblocking(False)
        self._fd = self._sock.fileno()
        self._wake_r, self._wake_w = os.pipe()
        self._closed = False
        self._thread = threading.Thread(target=self._read_loop, name="wayland-idle", daemon=True)
        self._thread.start()

    def _handshake(self) -> None:
        self._sock.sendall(
            _message(_DISPLAY, 1, struct.pack("<I", _REGISTRY))  # get_registry
            + _message(_DISPLAY, 0, struct.pack("<I", _CALLBACK))  # sync
        )
        self._wait_done(_CALLBACK)
        if "wl_seat" not in self._globals:
            raise WaylandIdleUnavailable("the compositor offers no wl_seat")
        seat_name, _ = self._globals["wl_seat"]
        requests = _bind(seat_name, "wl_seat", 1, _SEAT)
        timeout_ms = struct.pack("<I", round(TIMEOUT_S * 1000))
        if _EXT in self._globals:
            name, version = self._globals[_EXT]
            version = min(version, 2)
            self.name = f"Wayland {_EXT}"
            # v2's get_input_idle_notification (opcode 2) ignores idle inhibitors.
            opcode = 2 if version >= 2 else 1
            args = struct.pack("<I", _NOTIFICATION) + timeout_ms + struct.pack("<I", _SEAT)
            requests += _bind(name, _EXT, version, _NOTIFIER) + _message(_NOTIFIER, opcode, args)
        elif _KDE in self._globals:
            name, _ = self._globals[_KDE]
            self.name = f"Wayland {_KDE}"
            args = struct.pack("<II", _NOTIFICATION, _SEAT) + timeout_ms
            requests += _bind(name, _KDE, 1, _NOTIFIER) + _message(_NOTIFIER, 0, args)
        else:
            raise WaylandIdleUnavailable(f"the compositor offers neither {_EXT} nor {_KDE}")
        # A sync after the requests: its answer means the compositor took them.
        self._sock.sendall(requests + _message(_DISPLAY, 0, struct.pack("<I", _CALLBACK2)))
        self._wait_done(_CALLBACK2)

    def _wait_done(self, callback: int) -> None:
        deadline = time.monotonic() + CONNECT_TIMEOUT_S
        while callback not in self._done:
            if self._error:
                raise WaylandIdleUnavailable(f"the compositor refused: {self._error}")
            remaining_s = deadline - time.monotonic()
            if remaining_s <= 0:
                raise WaylandIdleUnavailable("the compositor did not answer")
            self._sock.settimeout(remaining_s)
            data = self._sock.recv(4096)
            if not data:
                raise WaylandIdleUnavailable("the compositor closed the connection")
            self._feed(data)

    def _feed(self, data: bytes) -> None:
        """Handle every whole message received; keep a partial one for later."""
        self._buffer += data
        while len(self._buffer) >= _HEADER.size:
            object_id, opcode, size = _HEADER.unpack_from(self._buffer)
            if size < _HEADER.size or len(self._buffer) < size:
                break
            body = self._buffer[_HEADER.size : size]
            self._buffer = self._buffer[size:]
            self._event(object_id, opcode, body)

    def _event(self, object_id: int, opcode: int, body: bytes) -> None:
        now = time.monotonic()
        if object_id == _REGISTRY and opcode == 0:  # global(name, interface, version)
            (name,) = struct.unpack_from("<I", body)
            interface, offset = _read_string(body, 4)
            (version,) = struct.unpack_from("<I", body, offset)
            self._globals.setdefault(interface, (name, version))
        elif object_id in (_CALLBACK, _CALLBACK2):  # wl_callback.done
            self._done.add(object_id)
        elif object_id == _DISPLAY and opcode == 0:  # error(object, code, message)
            message, _ = _read_string(body, 8)
            self._error = message or "protocol error"
            with self._lock:
                self._gone = True
        elif object_id == _NOTIFICATION:
            # Both protocols: event 0 is idle(d), event 1 resumed.
            with self._lock:
                if opcode == 0:
                    self._idled_at = now
                elif opcode == 1:
                    self._idled_at = None
                    self._active_since = now
        # The rest (wl_seat's capabilities and name, delete_id) says nothing about idleness.

    def _read_loop(self) -> None:
        while True:
            try:
                ready, _, _ = select.select([self._fd, self._wake_r], [], [])
                if self._wake_r in ready:
                    return
                data = self._sock.recv(4096)
            except BlockingIOError:
                continue
            except (OSError, ValueError):
                data = b""
            if not data:  # the compositor went away
                with self._lock:
                    self._gone = True
                return
            self._feed(data)

    def idle_s(self) -> float | None:
        """Seconds since the last input; None once the compositor is gone."""
        now = time.monotonic()
        with self._lock:
            if self._gone or self._closed:
                return None
            if self._idled_at is not None:
                return TIMEOUT_S + (now - self._idled_at)
            return min(now - self._active_since, TIMEOUT_S)

    def close(self) -> None:
        """Stop the reader and close the connection (the compositor drops our objects)."""
        with self._lock:
            if self._closed:
                return
            self._closed = True
        os.write(self._wake_w, b"x")
        self._thread.join(timeout=CONNECT_TIMEOUT_S)
        self._sock.close()
        os.close(self._wake_r)
        os.close(self._wake_w)
