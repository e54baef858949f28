"""Test doubles for the things a test machine does not have: a clock we can step."""

from __future__ import annotations

from datetime import UTC, datetime


class FakeClock:
    """A clock that moves only when told to."""

    def __init__(self, start_utc: float) -> None:
        self.t = start_utc

    def advance(self, seconds: float) -> None:
        self.t += seconds

    def monotonic_s(self) -> float:
        return self.t

    def now_utc(self) -> datetime:
        return datetime.fromtimestamp(self.t, UTC)


def fake_notify_send(flood_bytes: int) -> str:
    """A ``notify-send`` that misbehaves as ``$FAKE_NOTIFY`` says; it appends its pid to ``$PIDS``.

    ``flood``: writes ``flood_bytes`` to stdout (``flood_help``: to ``--help``); ``loud``:
    fails with 2 MB of errors; ``noisy``: fails with many short lines; ``hang``: never ends.
    Anything else: ends at once, as a notification that was shown.
    """
    return f"""#!/bin/sh
if [ "$1" = "--help" ] && [ "$FAKE_NOTIFY" = "flood_help" ]; then
  exec head -c {flood_bytes} /dev/zero
fi
if [ "$1" = "--help" ]; then echo "  -A, --action=[NAME=]Text..."; exit 0; fi
echo "$$" >> "$PIDS"
case "$FAKE_NOTIFY" in
  flood) exec head -c {flood_bytes} /dev/zero ;;
  loud) printf 'notify-send: GDBus.Error: %0300d\\n' 0 >&2
        head -c 2000000 /dev/zero | tr '\\0' 'e' >&2; exit 1 ;;
  noisy) printf 'notify-send: the server refused it %0300d\\n' 0 >&2
         head -c 20000 /dev/zero | tr '\\0' '\\n' >&2; exit 1 ;;
  hang) exec sleep 600 ;;
esac
"""
