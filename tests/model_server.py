"""A real HTTP server on loopback that serves model files like the official bucket.

``server`` serves ../shared/models; ``payload_server`` serves a small made-up
model (no real model needed, so its tests are not marked ``model``). Both can
misbehave on purpose: see ``ModelServer.mode`` and ``content_length``.
"""

from __future__ import annotations

import contextlib
import hashlib
import http.server
import random
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from deskguard.analysis import models


class ModelServer(http.server.BaseHTTPRequestHandler):
    """Serves ``root`` like the official bucket; some modes misbehave on purpose.

    Modes: ``good``; ``tampered`` (one byte flipped); ``truncated`` (half the
    body, then the connection closes); ``drip`` (the body one byte every
    ``drip_s``); ``drip_headers`` (the status line and headers one byte every
    ``drip_s``); ``stall`` (1000 bytes, then silence with the connection
    open). ``content_length``, if set, replaces the Content-Length
    header(s) sent. ``redirects``: the Location of a 302 sent for each of the
    next requests, in turn, before files are served again.
    """

    root: Path
    mode: str = "good"
    drip_s: float = 0.2
    content_length: list[str] | None = None
    stop: threading.Event
    bytes_sent: int = 0
    redirects: list[str]
    requests: int = 0

    def do_GET(self) -> None:
        type(self).requests += 1
        if self.redirects:
            self.send_response(302)
            self.send_header("Location", self.redirects.pop(0))
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        name = self.path.rsplit("/", 1)[-1]
        file = self.root / name
        if not file.is_file():
            self.send_error(404, "Not Found")
            return
        data = file.read_bytes()
        if self.mode == "tampered":
            data = data[:1000] + bytes([data[1000] ^ 0xFF]) + data[1001:]
        lengths = [str(len(data))] if self.content_length is None else self.content_length
        with contextlib.suppress(OSError):  # the client gave up: fine
            if self.mode == "drip_headers":
                head = "HTTP/1.1 200 OK\r\n" + "".join(f"Content-Length: {v}\r\n" for v in lengths)
                self._drip(head.encode() + b"\r\n" + data)
                return
            self.send_response(200)
            for value in lengths:
                self.send_header("Content-Length", value)
            self.end_headers()
            if self.mode == "truncated":
                self._send(data[: len(data) // 2])  # then the connection drops
            elif self.mode == "drip":
                self._drip(data)
            elif self.mode == "stall":
                self._send(data[:1000])  # then silence, the connection left open
                self.stop.wait(30)
            else:
                self._send(data)

    def _send(self, data: bytes) -> None:
        self.wfile.write(data)
        type(self).bytes_sent += len(data)

    def _drip(self, data: bytes) -> None:
        for i in range(len(data)):
            if self.stop.is_set():
                return
            self._send(data[i : i + 1])
            time.sleep(self.drip_s)

    def log_message(self, *args: object) -> None:
        pass


@contextlib.contextmanager
def _serving(root: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[type[ModelServer]]:
    handler = type(
        "Handler",
        (ModelServer,),
        {"root": root, "mode": "good", "stop": threading.Event(), "redirects": []},
    )
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    monkeypatch.setenv(models.ENV_BASE_URL, f"http://127.0.0.1:{httpd.server_address[1]}/")
    try:
        yield handler
    finally:
        handler.stop.set()
        httpd.shutdown()
        httpd.server_close()


@pytest.fixture
def server(models_dir: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[type[ModelServer]]:
    with _serving(models_dir, monkeypatch) as handler:
        yield handler


@dataclass(frozen=True)
class Served:
    """The misbehaving server and the made-up model it serves."""

    handler: type[ModelServer]
    spec: models.ModelSpec
    data: bytes


@pytest.fixture
def payload_server(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Served]:
    """A 256 KiB made-up model (pinned like a real one) on a loopback server."""
    data = random.Random(7).randbytes(256 * 1024)
    root = tmp_path / "bucket"
    root.mkdir()
    (root / "test_model.task").write_bytes(data)
    spec = models.ModelSpec(
        "test",
        "test_model.task",
        "test/1/test_model.task",
        hashlib.sha256(data).hexdigest(),
        len(data),
    )
    with _serving(root, monkeypatch) as handler:
        yield Served(handler, spec, data)
