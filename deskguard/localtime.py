"""The user's time zone, with its daylight-saving rules (not just today's offset)."""

from __future__ import annotations

import os
from datetime import datetime, tzinfo
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError


def local_timezone(name: str | None = None) -> tzinfo:
    """``name``, else ``$TZ``, else the system zone; a fixed offset as the last resort."""
    for candidate in (name, os.environ.get("TZ", "").lstrip(":") or None, _system_zone_name()):
        if candidate:
            try:
                return ZoneInfo(candidate)
            except (ZoneInfoNotFoundError, ValueError):
                if candidate is name:
                    raise ValueError(f"unknown time zone {name!r}") from None
    tz = datetime.now().astimezone().tzinfo
    assert tz is not None
    return tz


def _system_zone_name() -> str | None:
    try:
        target = Path("/etc/localtime").resolve()
    except OSError:
        return None
    parts = target.parts
    if "zoneinfo" in parts:
        return "/".join(parts[parts.index("zoneinfo") + 1 :])
    return None
