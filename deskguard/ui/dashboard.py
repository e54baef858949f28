"""The daily dashboard: a day at a glance, a timeline, the neck angle, the week.

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
from datetime import date, datetime, tzinfo
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QPainter, QPalette
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

from deskguard.core.stats import DaySummary, MinuteRow, day_bounds_utc
from deskguard.storage.history import HistoryStore
from deskguard.ui.tray import tr

if TYPE_CHECKING:
    from PySide6.QtCharts import QCategoryAxis, QChart, QChartView

GOOD, POOR, UNKNOWN = "#2f8f6b", "#d9822b", "#9aa5b1"


def _hm(seconds: float) -> str:
    minutes = round(seconds / 60)
    return f"{minutes // 60} h {minutes % 60:02d} min" if minutes >= 60 else f"{minutes} min"


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
    chart.setMargins(chart.margins())
    return chart


class Card(QFrame):
    """A figure with its caption."""

    def __init__(self, caption: str) -> None:
        """An empty card; ``set`` fills it."""
        super().__init__()
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        self.value = QLabel("—")
        font = self.value.font()
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        self.value.setFont(font)
        self.caption = QLabel(caption)
        self.caption.setWordWrap(True)
        layout.addWidget(self.value)
        layout.addWidget(self.caption)
        self.setAccessibleName(caption)

    def set(self, value: str) -> None:
        """Show ``value``."""
        self.value.setText(value)
        self.setAccessibleDescription(value)


def _set_chart(view: QChartView, chart: QChart) -> None:
    """Show ``chart`` in ``view`` and delete the chart it replaces.

    ``QChartView.setChart`` hands the previous chart back to the caller
    instead of deleting it, and nothing on the Python side holds it: left
    alone, every refresh (once a minute while open) would leak three charts.
    """
    previous = view.chart()
    view.setChart(chart)
    if previous is not None:
        previous.deleteLater()


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
    """Today (or a picked day) and its week.

    ``closed`` is emitted when the window is closed (its close button,
    ``close()``); by then its charts are freed. An owner that does not keep
    the window between openings sets ``WA_DeleteOnClose`` and drops its
    reference on ``closed``.
    """

    closed = Signal()

    def __init__(self, store: HistoryStore, tz: tzinfo, *, today: date | None = None) -> None:
        """Build the window for ``store``; shows ``today`` (default: the local date)."""
        super().__init__()
        self.store = store
        self.tz = tz
        self.setWindowTitle(tr("DeskGuard — your day"))
        self.setAccessibleName(tr("DeskGuard dashboard"))
        self.resize(980, 760)
        day = today or datetime.now(tz).date()

        top = QHBoxLayout()
        self.prev_button = QPushButton(tr("◀ &Previous day"))
        self.next_button = QPushButton(tr("&Next day ▶"))
        self.day_edit = QDateEdit(QDate(day.year, day.month, day.day))
        self.day_edit.setCalendarPopup(True)
        self.day_edit.setAccessibleName(tr("Day shown"))
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
        self.cards = {
            "seated": Card(tr("seated")),
            "longest": Card(tr("longest stretch")),
            "breaks": Card(tr("breaks taken")),
            "reminders": Card(tr("walk reminders (missed)")),
            "shifts": Card(tr("position shifts: own / prompted")),
            "posture": Card(tr("of judged time in good posture")),
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
        self._week_layout = QVBoxLayout(week_tab)
        self._week_layout.setContentsMargins(0, 0, 0, 0)
        tabs.addTab(day_tab, tr("&Day"))
        tabs.addTab(week_tab, tr("&Week"))
        self.tabs = tabs

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(cards)
        layout.addWidget(self.advice)
        layout.addWidget(tabs, 1)

        self._timer = QTimer(self)
        self._timer.setInterval(60_000)
        self._timer.timeout.connect(self.refresh)
        self.summary: DaySummary | None = None
        self.refresh()

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
        self.refresh()

    def _to_today(self) -> None:
        today = datetime.now(self.tz).date()
        self.day_edit.setDate(QDate(today.year, today.month, today.day))

    def showEvent(self, event: Any) -> None:
        """Make the charts, and refresh live while visible."""
        self._make_views()
        self.refresh()
        self._timer.start()
        super().showEvent(event)

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
            view.setMinimumHeight(220)
        self.timeline_view.setAccessibleName(tr("Timeline of the day"))
        self.neck_view.setAccessibleName(tr("Neck angle over the day"))
        self.week_view.setAccessibleName(tr("The week"))
        self._day_layout.addWidget(self.timeline_view)
        self._day_layout.addWidget(self.neck_view)
        self._week_layout.addWidget(self.week_view)

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
        judged = s.posture_good_s + s.posture_poor_s
        self.cards["seated"].set(_hm(s.seated_s))
        self.cards["longest"].set(_hm(s.longest_bout_s))
        # A locked screen or a sleeping laptop that long: probably a break, said apart.
        probable = tr(" + {0} probable").format(s.probable_breaks) if s.probable_breaks else ""
        self.cards["breaks"].set(f"{s.breaks}{probable}")
        self.cards["reminders"].set(f"{s.walk_reminders} ({s.walk_reminders_missed})")
        self.cards["shifts"].set(f"{s.shifts_own} / {s.shifts_prompted}")
        self.cards["posture"].set(f"{100 * s.posture_good_s / judged:.0f} %" if judged else "—")
        self.advice.setText(self._advice_text(s))
        if self.timeline_view is None:
            return  # not shown: the charts are drawn when it is
        rows = self.store.minutes(*day_bounds_utc(day, self.tz))  # read once, drawn twice
        self._timeline(rows)
        self._neck(rows)
        self._week(day)

    def _advice_text(self, s: DaySummary) -> str:
        parts = []
        if s.screen_advice and s.screen_advice != "keep":
            parts.append(
                tr("Screen height: {0} (your eyes sit {1:.0f} cm above its top edge).").format(
                    s.screen_advice, s.eyes_above_screen_top_cm or 0
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
        if s.bouts_over_hour:
            parts.append(
                tr("{0} stretch(es) of an hour or more without getting up.").format(
                    s.bouts_over_hour
                )
            )
        if not parts:
            parts.append(tr("No figures for this day yet."))
        return "  ".join(parts)

    def _hours_axis(self, first_h: float, last_h: float) -> QCategoryAxis:
        """An x axis in local hours of the day, labelled 08:00, 09:00, ..."""
        from PySide6.QtCharts import QCategoryAxis

        axis = QCategoryAxis()
        axis.setRange(first_h, last_h)
        axis.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
        step = 1 if last_h - first_h <= 12 else 2
        for hour in range(int(first_h), int(last_h) + 1, step):
            axis.append(f"{hour:02d}:00", hour)
        return axis

    def _local_hour(self, minute_utc: float) -> float:
        local = datetime.fromtimestamp(minute_utc, self.tz)
        return local.hour + local.minute / 60

    def _span(self, hours: list[float]) -> tuple[float, float]:
        """The working day shown: 08:00-18:00, widened to whatever was recorded."""
        first = min([8.0, *(int(h) for h in hours)])
        last = max([18.0, *(int(h) + 1 for h in hours)])
        return float(first), float(last)

    def _timeline(self, rows: list[MinuteRow]) -> None:
        """Seated minutes per quarter hour, stacked by posture, over the local day."""
        from PySide6.QtCharts import QAreaSeries, QLineSeries, QValueAxis

        assert self.timeline_view is not None
        slots: dict[float, list[float]] = {}
        for r in rows:
            h = self._local_hour(r.minute_utc)
            slot = int(h * 4) / 4
            acc = slots.setdefault(slot, [0.0, 0.0, 0.0])
            acc[0] += r.good_s / 60
            acc[1] += r.poor_s / 60
            acc[2] += r.unknown_s / 60
        first, last = self._span(list(slots))
        chart = _chart(tr("Seated minutes per quarter hour"))
        lower = {slot: 0.0 for slot in slots}
        for index, (name, colour) in enumerate(
            ((tr("good"), GOOD), (tr("poor"), POOR), (tr("not judged"), UNKNOWN))
        ):
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
            chart.addSeries(area)
        x = self._hours_axis(first, last)
        y = QValueAxis()
        y.setRange(0, 15)
        y.setTickCount(4)
        y.setLabelFormat("%d min")
        chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(y, Qt.AlignmentFlag.AlignLeft)
        for series in chart.series():
            series.attachAxis(x)
            series.attachAxis(y)
        _set_chart(self.timeline_view, chart)

    def _neck(self, rows: list[MinuteRow]) -> None:
        """Neck flexion past neutral, averaged per 10 minutes."""
        from PySide6.QtCharts import QLineSeries, QValueAxis

        assert self.neck_view is not None
        rows = [r for r in rows if r.neck_n]
        buckets: dict[float, list[float]] = {}
        for r in rows:
            h = self._local_hour(r.minute_utc)
            buckets.setdefault(int(h * 6) / 6, []).append(r.neck_sum / r.neck_n)
        series = QLineSeries()
        series.setName(tr("neck flexion (°)"))
        for key, values in sorted(buckets.items()):
            series.append(key, sum(values) / len(values))
        title = (
            tr("Neck bent past your neutral (degrees)")
            if buckets
            else tr("Neck angle: calibrate to see it")
        )
        chart = _chart(title)
        chart.addSeries(series)
        first, last = self._span(list(buckets))
        x = self._hours_axis(first, last)
        y = QValueAxis()
        y.setRange(-10, 40)
        y.setTickCount(6)
        y.setLabelFormat("%d")
        chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(y, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(x)
        series.attachAxis(y)
        _set_chart(self.neck_view, chart)

    def _week(self, day: date) -> None:
        """Hours seated each day of the ISO week, split by posture."""
        from PySide6.QtCharts import QBarCategoryAxis, QBarSet, QStackedBarSeries, QValueAxis

        assert self.week_view is not None
        year, week, _ = day.isocalendar()
        summary = self.store.week_summary(year, week, self.tz)
        good, poor, unknown = QBarSet(tr("good")), QBarSet(tr("poor")), QBarSet(tr("not judged"))
        for bar_set, colour in ((good, GOOD), (poor, POOR), (unknown, UNKNOWN)):
            bar_set.setColor(QColor(colour))
        labels = []
        for d in summary.days:
            good.append(d.posture_good_s / 3600)
            poor.append(d.posture_poor_s / 3600)
            unknown.append(d.posture_unknown_s / 3600)
            labels.append(date.fromisoformat(d.day).strftime("%a %d"))
        series = QStackedBarSeries()
        for bar_set in (good, poor, unknown):
            series.append(bar_set)
        chart = _chart(tr("Week {0}: hours seated").format(summary.week))
        chart.addSeries(series)
        x = QBarCategoryAxis()
        x.append(labels)
        y = QValueAxis()
        top = max((d.seated_s for d in summary.days), default=0) / 3600
        y.setRange(0, max(2, int(top) + 1))
        y.setLabelFormat("%d h")
        chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(y, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(x)
        series.attachAxis(y)
        _set_chart(self.week_view, chart)
