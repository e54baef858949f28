"""The words of the engine's notifications: titles, bodies and their suggestions.

Every string is marked with ``_()`` for translation (``core.i18n``). One
:class:`Wording` per engine holds the seeded :class:`Suggester`, so a replay of
the same day says the same things in the same order.
"""

from __future__ import annotations

from deskguard.core.i18n import _
from deskguard.core.outcome import Problem
from deskguard.core.posture import ScreenMove
from deskguard.core.suggestions import Suggester, Topic


def format_duration(seconds: float) -> str:
    """``"25 min"``, ``"1 h"`` or ``"1 h 05 min"``: as people write them."""
    minutes = round(seconds / 60.0)
    if minutes < 60:
        return _("{0} min").format(minutes)
    if minutes % 60 == 0:
        return _("{0} h").format(minutes // 60)
    return _("{0} h {1:02d} min").format(minutes // 60, minutes % 60)


class Wording:
    """Title and body of each notification; the body ends with a rotating suggestion."""

    def __init__(self, seed: int = 0) -> None:
        self._suggest = Suggester(seed)

    def walk(self, bout_s: float, *, after_call: bool = False) -> tuple[str, str]:
        """The walk reminder after ``bout_s`` seated (``after_call``: held for a call)."""
        lead = _("You have been sitting for {0}.").format(format_duration(bout_s))
        title = (
            _("After your call: time to stand up and walk")
            if after_call
            else _("Time to stand up and walk")
        )
        return title, lead + " " + self._suggest.next(Topic.WALK)

    def shift(self, still_s: float, *, after_call: bool = False) -> tuple[str, str]:
        """The shift reminder after ``still_s`` without a change of position (the camera saw)."""
        lead = _("You have sat still for {0}.").format(format_duration(still_s))
        return self._shift_title(after_call), lead + " " + self._suggest.next(Topic.SHIFT)

    def shift_unseen(self, seated_s: float, *, after_call: bool = False) -> tuple[str, str]:
        """The shift reminder on keyboard and mouse alone: at the desk ``seated_s``.

        No camera saw whether the user moved, so it says nothing of sitting still.
        """
        lead = _("You have been at your desk for {0}.").format(format_duration(seated_s))
        return self._shift_title(after_call), lead + " " + self._suggest.next(Topic.SHIFT)

    @staticmethod
    def _shift_title(after_call: bool) -> str:
        if after_call:
            return _("After your call: time to shift position")
        return _("Time to shift position")

    def walk_heads_up(self, in_s: float) -> tuple[str, str]:
        """The heads-up ``in_s`` before a walk reminder."""
        title = _("Walk in {0}").format(format_duration(in_s))
        return title, _("Finish your sentence: a walk break is coming up.")

    def alert(self, problem: Problem, *, flexion_deg: float, distance_cm: float) -> tuple[str, str]:
        """A posture alert; the figure shown is the flexion or the distance."""
        if problem is Problem.NECK:
            title = _("Your neck is bent forward")
            body = _("About {0:.0f}° past your neutral.").format(flexion_deg) + " "
            return title, body + self._suggest.next(Topic.NECK)
        if problem is Problem.FORWARD_HEAD:
            title = _("Your head has drifted forward")
            body = _("Your ears have dropped towards your shoulders.") + " "
            return title, body + self._suggest.next(Topic.FORWARD_HEAD)
        title = _("You are very close to the screen")
        body = _("About {0:.0f} cm away.").format(distance_cm) + " "
        return title, body + self._suggest.next(Topic.TOO_CLOSE)

    def screen(self, move: ScreenMove, by_cm: float) -> tuple[str, str]:
        """The screen-height advice (``move`` is RAISE or LOWER)."""
        raise_it = move is ScreenMove.RAISE
        topic = Topic.SCREEN_LOW if raise_it else Topic.SCREEN_HIGH
        title = (
            _("Raise your screen by about {0:.0f} cm")
            if raise_it
            else _("Lower your screen by about {0:.0f} cm")
        ).format(by_cm)
        body = _("Its top edge belongs at or just below eye level.") + " "
        return title, body + self._suggest.next(topic)
