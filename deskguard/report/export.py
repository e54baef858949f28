"""Export a week of statistics as CSV, JSON or a self-contained HTML report.

The columns and the JSON schema are documented in docs/history.md. Files are
written to a temporary name in the same folder and renamed into place, so a
full disk or an interruption never leaves half a report behind. An export is
a document the user asked for: it gets the usual permissions (the umask's),
not the 0600 of DeskGuard's own data.

An export never replaces a database (a file that starts with SQLite's
header, or the write-ahead log or journal beside one), the history it was
read from, a file in DeskGuard's own data or settings folder, or a file the
user may not write: a rename would replace even a
read-only file, and a mistyped ``--out`` once replaced the whole history
with a week's CSV. Those are refused (:func:`refusal`) before anything is
written, and again just before the rename.

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
import sys
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

from deskguard import paths
from deskguard.core.i18n import _, formats
from deskguard.core.review import (
    reminder_words,
    review_week,
    screen_advice_words,
    sense_words,
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
    ("walk_reminders_done", lambda d: d.walk_reminders_done),
    ("shift_reminders", lambda d: d.shift_reminders),
    ("shifts_prompted", lambda d: d.shifts_prompted),
    ("shifts_own", lambda d: d.shifts_own),
    ("good_posture_min", lambda d: _min(d.posture_good_s)),
    ("poor_posture_min", lambda d: _min(d.posture_poor_s)),
    ("unknown_posture_min", lambda d: _min(d.posture_unknown_s)),
    ("posture_alerts", lambda d: d.posture_alerts),
    ("exercises", lambda d: d.exercises),
    ("exercises_confirmed", lambda d: d.exercises_confirmed),
    ("seated_by_camera_min", lambda d: _min(d.seated_by_camera_s)),
    ("seated_by_activity_min", lambda d: _min(d.seated_by_activity_s)),
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


class RefusedTargetError(OSError):
    """An export target that is not replaced: a database, the history, or a read-only file."""


#: The first 16 bytes of every SQLite database file.
SQLITE_HEADER = b"SQLite format 3\x00"
#: The first 4 bytes of a SQLite write-ahead log (big- or little-endian checksums).
_WAL_MAGICS = (b"\x37\x7f\x06\x82", b"\x37\x7f\x06\x83")
#: The files SQLite keeps beside a database, by the suffix of their name.
_SIDE_FILES = ("-wal", "-shm", "-journal")


def refusal(path: Path, protected: Iterable[Path] = ()) -> str | None:
    """Why an export must not replace ``path``, or None if it may.

    ``protected``: databases in use (the history being exported); they and
    their side files are refused whether or not those exist yet.
    """
    for database in protected:
        for suffix in ("", *_SIDE_FILES):
            if _same_file(path, database.with_name(database.name + suffix)):
                side = f"the {suffix[1:]} file of " if suffix else ""
                return (
                    f"this is {side}the history DeskGuard reads ({database}); an export "
                    "never replaces it: choose another file name"
                )
    try:
        st = os.lstat(path)
    except FileNotFoundError:
        return None  # a new file
    except OSError as exc:
        return f"cannot be checked ({exc.strerror or exc})"
    for folder in (paths.data_dir(), paths.config_dir()):
        if _inside(path, folder):
            return (
                f"this is one of DeskGuard's own files (in {folder}: its history, settings, "
                "models or log); an export never replaces them: choose another file name"
            )
    if not stat.S_ISREG(st.st_mode):
        return "not a regular file; an export never replaces a folder, link or device"
    kind = _database_kind(path)
    if kind:
        return (
            f"this is {kind}; an export never replaces a database (it may be a history): "
            "choose another file name"
        )
    if not _writable(path, st):
        mode = stat.S_IMODE(st.st_mode)
        state = "read-only" if not mode & 0o222 else "not writable for you"
        return (
            f"the file is {state} (mode {mode:04o}); an export never replaces a file you "
            "may not write: choose another name, or make it writable first"
        )
    return None


def _same_file(a: Path, b: Path) -> bool:
    """The same file: one inode (a hard link too), or one resolved path if either is missing."""
    try:
        return os.path.samefile(a, b)
    except OSError:
        pass
    try:
        return a.resolve() == b.resolve()
    except (OSError, RuntimeError):  # a loop of links is neither
        return False


def _inside(path: Path, folder: Path) -> bool:
    try:
        return path.resolve().is_relative_to(folder.resolve())
    except (OSError, RuntimeError):  # a loop of links
        return False


def _database_kind(path: Path) -> str | None:
    """What kind of SQLite file ``path`` is (a database, its log or journal), or None."""
    head = _head(path, len(SQLITE_HEADER))
    if head == SQLITE_HEADER:
        return "a SQLite database"
    if head[:4] in _WAL_MAGICS:
        return "a SQLite write-ahead log"
    for suffix in _SIDE_FILES:
        if path.name.endswith(suffix) and len(path.name) > len(suffix):
            owner = path.with_name(path.name[: -len(suffix)])
            if _head(owner, len(SQLITE_HEADER)) == SQLITE_HEADER:
                return f"the {suffix[1:]} file of the SQLite database {owner.name}"
    return None


def _head(path: Path, size: int) -> bytes:
    """The first ``size`` bytes of a regular file (b"" if it cannot be read)."""
    try:
        # O_NONBLOCK: a FIFO put there since the check must not block the export.
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    except OSError:
        return b""
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            return b""
        return os.read(fd, size)
    except OSError:
        return b""
    finally:
        os.close(fd)


def _writable(path: Path, st: os.stat_result) -> bool:
    """Whether the user may write ``path``: its mode bits say so, and the system agrees.

    The mode bits are read here, not only asked of ``os.access``: root may
    write anything, but a file made read-only says "keep this", to root too.
    """
    if sys.platform == "win32":
        return bool(st.st_mode & stat.S_IWRITE)
    uid = os.geteuid()
    if st.st_uid == uid:
        bit = stat.S_IWUSR
    elif st.st_gid == os.getegid() or st.st_gid in os.getgroups():
        bit = stat.S_IWGRP
    else:
        bit = stat.S_IWOTH
    return bool(st.st_mode & bit) and os.access(path, os.W_OK)


def write_atomically(path: Path, text: str, *, protected: Iterable[Path] = ()) -> Path:
    """Write ``text`` to ``path`` via a temporary file in the same folder.

    Until the final rename ``path`` is untouched; on any failure (a full disk,
    an interruption) the temporary file is removed. The file gets the
    permissions new files get (the umask's). A ``path`` that :func:`refusal`
    refuses (``protected`` as there) raises ``RefusedTargetError``, before
    anything is written and again just before the rename.
    """
    protected = tuple(protected)
    _refuse(path, protected)
    data = text.encode("utf-8")  # fails, if at all, before any file exists
    fd, tmp = _create_temporary(path)  # no folder is created for a mistyped path
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        _refuse(path, protected)  # the last moment before the rename
        os.replace(tmp, path)
    finally:
        with contextlib.suppress(OSError):
            tmp.unlink(missing_ok=True)
    return path


def _refuse(path: Path, protected: Iterable[Path]) -> None:
    why = refusal(path, protected)
    if why is not None:
        raise RefusedTargetError(f"{path}: {why}; not replaced")


def _create_temporary(path: Path) -> tuple[int, Path]:
    # Not mkstemp: its 0600 would make a report the user shares readable by them alone.
    for _attempt in range(100):
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


def _number(n: int) -> str:
    return formats().integer(n)


def _degrees(value: float | None) -> str:
    return "—" if value is None else _("{0}°").format(_number(round(value)))


def _centimetres(value: float | None) -> str:
    return "—" if value is None else _("{0} cm").format(_number(round(value)))


def _seated(d: DaySummary) -> str:
    """The day's seated time, and how much of it keyboard and mouse vouched for."""
    sense = sense_words(d.seated_by_camera_s, d.seated_by_activity_s)
    seated = _duration_or_dash(d.seated_s)
    return f"{seated} ({sense})" if sense else seated


def _breaks(d: DaySummary) -> str:
    if not d.probable_breaks:
        return _number(d.breaks)
    return _("{0} (+{1} probable)").format(_number(d.breaks), _number(d.probable_breaks))


def _walks(d: DaySummary) -> str:
    if not d.walk_reminders:
        return _("none")
    followed = d.walk_reminders - d.walk_reminders_missed
    if d.walk_reminders_done:
        return _("{0} followed, {1} marked done, {2} ignored").format(
            _number(followed),
            _number(d.walk_reminders_done),
            _number(d.walk_reminders_missed - d.walk_reminders_done),
        )
    return _("{0} followed, {1} ignored").format(
        _number(followed), _number(d.walk_reminders_missed)
    )


def _shifts(d: DaySummary) -> str:
    return _("{0} on your own, {1} after a reminder").format(
        _number(d.shifts_own), _number(d.shifts_prompted)
    )


def _exercises(d: DaySummary) -> str:
    if not d.exercises:
        return _("none")
    return _("{0} ({1} confirmed by the camera)").format(
        _number(d.exercises), _number(d.exercises_confirmed)
    )


def _table() -> tuple[tuple[str, Callable[[DaySummary], str]], ...]:
    """The report's table: friendlier than the CSV, same figures (in the user's words)."""
    return (
        (_("Day"), lambda d: _weekday(d.day)),
        (_("Seated"), _seated),
        (_("Longest stretch"), lambda d: _duration_or_dash(d.longest_bout_s)),
        (_("Stretches of 1 h or more"), lambda d: _number(d.bouts_over_hour)),
        (_("Breaks"), _breaks),
        (_("Walk reminders"), _walks),
        (_("Changes of position"), _shifts),
        (_("Exercises"), _exercises),
        (_("Good posture"), lambda d: _duration_or_dash(d.posture_good_s)),
        (_("Poor posture"), lambda d: _duration_or_dash(d.posture_poor_s)),
        (_("Posture alerts"), lambda d: _number(d.posture_alerts)),
        (_("Neck past neutral"), lambda d: _degrees(d.neck_flexion_mean_deg)),
        (_("Distance"), lambda d: _centimetres(d.distance_median_cm)),
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
        f'<title id="bars-t">{html.escape(_("Seated time per day"))}</title>',
        '<desc id="bars-d">'
        + html.escape(_("Hours seated each day: good, poor and unjudged posture."))
        + "</desc>",
    ]
    for hour in range(0, int(scale_s // 3600) + 1):
        grid_y = height - bottom - plot_h * hour * 3600 / scale_s
        parts.append(
            f'<line x1="{left}" x2="{width}" y1="{grid_y:.1f}" y2="{grid_y:.1f}" '
            'stroke="var(--line)"/>'
            f'<text x="{left - 8}" y="{grid_y + 4:.1f}" text-anchor="end">'
            f"{html.escape(format_duration(hour * 3600) if hour else '0')}</text>"
        )
    for i, d in enumerate(week.days):
        x = left + i * slot + slot * 0.2
        w = slot * 0.6
        y: float = height - bottom
        for seconds, colour, label in (
            (d.posture_good_s, "var(--good)", _("good")),
            (d.posture_poor_s, "var(--poor)", _("poor")),
            (d.posture_unknown_s, "var(--unknown)", _("not judged")),
        ):
            bar_h = plot_h * seconds / scale_s
            y -= bar_h
            if bar_h > 0:
                parts.append(
                    f'<rect x="{x:.1f}" y="{y:.1f}" width="{w:.1f}" height="{bar_h:.1f}" rx="3" '
                    f'fill="{colour}"><title>{html.escape(_weekday(d.day))}: '
                    f"{html.escape(format_duration(seconds))} {html.escape(label)}</title></rect>"
                )
        name = _weekday(d.day)
        parts.append(
            f'<text x="{x + w / 2:.1f}" y="{height - 10}" text-anchor="middle">'
            f"{html.escape(name)}</text>"
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
        '<title id="bout-t">'
        + html.escape(_("Longest stretch seated per day; the dashed line is one hour"))
        + "</title>",
    ]
    hour_y = height - bottom - plot_h * 3600 / top
    parts.append(
        f'<line x1="{left}" x2="{width}" y1="{hour_y:.1f}" y2="{hour_y:.1f}" '
        'stroke="var(--poor)" stroke-dasharray="6 4"/>'
        f'<text x="{left - 8}" y="{hour_y + 4:.1f}" text-anchor="end">'
        f"{html.escape(format_duration(3600))}</text>"
    )
    for i, d in enumerate(week.days):
        x = left + i * slot + slot * 0.3
        w = slot * 0.4
        h = plot_h * d.longest_bout_s / top
        colour = "var(--poor)" if d.longest_bout_s >= 3600 else "var(--accent)"
        parts.append(
            f'<rect x="{x:.1f}" y="{height - bottom - h:.1f}" width="{w:.1f}" height="{h:.1f}" '
            f'rx="3" fill="{colour}"><title>{html.escape(_weekday(d.day))}: '
            f"{html.escape(format_duration(d.longest_bout_s))}</title></rect>"
            f'<text x="{x + w / 2:.1f}" y="{height - 10}" text-anchor="middle">'
            f"{html.escape(_weekday(d.day))}</text>"
        )
    parts.append("</svg>")
    return "".join(parts)


def _weekday(day: str) -> str:
    from datetime import date

    return formats().weekday_and_day(date.fromisoformat(day))


def _story(week: WeekSummary, previous: WeekSummary | None) -> str:
    """The week against the one before, in sentences (nothing without the week before)."""
    if previous is None:
        return ""
    review = review_week(week, previous)
    items = [*trend_words(review), reminder_words(review), streak_words(review)]
    lis = "".join(f"<li>{html.escape(t)}</li>" for t in items)
    title = html.escape(_("Against the week before"))
    return f'<h2>{title}</h2>\n<ul class="story">{lis}</ul>\n'


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
    good_share = formats().percent(100 * good / judged) if judged else _("not judged")
    neck = t["neck_flexion_mean_deg"]
    cards = [
        (format_duration(t["seated_s"]), _("seated this week")),
        (format_duration(t["longest_bout_s"]), _("longest stretch seated")),
        (_number(t["bouts_over_hour"]), _("stretches of an hour or more")),
        (_number(t["breaks"]), _("breaks away from the desk")),
        (good_share, _("of judged time in good posture")),
        (
            _degrees(None if neck is None else abs(neck) if round(neck) == 0 else neck),
            _("neck bent past your calibrated neutral, on average"),
        ),
    ]
    card_html = "".join(
        f'<div class="card"><b>{html.escape(v)}</b><span>{html.escape(k)}</span></div>'
        for v, k in cards
    )
    table = _table()
    head = "".join(f'<th scope="col">{html.escape(name)}</th>' for name, _get in table)
    rows = "".join(
        "<tr>"
        + "".join(
            f'<td data-label="{html.escape(name)}">{html.escape(get(d))}</td>'
            for name, get in table
        )
        + "</tr>"
        for d in week.days
    )
    advice = [d.screen_advice for d in week.days if d.screen_advice]
    advice_text = (
        _("Screen height: {0}.").format(screen_advice_words(advice[-1]))
        if advice
        else _("No screen-height advice.")
    )
    sub = _(
        "Local time ({0}). Made by DeskGuard on this computer; nothing in it left the machine."
    ).format(week.tz)
    e = html.escape
    return f"""<!doctype html>
<html lang="{e(formats().language)}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{e(_("DeskGuard week {0}").format(week.week))}</title><style>{_CSS}</style></head>
<body>
<h1>{e(_("Your sitting week, {0}").format(week.week))}</h1>
<p class="sub">{e(sub)}</p>
<section class="cards">{card_html}</section>
<h2>{e(_("Seated time and posture"))}</h2>
<p class="legend"><span><i style="background:var(--good)"></i>{e(_("good posture"))}</span>
<span><i style="background:var(--poor)"></i>{e(_("poor posture"))}</span>
<span><i style="background:var(--unknown)"></i>{e(_("not judged"))}</span></p>
{_bars(week)}
<h2>{e(_("Longest stretch seated each day"))}</h2>
{_bout_chart(week)}
<p>{e(advice_text)}</p>
{_story(week, previous)}<h2>{e(_("Day by day"))}</h2>
<div class="table"><table><thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table></div>
</body></html>
"""


def export_week(
    week: WeekSummary,
    fmt: str,
    path: Path,
    *,
    previous: WeekSummary | None = None,
    protected: Iterable[Path] = (),
) -> Path:
    """Write ``week`` as ``fmt`` (one of :data:`FORMATS`) to ``path``.

    ``previous`` (the week before) adds the trend to the HTML report; the CSV
    and JSON hold the week's own figures only. ``protected``: the history the
    week was read from, never replaced (see :func:`refusal`).
    """
    if fmt == "html":
        return write_atomically(path, to_html(week, previous), protected=protected)
    render = {"csv": to_csv, "json": to_json}[fmt]
    return write_atomically(path, render(week), protected=protected)
