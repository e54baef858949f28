"""Find, verify and (only when asked) download the MediaPipe model bundles.

Resolution order for each model, first hit wins:

1. an explicit path: a file, or a folder holding it (command line or settings);
2. the folder in the ``DESKGUARD_MODELS`` environment variable;
3. the user's data folder (``deskguard models status`` prints it);
4. in a packaged app, the copies verified into the package at build time;
5. nothing: the caller may offer :func:`download`, which says what it fetches
   and from where, shows progress, writes atomically and refuses a file whose
   SHA-256 is not the pinned one.

Every file found is checked against its pinned SHA-256 before it is used; a
file that does not match is reported, never loaded.
"""

from __future__ import annotations

import hashlib
import http.client
import os
import shutil
import tempfile
import urllib.error
import urllib.request
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import BinaryIO

from deskguard import paths

ENV_MODELS = "DESKGUARD_MODELS"
#: Where the official bundles are served. Overridable only for tests and mirrors.
ENV_BASE_URL = "DESKGUARD_MODEL_BASE_URL"
OFFICIAL_BASE_URL = "https://storage.googleapis.com/mediapipe-models/"


@dataclass(frozen=True, slots=True)
class ModelSpec:
    """One official model bundle and its pinned digest."""

    key: str
    filename: str
    url_path: str
    sha256: str
    size_bytes: int


FACE = ModelSpec(
    "face",
    "face_landmarker.task",
    "face_landmarker/face_landmarker/float16/1/face_landmarker.task",
    "64184e229b263107bc2b804c6625db1341ff2bb731874b0bcc2fe6544e0bc9ff",
    3_758_596,
)
POSE_LITE = ModelSpec(
    "pose_lite",
    "pose_landmarker_lite.task",
    "pose_landmarker/pose_landmarker_lite/float16/1/pose_landmarker_lite.task",
    "59929e1d1ee95287735ddd833b19cf4ac46d29bc7afddbbf6753c459690d574a",
    5_777_746,
)
POSE_FULL = ModelSpec(
    "pose_full",
    "pose_landmarker_full.task",
    "pose_landmarker/pose_landmarker_full/float16/1/pose_landmarker_full.task",
    "4eaa5eb7a98365221087693fcc286334cf0858e2eb6e15b506aa4a7ecdcec4ad",
    9_398_198,
)
ALL_MODELS = (FACE, POSE_LITE, POSE_FULL)
#: The pose model the app uses unless told otherwise (see docs/accuracy.md).
DEFAULT_POSE = POSE_LITE
#: What the app needs to run: the face model and the default pose model.
REQUIRED = (FACE, DEFAULT_POSE)


class ModelError(Exception):
    """A model is missing, damaged or could not be fetched; the text says what to do."""


class ChecksumMismatchError(ModelError):
    """A file's SHA-256 is not the pinned one."""


class Origin(StrEnum):
    """Where a model file was found."""

    EXPLICIT = "explicit path"
    ENVIRONMENT = f"${ENV_MODELS}"
    USER_DATA = "user data folder"
    BUNDLED = "the installed package"


@dataclass(frozen=True, slots=True)
class Located:
    """A verified model file and where it was found."""

    spec: ModelSpec
    path: Path
    origin: Origin


@dataclass(frozen=True, slots=True)
class Finding:
    """One candidate looked at while resolving a model (for ``models status``)."""

    spec: ModelSpec
    path: Path
    origin: Origin
    problem: str | None  # None: present and verified


