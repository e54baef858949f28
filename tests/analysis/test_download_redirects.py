"""Redirects of the model download, and addresses it must refuse, on a real loopback server.

The announced URL is the only network access: a redirect to another scheme,
host or port is refused before anything connects to it (a listening socket
that the redirect names is never connected to); a moved path on the same
server is followed a few times. tests/privacy/test_redirect_network.py checks
the same under strace, for targets that would need a name lookup.
"""

from __future__ import annotations

import socket
from collections.abc import Iterator
from pathlib import Path

import pytest

from deskguard import paths
from deskguard.analysis import models
from tests.model_server import Served


@pytest.fixture
def listener() -> Iterator[socket.socket]:
    """A loopback port that listens but never accepts: a connection to it would queue."""
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    sock.listen(8)
    sock.setblocking(False)
    try:
        yield sock
    finally:
        sock.close()


def _never_connected(sock: socket.socket) -> bool:
    try:
        sock.accept()[0].close()
    except BlockingIOError:
        return True
    return False


def _port(served: Served) -> int:
    import urllib.parse

    return urllib.parse.urlsplit(models.model_url(served.spec)).port or 0


def _unused(served: Served) -> int:
    return models._origin(models.model_url(served.spec))[2]


def test_a_moved_path_on_the_same_server_is_followed(payload_server: Served) -> None:
    payload_server.handler.redirects = ["/moved/test_model.task", "/again/test_model.task"]
    path = models.download(payload_server.spec)
    assert path.read_bytes() == payload_server.data
    assert payload_server.handler.requests == 3


def test_endless_redirects_on_the_same_server_stop(payload_server: Served) -> None:
    payload_server.handler.redirects = [f"/hop{i}/test_model.task" for i in range(50)]
    with pytest.raises(
        models.ModelError,
        match=f"redirected the download more than {models.MAX_REDIRECTS} times; refused",
    ):
        models.download(payload_server.spec)
    assert payload_server.handler.requests == models.MAX_REDIRECTS + 1
    assert not paths.models_dir().exists() or list(paths.models_dir().iterdir()) == []


@pytest.mark.parametrize("host", ["127.0.0.1", "127.0.0.2", "localhost"])
def test_a_redirect_to_another_port_or_host_is_refused_unconnected(
    payload_server: Served, listener: socket.socket, host: str
) -> None:
    target = f"http://{host}:{listener.getsockname()[1]}/test_model.task"
    payload_server.handler.redirects = [target]
    expected = f"http://127.0.0.1:{_port(payload_server)}"
    with pytest.raises(models.ModelError) as caught:
        models.download(payload_server.spec)
    assert str(caught.value).endswith(
        f"the server redirected the download to {target}; refused: DeskGuard only downloads "
        f"from {expected}. Copy the files from another machine with `deskguard models install "
        "--from DIR`."
    )
    assert _never_connected(listener)
    assert payload_server.handler.requests == 1


@pytest.mark.parametrize(
    "scheme_and_rest",
    ["https://127.0.0.1:{port}/t.task", "ftp://127.0.0.1:{port}/t.task", "file:///etc/passwd"],
)
def test_a_redirect_to_another_scheme_is_refused(
    payload_server: Served, listener: socket.socket, scheme_and_rest: str
) -> None:
    # https on the very port the download uses: only the scheme differs
    target = scheme_and_rest.format(port=_port(payload_server))
    payload_server.handler.redirects = [target]
    with pytest.raises(models.ModelError, match=r"refused: DeskGuard only downloads from http://"):
        models.download(payload_server.spec)
    assert payload_server.handler.requests == 1


@pytest.mark.parametrize(
    "base", ["nonsense", "http://[::1", "http://host:99999/", "ftp://example.org/", "http:///x"]
)
def test_a_malformed_base_url_is_one_clear_error(
    monkeypatch: pytest.MonkeyPatch, base: str
) -> None:
    monkeypatch.setenv(models.ENV_BASE_URL, base)
    with pytest.raises(models.ModelError) as caught:
        models.download(models.FACE)
    assert str(caught.value).startswith(
        f"{models.ENV_BASE_URL}={base!r} is not a usable address for the models; set it to an "
        "http:// or https:// address"
    )


def test_install_when_the_models_folder_is_a_file(payload_server: Served, tmp_path: Path) -> None:
    source = tmp_path / "from"
    source.mkdir()
    (source / payload_server.spec.filename).write_bytes(payload_server.data)
    paths.models_dir().parent.mkdir(parents=True, exist_ok=True)
    paths.models_dir().write_text("not a folder")
    with pytest.raises(models.ModelError, match=r"cannot create the models folder \(a file is in"):
        models.install_from(source, [payload_server.spec])
    with pytest.raises(models.ModelError, match=r"cannot create the models folder \(a file is in"):
        models.download(payload_server.spec)
