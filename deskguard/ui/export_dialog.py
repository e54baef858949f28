"""Export a week: choose the week and the format, then see where the file went.

A small dialog with two pages. The first asks which week (this one or one
of the weeks before it), which format (those ``report.export`` writes) and
which folder; the file is named after the week (``deskguard-2026-W48.html``).
The second says where the file went and offers to open its folder. A
failure (a folder that does not exist, a full disk) is said on the first
page, which stays open to try again.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, tzinfo
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from deskguard.core.i18n import formats
from deskguard.core.review import shift_week, week_of
from deskguard.core.stats import iso_week_days
from deskguard.report.export import FORMATS, export_week
from deskguard.storage.history import HistoryStore
from deskguard.ui.keyboard import tab_as_laid_out
from deskguard.ui.tray import tr

#: How many weeks back the week list goes.
WEEKS_OFFERED = 12


def _format_names() -> dict[str, str]:
    return {
        "html": tr("Report for reading (HTML, opens in a browser or on a phone)"),
        "csv": tr("Spreadsheet (CSV, one row per day)"),
        "json": tr("Data (JSON, for other programs)"),
    }


def _error_colour() -> str:
    """A red that reads on the window's background: deep on a light theme, light on a dark."""
    dark = QApplication.palette().color(QPalette.ColorRole.Window).lightness() < 128
    return "#ff8a80" if dark else "#b3261e"


def _default_folder() -> Path:
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    folder = Path(documents) if documents else Path.home()
    return folder if folder.is_dir() else Path.home()


def shown(folder: Path) -> str:
    """``folder`` as a person writes it: ``~/Documents`` for a folder in their home."""
    try:
        inside = folder.relative_to(Path.home())
    except ValueError:
        return str(folder)
    return "~" if inside == Path() else f"~/{inside.as_posix()}"


def _open_folder(folder: Path) -> bool:
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))


def file_name(year: int, week: int, fmt: str) -> str:
    """``deskguard-2026-W48.html``."""
    return f"deskguard-{year}-W{week:02d}.{fmt}"


