"""A real HTTP server on loopback that serves ../shared/models like the official bucket."""

from __future__ import annotations

import http.server
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from deskguard.analysis import models


class ModelServer(http.server.BaseHTTPRequestHandler):
    """Serves ../shared/models like the official bucket; some paths misbehave on purpose."""

    root: Path
    mode: str = "good"

    def do_GET(self) -> None:
        name = self.path.rsplit("/", 1)[-1]
        file = self.root / name
        if not file.is_file():
            self.send_error(404, "Not Found")
            return
        data = file.read_bytes()
        if self.mode == "tampered":
            data = data[:1000] + bytes([data[1000] ^ 0xFF]) + data[1001:]
        self.send_response(200)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        if self.mode == "truncated":
            self.wfile.write(data[: len(data) // 2])  # then the connection drops
            return
        self.wfile.write(data)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def server(models_dir: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[type[ModelServer]]:
    handler = type("Handler", (ModelServer,), {"root": models_dir, "mode": "good"})
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    monkeypatch.setenv(models.ENV_BASE_URL, f"http://127.0.0.1:{httpd.server_address[1]}/")
    try:
        yield handler
    finally:
        httpd.shutdown()
        httpd.server_close()
