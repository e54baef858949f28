"""Where DeskGuard keeps its files, in one place.

Platform-standard folders from platformdirs; each can be redirected by an
environment variable (tests point them at temporary folders, power users at
wherever they like).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

APP_NAME = "DeskGuard"
ENV_DATA_DIR = "DESKGUARD_DATA_DIR"
ENV_CONFIG_DIR = "DESKGUARD_CONFIG_DIR"


def _override(env: str) -> Path | None:
    value = os.environ.get(env)
    return Path(value).expanduser() if value else None


#: Folders and files that hold the user's history, settings and log: readable by
#: the user alone on a shared computer (POSIX; Windows profiles are per-user).
PRIVATE_DIR_MODE = 0o700
PRIVATE_FILE_MODE = 0o600


def ensure_private_dir(folder: Path) -> Path:
    """Create ``folder`` (and missing parents) for the user alone; tighten an existing one.

    Only folders DeskGuard owns are tightened: parents that already exist
    (the home folder, ``~/.local/share``) are left as they are.
    """
    missing: list[Path] = []
    probe = folder
    while not probe.exists() and probe != probe.parent:
        missing.append(probe)
        probe = probe.parent
    for part in reversed(missing):
        part.mkdir(mode=PRIVATE_DIR_MODE, exist_ok=True)
    if os.name == "posix" and folder.is_dir():
        _tighten(folder, PRIVATE_DIR_MODE)
    return folder


def make_private(path: Path) -> None:
    """Make an existing file DeskGuard wrote readable by the user alone (POSIX)."""
    if os.name == "posix" and path.is_file():
        _tighten(path, PRIVATE_FILE_MODE)


def _tighten(path: Path, mode: int) -> None:
    try:
        st = path.stat()
        if st.st_mode & 0o777 != mode and st.st_uid == os.getuid():
            os.chmod(path, mode)
    except OSError:
        pass  # not ours to change (a read-only medium): leave it


def data_dir() -> Path:
    """Per-user data: models, history database."""
    return _override(ENV_DATA_DIR) or Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def config_dir() -> Path:
    """Per-user settings."""
    return _override(ENV_CONFIG_DIR) or Path(
        platformdirs.user_config_dir(APP_NAME, appauthor=False)
    )


def models_dir() -> Path:
    """Downloaded or installed model bundles."""
    return data_dir() / "models"


def bundle_root() -> Path | None:
    """The unpacked application folder of a frozen (PyInstaller) build, else None."""
    root = getattr(sys, "_MEIPASS", None)
    return Path(root) if getattr(sys, "frozen", False) and root else None


def bundled_models_dir() -> Path | None:
    """Models shipped inside a packaged app (verified when the package was built)."""
    root = bundle_root()
    return root / "models" if root is not None else None


def resources_dir() -> Path:
    """Icons, pictures and translations: in the frozen app, the installed package, or the tree.

    A wheel carries ``resources/`` as ``deskguard/resources`` (pyproject's
    package-dir); a source checkout (and an editable install) has it beside
    the package.
    """
    root = bundle_root()
    if root is not None:
        return root / "resources"
    installed = Path(__file__).resolve().parent / "resources"
    if installed.is_dir():
        return installed
    return Path(__file__).resolve().parents[1] / "resources"
