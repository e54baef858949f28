"""The tray app's log file: small, rotating, and readable by the user alone.

The file is ``deskguard.log`` in a ``logs`` folder of the user's data folder
(``deskguard.log.1`` .. ``.3`` are the older ones, 512 KiB each at most). The
folder is created 0700 and every file 0600 on Linux and macOS, rotated files
included: the log says when someone sat at the computer, which is nobody
else's business on a shared machine. No frame or pixel is ever logged: a
filter replaces any image or byte buffer passed as a log argument by its size.
"""

from __future__ import annotations

import logging
import os
from logging.handlers import RotatingFileHandler
from pathlib import Path
from typing import Any

from deskguard import paths

LOG_NAME = "deskguard.log"
MAX_BYTES = 512 * 1024
BACKUPS = 3
FORMAT = "%(asctime)s %(process)d %(levelname)s %(name)s: %(message)s"

log = logging.getLogger("deskguard.applog")


def log_dir() -> Path:
    """The folder of the log files."""
    return paths.data_dir() / "logs"


def log_path() -> Path:
    """The current log file."""
    return log_dir() / LOG_NAME


class PrivateRotatingFileHandler(RotatingFileHandler):
    """A ``RotatingFileHandler`` whose files are created 0600 (rotation included)."""

    def _open(self) -> Any:
        flags = os.O_WRONLY | os.O_APPEND | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0)
        fd = os.open(self.baseFilename, flags, paths.PRIVATE_FILE_MODE)
        paths.make_private(Path(self.baseFilename))  # a file left by an older version
        return open(fd, "a", encoding=self.encoding, errors=self.errors)


class NoPixels(logging.Filter):
    """Never let a frame into the log: image and byte arguments become their size."""

    def filter(self, record: logging.LogRecord) -> bool:
        """Replace pixel-like arguments in place; always keep the record."""
        if isinstance(record.args, tuple):
            record.args = tuple(_no_pixels(a) for a in record.args)
        elif isinstance(record.args, dict):
            record.args = {k: _no_pixels(v) for k, v in record.args.items()}
        return True


def _no_pixels(value: object) -> object:
    if isinstance(value, (bytes, bytearray, memoryview)):
        return f"<{len(value)} bytes withheld>"
    if hasattr(value, "shape") and hasattr(value, "dtype"):  # a NumPy image
        return f"<{getattr(value, 'dtype', '')} array {getattr(value, 'shape', '')} withheld>"
    return value


def start_file_log(level: int = logging.INFO) -> Path | None:
    """Log DeskGuard's own lines to the private rotating file too; its path, or None.

    A folder that cannot be written (a read-only home) leaves the app running
    with its stderr log only.
    """
    try:
        folder = paths.ensure_private_dir(log_dir())
        for old in folder.glob(LOG_NAME + "*"):
            paths.make_private(old)
        handler = PrivateRotatingFileHandler(
            log_path(), maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8"
        )
    except OSError as exc:
        log.warning("no log file: %s", exc)
        return None
    handler.setLevel(level)
    handler.setFormatter(logging.Formatter(FORMAT))
    handler.addFilter(NoPixels())
    logger = logging.getLogger("deskguard")
    logger.addHandler(handler)
    if logger.getEffectiveLevel() > level:
        logger.setLevel(level)
    return log_path()


def stop_file_log() -> None:
    """Flush and close the log file (before a fast exit)."""
    logger = logging.getLogger("deskguard")
    for handler in list(logger.handlers):
        if isinstance(handler, PrivateRotatingFileHandler):
            handler.close()
            logger.removeHandler(handler)
