"""The daily dashboard: a day at a glance, its timeline and neck angle, and the week.

The day's two charts share one time axis (same span, same hour ticks, and
their plot areas lined up to the pixel), so a slump on the neck chart sits
under the quarter hour it happened in. Locks, sleeps, calls and pauses are
drawn as labelled bands (``core.review.day_periods``), not as sitting. The
neck chart is read against the calibrated neutral, with the fine / watch /
strain bands of the engine's own alert thresholds (``core.review.neck_bands``).
The week tab goes from week to week (never past the current one) and tells
the week against the one before (``core.review.review_week``).

Charts are Qt Charts, loaded when the window is first shown (not when this
module is imported) and freed when it is closed: their views and charts are
made in ``showEvent`` and deleted in ``closeEvent``, so a dashboard closed
and kept by the app holds only its labels. The window reads the history
through its own connection and refreshes itself once a minute while it is
open.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import sys
from datetime import date, datetime, time, tzinfo
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, QPointF, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QGuiApplication, QKeyEvent, QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QApplication,
    QDateEdit,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from deskguard.core.chart_summary import neck_summary, timeline_summary, week_summary
from deskguard.core.clock import Clock, SystemClock
from deskguard.core.i18n import formats
from deskguard.core.review import (
    STREAK_MAX_STRETCH_S,
    NeckBands,
    Period,
    PeriodKind,
    WeekReview,
    breaks_words,
    can_go_forward,
    day_periods,
    exercise_words,
    neck_bands,
    neck_words,
    period_name,
    reminder_words,
    review_week,
    screen_advice_words,
    sense_words,
    shift_week,
    shifts_words,
    streak_words,
    trend_words,
    walk_words,
    week_of,
    zone_name,
)
from deskguard.core.settings import Sensing, Settings
from deskguard.core.stats import (
    DaySummary,
    MinuteRow,
    WeekSummary,
    day_bounds_utc,
    iso_week_days,
)
from deskguard.core.wording import format_duration
from deskguard.storage.history import HistoryStore
from deskguard.ui.tray import tr

if TYPE_CHECKING:
    from PySide6.QtCharts import QAbstractSeries, QAreaSeries, QCategoryAxis, QChart, QChartView

GOOD, POOR, UNKNOWN = "#2f8f6b", "#d9822b", "#9aa5b1"
#: Seated minutes only keyboard and mouse vouched for (no camera, no posture).
BY_ACTIVITY = "#6f86c6"
#: Band colours: the periods of the day, the neck zones (drawn translucent).
PERIOD_COLOURS = {
    PeriodKind.LOCKED: "#7b5ea7",
    PeriodKind.CALL: "#2f7fd1",
    PeriodKind.PAUSED: "#5f6b7a",
}
FINE, WATCH, STRAIN = "#2f8f6b", "#e0b43a", "#c8553d"
BAND_ALPHA = 60
#: The day shown at least from 08:00 to 18:00, widened to whatever was recorded.
DAY_FIRST_H, DAY_LAST_H = 8.0, 18.0
#: The neck chart's range, degrees past neutral.
NECK_MIN_DEG, NECK_MAX_DEG = -10.0, 40.0


def _dark() -> bool:
    palette = QApplication.palette()
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def _chart(title: str) -> QChart:
    from PySide6.QtCharts import QChart

    chart = QChart()
    chart.setTitle(title)
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    chart.setTheme(
        QChart.ChartTheme.ChartThemeDark if _dark() else QChart.ChartTheme.ChartThemeLight
    )
    chart.setBackgroundRoundness(8)
    chart.layout().setContentsMargins(0, 0, 0, 0)
    return chart


def _translucent(colour: str, alpha: int = BAND_ALPHA) -> QColor:
    c = QColor(colour)
    c.setAlpha(alpha)
    return c


def _band(
    chart: QChart, name: str, x0: float, x1: float, y0: float, y1: float, colour: QColor
) -> QAreaSeries:
    """A filled rectangle series from (x0, y0) to (x1, y1), named for the legend."""
    from PySide6.QtCharts import QAreaSeries, QLineSeries

    top, bottom = QLineSeries(chart), QLineSeries(chart)
    top.append(x0, y1)
    top.append(x1, y1)
    bottom.append(x0, y0)
    bottom.append(x1, y0)
    area = QAreaSeries(top, bottom)
    area.setName(name)
    area.setColor(colour)
    area.setBorderColor(colour)
    return area


class Card(QFrame):
    """A figure with its caption, in plain words."""

    def __init__(self, name: str) -> None:
        """An empty card; ``set`` fills it. ``name`` is what a screen reader calls it."""
        super().__init__()
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.setSpacing(2)
        self.value = QLabel("—")
        font = self.value.font()
        font.setPointSizeF(font.pointSizeF() * 1.45)
        font.setBold(True)
        self.value.setFont(font)
        self.caption = QLabel()
        self.caption.setWordWrap(True)
        layout.addWidget(self.value)
        layout.addWidget(self.caption)
        self.setAccessibleName(name)

    def set(self, value: str, caption: str) -> None:
        """Show ``value`` over ``caption``."""
        self.value.setText(value)
        self.caption.setText(caption)
        self.setAccessibleDescription(f"{value}, {caption}")

    def text(self) -> str:
        """What the card says, as one line."""
        return f"{self.value.text()} — {self.caption.text()}"


def _set_chart(view: QChartView, chart: QChart) -> None:
    """Show ``chart`` in ``view`` and delete the chart it replaces.

    ``QChartView.setChart`` hands the previous chart back to the caller
    instead of deleting it, and nothing on the Python side holds it: left
    alone, every refresh (once a minute while open) would leak the charts.
    """
    _follow_palette(chart)
    previous = view.chart()
    view.setChart(chart)
    if previous is not None:
        previous.deleteLater()


def _follow_palette(chart: QChart) -> None:
    """The system palette's background and text colours on ``chart`` (a dark or light theme).

    Qt Charts' own themes have fixed colours of their own: a dark desktop
    theme would get a grey chart whose words are not those of the window.
    """
    palette = QApplication.palette()
    text = palette.color(QPalette.ColorRole.WindowText)
    grid = QColor(text)
    grid.setAlpha(60)  # faint lines behind the data
    chart.setBackgroundBrush(palette.color(QPalette.ColorRole.Base))
    chart.setTitleBrush(text)
    chart.legend().setLabelColor(text)
    for axis in chart.axes():
        axis.setLabelsBrush(text)
        axis.setTitleBrush(text)
        axis.setLinePenColor(grid)
        axis.setGridLineColor(grid)


def _return_freed_memory() -> None:
    """Hand the heap pages freed by the closed charts back to the system (glibc only)."""
    if not sys.platform.startswith("linux"):
        return
    name = ctypes.util.find_library("c")
    try:
        libc = ctypes.CDLL(name) if name else None
        trim = getattr(libc, "malloc_trim", None)
    except OSError:
        trim = None
    if trim is not None:
        trim(0)


class Dashboard(QWidget):
    """Today (or a picked day) and a week.

    ``closed`` is emitted when the window is closed (its close button,
    ``close()``); by then its charts are freed. An owner that does not keep
    the window between openings sets ``WA_DeleteOnClose`` and drops its
    reference on ``closed``.
    """

    closed = Signal()

    def __init__(
        self,
        store: HistoryStore,
        tz: tzinfo,
        *,
        today: date | None = None,
        settings: Settings | None = None,
        clock: Clock | None = None,
    ) -> None:
        """Build the window for ``store``; shows ``today`` (default: the clock's local date).

        ``settings``: the sensitivity (the neck bands) and the desk set-up
        (is it calibrated?); ``clock``: what "today" and "now" are.
        """
        super().__init__()
        self.store = store
        self.tz = tz
        self.settings = settings or Settings()
        self.clock: Clock = clock or SystemClock()
        self.setWindowTitle(tr("DeskGuard — your day"))
        self.setAccessibleName(tr("DeskGuard dashboard"))
        self._fit_to_screen()
        day = today or self._today()

        top = QHBoxLayout()
        self.prev_button = QPushButton(tr("◀ &Previous day"))
        self.next_button = QPushButton(tr("&Next day ▶"))
        self.day_edit = QDateEdit(QDate(day.year, day.month, day.day))
        self.day_edit.setCalendarPopup(True)
        self.day_edit.setAccessibleName(tr("Day shown"))
        self.day_edit.setAccessibleDescription(tr("The day the cards and the charts show"))
        self.today_button = QPushButton(tr("&Today"))
        for w in (self.prev_button, self.day_edit, self.next_button, self.today_button):
            top.addWidget(w)
        top.addStretch(1)
        # Bound methods, not lambdas: a lambda holding ``self`` in a connection
        # keeps the Python object alive after the window is deleted.
        self.prev_button.clicked.connect(self._previous_day)
        self.next_button.clicked.connect(self._next_day)
        self.today_button.clicked.connect(self._to_today)
        self.day_edit.dateChanged.connect(self._day_changed)

        cards = QGridLayout()
        cards.setSpacing(6)
        self.cards = {
            "seated": Card(tr("Time seated")),
            "longest": Card(tr("Longest stretch")),
            "breaks": Card(tr("Breaks")),
            "reminders": Card(tr("Walk reminders")),
            "shifts": Card(tr("Changes of position")),
            "posture": Card(tr("Posture")),
        }
        for i, card in enumerate(self.cards.values()):
            cards.addWidget(card, i // 3, i % 3)

        self.advice = QLabel()
        self.advice.setWordWrap(True)
        self.advice.setAccessibleName(tr("Advice"))

        # The chart views are made when the window is shown, freed when closed.
        self.timeline_view: QChartView | None = None
        self.neck_view: QChartView | None = None
        self.week_view: QChartView | None = None
        tabs = QTabWidget()
        day_tab, week_tab = QWidget(), QWidget()
        self._day_layout = QVBoxLayout(day_tab)
        self._day_layout.setContentsMargins(0, 4, 0, 0)
        self._day_layout.setSpacing(4)
        self._day_layout.addLayout(cards)
        self._day_layout.addWidget(self.advice)
        week_layout = QVBoxLayout(week_tab)
        week_layout.setContentsMargins(0, 4, 0, 0)
        tabs.addTab(day_tab, tr("&Day"))
        tabs.addTab(week_tab, tr("&Week"))
        self.tabs = tabs

        # --- the week tab: navigation, the chart, the story --------------------------------
        self.week_shown = week_of(day)
        nav = QHBoxLayout()
        self.prev_week_button = QPushButton(tr("◀ Previous &week"))
        self.next_week_button = QPushButton(tr("Ne&xt week ▶"))
        self.week_label = QLabel()
        self.week_label.setAccessibleName(tr("Week shown"))
        self.export_button = QPushButton(tr("&Export this week…"))
        for part in (self.prev_week_button, self.week_label, self.next_week_button):
            nav.addWidget(part)
        nav.addStretch(1)
        nav.addWidget(self.export_button)
        self.prev_week_button.clicked.connect(self._previous_week)
        self.next_week_button.clicked.connect(self._next_week)
        self.export_button.clicked.connect(self._export)
        week_layout.addLayout(nav)
        self._week_body = QHBoxLayout()
        self.week_story = QLabel()
        self.week_story.setWordWrap(True)
        self.week_story.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.week_story.setAccessibleName(tr("The week in words"))
        self.week_story.setMinimumWidth(300)
        self.week_story.setMaximumWidth(380)
        self._week_body.addWidget(self.week_story)
        week_layout.addLayout(self._week_body, 1)
        #: The last export dialog opened from here (kept so it is not collected).
        self.export_dialog: QWidget | None = None

        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.setSpacing(6)
        layout.addLayout(top)
        layout.addWidget(tabs, 1)

        self._timer = QTimer(self)
        self._timer.setInterval(60_000)
        self._timer.timeout.connect(self.refresh)
        self._align_timer = QTimer(self)
        self._align_timer.setSingleShot(True)
        self._align_timer.setInterval(0)
        self._align_timer.timeout.connect(self._align_day_charts)
        self.summary: DaySummary | None = None
        self.periods: list[Period] = []
        self.bands: NeckBands = neck_bands(self.settings)
        self.calibrated = True
        #: The local hours the day's charts span (the same for both).
        self.span_h: tuple[float, float] = (DAY_FIRST_H, DAY_LAST_H)
        self.refresh()

    def _fit_to_screen(self) -> None:
        """A comfortable size that never exceeds the screen (1280x800 and up)."""
        screen = QGuiApplication.primaryScreen()
        width, height = 1120, 760
        if screen is not None:
            avail = screen.availableGeometry()
            # Leave room for the window frame and title bar.
            width = min(width, avail.width() - 24)
            height = min(height, avail.height() - 48)
        self.resize(width, height)

    def use_settings(self, settings: Settings) -> None:
        """Draw with new settings (the sensitivity's neck bands, the desk set-up's calibration)."""
        self.settings = settings
        self.refresh()

    def _today(self) -> date:
        return self.clock.now_utc().astimezone(self.tz).date()

    # --- navigation ----------------------------------------------------------------------

    @property
    def day(self) -> date:
        """The day shown."""
        d = self.day_edit.date()
        return date(d.year(), d.month(), d.day())

    def _shift(self, days: int) -> None:
        self.day_edit.setDate(self.day_edit.date().addDays(days))

    def _previous_day(self) -> None:
        self._shift(-1)

    def _next_day(self) -> None:
        self._shift(1)

    def _day_changed(self, _day: QDate) -> None:
        self.week_shown = week_of(self.day)  # the week tab follows the day picked
        self.refresh()

    def _to_today(self) -> None:
        today = self._today()
        self.day_edit.setDate(QDate(today.year, today.month, today.day))

    def _previous_week(self) -> None:
        self.week_shown = shift_week(*self.week_shown, -1)
        self._show_week()

    def _next_week(self) -> None:
        if can_go_forward(*self.week_shown, self._today()):
            self.week_shown = shift_week(*self.week_shown, 1)
        self._show_week()

    def _export(self) -> None:
        from deskguard.ui.export_dialog import ExportDialog

        dialog = ExportDialog(
            self.store, self.tz, today=self._today(), week=self.week_shown, parent=self
        )
        self.export_dialog = dialog
        dialog.open()

    def showEvent(self, event: Any) -> None:
        """Make the charts, and refresh live while visible."""
        self._make_views()
        self.refresh()
        self._timer.start()
        super().showEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Escape closes it, as it closes the dialogs (a keyboard user's way out)."""
        if event.key() == Qt.Key.Key_Escape:
            self.close()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: Any) -> None:
        """Free the charts (and Qt Charts' memory) as the window closes; emit ``closed``."""
        super().closeEvent(event)
        if event.isAccepted():
            self._timer.stop()
            self._free_views()
            self.closed.emit()
            # After the deferred deletions have run.
            QTimer.singleShot(1000, _return_freed_memory)

    def _make_views(self) -> None:
        if self.timeline_view is not None:
            return
        from PySide6.QtCharts import QChartView

        self.timeline_view = QChartView()
        self.neck_view = QChartView()
        self.week_view = QChartView()
        for view in (self.timeline_view, self.neck_view, self.week_view):
            view.setRenderHint(QPainter.RenderHint.Antialiasing)
            view.setMinimumHeight(170)
        self.timeline_view.setAccessibleName(tr("Timeline of the day"))
        self.neck_view.setAccessibleName(tr("Neck angle over the day"))
        self.week_view.setAccessibleName(tr("The week"))
        self._day_layout.addWidget(self.timeline_view, 1)
        self._day_layout.addWidget(self.neck_view, 1)
        self._week_body.insertWidget(0, self.week_view, 1)

    def _free_views(self) -> None:
        """Delete the chart views; each deletes its chart and the chart its series."""
        for view in (self.timeline_view, self.neck_view, self.week_view):
            if view is not None:
                view.hide()
                view.deleteLater()
        self.timeline_view = self.neck_view = self.week_view = None

    def hideEvent(self, event: Any) -> None:
        """No refreshing while hidden."""
        self._timer.stop()
        super().hideEvent(event)

    # --- content -------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the day and its week again from the history."""
        self.store.flush()
        day = self.day
        s = self.store.day_summary(day, self.tz)
        self.summary = s
        self.bands = neck_bands(self.settings)
        self.calibrated = self.store.latest_baseline(profile=self.settings.profile) is not None
        start, end = day_bounds_utc(day, self.tz)
        now = self.clock.now_utc().timestamp()
        self.periods = day_periods(self.store.events(start, end), start, end, now_utc=now)
        self._fill_cards(s)
        self.advice.setText(self._advice_text(s))
        self.next_button.setEnabled(day < self._today())
        self._show_week()
        if self.timeline_view is None:
            return  # not shown: the charts are drawn when it is
        rows = self.store.minutes(start, end)  # read once, drawn twice
        self.span_h = self._span(rows, self.periods)
        self._timeline(rows)
        self._neck(rows)
        self._align_timer.start()

    def _fill_cards(self, s: DaySummary) -> None:
        judged = s.posture_good_s + s.posture_poor_s
        sense = sense_words(s.seated_by_camera_s, s.seated_by_activity_s)
        self.cards["seated"].set(
            format_duration(s.seated_s),
            tr("seated this day") + (f"; {sense}" if sense else ""),
        )
        over = (
            tr("{0} of them an hour or more").format(s.bouts_over_hour)
            if s.bouts_over_hour
            else tr("none of an hour or more")
        )
        self.cards["longest"].set(
            format_duration(s.longest_bout_s),
            tr("longest stretch seated without getting up; {0}").format(over),
        )
        self.cards["breaks"].set(*breaks_words(s.breaks, s.probable_breaks))
        self.cards["reminders"].set(
            *walk_words(s.walk_reminders, s.walk_reminders_missed, s.walk_reminders_done)
        )
        figure, caption = shifts_words(s.shifts_own, s.shifts_prompted)
        exercises = exercise_words(s.exercises, s.exercises_confirmed)
        self.cards["shifts"].set(figure, f"{caption}; {exercises}" if exercises else caption)
        if judged:
            self.cards["posture"].set(
                formats().percent(100 * s.posture_good_s / judged),
                tr("of the judged time in good posture ({0} good, {1} poor)").format(
                    format_duration(s.posture_good_s), format_duration(s.posture_poor_s)
                ),
            )
        else:
            self.cards["posture"].set("—", tr("posture not judged this day"))

    def _advice_text(self, s: DaySummary) -> str:
        parts = [
            neck_words(
                s.neck_flexion_mean_deg,
                self.bands,
                calibrated=self.calibrated,
                camera=self.settings.sensing is not Sensing.ACTIVITY,
            )
        ]
        if s.screen_advice and s.screen_advice != "keep":
            parts.append(
                tr("Screen height: {0} (your eyes sit {1:.0f} cm above its top edge).").format(
                    screen_advice_words(s.screen_advice), s.eyes_above_screen_top_cm or 0
                )
            )
        elif s.screen_advice == "keep":
            parts.append(tr("Screen height is right: its top edge is at or just below eye level."))
        if s.distance_median_cm is not None:
            d = s.distance_median_cm
            words = (
                tr("about an arm's length, good")
                if 50 <= d <= 75
                else (tr("closer than an arm's length") if d < 50 else tr("further than usual"))
            )
            parts.append(tr("Viewing distance {0:.0f} cm: {1}.").format(d, words))
        return "  ".join(parts)

    # --- the day's charts ------------------------------------------------------------------

    def _hours_axis(self) -> QCategoryAxis:
        """The x axis both day charts share: local hours, labelled 08:00, 09:00, ..."""
        from PySide6.QtCharts import QCategoryAxis

        first_h, last_h = self.span_h
        axis = QCategoryAxis()
        axis.setRange(first_h, last_h)
        axis.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
        step = 1 if last_h - first_h <= 12 else 2
        for hour in range(int(first_h), int(last_h) + 1, step):
            axis.append(formats().clock(time(hour % 24, 0)), hour)  # 14:00, 2 PM
        return axis

    def _local_hour(self, t_utc: float) -> float:
        local = datetime.fromtimestamp(t_utc, self.tz)
        hour = local.hour + local.minute / 60 + local.second / 3600
        if local.date() != self.day:  # the end of the day: 24:00
            return 24.0
        return hour

    def _minute(self, t_utc: float) -> int:
        """The local minute of the day of ``t_utc`` (600: 10:00), for the charts' words."""
        return int(self._local_hour(t_utc) * 60)

    def _span(self, rows: list[MinuteRow], periods: list[Period]) -> tuple[float, float]:
        """The working day shown: 08:00-18:00, widened to what was recorded (whole hours)."""
        hours = [self._local_hour(r.minute_utc) for r in rows]
        for p in periods:
            hours += [self._local_hour(p.start_utc), self._local_hour(p.end_utc) - 1e-6]
        first = min([DAY_FIRST_H, *(float(int(h)) for h in hours)])
        last = max([DAY_LAST_H, *(float(int(h) + 1) for h in hours)])
        return first, min(last, 24.0)

    def _attach(
        self,
        chart: QChart,
        series: list[QAbstractSeries],
        y_min: float,
        y_max: float,
        y_format: str,
        ticks: int,
    ) -> None:
        from PySide6.QtCharts import QValueAxis

        for s in series:
            chart.addSeries(s)
        x = self._hours_axis()
        y = QValueAxis()
        y.setRange(y_min, y_max)
        y.setTickCount(ticks)
        y.setLabelFormat(y_format)
        chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(y, Qt.AlignmentFlag.AlignLeft)
        for s in series:
            s.attachAxis(x)
            s.attachAxis(y)

    def _period_bands(self, chart: QChart, y0: float, y1: float, *, named: bool) -> list[Any]:
        """One band per period; the legend names each kind once."""
        out = []
        seen: set[PeriodKind] = set()
        for p in self.periods:
            name = period_name(p.kind) if named and p.kind not in seen else ""
            seen.add(p.kind)
            band = _band(
                chart,
                name,
                self._local_hour(p.start_utc),
                self._local_hour(p.end_utc),
                y0,
                y1,
                _translucent(PERIOD_COLOURS[p.kind], 110),
            )
            band.setProperty("period", p.kind.value)
            out.append(band)
        return out

    def _timeline(self, rows: list[MinuteRow]) -> None:
        """Seated minutes per quarter hour, stacked by posture; locks, calls, pauses as bands.

        Minutes only keyboard and mouse vouched for have their own colour: they
        were seated, but no camera judged the posture.
        """
        from PySide6.QtCharts import QAreaSeries, QLineSeries

        assert self.timeline_view is not None
        first, last = self.span_h
        # Every quarter hour of the span, empty ones at zero: nothing recorded is
        # drawn as nothing, never as a ramp from one seated slot to the next.
        slots = {first + q / 4: [0.0, 0.0, 0.0, 0.0] for q in range(int((last - first) * 4))}
        for r in rows:
            slot = int(self._local_hour(r.minute_utc) * 4) / 4
            acc = slots.setdefault(slot, [0.0, 0.0, 0.0, 0.0])
            by_activity = min(r.activity_s, r.unknown_s)
            acc[0] += r.good_s / 60
            acc[1] += r.poor_s / 60
            acc[2] += (r.unknown_s - by_activity) / 60
            acc[3] += by_activity / 60
        chart = _chart(tr("Seated minutes per quarter hour"))
        series: list[Any] = []
        lower = dict.fromkeys(slots, 0.0)
        kinds = [(tr("good"), GOOD), (tr("poor"), POOR), (tr("not judged"), UNKNOWN)]
        if any(acc[3] for acc in slots.values()):
            kinds.append((tr("keyboard and mouse (no camera)"), BY_ACTIVITY))
        for index, (name, colour) in enumerate(kinds):
            # The area's edges must live as long as the chart: parent them to it.
            top_line, bottom_line = QLineSeries(chart), QLineSeries(chart)
            for slot in sorted(slots):
                low = lower[slot]
                high = low + slots[slot][index]
                # Steps: each quarter hour is a flat block.
                for edge in (slot, slot + 0.25):
                    top_line.append(edge, high)
                    bottom_line.append(edge, low)
                lower[slot] = high
            area = QAreaSeries(top_line, bottom_line)
            area.setName(name)
            area.setColor(QColor(colour))
            area.setBorderColor(QColor(colour))
            series.append(area)
        # Over the seated blocks: a call's seated minutes show, tinted as a call.
        series += self._period_bands(chart, 0, 15, named=True)
        self._attach(chart, series, 0, 15, "%d min", 4)
        chart.plotAreaChanged.connect(self._schedule_align)
        _set_chart(self.timeline_view, chart)
        summary = self.summary
        self.timeline_view.setAccessibleDescription(
            timeline_summary(
                {self._minute(r.minute_utc): r.seated_s for r in rows},
                good_s=summary.posture_good_s if summary else 0.0,
                poor_s=summary.posture_poor_s if summary else 0.0,
                break_min=round(self.settings.break_min_s / 60),
            )
        )

    def _neck(self, rows: list[MinuteRow]) -> None:
        """Neck flexion past the calibrated neutral, per 10 minutes, over fine/watch/strain."""
        from PySide6.QtCharts import QLineSeries

        assert self.neck_view is not None
        first, last = self.span_h
        buckets: dict[float, list[float]] = {}
        for r in rows:
            if r.neck_n:
                h = self._local_hour(r.minute_utc)
                buckets.setdefault(int(h * 6) / 6, []).append(r.neck_sum / r.neck_n)
        b = self.bands
        if self.settings.sensing is Sensing.ACTIVITY and not buckets:
            # Keyboard and mouse alone: the tray has no Calibrate to point to.
            title = tr("Neck angle: not measured without a camera")
        elif not self.calibrated:
            title = tr("Neck angle: not calibrated, so not measured (calibrate from the tray)")
        elif not buckets:
            title = tr("Neck angle past your calibrated neutral: no measurement this day")
        else:
            title = tr("Neck: degrees bent past your calibrated neutral (0° = as calibrated)")
        chart = _chart(title)
        series: list[Any] = []
        for name, y0, y1, colour in (
            (
                tr("{0}: under {1:.0f}°").format(zone_name(b.zone(NECK_MIN_DEG)), b.watch_from_deg),
                NECK_MIN_DEG,
                b.watch_from_deg,
                FINE,
            ),
            (
                tr("{0}: {1:.0f}–{2:.0f}°").format(
                    zone_name(b.zone(b.watch_from_deg)), b.watch_from_deg, b.strain_from_deg
                ),
                b.watch_from_deg,
                b.strain_from_deg,
                WATCH,
            ),
            (
                tr("{0}: {1:.0f}° and more, held: alert").format(
                    zone_name(b.zone(b.strain_from_deg)), b.strain_from_deg
                ),
                b.strain_from_deg,
                NECK_MAX_DEG,
                STRAIN,
            ),
        ):
            if y1 > y0:  # no watch zone at the most sensitive setting
                band = _band(chart, name, first, last, y0, y1, _translucent(colour, 45))
                band.setProperty("zone", name)
                series.append(band)
        line = QLineSeries()
        line.setName(tr("your neck (10-minute mean)"))
        pen = QPen(QColor("#1f4e79" if not _dark() else "#9ecbff"))
        pen.setWidthF(2.0)
        line.setPen(pen)
        previous: float | None = None
        for key, values in sorted(buckets.items()):
            if previous is not None and key - previous > 0.2:
                # A gap in the measurements: a break in the line, not a slope across it.
                series.append(line)
                line = QLineSeries()
                line.setPen(pen)
            line.append(key, sum(values) / len(values))
            previous = key
        series.append(line)
        self._attach(chart, series, NECK_MIN_DEG, NECK_MAX_DEG, "%d", 6)
        for marker in chart.legend().markers():
            if not marker.series().name():
                marker.setVisible(False)
        chart.plotAreaChanged.connect(self._schedule_align)
        _set_chart(self.neck_view, chart)
        neck = {self._minute(r.minute_utc): r.neck_sum / r.neck_n for r in rows if r.neck_n}
        self.neck_view.setAccessibleDescription(neck_summary(neck, b, calibrated=self.calibrated))

    def _align_day_charts(self) -> None:
        """Line the two day charts' plot areas up, so an hour is at the same x in both.

        Each chart lays its plot area out by its own axis labels ("15 min" is
        wider than "40°"); the narrower one gets the difference as extra margin.
        """
        views = [v for v in (self.timeline_view, self.neck_view) if v is not None]
        charts = [v.chart() for v in views]
        if len(charts) != 2 or any(c.plotArea().width() <= 0 for c in charts):
            return
        natural_left = [c.plotArea().left() - c.margins().left() for c in charts]
        natural_right = [
            (c.size().width() - c.plotArea().right()) - c.margins().right() for c in charts
        ]
        base = 6
        base_right = 20  # room for the last hour's label, centred on the plot's edge
        for c, nl, nr in zip(charts, natural_left, natural_right, strict=True):
            m = c.margins()
            left = base + round(max(natural_left) - nl)
            right = base_right + round(max(natural_right) - nr)
            if (m.left(), m.right()) != (left, right):
                m.setLeft(left)
                m.setRight(right)
                c.setMargins(m)

    def _schedule_align(self, *_args: object) -> None:
        self._align_timer.start()

    def hour_x(self, view: QChartView, hour: float) -> float:
        """Where ``hour`` is drawn in ``view``, in window pixels (tests, and a check)."""
        plot = view.chart().plotArea()
        first, last = self.span_h
        scene_x = plot.left() + plot.width() * (hour - first) / (last - first)
        # The view shows its scene unscaled: only the origin moves.
        origin = view.viewport().mapTo(self, view.mapFromScene(QPointF(0, 0)))
        return origin.x() + scene_x

    # --- the week --------------------------------------------------------------------------

    def _show_week(self) -> None:
        year, week = self.week_shown
        days = iso_week_days(year, week)
        this = self.store.week_summary(year, week, self.tz)
        before = self.store.week_summary(*shift_week(year, week, -1), self.tz)
        review = review_week(this, before)
        current = week_of(self._today()) == self.week_shown
        span = f"{formats().day_and_month(days[0])} – {formats().full_date(days[-1])}"
        self.week_label.setText(
            tr("<b>Week {0}</b>, {1}{2}").format(week, span, tr(" (this week)") if current else "")
        )
        self.next_week_button.setEnabled(can_go_forward(year, week, self._today()))
        lines = [f"<p>{t}</p>" for t in trend_words(review)]
        probable = (
            tr(" (plus {0} probable)").format(review.probable_breaks)
            if review.probable_breaks
            else ""
        )
        lines.append(
            "<p>"
            + tr("Breaks away from the desk: {0}{1}.").format(review.breaks, probable)
            + "</p>"
        )
        lines.append(f"<p>{reminder_words(review)}</p>")
        exercises = sum(d.exercises for d in this.days)
        if exercises:
            confirmed = sum(d.exercises_confirmed for d in this.days)
            lines.append(
                "<p>" + tr("Exercises: {0}.").format(exercise_words(exercises, confirmed)) + "</p>"
            )
        lines.append(f"<p>{streak_words(review)}</p>")
        longest = formats().join(
            [
                f"{formats().weekday(date.fromisoformat(d))} {format_duration(s)}"
                for d, s in review.longest_by_day
                if s > 0
            ]
        )
        if longest:
            lines.append(
                "<p>" + tr("Longest stretch seated each day: {0}.").format(longest) + "</p>"
            )
        self.week_story.setText("".join(lines))
        self.review = review
        if self.week_view is not None:
            self._week_chart(this, review)

    def _week_chart(self, summary: WeekSummary, review: WeekReview) -> None:
        """Hours seated each day, split by posture, with the longest stretch of each day."""
        from PySide6.QtCharts import (
            QBarCategoryAxis,
            QBarSet,
            QLineSeries,
            QScatterSeries,
            QStackedBarSeries,
            QValueAxis,
        )

        assert self.week_view is not None
        good, poor, unknown = QBarSet(tr("good")), QBarSet(tr("poor")), QBarSet(tr("not judged"))
        for bar_set, colour in ((good, GOOD), (poor, POOR), (unknown, UNKNOWN)):
            bar_set.setColor(QColor(colour))
        labels = []
        for d in summary.days:
            good.append(d.posture_good_s / 3600)
            poor.append(d.posture_poor_s / 3600)
            unknown.append(d.posture_unknown_s / 3600)
            labels.append(formats().weekday_and_day(date.fromisoformat(d.day)))
        bars = QStackedBarSeries()
        for bar_set in (good, poor, unknown):
            bars.append(bar_set)
        # A mark per day sat, not a line: days without sitting have no stretch to show.
        longest = QScatterSeries()
        longest.setName(tr("longest stretch"))
        longest.setMarkerSize(12)
        longest.setColor(QColor("#1f4e79" if not _dark() else "#9ecbff"))
        for i, (_day, seconds) in enumerate(review.longest_by_day):
            if seconds > 0:
                longest.append(i, seconds / 3600)
        limit = QLineSeries()
        limit.setName(
            tr("{0}: a streak day stays under").format(format_duration(STREAK_MAX_STRETCH_S))
        )
        limit_pen = QPen(QColor(STRAIN))
        limit_pen.setStyle(Qt.PenStyle.DashLine)
        limit.setPen(limit_pen)
        for edge in (-0.5, 6.5):
            limit.append(edge, STREAK_MAX_STRETCH_S / 3600)
        chart = _chart(tr("Week {0}: hours seated, and the longest stretch").format(summary.week))
        for s in (bars, longest, limit):
            chart.addSeries(s)
        x = QBarCategoryAxis()
        x.append(labels)
        y = QValueAxis()
        top = max((d.seated_s for d in summary.days), default=0) / 3600
        hours = max(int(STREAK_MAX_STRETCH_S / 3600) + 1, int(top) + 1)
        step = 1 if hours <= 8 else 2
        hours += hours % step
        y.setRange(0, hours)
        y.setTickCount(hours // step + 1)  # a tick on each whole (or second) hour
        # "%d h" with the catalogue's unit ("{0} h" is the duration formatter's hour).
        y.setLabelFormat(tr("{0} h").replace("{0}", "%d"))
        chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(y, Qt.AlignmentFlag.AlignLeft)
        for s in (bars, longest, limit):
            s.attachAxis(x)
            s.attachAxis(y)
        _set_chart(self.week_view, chart)
        self.week_view.setAccessibleDescription(
            week_summary(
                [(date.fromisoformat(d.day), d.seated_s, d.longest_bout_s) for d in summary.days]
            )
        )
