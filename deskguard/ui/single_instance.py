"""One running DeskGuard per user and data folder, without races or squatting.

Who runs is decided by a lock, not by a socket: the first launch takes an
exclusive ``flock`` on ``<data folder>/run/<key>.lock`` and holds it for its
whole life. The kernel drops the lock when the process ends, however it ends
(a ``kill -9`` included), so a stale lock is simply taken by the next launch;
the file itself is never deleted, which would let two launches lock two
different files. The lock lives in the data folder, not in the runtime
folder, because the runtime folder depends on the environment: a launch from
``su -``, ``sudo -u`` or cron has no ``$XDG_RUNTIME_DIR`` and would take a
second lock while the first one runs, and two monitors would count the same
minutes twice.

The door for later launches (a local socket) is in the user's private
runtime folder, ``$XDG_RUNTIME_DIR/DeskGuard`` when that folder exists,
belongs to the user and is closed to others (0700), else the data folder's
``run`` folder, created 0700 (socket paths must be short, and the runtime
folder is the place for them). The holder writes its socket's path into the
lock file, so a later launch finds the door whatever its own environment
says. Nothing is ever put in a world-writable place such as ``/tmp``, where
another local user could claim the name first.

A later launch cannot take the lock; it connects to the first one's local
socket, asks it to bring its dashboard forward and leaves.
"""

from __future__ import annotations

import hashlib
import logging
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtNetwork import QLocalServer, QLocalSocket

from deskguard import paths

log = logging.getLogger("deskguard.instance")

SHOW_DASHBOARD = b"show-dashboard"
#: Unix socket paths longer than this do not fit in ``sockaddr_un``.
MAX_SOCKET_PATH = 100


def _private_to_us(folder: Path) -> bool:
    """A folder owned by this user that no one else can enter or write."""
    if os.name != "posix":
        return folder.is_dir()
    try:
        st = folder.stat()
    except OSError:
        return False
    import stat

    return stat.S_ISDIR(st.st_mode) and st.st_uid == os.getuid() and st.st_mode & 0o077 == 0


def runtime_dir() -> Path:
    """The user's private folder for the socket (created if needed)."""
    base = os.environ.get("XDG_RUNTIME_DIR")
    if base and sys.platform.startswith("linux") and _private_to_us(Path(base)):
        folder = Path(base) / "DeskGuard"
        try:
            paths.ensure_private_dir(folder)
            if _private_to_us(folder):
                return folder
        except OSError:
            pass
    return lock_dir()


def lock_dir() -> Path:
    """The data folder's private ``run`` folder, where the lock is (created if needed)."""
    folder = paths.ensure_private_dir(paths.data_dir() / "run")
    if not _private_to_us(folder):
        raise OSError(f"{folder} is not private to this user; DeskGuard will not use it")
    return folder


def instance_key() -> str:
    """One running monitor per data folder (the runtime folder is per user already)."""
    return hashlib.sha1(str(paths.data_dir().resolve()).encode()).hexdigest()[:12]


