"""The dashboard's charts in words, for a screen reader (issue 12).

A chart is a picture: its accessible description says what it shows, in a
sentence or two ("Seated 5 h 10 min between 08:55 and 17:40; longest
stretch 1 h 20 min from 10:05."). Minutes are local minutes of the day
(0 = midnight, 600 = 10:00), as the charts' time axis counts them.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date, time

from deskguard.core.i18n import _, formats
from deskguard.core.review import NeckBands
from deskguard.core.wording import format_duration

#: An absence shorter than this (minutes) does not end a stretch of sitting: the
#: default shortest break (``Settings.break_min_s``).
BREAK_MIN = 3


def clock(minute: int) -> str:
    """The local minute of the day as the user's clock writes it: 605 -> "10:05"."""
    minute = min(max(minute, 0), 24 * 60 - 1)
    return formats().clock(time(minute // 60, minute % 60))


def stretches(minutes: Sequence[int], break_min: int = BREAK_MIN) -> list[tuple[int, int]]:
    """The stretches of sitting (first minute, last minute) in the sorted ``minutes`` seated.

    Two seated minutes belong to one stretch unless more than ``break_min``
    minutes lie between them.
    """
    found: list[tuple[int, int]] = []
    for m in minutes:
        if found and m - found[-1][1] <= break_min:
            found[-1] = (found[-1][0], m)
        else:
            found.append((m, m))
    return found


def timeline_summary(
    seated_s: Mapping[int, float],
    *,
    good_s: float = 0.0,
    poor_s: float = 0.0,
    break_min: int = BREAK_MIN,
) -> str:
    """The day's seated time: how much, from when to when, its longest stretch, the posture.

    ``seated_s``: seconds seated in each local minute of the day;
    ``good_s``, ``poor_s``: the day's time judged in good and in poor posture.
    """
    minutes = sorted(m for m, s in seated_s.items() if s > 0)
    if not minutes:
        return _("Nothing seated was recorded this day.")
    total = sum(seated_s[m] for m in minutes)
    first, last = minutes[0], minutes[-1]
    start, end = max(stretches(minutes, break_min), key=lambda s: s[1] - s[0])
    words = _("Seated {0} between {1} and {2}; longest stretch {3} from {4}.").format(
        format_duration(total),
        clock(first),
        clock(last + 1),
        format_duration((end - start + 1) * 60),
        clock(start),
    )
    if good_s + poor_s > 0:
        words += " " + _("Posture good for {0}, poor for {1}.").format(
            format_duration(good_s), format_duration(poor_s)
        )
    return words


def neck_summary(neck_deg: Mapping[int, float], bands: NeckBands, *, calibrated: bool) -> str:
    """The day's neck angle: its mean, its worst and when, the time past the alert angle.

    ``neck_deg``: the mean bend past the calibrated neutral in each local minute
    measured.
    """
    if not calibrated:
        return _("Neck angle not measured: DeskGuard is not calibrated yet.")
    if not neck_deg:
        return _("No neck angle was measured this day.")
    mean = sum(neck_deg.values()) / len(neck_deg)
    worst = max(neck_deg, key=lambda m: neck_deg[m])
    strain = sum(1 for d in neck_deg.values() if d >= bands.strain_from_deg)
    return _(
        "Neck bent {0:.0f}° past your neutral on average, at most {1:.0f}° at {2}; "
        "{3} at {4:.0f}° or more, where alerts start."
    ).format(
        mean, neck_deg[worst], clock(worst), format_duration(strain * 60), bands.strain_from_deg
    )


def week_summary(days: Sequence[tuple[date, float, float]]) -> str:
    """The week's seated time day by day, with each day's longest stretch.

    ``days``: (the day, seconds seated, its longest stretch in seconds).
    """
    sat = [(d, s, longest) for d, s, longest in days if s > 0]
    if not sat:
        return _("Nothing seated was recorded this week.")
    parts = [
        _("{0}: {1} (longest stretch {2})").format(
            formats().weekday(d), format_duration(s), format_duration(longest)
        )
        for d, s, longest in sat
    ]
    most = max(sat, key=lambda day: day[1])
    return _("Seated {0} this week. {1}. Most on {2}.").format(
        format_duration(sum(s for _d, s, _l in sat)),
        formats().join(parts),
        formats().weekday(most[0]),
    )