class ExportDialog(QDialog):
    """Choose a week and a format, export it, say where it went.

    ``exported`` carries the path of each file written. ``open_folder`` opens
    a folder in the file manager (a seam for tests; by default the desktop's).
    """

    exported = Signal(Path)

    def __init__(
        self,
        store: HistoryStore,
        tz: tzinfo,
        *,
        today: date,
        week: tuple[int, int] | None = None,
        folder: Path | None = None,
        open_folder: Callable[[Path], object] = _open_folder,
        parent: QWidget | None = None,
    ) -> None:
        """A dialog over ``store``; offers the weeks up to ``today``'s, ``week`` chosen."""
        super().__init__(parent)
        self.store = store
        self.tz = tz
        self._open_folder = open_folder
        self.path: Path | None = None
        self.setWindowTitle(tr("Export a week — DeskGuard"))
        self.setAccessibleName(tr("Export a week"))

        current = week_of(today)
        chosen = week or current
        self.week_box = QComboBox()
        self.week_box.setAccessibleName(tr("Week"))
        self.week_box.setAccessibleDescription(tr("The week whose figures are saved"))
        weeks = [shift_week(*current, -i) for i in range(WEEKS_OFFERED)]
        if chosen not in weeks and chosen < current:
            weeks.append(chosen)
        for year, number in weeks:
            days = iso_week_days(year, number)
            label = tr("Week {0}, {1} – {2}").format(
                number, formats().day_and_month(days[0]), formats().full_date(days[-1])
            )
            if (year, number) == current:
                label += tr(" (this week)")
            self.week_box.addItem(label, (year, number))
        self.week_box.setCurrentIndex(weeks.index(chosen) if chosen in weeks else 0)

        self.format_box = QComboBox()
        self.format_box.setAccessibleName(tr("Format"))
        self.format_box.setAccessibleDescription(tr("The kind of file to save"))
        names = _format_names()
        for fmt in FORMATS:
            self.format_box.addItem(names.get(fmt, fmt.upper()), fmt)

        self.folder_edit = QLineEdit(shown(folder or _default_folder()))
        self.folder_edit.setAccessibleName(tr("Folder"))
        self.folder_edit.setAccessibleDescription(tr("Where the file is saved"))
        browse = QPushButton(tr("&Choose…"))
        browse.clicked.connect(self._browse)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder_edit, 1)
        folder_row.addWidget(browse)

        self.name_label = QLabel()
        self.name_label.setAccessibleName(tr("File name"))
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet(f"color: {_error_colour()}")
        self.error.setAccessibleName(tr("Problem"))
        self.error.hide()

        form = QFormLayout()
        form.addRow(tr("&Week:"), self.week_box)
        form.addRow(tr("&Format:"), self.format_box)
        folder_label = QLabel(tr("F&older:"))
        folder_label.setBuddy(self.folder_edit)
        form.addRow(folder_label, folder_row)
        form.addRow(tr("File name:"), self.name_label)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.export_button = self.buttons.addButton(
            tr("&Export"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.export_button.setDefault(True)
        self.buttons.rejected.connect(self.reject)
        self.export_button.clicked.connect(self.export)
        ask = QWidget()
        ask_layout = QVBoxLayout(ask)
        ask_layout.setContentsMargins(0, 0, 0, 0)
        ask_layout.addLayout(form)
        ask_layout.addWidget(self.error)
        ask_layout.addStretch(1)
        ask_layout.addWidget(self.buttons)
        tab_as_laid_out(self.buttons)  # once in the dialog: its focus chain is the dialog's

        # The confirmation: where the file went, a way to its folder.
        self.done_label = QLabel()
        self.done_label.setWordWrap(True)
        self.done_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.done_label.setAccessibleName(tr("Exported"))
        self.open_button = QPushButton(tr("&Open folder"))
        self.open_button.clicked.connect(self._open)
        self.close_button = QPushButton(tr("&Close"))
        self.close_button.clicked.connect(self.accept)
        done = QWidget()
        done_layout = QVBoxLayout(done)
        done_layout.setContentsMargins(0, 0, 0, 0)
        done_layout.addWidget(self.done_label)
        done_layout.addStretch(1)
        done_buttons = QHBoxLayout()
        done_buttons.addStretch(1)
        done_buttons.addWidget(self.open_button)
        done_buttons.addWidget(self.close_button)
        done_layout.addLayout(done_buttons)

        self.pages = QStackedWidget()
        self.pages.addWidget(ask)
        self.pages.addWidget(done)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)

        self.week_box.currentIndexChanged.connect(self._update_name)
        self.format_box.currentIndexChanged.connect(self._update_name)
        self._update_name()
        self.resize(560, self.sizeHint().height())

    @property
    def week(self) -> tuple[int, int]:
        """The (ISO year, week) chosen."""
        year, number = self.week_box.currentData()
        return int(year), int(number)

    @property
    def fmt(self) -> str:
        """The format chosen: ``html``, ``csv`` or ``json``."""
        return str(self.format_box.currentData())

    @property
    def target(self) -> Path:
        """Where the file will go."""
        return Path(self.folder_edit.text()).expanduser() / file_name(*self.week, self.fmt)

    def _update_name(self) -> None:
        self.name_label.setText(file_name(*self.week, self.fmt))

    def _browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, tr("Export to which folder?"), str(Path(self.folder_edit.text()).expanduser())
        )
        if folder:
            self.folder_edit.setText(shown(Path(folder)))

    def export(self) -> bool:
        """Write the file; show where it went (True), or what went wrong (False)."""
        path = self.target
        if not path.parent.is_dir():
            self._fail(
                tr("The folder {0} does not exist; choose another.").format(shown(path.parent))
            )
            return False
        year, number = self.week
        replaced = path.exists()
        try:
            export_week(
                self.store.week_summary(year, number, self.tz),
                self.fmt,
                path,
                previous=self.store.week_summary(*shift_week(year, number, -1), self.tz),
            )
        except OSError as exc:
            self._fail(tr("The week could not be saved: {0}").format(exc.strerror or exc))
            return False
        self.path = path
        self.error.hide()
        what = tr("replaced the earlier export of that week") if replaced else ""
        self.done_label.setText(
            tr("<b>Week {0} saved.</b><br>The file is in <b>{1}</b><br>named {2}{3}.").format(
                number, shown(path.parent), path.name, f" ({what})" if what else ""
            )
        )
        self.pages.setCurrentIndex(1)
        self.close_button.setFocus()
        self.exported.emit(path)
        return True

    def _fail(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()

    def _open(self) -> None:
        if self.path is not None:
            self._open_folder(self.path.parent)
