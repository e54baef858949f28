"""Export a week of statistics as CSV, JSON or a self-contained HTML report.

The columns and the JSON schema are documented in docs/history.md. Files are
written to a temporary name in the same folder and renamed into place, so a
full disk or an interruption never leaves half a report behind. An export is
a document the user asked for: it gets the usual permissions (the umask's),
not the 0600 of DeskGuard's own data.

CSV and formula injection: a spreadsheet runs a cell that starts with ``=``,
``+``, ``-``, ``@``, a tab or a carriage return as a formula (OWASP "CSV
injection"). Such a *text* cell is written with a leading ``'``, which
spreadsheets show as text. Numbers are written as numbers, so a negative
figure such as ``-3.5`` (a camera below the screen top) stays a number. Rows
end in CRLF (RFC 4180), so a line break inside a cell is always quoted.
"""

from __future__ import annotations

import contextlib
import csv
import html
import io
import json
import os
import secrets
import stat
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

from deskguard.core.review import (
    reminder_words,
    review_week,
    streak_words,
    trend_words,
)
from deskguard.core.stats import DaySummary, WeekSummary
from deskguard.core.wording import format_duration

#: The formats :func:`export_week` writes, the reader's first.
FORMATS = ("html", "csv", "json")

#: (column, how to read it off a day). Meanings and units: docs/history.md.
CSV_COLUMNS: tuple[tuple[str, Callable[[DaySummary], object]], ...] = (
    ("day", lambda d: d.day),
    ("seated_min", lambda d: _min(d.seated_s)),
    ("longest_bout_min", lambda d: _min(d.longest_bout_s)),
    ("bouts_over_hour", lambda d: d.bouts_over_hour),
    ("breaks", lambda d: d.breaks),
    ("probable_breaks", lambda d: d.probable_breaks),
    ("walk_reminders", lambda d: d.walk_reminders),
    ("walk_reminders_missed", lambda d: d.walk_reminders_missed),
    ("shift_reminders", lambda d: d.shift_reminders),
    ("shifts_prompted", lambda d: d.shifts_prompted),
    ("shifts_own", lambda d: d.shifts_own),
    ("good_posture_min", lambda d: _min(d.posture_good_s)),
    ("poor_posture_min", lambda d: _min(d.posture_poor_s)),
    ("unknown_posture_min", lambda d: _min(d.posture_unknown_s)),
    ("posture_alerts", lambda d: d.posture_alerts),
    ("exercises", lambda d: d.exercises),
    ("exercises_confirmed", lambda d: d.exercises_confirmed),
    ("neck_flexion_mean_deg", lambda d: d.neck_flexion_mean_deg),
    ("distance_median_cm", lambda d: d.distance_median_cm),
    ("eyes_above_screen_top_cm", lambda d: d.eyes_above_screen_top_cm),
    ("screen_advice", lambda d: d.screen_advice),
)


def _min(seconds: float) -> float:
    return round(seconds / 60.0, 1)


#: A text cell starting with one of these would run as a formula in a spreadsheet.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def csv_cell(value: object) -> object:
    """``value`` as a CSV cell: None empty, numbers as they are, risky text behind a ``'``."""
    if value is None:
        return ""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def csv_text(header: Sequence[str], rows: Iterable[Sequence[object]]) -> str:
    """A CSV document of ``header`` and ``rows``, every cell through :func:`csv_cell`."""
    out = io.StringIO()
    # RFC 4180's CRLF: with a bare LF terminator Python 3.11 leaves a lone CR in a cell
    # unquoted, and a reader then splits the row there.
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow([csv_cell(name) for name in header])
    for row in rows:
        writer.writerow([csv_cell(v) for v in row])
    return out.getvalue()


def to_csv(week: WeekSummary) -> str:
    """One row per day of the week, Monday first."""
    return csv_text(
        [name for name, _ in CSV_COLUMNS],
        ([get(day) for _, get in CSV_COLUMNS] for day in week.days),
    )


def to_json(week: WeekSummary) -> str:
    """The ``deskguard-week/1`` document."""
    return json.dumps(week.to_json_dict(), indent=2) + "\n"


