"""Find, verify and (only when asked) download the MediaPipe model bundles.

Resolution order for each model, first hit wins:

1. an explicit path: a file, or a folder holding it (command line or settings);
2. the folder in the ``DESKGUARD_MODELS`` environment variable;
3. the user's data folder (``deskguard models status`` prints it);
4. in a packaged app, the copies verified into the package at build time;
5. nothing: the caller may offer :func:`download`, which says what it fetches
   and from where, shows progress, can be cancelled, gives up after an overall
   deadline, writes atomically and refuses a file whose size or SHA-256 is not
   the pinned one. It connects only to the announced URL's scheme, host and
   port: a redirect elsewhere is refused before any connection to it.

:func:`read_verified` reads a located file once and checks those very bytes,
so what is loaded is what was verified.

Every file found is checked against its pinned SHA-256 before it is used; a
file that does not match is reported, never loaded.
"""

from __future__ import annotations

import contextlib
import hashlib
import http.client
import os
import shutil
import socket
import ssl
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import IO, BinaryIO

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
    try:
        target_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:  # e.g. a file where the folder should be
        raise ModelError(_unwritable_folder(target_dir, exc)) from exc
    installed: list[Path] = []
    for spec in specs:
        source = folder / spec.filename
        if not source.exists():
            continue
        problem = _check(spec, source)
        if problem is not None:
            raise ChecksumMismatchError(f"{source}: {problem}; not installed")
        target = target_dir / spec.filename
        try:
            _atomic_copy(source, target, spec)
        except OSError as exc:
            raise ModelError(
                f"{target}: could not install the model ({exc.strerror or exc})"
            ) from exc
        installed.append(target)
    if not installed:
        raise ModelError(f"{folder}: holds none of the model files ({_names()})")
    return installed


def _unwritable_folder(folder: Path, exc: OSError) -> str:
    what = (
        "a file is in the way"
        if folder.exists() and not folder.is_dir()
        else (exc.strerror or str(exc))
    )
    return (
        f"{folder}: cannot create the models folder ({what}); move it aside or set "
        f"{paths.ENV_DATA_DIR} to another folder"
    )


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
    """Where ``spec`` is downloaded from (:func:`download` refuses one that is not usable)."""
    base = os.environ.get(ENV_BASE_URL, OFFICIAL_BASE_URL)
    return base.rstrip("/") + "/" + spec.url_path


#: The only schemes a download may use; a redirect must keep the announced one.
_SCHEMES = {"http": 80, "https": 443}
#: Redirects followed on the announced scheme, host and port (a moved path), at most.
MAX_REDIRECTS = 3


def _origin(url: str) -> tuple[str, str, int]:
    """(scheme, host, port) of an http(s) URL; ValueError for anything else."""
    parts = urllib.parse.urlsplit(url)
    scheme = parts.scheme.lower()
    if scheme not in _SCHEMES or not parts.hostname:
        raise ValueError(url)
    return scheme, parts.hostname.lower(), parts.port or _SCHEMES[scheme]


def _shown(origin: tuple[str, str, int]) -> str:
    scheme, host, port = origin
    host = f"[{host}]" if ":" in host else host
    return f"{scheme}://{host}" + ("" if port == _SCHEMES[scheme] else f":{port}")


def _usable_url(spec: ModelSpec) -> str:
    """:func:`model_url`, or a ModelError naming the variable when its base is malformed."""
    url = model_url(spec)
    try:
        _origin(url)
    except ValueError as exc:  # also a bad port or bracket: urlsplit raises ValueError
        base = os.environ.get(ENV_BASE_URL, OFFICIAL_BASE_URL)
        raise ModelError(
            f"{ENV_BASE_URL}={base[:200]!r} is not a usable address for the models; set it "
            f"to an http:// or https:// address (the official one is {OFFICIAL_BASE_URL}) "
            "or unset it"
        ) from exc
    return url


ProgressFn = Callable[[ModelSpec, int, int], None]
#: Most a whole download may take (the files are 4-10 MB): a server that trickles
#: bytes is given up on, as is one that stalls for ``timeout_s``.
DEFAULT_DEADLINE_S = 300.0
_CHUNK = 1 << 16
#: Temporary download files are ``.<filename>.<random>.part`` in the models folder.
_PART_GLOB = ".*.part"