class SingleInstance:
    """The lock that makes this process the running DeskGuard, and its door for others."""

    def __init__(self) -> None:
        """Find the private folders; nothing is locked until ``acquire()``."""
        key = instance_key()
        self.lock_path = lock_dir() / f"{key}.lock"
        self.folder = runtime_dir()
        self.socket_path = self.folder / f"{key}.sock"
        self.server: QLocalServer | None = None
        self._fd: int | None = None
        self._connections: list[QLocalSocket] = []

    # --- the lock ------------------------------------------------------------------------

    def acquire(self) -> bool:
        """Take the lock; False if another DeskGuard holds it."""
        flags = os.O_RDWR | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0)
        fd = os.open(self.lock_path, flags, paths.PRIVATE_FILE_MODE)
        try:
            if not _try_lock(fd):
                os.close(fd)
                return False
        except OSError:
            os.close(fd)
            raise
        self._fd = fd
        os.ftruncate(fd, 0)
        # Who holds it, and where its door is (a later launch may see another runtime folder).
        os.write(fd, f"{os.getpid()}\n{self._server_name()}\n".encode())
        return True

    def _holder(self) -> list[str]:
        try:
            return self.lock_path.read_text(encoding="utf-8", errors="replace").splitlines()
        except OSError:
            return []

    def holder_pid(self) -> int | None:
        """The process id the lock holder wrote, if readable."""
        try:
            return int(self._holder()[0])
        except (ValueError, IndexError):
            return None

    def _holders_door(self) -> str:
        """The running instance's socket: the one its lock names, if private to us, else ours."""
        holder = self._holder()
        named = holder[1].strip() if len(holder) > 1 else ""
        if named and os.name == "posix":
            door = Path(named)
            # Only a socket in a folder of this user's own: never one a stranger could plant.
            if door.is_absolute() and door.name.endswith(".sock") and _private_to_us(door.parent):
                return named
        return self._server_name()

    # --- the door for later launches -----------------------------------------------------

    def _server_name(self) -> str:
        if os.name == "nt":  # a named pipe, restricted to this user below
            return f"DeskGuard-{self.lock_path.stem}"
        return str(self.socket_path)

    def listen(self, on_message: Callable[[bytes], None]) -> bool:
        """Accept later launches' requests (call after ``acquire()``)."""
        assert self._fd is not None, "listen() without the lock"
        if os.name == "posix":
            # We hold the lock, so whatever is there is a dead instance's socket.
            self.socket_path.unlink(missing_ok=True)
        server = QLocalServer()
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        server.setMaxPendingConnections(64)
        if len(self._server_name().encode()) > MAX_SOCKET_PATH or not server.listen(
            self._server_name()
        ):
            log.warning(
                "other launches cannot reach this one (%s): %s",
                self._server_name(),
                server.errorString(),
            )
            return False
        if os.name == "posix":
            paths.make_private(self.socket_path)
        server.newConnection.connect(lambda: self._accept(on_message))
        self.server = server
        return True

    def _accept(self, on_message: Callable[[bytes], None]) -> None:
        assert self.server is not None
        while (connection := self.server.nextPendingConnection()) is not None:
            self._connections.append(connection)
            buffer = bytearray()

            def read(conn: QLocalSocket = connection, buf: bytearray = buffer) -> None:
                buf.extend(bytes(conn.readAll().data()))
                if b"\n" in buf:
                    message = bytes(buf).split(b"\n", 1)[0].strip()
                    conn.write(b"ok\n")
                    conn.flush()
                    conn.disconnectFromServer()
                    on_message(message)

            def gone(conn: QLocalSocket = connection) -> None:
                if conn in self._connections:
                    self._connections.remove(conn)
                conn.deleteLater()

            connection.readyRead.connect(read)
            connection.disconnected.connect(gone)
            if connection.bytesAvailable():
                read()

    def signal_first(self, message: bytes = SHOW_DASHBOARD, timeout_s: float = 15.0) -> bool:
        """Ask the running DeskGuard to act on ``message``; True once it answered.

        The first launch may still be starting (it takes the lock before it
        listens), so connecting is retried until ``timeout_s``.
        """
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline:
            door = self._holders_door()  # read again: the first launch may not have written it yet
            if len(door.encode()) > MAX_SOCKET_PATH:
                return False
            socket = QLocalSocket()
            socket.connectToServer(door)
            if socket.waitForConnected(500):
                socket.write(message + b"\n")
                socket.waitForBytesWritten(1000)
                answer = b""
                while time.monotonic() < deadline and b"\n" not in answer:
                    if not socket.waitForReadyRead(500):
                        if socket.state() != QLocalSocket.LocalSocketState.ConnectedState:
                            break
                        continue
                    answer += bytes(socket.readAll().data())
                answer += bytes(socket.readAll().data())  # what came with the hang-up
                socket.abort()
                if answer.strip() == b"ok":
                    return True
            time.sleep(0.1)
        return False

    def send_request(self, message: bytes = SHOW_DASHBOARD) -> bool:
        """Write ``message`` to the running DeskGuard's socket without awaiting its answer."""
        door = self._holders_door()
        if len(door.encode()) > MAX_SOCKET_PATH:
            return False
        socket = QLocalSocket()
        socket.connectToServer(door)
        if not socket.waitForConnected(500):
            return False
        socket.write(message + b"\n")
        socket.waitForBytesWritten(500)
        socket.disconnectFromServer()
        return True

    def release(self) -> None:
        """Stop listening and drop the lock (the process ending does the same)."""
        if self.server is not None:
            self.server.close()
            self.server = None
        if self._fd is not None:
            os.close(self._fd)  # releases the lock; the file stays for the next launch
            self._fd = None


def _try_lock(fd: int) -> bool:
    if os.name == "nt":  # pragma: no cover - Windows
        import msvcrt

        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)  # type: ignore[attr-defined]
        except OSError:
            return False
        return True
    import fcntl

    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    return True
