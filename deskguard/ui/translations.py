"""DeskGuard's words in the user's language: the system's, or the one chosen in Settings.

Every string goes through Qt (the UI's ``tr`` and, routed here, the core's
``_``). The catalogues are ``resources/translations/deskguard_<lang>.ts``. A
packaged app ships them compiled (``.qm``, made by ``pyside6-lrelease`` when
the installers are built); running from source or from a wheel, the ``.ts``
itself is read (:class:`TsTranslator`), so both give the same words.
Dates, times and numbers follow the same locale (``QLocale.setDefault``).
"""

from __future__ import annotations

import logging
import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from deskguard import paths

log = logging.getLogger("deskguard.i18n")

CONTEXT = "DeskGuard"


def folder() -> Path:
    """Where the catalogues are."""
    return paths.resources_dir() / "translations"


def available_languages() -> list[str]:
    """The language codes shipped (``de``, ``pt_BR``…), from the catalogues present."""
    codes = {p.stem.removeprefix("deskguard_") for p in folder().glob("deskguard_*.ts")}
    codes |= {p.stem.removeprefix("deskguard_") for p in folder().glob("deskguard_*.qm")}
    return sorted(codes)


def language_name(code: str) -> str:
    """The language's own name for itself: "Deutsch", "português (Brasil)", "日本語"."""
    locale = QLocale(code)
    name = locale.nativeLanguageName()
    if "_" in code:
        name += f" ({locale.nativeTerritoryName()})"
    return name or code


class TsTranslator(QTranslator):
    """A catalogue read from its ``.ts`` source (running from source or a wheel)."""

    def __init__(self, path: Path) -> None:
        """Read the finished translations of ``path``."""
        super().__init__()
        self.path = path
        self.words: dict[str, str] = {}
        for message in ET.parse(path).getroot().iter("message"):
            node = message.find("translation")
            source = message.findtext("source")
            if node is None or not source or not node.text or node.get("type"):
                continue  # unfinished, obsolete: the English stays
            self.words[source] = node.text

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        """The translation of ``source``, or None: then Qt asks the next catalogue.

        None, not "": Qt takes any non-null answer, an empty one too, as the
        translation (the standard buttons would lose their words).
        """
        if context != CONTEXT:
            return None
        return self.words.get(source)

    def isEmpty(self) -> bool:
        """No translation at all."""
        return not self.words


def _catalogue(locale: QLocale) -> Path | None:
    """The best catalogue for ``locale``: ``pt_BR`` first, then ``pt``; compiled first."""
    here = folder()
    for code in (locale.name(), locale.name().split("_")[0]):
        for suffix in (".qm", ".ts"):
            path = here / f"deskguard_{code}{suffix}"
            if path.is_file():
                return path
    return None


def install_translations(app: QCoreApplication, language: str = "") -> str:
    """Use ``language`` (empty: the system's) for every word; the code used ("en": none).

    Installs Qt's own catalogue (its standard buttons) and DeskGuard's, and
    routes the core's ``_()`` through Qt. Translators installed by an earlier
    call are removed first, so a test (or a restart of the UI) can switch.
    """
    from deskguard.core.i18n import set_translator

    set_translator(lambda text: QCoreApplication.translate(CONTEXT, text))
    for old in getattr(app, "_deskguard_translators", []):
        app.removeTranslator(old)
    installed: list[QTranslator] = []
    locale = QLocale(language) if language else QLocale.system()
    QLocale.setDefault(locale)
    qt_base = QTranslator(app)
    if qt_base.load(
        locale, "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    ):
        app.installTranslator(qt_base)
        installed.append(qt_base)
    used = "en"
    path = _catalogue(locale)
    if path is not None:
        ours: QTranslator
        if path.suffix == ".qm":
            ours = QTranslator(app)
            loaded = ours.load(str(path))
        else:
            try:
                ours = TsTranslator(path)
                loaded = not ours.isEmpty()
            except (OSError, ET.ParseError) as exc:
                log.warning("translation %s not read: %s", path.name, exc)
                loaded = False
        if loaded:
            app.installTranslator(ours)
            installed.append(ours)
            used = path.stem.removeprefix("deskguard_")
    app._deskguard_translators = installed  # type: ignore[attr-defined]
    log.info("language: %s (%s)", used, locale.name())
    return used
