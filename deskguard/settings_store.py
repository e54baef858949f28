"""Settings on disk: ``settings.json`` in the config folder, read forgivingly, written safely.

Reading never fails and never stops the app: whatever the file holds (any
bytes, any JSON, a FIFO, a folder) the result is valid settings plus one
message per problem. A file that cannot be parsed is moved aside under a new
name (kept, never deleted, never overwriting an earlier kept copy), and every
setting that can still be read from it is kept: one bad byte costs at most
the setting it falls in, which is then taken from ``settings.json.bak`` (the
file before the last save) or else the default, and the recovered settings
are written back. Bad fields fall back one by one (see ``core.settings``).
A UTF-8 byte order mark is accepted. At most ``MAX_BYTES`` (1 MiB; a real
file is about 1 KiB) are read: a larger file is not a settings file and is
moved aside too.

Writing goes to a temporary file (0600) that replaces the old one only when
complete, in a folder only the user can enter (0700); the previous file is
kept as ``settings.json.bak`` (0600). Keys this version does not know (from a
newer DeskGuard) are carried over from the file on disk, with its newer
``schema_version``, so using an older version never loses a newer one's
settings.
"""

from __future__ import annotations

import contextlib
import dataclasses
import json
import os
import re
import shutil
import stat
import tempfile
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from deskguard import paths
from deskguard.core.settings import (
    SCHEMA_VERSION,
    Settings,
    settings_from_dict,
    settings_to_dict,
    unknown_fields,
)

FILENAME = "settings.json"
#: Larger than this is not a settings file (ours is about 1 KiB); it is moved aside unread.
MAX_BYTES = 1 << 20
#: A broken file yields one message per bad field; past this many the rest are counted.
MAX_MESSAGES = 20


class SettingsError(OSError):
    """Settings could not be written; the text says why. The old file is intact."""


def settings_path() -> Path:
    """Where the settings live."""
    return paths.config_dir() / FILENAME


class _Unusable(Exception):
    """The file's content cannot be parsed as a whole; the text says why."""

    def __init__(self, why: str, raw: bytes = b"") -> None:
        super().__init__(why)
        #: The bytes read, from which single settings may still be recovered.
        self.raw = raw


def _read_json(path: Path) -> Any:
    """The parsed file; FileNotFoundError, OSError (unreadable) or _Unusable (bad content)."""
    # A FIFO or a device would block or never end: only regular files are opened.
    if not stat.S_ISREG(path.stat().st_mode):
        raise OSError("not a regular file")
    with path.open("rb") as f:
        raw = f.read(MAX_BYTES + 1)
    if len(raw) > MAX_BYTES:
        raise _Unusable(f"larger than {MAX_BYTES / 2**20:g} MiB, so not a settings file")
    try:
        text = raw.decode("utf-8-sig")  # Windows editors add a byte order mark
    except UnicodeDecodeError as exc:
        raise _Unusable(f"not UTF-8 text (byte {exc.start})", raw) from None
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise _Unusable(f"not valid JSON ({exc})", raw) from None
    except RecursionError:
        raise _Unusable("not valid JSON (nested too deeply)", raw) from None
    except ValueError as exc:  # an integer past Python's digits limit
        raise _Unusable(f"not valid JSON ({exc})", raw) from None


# A member of the top-level object as the app writes it: ``"name": value`` (one per line).
_MEMBER = re.compile(r'"([a-z_][a-z0-9_]*)"\s*:\s*')
# What may follow a whole value: the end of its line (the app writes one member a line),
# the next member, or the end of the object and the file.
_VALUE_END = re.compile(r'[ \t]*,?[ \t]*(?:\r?\n|$)|\s*,\s*"|\s*\}\s*$')


def salvage(raw: bytes) -> dict[str, Any]:
    """The settings that can still be read from a damaged file, by name.

    Each known name is looked for, and its value parsed on its own. A value
    that a damaged byte cuts short (``30`` then a bad byte then ``0`` would
    read as 30) is not taken: a whole value is followed by the next member or
    the object's end; nor is one holding a byte that is not UTF-8. The last
    copy of a name wins, as in JSON.
    """
    text = raw.decode("utf-8", errors="replace").removeprefix("\ufeff")
    known = {f.name for f in dataclasses.fields(Settings)} | {"schema_version"}
    decoder = json.JSONDecoder()
    found: dict[str, Any] = {}
    for match in _MEMBER.finditer(text):
        name = match.group(1)
        if name not in known:
            continue
        try:
            value, end = decoder.raw_decode(text, match.end())
        except (ValueError, RecursionError):
            continue
        whole = _VALUE_END.match(text, end) is not None
        damaged = "\ufffd" in text[match.end() : end]  # a byte that was not UTF-8
        if whole and not damaged and not isinstance(value, dict):
            found[name] = value
    return found


def load_settings(path: Path | None = None) -> tuple[Settings, list[str]]:
    """The user's settings, and one message per problem met on the way. Never raises."""
    path = path or settings_path()
    try:
        data = _read_json(path)
    except FileNotFoundError:
        return Settings(), []
    except _Unusable as exc:
        return _recover(path, exc)
    except OSError as exc:
        return Settings(), [f"{path}: could not be read ({exc.strerror or exc}); using defaults"]
    try:
        settings, problems = settings_from_dict(data)
    except Exception as exc:  # a bug in the checks must not stop the app
        return Settings(), [f"{path}: could not be used ({type(exc).__name__}); using defaults"]
    if len(problems) > MAX_MESSAGES:
        more = len(problems) - MAX_MESSAGES
        problems = [*problems[:MAX_MESSAGES], f"… and {more} more problems"]
    return settings, [f"{path}: {p}" for p in problems]


