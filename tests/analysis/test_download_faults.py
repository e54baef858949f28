"""The model download under faults, against a real misbehaving HTTP server on loopback.

The server serves a made-up 256 KiB model pinned like a real one, so these
tests need no real model. Each fault must end in a clear ModelError and leave
no partial file in the models folder.
"""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from deskguard import paths
from deskguard.analysis import models
from tests.model_server import Served


def _folder() -> list[str]:
    folder = paths.models_dir()
    return sorted(p.name for p in folder.iterdir()) if folder.exists() else []


def _no_part_files() -> None:
    assert [n for n in _folder() if n.endswith(".part")] == []


def test_a_good_download_of_the_made_up_model(payload_server: Served) -> None:
    path = models.download(payload_server.spec, cancelled=lambda: False)
    assert path.read_bytes() == payload_server.data
    assert _folder() == ["test_model.task"]


def test_a_trickling_body_hits_the_overall_deadline(payload_server: Served) -> None:
    payload_server.handler.mode = "drip"  # one byte every 0.2 s: no read ever times out
    started = time.monotonic()
    with pytest.raises(models.ModelError, match=r"did not finish within 1 s \(the server is too"):
        models.download(payload_server.spec, timeout_s=5, deadline_s=1)
    assert time.monotonic() - started < 4
    assert _folder() == []


def test_trickling_headers_hit_the_overall_deadline(payload_server: Served) -> None:
    payload_server.handler.mode = "drip_headers"  # stuck inside urlopen, before any body
    started = time.monotonic()
    with pytest.raises(models.ModelError, match="did not finish within 1 s"):
        models.download(payload_server.spec, timeout_s=5, deadline_s=1)
    assert time.monotonic() - started < 4
    assert _folder() == []


def test_a_stalled_server_times_out(payload_server: Served) -> None:
    payload_server.handler.mode = "stall"
    started = time.monotonic()
    with pytest.raises(
        models.ModelError, match=r"did not answer in time\. .*\(Details: .*timed out\)"
    ):
        models.download(payload_server.spec, timeout_s=0.5, deadline_s=30)
    assert time.monotonic() - started < 5
    assert _folder() == []


@pytest.mark.parametrize(
    ("values", "message"),
    [
        (["abc"], r"invalid Content-Length \('abc'\); refused, nothing was downloaded"),
        (["-5"], r"invalid Content-Length \('-5'\)"),
        (["1e3"], r"invalid Content-Length \('1e3'\)"),
        (["262144", "262145"], r"invalid Content-Length \('262144', '262145'\)"),
        (["99999999999999999999"], r"announces 99999999999999999999 bytes but the official"),
        (["262145"], r"announces 262145 bytes .* is 262144 bytes; refused, nothing was"),
    ],
)
def test_a_bad_content_length_is_refused_before_downloading(
    payload_server: Served, values: list[str], message: str
) -> None:
    payload_server.handler.content_length = values
    seen: list[int] = []
    with pytest.raises(models.ModelError, match=message):
        models.download(payload_server.spec, progress=lambda s, done, total: seen.append(done))
    assert seen == []  # refused before a byte was written
    assert _folder() == []


def test_cancel_midway_stops_and_keeps_nothing(payload_server: Served) -> None:
    payload_server.handler.mode = "drip"
    payload_server.handler.drip_s = 0.01
    seen: list[int] = []
    with pytest.raises(models.DownloadCancelled, match=r"test_model\.task cancelled; nothing was"):
        models.download(
            payload_server.spec,
            progress=lambda s, done, total: seen.append(done),
            cancelled=lambda: len(seen) >= 5,
        )
    assert len(seen) == 5
    assert _folder() == []


def test_cancel_before_connecting(payload_server: Served) -> None:
    with pytest.raises(models.DownloadCancelled):
        models.download(payload_server.spec, cancelled=lambda: True)
    assert payload_server.handler.bytes_sent == 0
    _no_part_files()


def test_a_server_closing_early_is_an_incomplete_download(payload_server: Served) -> None:
    payload_server.handler.mode = "truncated"
    with pytest.raises(models.ModelError, match=r"download incomplete \(131072 of 262144 bytes"):
        models.download(payload_server.spec)
    assert _folder() == []


def test_a_tampered_file_is_refused(payload_server: Served) -> None:
    payload_server.handler.mode = "tampered"
    with pytest.raises(models.ChecksumMismatchError, match="not the pinned"):
        models.download(payload_server.spec)
    assert _folder() == []


