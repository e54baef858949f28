"""Settings on disk: ``settings.json`` in the config folder, read forgivingly, written safely.

Reading never fails: unreadable JSON is moved aside (kept, never deleted) and
defaults are used; bad fields fall back one by one (see ``core.settings``).
Writing goes to a temporary file that replaces the old one only when
complete, and the previous file is kept as ``settings.json.bak``.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from datetime import UTC, datetime
from pathlib import Path

from deskguard import paths
from deskguard.core.settings import Settings, settings_from_dict, settings_to_dict

FILENAME = "settings.json"


class SettingsError(OSError):
    """Settings could not be written; the text says why. The old file is intact."""


def settings_path() -> Path:
    """Where the settings live."""
    return paths.config_dir() / FILENAME


def load_settings(path: Path | None = None) -> tuple[Settings, list[str]]:
    """The user's settings, and one message per problem met on the way."""
    path = path or settings_path()
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return Settings(), []
    except OSError as exc:
        return Settings(), [f"{path}: could not be read ({exc.strerror or exc}); using defaults"]
    try:
        data = json.loads(text)
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        kept = _move_aside(path)
        return Settings(), [
            f"{path}: not valid JSON ({exc}); kept as {kept.name}, using the defaults"
        ]
    settings, problems = settings_from_dict(data)
    return settings, [f"{path}: {p}" for p in problems]


def save_settings(settings: Settings, path: Path | None = None) -> Path:
    """Write atomically, keeping the previous file as ``.bak``."""
    path = path or settings_path()
    text = json.dumps(settings_to_dict(settings), indent=2, sort_keys=True) + "\n"
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp_name = tempfile.mkstemp(prefix=".settings.", dir=path.parent)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as f:
                f.write(text)
                f.flush()
                os.fsync(f.fileno())
            if path.exists():
                shutil.copy2(path, path.with_name(path.name + ".bak"))
            os.replace(tmp_name, path)
        finally:
            Path(tmp_name).unlink(missing_ok=True)
    except OSError as exc:
        raise SettingsError(
            f"{path}: settings could not be saved ({exc.strerror or exc}); the previous "
            "settings are unchanged"
        ) from exc
    return path


def _move_aside(path: Path) -> Path:
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    target = path.with_name(f"{path.name}.corrupt-{stamp}")
    os.replace(path, target)
    return target
