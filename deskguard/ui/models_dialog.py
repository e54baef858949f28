"""Get the models without a terminal: download them, or install them from a folder.

The tray offers it ("Get the models…") while the models are missing or
failed to load. Both ways verify every file against its pinned SHA-256; the
download is the only network access DeskGuard makes, and only on this click.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from deskguard.analysis import models
from deskguard.core.i18n import formats
from deskguard.ui.keyboard import tab_as_laid_out
from deskguard.ui.tray import tr

log = logging.getLogger("deskguard.models")


class ModelsDialog(QDialog):
    """Two ways to get the models, and what went wrong the last time."""

    def __init__(
        self,
        problem: str | None,
        *,
        download: Callable[[], None],
        installed: Callable[[], None],
        parent: QWidget | None = None,
    ) -> None:
        """``download`` starts the announced download; ``installed`` loads what was copied."""
        super().__init__(parent)
        self._download = download
        self._installed = installed
        self.setWindowTitle(tr("Get the models"))
        self.setAccessibleName(tr("Get the models"))
        size_mb = sum(s.size_bytes for s in models.REQUIRED) / 1e6
        names = formats().join([f"<tt>{s.filename}</tt>" for s in models.REQUIRED])
        intro = QLabel(
            tr(
                "DeskGuard sees you through MediaPipe's face and pose models (Apache-2.0, "
                "Google), {0:.0f} MB in all. Download them from Google's public model "
                "bucket, or install them from a folder that holds {1}, a USB stick for "
                "instance. Either way every file is checked against its published SHA-256. "
                "The download is the only network access DeskGuard ever makes."
            ).format(size_mb, names)
        )
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.RichText)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setAccessibleName(tr("What went wrong"))
        self.problem.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.show_problem(problem)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.download_button = QPushButton(tr("&Download"))
        self.download_button.setToolTip(
            tr("Fetch the face and pose models from Google's model bucket and check them")
        )
        self.folder_button = QPushButton(tr("Install from a &folder…"))
        self.buttons.addButton(self.download_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.folder_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.download_button.clicked.connect(self._start_download)
        self.folder_button.clicked.connect(self._choose_folder)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        tab_as_laid_out(self.buttons)  # Close was made first, but stands at the right
        self.setMinimumWidth(520)

    def show_problem(self, text: str | None) -> None:
        """Say what went wrong (nothing: hidden); plain words first, the details on hover."""
        if text and "not available" in text and "checksum" not in text:
            # Simply not there yet: the paths looked at are details, not news.
            self.problem.setText(tr("They are not installed yet."))
        else:
            self.problem.setText(tr("Not loaded: {0}").format(text) if text else "")
        self.problem.setToolTip(text or "")
        self.problem.setVisible(bool(text))

    def _say_not_installed(self, why: str) -> None:
        self.problem.setText(tr("Nothing was installed: {0}").format(why))
        self.problem.setToolTip("")
        self.problem.setVisible(True)

    def _start_download(self) -> None:
        self.accept()
        self._download()

    def _choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, tr("The folder with the model files"), str(Path.home())
        )
        if folder:
            self.install_from(Path(folder))

    def install_from(self, folder: Path) -> bool:
        """Copy the verified models from ``folder``; say what was wrong if that fails."""
        try:
            installed = models.install_from(folder)
        except models.ModelError as exc:
            log.warning("models not installed from a folder: %s", exc)
            self._say_not_installed(str(exc))
            return False
        except OSError as exc:  # the data folder cannot be written (full, read-only)
            log.warning("models not installed from a folder: %s", exc)
            self._say_not_installed(tr("they could not be copied: {0}").format(exc))
            return False
        log.info("models installed from a folder: %s", ", ".join(p.name for p in installed))
        self.accept()
        self._installed()
        return True