def sha256_of(path: Path) -> str:
    """Hex SHA-256 of a file, read in chunks."""
    digest = hashlib.sha256()
    with path.open("rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def _check(spec: ModelSpec, path: Path) -> str | None:
    """Why ``path`` is not a usable copy of ``spec``, or None if it is."""
    if not path.is_file():
        return "not found"
    try:
        size = path.stat().st_size
        if size != spec.size_bytes:
            return f"wrong size ({size} bytes, expected {spec.size_bytes})"
        if sha256_of(path) != spec.sha256:
            return "checksum mismatch (damaged or not the official file)"
    except OSError as exc:
        return f"unreadable ({exc.strerror or exc})"
    return None


def candidates(spec: ModelSpec, explicit: Path | None = None) -> list[tuple[Path, Origin]]:
    """Every place ``spec`` is looked for, in order."""
    found: list[tuple[Path, Origin]] = []
    if explicit is not None:
        target = explicit / spec.filename if explicit.is_dir() else explicit
        # An explicit *file* names one model; only use it for the model it is.
        if explicit.is_dir() or explicit.name == spec.filename:
            found.append((target, Origin.EXPLICIT))
    env = os.environ.get(ENV_MODELS)
    if env:
        found.append((Path(env).expanduser() / spec.filename, Origin.ENVIRONMENT))
    found.append((paths.models_dir() / spec.filename, Origin.USER_DATA))
    bundled = paths.bundled_models_dir()
    if bundled is not None:
        found.append((bundled / spec.filename, Origin.BUNDLED))
    return found


def inspect(spec: ModelSpec, explicit: Path | None = None) -> list[Finding]:
    """What each candidate place holds for ``spec``."""
    return [Finding(spec, p, o, _check(spec, p)) for p, o in candidates(spec, explicit)]


def locate(spec: ModelSpec, explicit: Path | None = None) -> Located:
    """The first verified copy of ``spec``, or ``ModelError`` saying what was seen."""
    findings = inspect(spec, explicit)
    for f in findings:
        if f.problem is None:
            return Located(spec, f.path, f.origin)
    looked = "; ".join(f"{f.path} ({f.origin}): {f.problem}" for f in findings)
    raise ModelError(
        f"The {spec.filename} model is not available. Looked at: {looked}. "
        f"Run `deskguard models download` to fetch the official file, or "
        f"`deskguard models install --from DIR` to copy it from a folder."
    )


def install_from(folder: Path, specs: Iterable[ModelSpec] = ALL_MODELS) -> list[Path]:
    """Copy the verified bundles found in ``folder`` into the user's data folder."""
    target_dir = paths.models_dir()
    target_dir.mkdir(parents=True, exist_ok=True)
    installed: list[Path] = []
    for spec in specs:
        source = folder / spec.filename
        if not source.exists():
            continue
        problem = _check(spec, source)
        if problem is not None:
            raise ChecksumMismatchError(f"{source}: {problem}; not installed")
        target = target_dir / spec.filename
        _atomic_copy(source, target, spec)
        installed.append(target)
    if not installed:
        raise ModelError(f"{folder}: holds none of the model files ({_names()})")
    return installed


def _names() -> str:
    return ", ".join(s.filename for s in ALL_MODELS)


def _atomic_copy(source: Path, target: Path, spec: ModelSpec) -> None:
    fd, tmp_name = tempfile.mkstemp(prefix=f".{spec.filename}.", dir=target.parent)
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as out, source.open("rb") as src:
            shutil.copyfileobj(src, out)
            out.flush()
            os.fsync(out.fileno())
        if _check(spec, tmp) is not None:
            raise ChecksumMismatchError(f"{source}: copy does not verify")
        os.replace(tmp, target)
    finally:
        tmp.unlink(missing_ok=True)


def model_url(spec: ModelSpec) -> str:
    """Where ``spec`` is downloaded from."""
    base = os.environ.get(ENV_BASE_URL, OFFICIAL_BASE_URL)
    return base.rstrip("/") + "/" + spec.url_path


ProgressFn = Callable[[ModelSpec, int, int], None]


def download(
    spec: ModelSpec,
    *,
    progress: ProgressFn | None = None,
    timeout_s: float = 30.0,
) -> Path:
    """Fetch ``spec`` into the user's data folder, verified, atomically.

    The caller announces the download (what, from where) before calling.
    ``progress(spec, done_bytes, total_bytes)`` is called as data arrives. On
    any failure the partial file is removed and nothing is left in place.
    """
    target_dir = paths.models_dir()
    try:
        target_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ModelError(f"{target_dir}: cannot create the models folder ({exc})") from exc
    target = target_dir / spec.filename
    url = model_url(spec)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{spec.filename}.", suffix=".part", dir=target_dir)
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as out:
            done, hexdigest = _fetch(url, spec, out, progress, timeout_s)
            out.flush()
            os.fsync(out.fileno())
        if done != spec.size_bytes:
            raise ModelError(
                f"{url}: download incomplete ({done} of {spec.size_bytes} bytes); try again"
            )
        if hexdigest != spec.sha256:
            raise ChecksumMismatchError(
                f"{url}: the file's SHA-256 is {hexdigest}, not the pinned {spec.sha256}; refused"
            )
        os.replace(tmp, target)
    except OSError as exc:  # disk full, permissions: the network errors are handled below
        raise ModelError(f"{target}: could not write the model ({exc.strerror or exc})") from exc
    finally:
        tmp.unlink(missing_ok=True)
    return target


def _fetch(
    url: str, spec: ModelSpec, out: BinaryIO, progress: ProgressFn | None, timeout_s: float
) -> tuple[int, str]:
    """Stream ``url`` into ``out``; return (bytes written, hex SHA-256)."""
    digest = hashlib.sha256()
    done = 0
    try:
        with urllib.request.urlopen(url, timeout=timeout_s) as response:
            total = int(response.headers.get("Content-Length") or spec.size_bytes)
            while chunk := response.read(1 << 16):
                done += len(chunk)
                if done > spec.size_bytes:
                    raise ChecksumMismatchError(f"{url}: larger than the official file; refused")
                out.write(chunk)
                digest.update(chunk)
                if progress is not None:
                    progress(spec, done, total)
    except urllib.error.HTTPError as exc:
        raise ModelError(f"{url}: the server answered {exc.code} {exc.reason}") from exc
    except (urllib.error.URLError, http.client.HTTPException, TimeoutError, ConnectionError) as exc:
        reason = getattr(exc, "reason", exc)
        raise ModelError(
            f"{url}: could not download ({reason}). Check the network, or copy the file "
            "from another machine with `deskguard models install --from DIR`."
        ) from exc
    return done, digest.hexdigest()