def write_atomically(path: Path, text: str) -> Path:
    """Write ``text`` to ``path`` via a temporary file in the same folder.

    Until the final rename ``path`` is untouched; on any failure (a full disk,
    an interruption) the temporary file is removed. The file gets the
    permissions new files get (the umask's).
    """
    data = text.encode("utf-8")  # fails, if at all, before any file exists
    fd, tmp = _create_temporary(path)  # no folder is created for a mistyped path
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        if os.path.lexists(path) and not stat.S_ISREG(os.lstat(path).st_mode):
            # Checked by the CLI too; again here, as the last moment before the rename.
            raise IsADirectoryError(f"{path}: not a regular file; not replaced")
        os.replace(tmp, path)
    finally:
        with contextlib.suppress(OSError):
            tmp.unlink(missing_ok=True)
    return path


def _create_temporary(path: Path) -> tuple[int, Path]:
    # Not mkstemp: its 0600 would make a report the user shares readable by them alone.
    for _ in range(100):
        tmp = path.with_name(f".{path.name}.{secrets.token_hex(4)}.tmp")
        try:
            flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
            return os.open(tmp, flags, 0o666), tmp
        except FileExistsError:
            continue
    raise FileExistsError(f"{path.parent}: no free temporary name for {path.name}")


# --- HTML -------------------------------------------------------------------------------

_CSS = """
:root { color-scheme: light dark; --fg:#1f2a2e; --bg:#fbfaf7; --muted:#64748b;
  --good:#2f8f6b; --poor:#d9822b; --unknown:#b8c2cc; --line:#e2e8f0; --accent:#2f6f5e; }
@media (prefers-color-scheme: dark) { :root { --fg:#e6ecef; --bg:#161b1e; --muted:#94a3b8;
  --line:#2b343a; --unknown:#4b5863; } }
* { box-sizing: border-box; }
body { font: 15px/1.5 system-ui, sans-serif; color: var(--fg); background: var(--bg);
  max-width: 920px; margin: 2rem auto; padding: 0 1rem; overflow-wrap: break-word; }
h1 { font-size: 1.6rem; margin-bottom: .2rem; } h2 { font-size: 1.15rem; margin-top: 2rem; }
.sub { color: var(--muted); margin-top: 0; }
.cards { display: grid; grid-template-columns: repeat(auto-fit, minmax(150px, 1fr)); gap: .8rem; }
.card { border: 1px solid var(--line); border-radius: 10px; padding: .8rem 1rem; min-width: 0; }
.card b { display: block; font-size: 1.35rem; }
.card span { color: var(--muted); font-size: .85rem; }
svg { display: block; width: 100%; height: auto; }
svg text { fill: var(--fg); font-size: 13px; }
.legend span { display: inline-block; margin-right: 1rem; }
.legend i { display: inline-block; width: .8rem; height: .8rem; border-radius: 2px;
  margin-right: .3rem; vertical-align: -1px; }
.story li { margin-bottom: .3rem; }
.table { overflow-x: auto; }
table { border-collapse: collapse; width: 100%; font-size: .9rem; }
th, td { text-align: right; padding: .35rem .5rem; border-bottom: 1px solid var(--line); }
th { font-weight: 600; color: var(--muted); font-size: .8rem; }
th:first-child, td:first-child { text-align: left; white-space: nowrap; }
@media (max-width: 640px) {
  body { margin: 1rem auto; padding: 0 .75rem; font-size: 14px; }
  .cards { grid-template-columns: repeat(2, minmax(0, 1fr)); gap: .5rem; }
  .card { padding: .6rem .7rem; }
  svg text { font-size: 28px; }
  /* The table becomes one card per day: a label and its figure on each line. */
  table, tbody, tr, td { display: block; width: 100%; }
  thead { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
  tr { border: 1px solid var(--line); border-radius: 10px; margin-bottom: .7rem;
    padding: .3rem .7rem; }
  td { display: flex; justify-content: space-between; gap: 1rem; border: 0;
    padding: .2rem 0; text-align: right; white-space: normal; }
  td::before { content: attr(data-label); color: var(--muted); text-align: left; }
  td:first-child { font-weight: 600; white-space: normal; }
  td:first-child::before { content: none; }
}
"""


def _duration_or_dash(seconds: float) -> str:
    """A table cell's duration ("—" for none), in the one format of every duration."""
    return "—" if seconds <= 0 else format_duration(seconds)


def _or_dash(value: float | None, unit: str) -> str:
    return "—" if value is None else f"{value:.0f} {unit}"


def _breaks(d: DaySummary) -> str:
    return f"{d.breaks} (+{d.probable_breaks} probable)" if d.probable_breaks else str(d.breaks)


def _walks(d: DaySummary) -> str:
    if not d.walk_reminders:
        return "none"
    followed = d.walk_reminders - d.walk_reminders_missed
    return f"{followed} followed, {d.walk_reminders_missed} ignored"