class DownloadCancelled(ModelError):
    """The caller's ``cancelled()`` asked to stop; nothing was kept."""


def download(
    spec: ModelSpec,
    *,
    progress: ProgressFn | None = None,
    timeout_s: float = 30.0,
    deadline_s: float = DEFAULT_DEADLINE_S,
    cancelled: Callable[[], bool] | None = None,
) -> Path:
    """Fetch ``spec`` into the user's data folder, verified, atomically.

    The caller announces the download (what, from where) before calling.
    ``progress(spec, done_bytes, total_bytes)`` is called as data arrives.
    ``timeout_s`` bounds each connect and read; ``deadline_s`` the whole
    download (it ends within ``deadline_s`` plus at most one ``timeout_s``).
    ``cancelled()`` is called from this thread before connecting and after
    every chunk (so within ``timeout_s`` even of a stalled server); once it
    returns True the download stops with :class:`DownloadCancelled`. A
    Content-Length that is not the pinned size is refused before any byte is
    written. On any failure, including an exception from ``progress`` or a
    KeyboardInterrupt, the partial file is removed and nothing is left in
    place; partial files of earlier, crashed runs are removed at the start.
    """
    target_dir = paths.models_dir()
    try:
        target_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ModelError(_unwritable_folder(target_dir, exc)) from exc
    _remove_stale_parts(target_dir)
    target = target_dir / spec.filename
    url = _usable_url(spec)
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{spec.filename}.", suffix=".part", dir=target_dir)
    except OSError as exc:
        raise ModelError(f"{target}: could not write the model ({exc.strerror or exc})") from exc
    tmp = Path(tmp_name)
    deadline = _Deadline(deadline_s)
    try:
        with os.fdopen(fd, "wb") as out:
            _hold(out.fileno())  # marks the file as in use for _remove_stale_parts
            done, hexdigest = _fetch(url, spec, out, progress, timeout_s, deadline, cancelled)
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
        deadline.stop()
        with contextlib.suppress(OSError):
            tmp.unlink(missing_ok=True)
    return target


def _fetch(
    url: str,
    spec: ModelSpec,
    out: BinaryIO,
    progress: ProgressFn | None,
    timeout_s: float,
    deadline: _Deadline,
    cancelled: Callable[[], bool] | None,
) -> tuple[int, str]:
    """Stream ``url`` into ``out``; return (bytes written, hex SHA-256)."""
    digest = hashlib.sha256()
    done = 0
    too_slow = ModelError(
        f"{url}: the download did not finish within {deadline.seconds:g} s (the server is "
        "too slow); try again later, or copy the file from another machine with "
        "`deskguard models install --from DIR`."
    )

    def check_cancelled() -> None:
        if cancelled is not None and cancelled():
            raise DownloadCancelled(f"Download of {spec.filename} cancelled; nothing was kept.")

    check_cancelled()
    try:
        with _opener(deadline, url).open(url, timeout=timeout_s) as response:
            total = _announced_size(url, spec, response)
            # read1: return what has arrived, so a trickle still reaches the checks below
            while chunk := response.read1(_CHUNK):
                if deadline.expired:
                    raise too_slow
                done += len(chunk)
                if done > spec.size_bytes:
                    raise ChecksumMismatchError(f"{url}: larger than the official file; refused")
                try:
                    out.write(chunk)
                except OSError as exc:  # disk full: not the network's fault
                    raise ModelError(
                        f"{paths.models_dir() / spec.filename}: could not write the model "
                        f"({exc.strerror or exc})"
                    ) from exc
                digest.update(chunk)
                if progress is not None:
                    progress(spec, done, total)
                check_cancelled()
    except urllib.error.HTTPError as exc:
        if exc.code in (301, 302, 303, 307, 308):  # urllib gave up following them
            raise ModelError(
                f"{url}: the server redirected the download more than {MAX_REDIRECTS} times; "
                "refused. Try again later, or copy the files from another machine with "
                "`deskguard models install --from DIR`."
            ) from exc
        raise ModelError(f"{url}: the server answered {exc.code} {exc.reason}") from exc
    except (urllib.error.URLError, http.client.HTTPException, TimeoutError, ConnectionError) as exc:
        if deadline.expired:  # the watchdog closed the connection
            raise too_slow from exc
        raise ModelError(_network_failure(spec, url, getattr(exc, "reason", exc))) from exc
    except OSError as exc:  # e.g. a TLS error, or the one for a connection the watchdog closed
        if deadline.expired:
            raise too_slow from exc
        raise ModelError(_network_failure(spec, url, exc)) from exc
    if deadline.expired:
        raise too_slow
    return done, digest.hexdigest()