def _recover(path: Path, damage: _Unusable) -> tuple[Settings, list[str]]:
    """A damaged file: keep it aside, keep what can be read, say so."""
    recovered = salvage(damage.raw) if len(damage.raw) <= MAX_BYTES else {}
    try:
        before = _read_json(path.with_name(path.name + ".bak"))
    except (OSError, _Unusable):
        before = {}
    from_backup = {
        k: v for k, v in (before if isinstance(before, dict) else {}).items() if k not in recovered
    }
    settings, _ = settings_from_dict({**from_backup, **recovered})
    try:
        kept = _move_aside(path)
    except OSError as move_exc:
        return settings, [
            f"{path}: {damage}; it could not be moved aside ({move_exc.strerror or move_exc}); "
            f"{_recovered_words(recovered, from_backup)}"
        ]
    message = f"{path}: {damage}; kept as {kept.name}; {_recovered_words(recovered, from_backup)}"
    if recovered or from_backup:
        try:
            save_settings(settings, path)  # so that the next start finds them too
        except SettingsError as exc:
            message += f" ({exc})"
    return settings, [message]


def _recovered_words(recovered: dict[str, Any], from_backup: dict[str, Any]) -> str:
    total = len(dataclasses.fields(Settings))
    mine = len(set(recovered) - {"schema_version"})
    backup = len(set(from_backup) - {"schema_version"})
    if not mine and not backup:
        return "no setting could be read from it, using the defaults"
    words = f"{mine} of {total} settings were read from it"
    if backup:
        words += f", {backup} from {FILENAME}.bak"
    return words + ", the others are the defaults"


def read_settings(path: Path | None = None) -> Settings:
    """The user's settings for a command that only looks (``doctor``, ``export``).

    Unlike :func:`load_settings` it repairs nothing: a file that cannot be
    used gives the defaults and stays where it is, for the app to deal with.
    """
    try:
        return settings_from_dict(_read_json(path or settings_path()))[0]
    except Exception:  # missing, unreadable, damaged: the defaults
        return Settings()


def save_settings(settings: Settings, path: Path | None = None) -> Path:
    """Write atomically, keeping the previous file as ``.bak`` and a newer version's keys."""
    path = path or settings_path()
    text = _render(settings, _carried_over(path))
    try:
        paths.ensure_private_dir(path.parent)
        if path.exists():
            _copy_private(path, path.with_name(path.name + ".bak"))
        _write_private(path, text)
    except OSError as exc:
        raise SettingsError(
            f"{path}: settings could not be saved ({exc.strerror or exc}); the previous "
            "settings are unchanged"
        ) from exc
    return path


def _carried_over(path: Path) -> dict[str, Any]:
    """What the file on disk holds that this version does not know: keep it on save."""
    try:
        data = _read_json(path)
    except (OSError, _Unusable):
        return {}
    if not isinstance(data, dict):
        return {}
    extra = unknown_fields(data)
    version = data.get("schema_version")
    newer = isinstance(version, int) and not isinstance(version, bool) and version > SCHEMA_VERSION
    if extra and newer:  # that version must not re-migrate its own keys as if from ours
        extra["schema_version"] = version
    return extra


def _render(settings: Settings, extra: dict[str, Any]) -> str:
    out = {**extra, **settings_to_dict(settings)}
    if "schema_version" in extra:
        out["schema_version"] = extra["schema_version"]
    try:
        return json.dumps(out, indent=2, sort_keys=True) + "\n"
    except (ValueError, RecursionError, TypeError):
        # An unknown value too deep for the writer: our settings matter more than it.
        return json.dumps(settings_to_dict(settings), indent=2, sort_keys=True) + "\n"


def _write_private(path: Path, text: str) -> None:
    """Replace ``path`` with ``text`` via a 0600 temporary file in the same folder."""
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)  # 0600
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(text)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp_name, path)
    finally:
        with contextlib.suppress(OSError):
            Path(tmp_name).unlink(missing_ok=True)


def _copy_private(source: Path, target: Path) -> None:
    """Copy ``source`` to ``target`` as a 0600 file, whatever mode the source had."""
    fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent)  # 0600
    try:
        with os.fdopen(fd, "wb") as out, source.open("rb") as src:
            shutil.copyfileobj(src, out)
            out.flush()
            os.fsync(out.fileno())
        os.replace(tmp_name, target)
    finally:
        with contextlib.suppress(OSError):
            Path(tmp_name).unlink(missing_ok=True)


def _move_aside(path: Path) -> Path:
    """Rename ``path`` to a name no earlier kept copy has; return the new path."""
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    for n in range(1000):
        target = path.with_name(f"{path.name}.corrupt-{stamp}" + (f"-{n}" if n else ""))
        try:
            # Claim the name first: os.replace alone would overwrite an earlier copy.
            os.close(os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
        except FileExistsError:
            continue
        try:
            os.replace(path, target)
        except OSError:
            target.unlink(missing_ok=True)
            raise
        paths.make_private(target)
        return target
    raise FileExistsError(f"too many kept copies named {path.name}.corrupt-{stamp}*")
