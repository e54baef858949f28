"""The translation pipeline, end to end: template up to date, a catalogue compiles and is used."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

from tests.conftest import REPO


def test_the_template_lists_every_string() -> None:
    run = subprocess.run(
        [sys.executable, "tools/extract_strings.py", "--check"],
        cwd=REPO,
        capture_output=True,
        text=True,
    )
    assert run.returncode == 0, run.stderr
    template = (REPO / "resources" / "translations" / "deskguard.ts").read_text()
    for text in (
        "Time to shift position",
        "&amp;Pause",
        "Posture looks good",
        "Stand up and walk for two or three minutes: fetch some water.",
    ):
        assert f"<source>{text}</source>" in template


def test_a_compiled_catalogue_translates_the_core_and_the_ui(tmp_path: Path) -> None:
    ts = (REPO / "resources" / "translations" / "deskguard.ts").read_text()
    ts = ts.replace(
        "<source>Time to shift position</source>\n"
        '        <translation type="unfinished"></translation>',
        "<source>Time to shift position</source>\n"
        "        <translation>Zeit, die Haltung zu wechseln</translation>",
    )
    (tmp_path / "deskguard_de.ts").write_text(ts)
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    subprocess.run(
        [
            str(lrelease),
            str(tmp_path / "deskguard_de.ts"),
            "-qm",
            str(tmp_path / "deskguard_de.qm"),
        ],
        check=True,
        capture_output=True,
    )
    code = textwrap.dedent(f"""
        import sys
        sys.path.insert(0, {str(REPO)!r})
        from PySide6.QtCore import QCoreApplication, QTranslator
        from deskguard.core import i18n
        from tests.scripted_day import Day
        app = QCoreApplication([])
        t = QTranslator()
        assert t.load({str(tmp_path / "deskguard_de.qm")!r})
        app.installTranslator(t)
        i18n.set_translator(lambda s: QCoreApplication.translate("DeskGuard", s))
        print([e.title for e in Day().sit(12.5).events if e.title][0])
    """)
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert run.returncode == 0, run.stderr
    assert run.stdout.strip() == "Zeit, die Haltung zu wechseln"
