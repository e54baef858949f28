"""Where DeskGuard keeps its files, in one place.

Platform-standard folders from platformdirs; each can be redirected by an
environment variable (tests point them at temporary folders, power users at
wherever they like).
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "DeskGuard"
ENV_DATA_DIR = "DESKGUARD_DATA_DIR"
ENV_CONFIG_DIR = "DESKGUARD_CONFIG_DIR"


def _override(env: str) -> Path | None:
    value = os.environ.get(env)
    return Path(value).expanduser() if value else None


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
