"""Signs that the user is in a call or must not be disturbed (placeholder until written)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from deskguard.sensing import CallSignal


def find_call_signals() -> list[CallSignal]:
    """The call signals that can be read here."""
    return []