@pytest.mark.parametrize("error", [RuntimeError("the dialog died"), KeyboardInterrupt()])
def test_an_exception_from_progress_leaves_nothing(
    payload_server: Served, error: BaseException
) -> None:
    def progress(spec: models.ModelSpec, done: int, total: int) -> None:
        raise error

    with pytest.raises(type(error)):
        models.download(payload_server.spec, progress=progress)
    assert _folder() == []


def test_partial_files_of_a_crashed_run_are_removed(payload_server: Served) -> None:
    folder = paths.models_dir()
    folder.mkdir(parents=True)
    stale = folder / ".test_model.task.abc123.part"
    stale.write_bytes(b"half a model")
    models.download(payload_server.spec)
    assert _folder() == ["test_model.task"]


def test_a_partial_file_still_being_written_is_spared(payload_server: Served) -> None:
    fcntl = pytest.importorskip("fcntl")  # POSIX; Windows itself refuses to delete an open file
    folder = paths.models_dir()
    folder.mkdir(parents=True)
    live = folder / ".face_landmarker.task.xyz789.part"
    with live.open("wb") as f:
        fcntl.flock(f.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)  # as a running download holds it
        models.download(payload_server.spec)
        assert live.exists()


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="needs POSIX, not root")
def test_a_read_only_models_folder_is_a_clear_error(payload_server: Served) -> None:
    folder = paths.models_dir()
    folder.mkdir(parents=True)
    os.chmod(folder, 0o500)  # the temporary file cannot be created
    try:
        with pytest.raises(models.ModelError, match=r"test_model\.task: could not write the model"):
            models.download(payload_server.spec)
    finally:
        os.chmod(folder, 0o700)
    assert _folder() == []


# --- read_verified ----------------------------------------------------------------------


def _install(served: Served) -> Path:
    path = paths.models_dir() / served.spec.filename
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(served.data)
    return path


def test_read_verified_returns_the_verified_bytes(payload_server: Served) -> None:
    path = _install(payload_server)
    located = models.locate(payload_server.spec)
    assert models.read_verified(payload_server.spec, located.path) == payload_server.data
    assert located.path == path


def test_a_file_swapped_after_locate_is_refused(payload_server: Served) -> None:
    path = _install(payload_server)
    located = models.locate(payload_server.spec)  # verifies the file at this moment
    swapped = bytearray(payload_server.data)
    swapped[1234] ^= 0x01
    tmp = path.with_name("other")
    tmp.write_bytes(bytes(swapped))
    os.replace(tmp, path)  # another process replaces it before it is loaded
    with pytest.raises(models.ChecksumMismatchError, match=r"checksum mismatch .* not loaded"):
        models.read_verified(payload_server.spec, located.path)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"short", r"wrong size \(5 bytes, expected 262144\)"),
        (b"x" * (300 * 1024), r"wrong size \(more than 262144 bytes"),
    ],
)
def test_read_verified_refuses_a_wrong_size(
    payload_server: Served, content: bytes, message: str
) -> None:
    path = _install(payload_server)
    path.write_bytes(content)
    with pytest.raises(models.ChecksumMismatchError, match=message):
        models.read_verified(payload_server.spec, path)


def test_read_verified_on_a_missing_file(payload_server: Served, tmp_path: Path) -> None:
    with pytest.raises(models.ModelError, match="not a file"):
        models.read_verified(payload_server.spec, tmp_path / "gone.task")


def test_https_goes_through_the_same_opener(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(models.ENV_BASE_URL, "https://127.0.0.1:9/")  # discard port: refused
    spec = models.ModelSpec("x", "x.task", "x.task", "0" * 64, 10)
    with pytest.raises(
        models.ModelError,
        match=r"download x\.task: the model server refused the connection\. .*install --from",
    ):
        models.download(spec, timeout_s=2)
    assert _folder() == []


def test_an_offline_computer_is_told_in_words() -> None:
    import socket

    spec = models.ModelSpec("x", "x.task", "x.task", "0" * 64, 10)
    text = models._network_failure(
        spec, "https://example/x.task", socket.gaierror(-2, "Name or service not known")
    )
    assert text.startswith("DeskGuard could not download x.task: this computer could not look")
    assert "seems to be offline" in text and "models install --from DIR" in text
    assert text.endswith("(Details: https://example/x.task: Name or service not known)")