def _shifts(d: DaySummary) -> str:
    return f"{d.shifts_own} on your own, {d.shifts_prompted} after a reminder"


def _exercises(d: DaySummary) -> str:
    if not d.exercises:
        return "none"
    return f"{d.exercises} ({d.exercises_confirmed} confirmed by the camera)"


#: The report's table: friendlier than the CSV, same figures.
_TABLE: tuple[tuple[str, Callable[[DaySummary], str]], ...] = (
    ("Day", lambda d: _weekday(d.day)),
    ("Seated", lambda d: _duration_or_dash(d.seated_s)),
    ("Longest stretch", lambda d: _duration_or_dash(d.longest_bout_s)),
    ("Stretches of 1 h or more", lambda d: str(d.bouts_over_hour)),
    ("Breaks", _breaks),
    ("Walk reminders", _walks),
    ("Changes of position", _shifts),
    ("Exercises", _exercises),
    ("Good posture", lambda d: _duration_or_dash(d.posture_good_s)),
    ("Poor posture", lambda d: _duration_or_dash(d.posture_poor_s)),
    ("Posture alerts", lambda d: str(d.posture_alerts)),
    ("Neck past neutral", lambda d: _or_dash(d.neck_flexion_mean_deg, "°").replace(" °", "°")),
    ("Distance", lambda d: _or_dash(d.distance_median_cm, "cm")),
)


