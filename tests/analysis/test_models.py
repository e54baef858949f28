"""Model resolution and the verified download, against a real HTTP server on loopback."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from deskguard import paths
from deskguard.analysis import models
from tests.model_server import ModelServer


@pytest.fixture(autouse=True)
def _no_models_env(monkeypatch: pytest.MonkeyPatch) -> None:
    """Resolution tests set $DESKGUARD_MODELS themselves."""
    monkeypatch.delenv(models.ENV_MODELS, raising=False)


def _leftovers() -> list[Path]:
    folder = paths.models_dir()
    return sorted(folder.iterdir()) if folder.exists() else []


def test_download_verifies_and_installs(server: type[ModelServer]) -> None:
    seen: list[int] = []
    path = models.download(models.FACE, progress=lambda spec, done, total: seen.append(done))
    assert path == paths.models_dir() / "face_landmarker.task"
    assert models.sha256_of(path) == models.FACE.sha256
    assert seen[-1] == models.FACE.size_bytes and seen == sorted(seen)
    assert models.locate(models.FACE).origin is models.Origin.USER_DATA
    assert _leftovers() == [path]  # no temporary file left behind


def test_truncated_download_is_refused_and_leaves_nothing(server: type[ModelServer]) -> None:
    server.mode = "truncated"
    with pytest.raises(models.ModelError, match=r"could not download|incomplete"):
        models.download(models.FACE)
    assert _leftovers() == []


def test_tampered_download_is_refused_and_leaves_nothing(server: type[ModelServer]) -> None:
    server.mode = "tampered"
    with pytest.raises(models.ChecksumMismatchError, match="SHA-256"):
        models.download(models.FACE)
    assert _leftovers() == []


def test_missing_file_on_the_server(server: type[ModelServer]) -> None:
    spec = models.ModelSpec("x", "missing.task", "a/missing.task", "0" * 64, 10)
    with pytest.raises(models.ModelError, match="404"):
        models.download(spec)
    assert _leftovers() == []


def test_unreachable_server_says_how_to_install_offline(monkeypatch) -> None:
    monkeypatch.setenv(models.ENV_BASE_URL, "http://127.0.0.1:9/")  # discard port: refused
    with pytest.raises(models.ModelError, match="models install --from"):
        models.download(models.FACE, timeout_s=2)


def test_the_official_url_is_googles_bucket(monkeypatch) -> None:
    monkeypatch.delenv(models.ENV_BASE_URL, raising=False)
    assert models.model_url(models.FACE) == (
        "https://storage.googleapis.com/mediapipe-models/"
        "face_landmarker/face_landmarker/float16/1/face_landmarker.task"
    )


def test_resolution_order_explicit_then_env_then_user_data(
    models_dir: Path, tmp_path: Path, monkeypatch
) -> None:
    explicit = tmp_path / "explicit"
    env = tmp_path / "env"
    for folder in (explicit, env, paths.models_dir()):
        folder.mkdir(parents=True)
        shutil.copy(models_dir / "face_landmarker.task", folder)
    monkeypatch.setenv(models.ENV_MODELS, str(env))
    assert models.locate(models.FACE, explicit).origin is models.Origin.EXPLICIT
    assert models.locate(models.FACE).origin is models.Origin.ENVIRONMENT
    monkeypatch.delenv(models.ENV_MODELS)
    assert models.locate(models.FACE).origin is models.Origin.USER_DATA
    # An explicit .task file is used for the model it is, and only that one.
    one_file = explicit / "face_landmarker.task"
    assert models.locate(models.FACE, one_file).path == one_file


def test_a_damaged_copy_is_skipped_with_the_reason(
    models_dir: Path, tmp_path: Path, monkeypatch
) -> None:
    env = tmp_path / "env"
    env.mkdir()
    data = bytearray((models_dir / "face_landmarker.task").read_bytes())
    data[500] ^= 0x01
    (env / "face_landmarker.task").write_bytes(bytes(data))
    monkeypatch.setenv(models.ENV_MODELS, str(env))
    findings = models.inspect(models.FACE)
    assert findings[0].problem is not None and "checksum" in findings[0].problem
    with pytest.raises(models.ModelError, match="checksum mismatch"):
        models.locate(models.FACE)
    paths.models_dir().mkdir(parents=True)
    shutil.copy(models_dir / "face_landmarker.task", paths.models_dir())
    assert models.locate(models.FACE).origin is models.Origin.USER_DATA


def test_install_from_a_folder_copies_verified_files(models_dir: Path) -> None:
    installed = models.install_from(models_dir)
    assert {p.name for p in installed} == {s.filename for s in models.ALL_MODELS}
    for spec in models.ALL_MODELS:
        assert models.locate(spec).origin is models.Origin.USER_DATA


def test_install_refuses_a_tampered_file(models_dir: Path, tmp_path: Path) -> None:
    data = bytearray((models_dir / "pose_landmarker_lite.task").read_bytes())
    data[-10] ^= 0x01
    (tmp_path / "pose_landmarker_lite.task").write_bytes(bytes(data))
    with pytest.raises(models.ChecksumMismatchError, match="not installed"):
        models.install_from(tmp_path)
    assert _leftovers() == []


def test_install_from_an_empty_folder(tmp_path: Path) -> None:
    with pytest.raises(models.ModelError, match="holds none"):
        models.install_from(tmp_path)
