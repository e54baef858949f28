"""Keyboard and mouse idle time, each platform its own way (placeholder until written)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from deskguard.sensing import ActivitySource, Unavailable


def find_activity_source() -> ActivitySource | Unavailable:
    """The first idle-time source that works here, or why none does."""
    from deskguard.sensing import Unavailable

    return Unavailable("not written yet")
