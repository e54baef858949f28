"""The HTML report: it tells the week against the one before, uses the one duration
format, and is built to read on a phone.

What is checked about the phone is the markup and the CSS, not a rendering:
no browser engine is available to the tests (Qt's QTextDocument ignores media
queries and grids, so rendering with it would prove nothing). The checks are
the ones a 375 px screen depends on: the device viewport, charts that scale
to the width, no fixed width over 375 px, and a table that below 640 px turns
into one labelled card per day (every cell carries its column's name).
"""

from __future__ import annotations

import dataclasses
import re
from html.parser import HTMLParser

from deskguard.core.review import review_week, streak_words, trend_words
from deskguard.core.stats import DaySummary, WeekSummary, iso_week_days
from deskguard.core.wording import format_duration
from deskguard.report import export
from deskguard.report.export import FORMATS, to_html

PHONE_PX = 375


def _day(day: str, **changes: object) -> DaySummary:
    base = DaySummary(
        day=day, seated_s=0.0, longest_bout_s=0.0, bouts_over_hour=0, breaks=0,
        walk_reminders=0, walk_reminders_missed=0, shift_reminders=0, shifts_prompted=0,
        shifts_own=0, posture_good_s=0.0, posture_poor_s=0.0, posture_unknown_s=0.0,
        posture_alerts=0, neck_flexion_mean_deg=None, neck_flexion_by_hour={},
        distance_median_cm=None, eyes_above_screen_top_cm=None, screen_advice=None,
    )  # fmt: skip
    return dataclasses.replace(base, **changes)


def _week(year: int, week: int, plan: dict[int, dict[str, object]]) -> WeekSummary:
    days = iso_week_days(year, week)
    return WeekSummary(
        f"{year}-W{week:02d}",
        "Europe/Berlin",
        tuple(_day(d.isoformat(), **plan.get(i, {})) for i, d in enumerate(days)),
    )


THIS = _week(
    2026,
    48,
    {
        0: {
            "seated_s": 3600.0,
            "longest_bout_s": 59 * 60.0,
            "walk_reminders": 2,
            "walk_reminders_missed": 1,
            "shifts_own": 11,
            "shifts_prompted": 2,
            "breaks": 2,
            "probable_breaks": 1,
            "posture_good_s": 3000.0,
            "posture_poor_s": 600.0,
        },
        1: {"seated_s": 7200.0, "longest_bout_s": 3600.0},
    },
)
BEFORE = _week(2026, 47, {2: {"seated_s": 1800.0, "longest_bout_s": 1800.0}})


class _Cells(HTMLParser):
    """The table's header names and, per row, each cell's data-label."""

    def __init__(self) -> None:
        super().__init__()
        self.headers: list[str] = []
        self.labels: list[list[str | None]] = []
        self._in_th = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "th":
            self._in_th = True
            self.headers.append("")
        elif tag == "tr":
            self.labels.append([])
        elif tag == "td":
            self.labels[-1].append(dict(attrs).get("data-label"))

    def handle_endtag(self, tag: str) -> None:
        if tag == "th":
            self._in_th = False

    def handle_data(self, data: str) -> None:
        if self._in_th:
            self.headers[-1] += data


def test_the_report_tells_the_week_against_the_one_before() -> None:
    page = to_html(THIS, BEFORE)
    review = review_week(THIS, BEFORE)
    assert "Against the week before" in page
    for sentence in [*trend_words(review), streak_words(review)]:
        assert sentence.replace("'", "&#x27;") in page
    assert "Walk reminders: 1 followed, 1 ignored." in page
    # Without the week before, nothing is invented.
    assert "Against the week before" not in to_html(THIS)


def test_the_report_writes_durations_in_the_one_format() -> None:
    page = to_html(THIS, BEFORE)
    assert f"<b>{format_duration(3 * 3600)}</b>" in page  # the week's seated time
    assert f">{format_duration(59 * 60)}<" in page  # Monday's longest stretch, 59 min
    assert f">{format_duration(3600)}<" in page  # Tuesday's, 1 h
    assert not re.search(r">\d+:\d\d<", page)  # no "1:00"-style durations left


def test_the_cells_say_what_they_count_in_words() -> None:
    page = to_html(THIS, BEFORE)
    assert ">11 on your own, 2 after a reminder<" in page
    assert ">1 followed, 1 ignored<" in page
    assert ">2 (+1 probable)<" in page


def test_the_report_is_built_for_a_phone() -> None:
    page = to_html(THIS, BEFORE)
    assert '<meta name="viewport" content="width=device-width, initial-scale=1">' in page
    css = re.search(r"<style>(.*)</style>", page, re.S)
    assert css is not None
    style = css.group(1)
    # Nothing is fixed wider than the phone (max-width caps are fine: they only shrink).
    for prop, px in re.findall(r"(?<![-\w])(width|min-width)\s*:\s*(\d+)px", style):
        assert int(px) <= PHONE_PX, (prop, px)
    assert re.search(r"svg\s*\{[^}]*width:\s*100%[^}]*height:\s*auto", style)
    phone = re.search(r"@media \(max-width: (\d+)px\) \{(.*)\n\}", style, re.S)
    assert phone is not None and int(phone.group(1)) >= PHONE_PX
    rules = phone.group(2)
    assert re.search(r"table, tbody, tr, td \{ display: block", rules)  # a card per day
    assert "td::before { content: attr(data-label)" in rules
    # The charts scale to the width: a viewBox and no fixed pixel size.
    for svg in re.findall(r"<svg[^>]*>", page):
        assert "viewBox" in svg and "width=" not in svg, svg
    # The table can also scroll sideways inside its box rather than widen the page.
    assert '<div class="table"><table>' in page and re.search(r"\.table \{ overflow-x: auto", style)
    cells = _Cells()
    cells.feed(page)
    rows = [r for r in cells.labels if r]
    assert len(rows) == 7
    for row in rows:
        assert row == cells.headers  # every figure is labelled with its column's name


def test_every_format_the_dialog_offers_is_written() -> None:
    assert set(FORMATS) == {"html", "csv", "json"}
    for fmt in FORMATS:
        assert callable(getattr(export, f"to_{fmt}"))
