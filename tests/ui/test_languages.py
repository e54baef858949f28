"""DeskGuard in each shipped language (issue 12), on the real headless desktop.

Each catalogue is installed the way the app installs it (the ``.ts`` read
from source, the ``.qm`` in a package); the words of the UI and of the core
come out translated, the app starts in that language as a process, and in
German, Polish and Japanese no text of the settings or the welcome is cut
off at 1280x800.
"""

from __future__ import annotations

import signal
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QAbstractButton, QCheckBox, QLabel, QTabWidget, QWidget

from deskguard.core.i18n import _
from deskguard.ui.translations import available_languages, folder, install_translations
from tests.ui.conftest import screenshot
from tests.ui.test_app_process import _Lines, launch, private_runtime_dir

LANGUAGES = available_languages()


def words(code: str) -> dict[str, str]:
    """The catalogue's finished translations."""
    root = ET.parse(folder() / f"deskguard_{code}.ts").getroot()
    return {
        m.findtext("source") or "": (m.find("translation").text or "")  # type: ignore[union-attr]
        for m in root.iter("message")
    }


@pytest.fixture
def english(qapp):
    """Back to English after the test, as every other test expects."""
    yield
    install_translations(qapp, "")  # the system's, as at the start


def cut_off(window: QWidget) -> list[str]:
    """The visible texts that do not fit their widget (buttons, boxes, one-line labels, tabs)."""
    found = []
    for widget in window.findChildren(QWidget):
        if not widget.isVisible():
            continue
        if isinstance(widget, QAbstractButton) and not isinstance(widget, QCheckBox):
            if widget.sizeHint().width() > widget.width() + 1:
                found.append(
                    f"button {widget.text()!r}: {widget.sizeHint().width()} > {widget.width()}"
                )
        elif isinstance(widget, QCheckBox | QLabel) and not (
            isinstance(widget, QLabel) and widget.wordWrap()
        ):
            if widget.sizeHint().width() > widget.width() + 1 and widget.text():
                found.append(f"{type(widget).__name__} {widget.text()!r}")
        elif isinstance(widget, QTabWidget):
            bar = widget.tabBar()
            for i in range(bar.count()):
                if bar.tabSizeHint(i).width() > bar.tabRect(i).width() + 1:
                    found.append(f"tab {bar.tabText(i)!r}")
    return found


@pytest.mark.parametrize("code", LANGUAGES)
def test_the_ui_and_the_core_speak_the_language(qapp, english, code: str) -> None:
    assert install_translations(qapp, code) == code
    catalogue = words(code)
    for source in ("&Pause", "Time to shift position", "Settings"):
        if source in catalogue:
            assert QCoreApplication.translate("DeskGuard", source) == catalogue[source]
    assert _("Time to shift position") == catalogue["Time to shift position"]  # the core's
    assert QLocale().name().startswith(code.split("_")[0])  # dates and numbers too


def test_a_compiled_catalogue_gives_the_same_words_as_its_source(
    qapp, english, tmp_path: Path, monkeypatch
) -> None:
    """The packaged app loads .qm (built by pyside6-lrelease); from source the .ts is read."""
    if not LANGUAGES:
        pytest.skip("no catalogue shipped yet")
    code = LANGUAGES[0]
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    qm = tmp_path / f"deskguard_{code}.qm"
    subprocess.run(
        [str(lrelease), "-silent", str(folder() / f"deskguard_{code}.ts"), "-qm", str(qm)],
        check=True,
    )
    from deskguard.ui import translations

    monkeypatch.setattr(translations, "folder", lambda: tmp_path)
    assert install_translations(qapp, code) == code
    catalogue = words(code)
    assert all(
        QCoreApplication.translate("DeskGuard", source) == text
        for source, text in catalogue.items()
        if text
    )


@pytest.mark.parametrize("code", [c for c in ("de", "pl", "ja") if c in LANGUAGES])
def test_long_words_fit_at_1280x800(qtbot, qapp, english, make_app, code: str) -> None:
    install_translations(qapp, code)
    app = make_app()
    app.show_settings()
    dialog = app.windows["settings"]
    qtbot.waitExposed(dialog)
    assert dialog.height() <= 800 and dialog.width() <= 1280
    # In this language (not the one of an earlier test), the standard buttons too.
    titles = [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())]
    assert words(code)["Exercises"] in titles
    assert all(b.text() for b in dialog.buttons.buttons())  # Qt's own catalogue, not blanks
    problems = []
    for i in range(dialog.tabs.count()):
        dialog.tabs.setCurrentIndex(i)
        qtbot.wait(50)
        problems += cut_off(dialog)
    dialog.tabs.setCurrentIndex(0)
    qtbot.wait(50)
    screenshot(dialog, f"settings-{code}")
    app.show_welcome()
    welcome = app.windows["welcome"]
    qtbot.waitExposed(welcome)
    assert welcome.height() <= 800 - 40
    problems += cut_off(welcome)
    screenshot(welcome, f"welcome-{code}")
    app.menu.menu.aboutToShow.emit()
    assert app.menu.settings_action.text() == words(code)["Se&ttings…"]
    welcome.close()
    dialog.close()
    assert problems == []


@pytest.mark.parametrize("code", LANGUAGES)
def test_the_app_starts_in_each_language(tmp_path: Path, models_dir: Path, code: str) -> None:
    config = tmp_path / "config"
    config.mkdir()
    (config / "settings.json").write_text(f'{{"language": "{code}"}}')
    env = {
        **__import__("os").environ,
        "DESKGUARD_CONFIG_DIR": str(config),
        "XDG_RUNTIME_DIR": str(private_runtime_dir(tmp_path)),
    }
    proc = launch(models_dir, tmp_path / "history.sqlite3", env=env)
    lines = _Lines(proc)
    try:
        lines.wait_for(f"language: {code}", timeout_s=60)
        lines.wait_for("first sample", timeout_s=60)
    finally:
        proc.send_signal(signal.SIGTERM)
        code_out = proc.wait(timeout=30)
        said = lines.finish()
    assert code_out == 0
    assert "Traceback" not in "\n".join(said)


def test_the_language_setting_is_offered_with_native_names(qtbot, make_app) -> None:
    app = make_app()
    app.show_settings()
    combo = app.windows["settings"]._editors["language"]
    offered = [combo.itemData(i) for i in range(combo.count())]
    assert offered == ["", *LANGUAGES]
    assert combo.itemText(0).startswith("As the system")
    if "de" in LANGUAGES:
        assert combo.itemText(offered.index("de")) == "Deutsch"