def _bars(week: WeekSummary) -> str:
    """Stacked bars of seated time per day: good, poor, unknown posture."""
    width, height, left, bottom = 860, 260, 70, 44
    top_s = max((d.seated_s for d in week.days), default=0.0)
    scale_s = max(3600.0, (int(top_s // 3600) + 1) * 3600.0)
    plot_h = height - bottom - 10
    slot = (width - left) / 7
    parts = [
        f'<svg viewBox="0 0 {width} {height}" role="img" aria-labelledby="bars-t bars-d">',
        '<title id="bars-t">Seated time per day</title>',
        '<desc id="bars-d">Hours seated each day: good, poor and unjudged posture.</desc>',
    ]
    for hour in range(0, int(scale_s // 3600) + 1):
        grid_y = height - bottom - plot_h * hour * 3600 / scale_s
        parts.append(
            f'<line x1="{left}" x2="{width}" y1="{grid_y:.1f}" y2="{grid_y:.1f}" '
            'stroke="var(--line)"/>'
            f'<text x="{left - 8}" y="{grid_y + 4:.1f}" text-anchor="end">{hour} h</text>'
        )
    for i, d in enumerate(week.days):
        x = left + i * slot + slot * 0.2
        w = slot * 0.6
        y: float = height - bottom
        for seconds, colour, label in (
            (d.posture_good_s, "var(--good)", "good"),
            (d.posture_poor_s, "var(--poor)", "poor"),
            (d.posture_unknown_s, "var(--unknown)", "not judged"),
        ):
            bar_h = plot_h * seconds / scale_s
            y -= bar_h
            if bar_h > 0:
                parts.append(
                    f'<rect x="{x:.1f}" y="{y:.1f}" width="{w:.1f}" height="{bar_h:.1f}" rx="3" '
                    f'fill="{colour}"><title>{d.day}: {format_duration(seconds)} {label}'
                    "</title></rect>"
                )
        name = _weekday(d.day)
        parts.append(
            f'<text x="{x + w / 2:.1f}" y="{height - 10}" text-anchor="middle">{name}</text>'
        )
    parts.append("</svg>")
    return "".join(parts)


def _bout_chart(week: WeekSummary) -> str:
    """Longest stretch seated per day against the one-hour line."""
    width, height, left, bottom = 860, 200, 70, 44
    top = max([d.longest_bout_s for d in week.days] + [5400.0])
    plot_h = height - bottom - 10
    slot = (width - left) / 7
    parts = [
        f'<svg viewBox="0 0 {width} {height}" role="img" aria-labelledby="bout-t">',
        '<title id="bout-t">Longest stretch seated per day; the dashed line is one hour</title>',
    ]
    hour_y = height - bottom - plot_h * 3600 / top
    parts.append(
        f'<line x1="{left}" x2="{width}" y1="{hour_y:.1f}" y2="{hour_y:.1f}" '
        'stroke="var(--poor)" stroke-dasharray="6 4"/>'
        f'<text x="{left - 8}" y="{hour_y + 4:.1f}" text-anchor="end">1 h</text>'
    )
    for i, d in enumerate(week.days):
        x = left + i * slot + slot * 0.3
        w = slot * 0.4
        h = plot_h * d.longest_bout_s / top
        colour = "var(--poor)" if d.longest_bout_s >= 3600 else "var(--accent)"
        parts.append(
            f'<rect x="{x:.1f}" y="{height - bottom - h:.1f}" width="{w:.1f}" height="{h:.1f}" '
            f'rx="3" fill="{colour}"><title>{d.day}: {format_duration(d.longest_bout_s)}'
            "</title></rect>"
            f'<text x="{x + w / 2:.1f}" y="{height - 10}" text-anchor="middle">'
            f"{_weekday(d.day)}</text>"
        )
    parts.append("</svg>")
    return "".join(parts)


def _weekday(day: str) -> str:
    from datetime import date

    return date.fromisoformat(day).strftime("%a %d")


def _story(week: WeekSummary, previous: WeekSummary | None) -> str:
    """The week against the one before, in sentences (nothing without the week before)."""
    if previous is None:
        return ""
    review = review_week(week, previous)
    items = [*trend_words(review), reminder_words(review), streak_words(review)]
    lis = "".join(f"<li>{html.escape(t)}</li>" for t in items)
    return f'<h2>Against the week before</h2>\n<ul class="story">{lis}</ul>\n'


def to_html(week: WeekSummary, previous: WeekSummary | None = None) -> str:
    """A report a person would rather look at than read: cards, two charts, the table.

    With ``previous`` (the week before), the week is also told against it:
    the trend, the reminders followed and ignored, the streak of days with no
    stretch over two hours. It reads on a phone: the viewport is the
    device's, the charts scale to the width, and below 640 px the table turns
    into one card per day (each figure labelled by its column).
    """
    t = week.totals()
    good, poor = t["posture_good_s"], t["posture_poor_s"]
    judged = good + poor
    good_share = f"{100 * good / judged:.0f} %" if judged else "not judged"
    neck = t["neck_flexion_mean_deg"]
    cards = [
        (format_duration(t["seated_s"]), "seated this week"),
        (format_duration(t["longest_bout_s"]), "longest stretch seated"),
        (str(t["bouts_over_hour"]), "stretches of an hour or more"),
        (str(t["breaks"]), "breaks away from the desk"),
        (good_share, "of judged time in good posture"),
        (
            "—" if neck is None else f"{abs(neck) if round(neck) == 0 else neck:.0f}°",
            "neck bent past your calibrated neutral, on average",
        ),
    ]
    card_html = "".join(
        f'<div class="card"><b>{html.escape(v)}</b><span>{html.escape(k)}</span></div>'
        for v, k in cards
    )
    head = "".join(f'<th scope="col">{html.escape(name)}</th>' for name, _ in _TABLE)
    rows = "".join(
        "<tr>"
        + "".join(
            f'<td data-label="{html.escape(name)}">{html.escape(get(d))}</td>'
            for name, get in _TABLE
        )
        + "</tr>"
        for d in week.days
    )
    advice = [d.screen_advice for d in week.days if d.screen_advice]
    advice_text = (
        f"Screen height: {html.escape(advice[-1])}." if advice else "No screen-height advice."
    )
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>DeskGuard week {html.escape(week.week)}</title><style>{_CSS}</style></head>
<body>
<h1>Your sitting week, {html.escape(week.week)}</h1>
<p class="sub">Local time ({html.escape(week.tz)}). Made by DeskGuard on this computer;
nothing in it left the machine.</p>
<section class="cards">{card_html}</section>
<h2>Seated time and posture</h2>
<p class="legend"><span><i style="background:var(--good)"></i>good posture</span>
<span><i style="background:var(--poor)"></i>poor posture</span>
<span><i style="background:var(--unknown)"></i>not judged</span></p>
{_bars(week)}
<h2>Longest stretch seated each day</h2>
{_bout_chart(week)}
<p>{advice_text}</p>
{_story(week, previous)}<h2>Day by day</h2>
<div class="table"><table><thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table></div>
</body></html>
"""


def export_week(
    week: WeekSummary, fmt: str, path: Path, *, previous: WeekSummary | None = None
) -> Path:
    """Write ``week`` as ``fmt`` (one of :data:`FORMATS`) to ``path``.

    ``previous`` (the week before) adds the trend to the HTML report; the CSV
    and JSON hold the week's own figures only.
    """
    if fmt == "html":
        return write_atomically(path, to_html(week, previous))
    render = {"csv": to_csv, "json": to_json}[fmt]
    return write_atomically(path, render(week))
