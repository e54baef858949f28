"""Short, varied suggestions that ride along with every reminder and alert.

Drawn from the ergonomics in the product brief. ``Suggester`` rotates through
each pool from a seeded starting point, so two reminders in a row never say
the same thing, and a replay of the same day says the same things again.
"""

from __future__ import annotations

import random
from enum import StrEnum

from deskguard.core.i18n import _


class Topic(StrEnum):
    """What a suggestion is for."""

    SHIFT = "shift"
    WALK = "walk"
    NECK = "neck"
    FORWARD_HEAD = "forward_head"
    TOO_CLOSE = "too_close"
    SCREEN_LOW = "screen_low"
    SCREEN_HIGH = "screen_high"


POOLS: dict[Topic, tuple[str, ...]] = {
    Topic.SHIFT: (
        "Roll your shoulders back five times, slowly.",
        "Shrug your shoulders up to your ears, hold for two seconds, let them drop.",
        "Sit back in your chair so it supports your lower back.",
        "Turn your head gently left, then right, holding each side for a breath.",
        "Plant both feet flat on the floor and sit tall for a moment.",
        "Stretch your arms overhead and lengthen your spine.",
    ),
    Topic.WALK: (
        "Stand up and walk for two or three minutes: fetch some water.",
        "Get up, walk to a window and look at something far away.",
        "Stand and do a hamstring stretch: heel on a low step, lean forward gently.",
        "Take a short walk around the room or down the corridor.",
        "Stand up, roll your neck slowly and walk a lap before you sit again.",
    ),
    Topic.NECK: (
        "Bring your chin back and up so your ears sit over your shoulders.",
        "Raise what you are reading to eye level instead of looking down at it.",
        "Do a few slow neck rolls, then sit tall with your gaze level.",
        "Tuck your chin gently and lengthen the back of your neck.",
    ),
    Topic.FORWARD_HEAD: (
        "Sit back so your head rests over your shoulders, not in front of them.",
        "Slide your chin straight back, hold for three seconds, relax.",
        "Lengthen your spine: imagine a string pulling the top of your head up.",
        "Roll your shoulders back and down, then let your head follow.",
    ),
    Topic.TOO_CLOSE: (
        "Lean back: the screen should be about an arm's length away.",
        "Push the screen back a little, or make the text larger instead of leaning in.",
        "Sit back against your chair; zoom the page if the text is small.",
    ),
    Topic.SCREEN_LOW: (
        "Put a stand or a few books under the screen.",
        "Use a laptop stand with a separate keyboard.",
    ),
    Topic.SCREEN_HIGH: (
        "Lower the monitor arm or stand.",
        "Raise your chair a little (with a footrest if your feet lift off the floor).",
    ),
}


class Suggester:
    """Hands out suggestions per topic, rotating through each pool."""

    def __init__(self, seed: int = 0) -> None:
        """Start each pool at a seeded position (deterministic for replays)."""
        rng = random.Random(seed)
        self._next = {topic: rng.randrange(len(pool)) for topic, pool in POOLS.items()}

    def next(self, topic: Topic) -> str:
        """The next suggestion for ``topic`` (never the one given just before)."""
        pool = POOLS[topic]
        i = self._next[topic]
        self._next[topic] = (i + 1) % len(pool)
        return _(pool[i])
