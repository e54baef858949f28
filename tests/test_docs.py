"""The docs name every setting and every export column (cheap guard against drift)."""

from __future__ import annotations

import dataclasses

from deskguard.core.settings import Settings
from deskguard.report.export import CSV_COLUMNS
from tests.conftest import REPO


def test_every_setting_is_documented() -> None:
    text = (REPO / "docs" / "engine.md").read_text()
    missing = [f.name for f in dataclasses.fields(Settings) if f"`{f.name}`" not in text]
    assert missing == []


def test_every_export_column_is_documented() -> None:
    text = (REPO / "docs" / "history.md").read_text()
    missing = [name for name, _ in CSV_COLUMNS if f"| `{name}` |" not in text]
    assert missing == []