def _network_failure(spec: ModelSpec, url: str, reason: object) -> str:
    """A failed download in words a user can act on; the technical reason last."""
    if isinstance(reason, socket.gaierror):
        what = "this computer could not look up the model server: it seems to be offline"
    elif isinstance(reason, ConnectionRefusedError):
        what = "the model server refused the connection"
    elif isinstance(reason, TimeoutError) or "timed out" in str(reason):
        what = "the model server did not answer in time"
    elif isinstance(reason, ssl.SSLError):
        what = "the secure connection failed (a proxy, or the system's certificates)"
    else:
        what = "the connection to the model server failed"
    detail = getattr(reason, "strerror", None) or reason
    return (
        f"DeskGuard could not download {spec.filename}: {what}. Check the network and try "
        "again, or copy the files from another machine with "
        f"`deskguard models install --from DIR`. (Details: {url}: {detail})"
    )


def _announced_size(url: str, spec: ModelSpec, response: http.client.HTTPResponse) -> int:
    """The Content-Length, checked against the pinned size before anything is written."""
    if response.status != 200:
        raise ModelError(f"{url}: the server answered {response.status} {response.reason}")
    values = response.headers.get_all("Content-Length") or []
    if not values:
        return spec.size_bytes  # not announced (chunked): the byte count is checked at the end
    texts = {v.strip() for v in values}
    if len(texts) != 1 or not all(t.isascii() and t.isdigit() for t in texts):
        shown = ", ".join(repr(v[:40]) for v in values[:3])
        raise ModelError(
            f"{url}: the server sent an invalid Content-Length ({shown}); refused, nothing "
            "was downloaded"
        )
    announced = int(texts.pop())
    if announced != spec.size_bytes:
        raise ModelError(
            f"{url}: the server announces {announced} bytes but the official "
            f"{spec.filename} is {spec.size_bytes} bytes; refused, nothing was downloaded"
        )
    return announced


class _Deadline:
    """Closes the download's connection when time is up, whatever phase it is in.

    The socket timeout only bounds a single read, so a server sending a byte
    every second (in the headers or the body) would never time out; shutting
    the socket down from a timer wakes any blocked read.
    """

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self._end = time.monotonic() + seconds
        self._lock = threading.Lock()
        self._fired = False
        self._sockets: list[socket.socket] = []
        self._timer = threading.Timer(max(0.0, seconds), self._fire)
        self._timer.daemon = True
        self._timer.start()

    @property
    def expired(self) -> bool:
        return self._fired or time.monotonic() >= self._end

    def attach(self, sock: socket.socket) -> None:
        with self._lock:
            self._sockets.append(sock)
            if self._fired:
                _shut(sock)

    def stop(self) -> None:
        self._timer.cancel()

    def _fire(self) -> None:
        with self._lock:
            self._fired = True
            for sock in self._sockets:
                _shut(sock)


def _shut(sock: socket.socket) -> None:
    # The plain socket's shutdown, also for TLS: it only wakes the reader, which then fails.
    with contextlib.suppress(OSError):
        socket.socket.shutdown(sock, socket.SHUT_RDWR)


