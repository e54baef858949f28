"""Shared fixtures of the command-line tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from deskguard.storage.history import HistoryStore


@pytest.fixture
def history(tmp_path: Path) -> Path:
    """An existing, empty history file."""
    path = tmp_path / "history.sqlite3"
    store, _ = HistoryStore.open(path)
    store.close()
    return path