class _SameOriginRedirects(urllib.request.HTTPRedirectHandler):
    """Follows a redirect only on the announced scheme, host and port, a few times.

    The check runs on the redirect's answer, before any connection (or name
    lookup) for the new address, so the announced URL's server is the only one
    ever reached.
    """

    max_redirections = MAX_REDIRECTS

    def __init__(self, announced: str) -> None:
        self._announced = announced
        self._origin = _origin(announced)

    def _refuse_elsewhere(self, newurl: str, fp: IO[bytes]) -> None:
        try:
            allowed = _origin(newurl) == self._origin
        except ValueError:
            allowed = False
        if not allowed:
            fp.close()
            raise ModelError(
                f"{self._announced}: the server redirected the download to {newurl[:200]}; "
                f"refused: DeskGuard only downloads from {_shown(self._origin)}. Copy the "
                "files from another machine with `deskguard models install --from DIR`."
            )

    def http_error_302(
        self,
        req: urllib.request.Request,
        fp: IO[bytes],
        code: int,
        msg: str,
        headers: http.client.HTTPMessage,
    ) -> IO[bytes] | None:
        # Checked here too, so a file:// target gets the same words as any other.
        location = headers.get("location") or headers.get("uri")
        if location is not None:
            self._refuse_elsewhere(urllib.parse.urljoin(req.full_url, location), fp)
        return super().http_error_302(req, fp, code, msg, headers)

    http_error_301 = http_error_303 = http_error_307 = http_error_308 = http_error_302

    def redirect_request(
        self,
        req: urllib.request.Request,
        fp: IO[bytes],
        code: int,
        msg: str,
        headers: http.client.HTTPMessage,
        newurl: str,
    ) -> urllib.request.Request | None:
        self._refuse_elsewhere(newurl, fp)
        return super().redirect_request(req, fp, code, msg, headers, newurl)


def _opener(deadline: _Deadline, announced: str) -> urllib.request.OpenerDirector:
    """The usual urllib opener (proxies), each connection handed to ``deadline``.

    Redirects are followed only on ``announced``'s scheme, host and port.
    """

    class Http(http.client.HTTPConnection):
        def connect(self) -> None:
            super().connect()
            deadline.attach(self.sock)

    class Https(http.client.HTTPSConnection):
        def connect(self) -> None:
            super().connect()
            deadline.attach(self.sock)

    class HttpHandler(urllib.request.HTTPHandler):
        def http_open(self, req: urllib.request.Request) -> http.client.HTTPResponse:
            return self.do_open(Http, req)

    context = ssl.create_default_context()

    class HttpsHandler(urllib.request.HTTPSHandler):
        def https_open(self, req: urllib.request.Request) -> http.client.HTTPResponse:
            return self.do_open(Https, req, context=context)

    return urllib.request.build_opener(
        HttpHandler, HttpsHandler(context=context), _SameOriginRedirects(announced)
    )


if sys.platform == "win32":

    def _hold(fd: int) -> None:
        """Windows refuses to delete an open file: nothing to mark."""

    def _unused(fd: int) -> bool:
        return True

else:
    import fcntl

    def _hold(fd: int) -> None:
        """Lock the file for as long as it is open, to say "in use"."""
        with contextlib.suppress(OSError):
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _unused(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            return False
        return True


def _remove_stale_parts(folder: Path) -> None:
    """Delete partial downloads of earlier runs that crashed; spare ones still in progress."""
    for part in folder.glob(_PART_GLOB):
        with contextlib.suppress(OSError), part.open("rb") as f:
            if _unused(f.fileno()):
                part.unlink()


def read_verified(spec: ModelSpec, path: Path) -> bytes:
    """The contents of ``path``, read once and checked: size and SHA-256 of these very bytes.

    Loading the returned bytes (MediaPipe's ``model_asset_buffer``) loads exactly
    what was verified, even if the file is replaced after :func:`locate`.
    """
    try:
        if not path.is_file():
            raise ModelError(f"{path}: the {spec.filename} model is not a file")
        with path.open("rb") as f:
            data = f.read(spec.size_bytes + 1)  # never more than one byte past the pinned size
    except OSError as exc:
        raise ModelError(f"{path}: could not be read ({exc.strerror or exc})") from exc
    if len(data) != spec.size_bytes:
        size = f"more than {spec.size_bytes}" if len(data) > spec.size_bytes else str(len(data))
        raise ChecksumMismatchError(
            f"{path}: wrong size ({size} bytes, expected {spec.size_bytes}); not loaded"
        )
    if hashlib.sha256(data).hexdigest() != spec.sha256:
        raise ChecksumMismatchError(
            f"{path}: checksum mismatch (damaged, replaced, or not the official "
            f"{spec.filename}); not loaded"
        )
    return data
