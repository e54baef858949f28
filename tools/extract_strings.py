"""Collect every user-visible string into the Qt Linguist template (resources/translations).

    python tools/extract_strings.py           # rewrite the template
    python tools/extract_strings.py --check   # exit 1 if it is out of date (the tests run this)
    python tools/extract_strings.py --update  # and bring every catalogue in line with it

The UI marks its strings with ``tr("…")`` and the core with ``_("…")``, counted
phrases with ``_n("%n break", "%n breaks", n)`` (see ``deskguard/core/i18n.py``);
at run time all go through ``QCoreApplication.translate("DeskGuard", …)``.
pyside6-lupdate does not know the core's ``_``, so this reads the source with
``ast`` instead. A counted phrase is a Qt numerus message: its key is the
plural English, its singular is given to translators as a comment.
Translators open the template in Qt Linguist, save ``deskguard_<lang>.ts``,
and ``pyside6-lrelease`` makes the ``deskguard_<lang>.qm`` the app loads.

``--update`` does for each catalogue what ``lupdate`` would: new strings are
added as unfinished (a counted one with as many forms as the language has),
strings gone from the source are dropped, and a string whose only change is
its keyboard mnemonic (``S&tart`` for ``&Start``) keeps its translation.
"""

from __future__ import annotations

import argparse
import ast
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import escape

REPO = Path(__file__).resolve().parents[1]
TEMPLATE = REPO / "resources" / "translations" / "deskguard.ts"
MARKERS = {"tr", "_"}
COUNTED = "_n"


@dataclass(frozen=True)
class Entry:
    """One string to translate: where it is first used, and its singular if counted."""

    text: str
    file: str
    line: int
    one: str | None = None  # a counted phrase's English singular (numerus messages)


def _joined(node: ast.expr) -> str | None:
    """The literal text of a string argument (adjacent literals are one Constant)."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    return None


def collect() -> list[Entry]:
    """Every marked string, in source order, first place only."""
    seen: dict[str, tuple[str, int]] = {}
    singular: dict[str, str] = {}
    for path in sorted((REPO / "deskguard").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        where = str(path.relative_to(REPO))
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)):
                continue
            if node.func.id in MARKERS and node.args:
                text = _joined(node.args[0])
                if text and text not in seen:
                    seen[text] = (where, node.lineno)
            elif node.func.id == COUNTED and len(node.args) >= 2:
                one, many = _joined(node.args[0]), _joined(node.args[1])
                if one and many and many not in seen:
                    seen[many] = (where, node.lineno)
                    singular[many] = one
    # The core's tables of words are translated where they are used.
    from deskguard.core.presentation import _PROBLEM_WORDS, STATE_WORDS
    from deskguard.core.suggestions import POOLS

    for text in [*STATE_WORDS.values(), *_PROBLEM_WORDS.values()]:
        seen.setdefault(text, ("deskguard/core/presentation.py", 0))
    for pool in POOLS.values():
        for text in pool:
            seen.setdefault(text, ("deskguard/core/suggestions.py", 0))
    entries = [Entry(t, f, n, singular.get(t)) for t, (f, n) in seen.items()]
    return sorted(entries, key=lambda e: (e.file, e.line, e.text))


#: A translation as a catalogue holds it: the text, or a counted phrase's forms; None: none yet.
Translation = str | list[str] | None


def render(
    entries: list[Entry], language: str = "", done: dict[str, Translation] | None = None
) -> str:
    """The .ts document: the template (no ``language``) or a catalogue with its translations.

    Locations carry no line numbers, so edits elsewhere do not churn the files.
    """
    from deskguard.core.i18n import plural_forms

    done = done or {}
    lines = [
        '<?xml version="1.0" encoding="utf-8"?>',
        "<!DOCTYPE TS>",
        f'<TS version="2.1" language="{language}">' if language else '<TS version="2.1">',
        "<context>",
        "    <name>DeskGuard</name>",
    ]
    for entry in entries:
        have = done.get(entry.text)
        state = "" if have else ' type="unfinished"'
        lines += [
            '    <message numerus="yes">' if entry.one else "    <message>",
            f'        <location filename="../../{entry.file}"/>',
            f"        <source>{escape(entry.text)}</source>",
        ]
        if entry.one:
            lines.append(f"        <extracomment>Singular: {escape(entry.one)}</extracomment>")
            forms = (
                have
                if isinstance(have, list)
                else [""] * (plural_forms(language) if language else 1)
            )
            lines.append(f"        <translation{state}>")
            lines += [f"            <numerusform>{escape(f)}</numerusform>" for f in forms]
            lines.append("        </translation>")
        else:
            text = have if isinstance(have, str) else ""
            lines.append(f"        <translation{state}>{escape(text)}</translation>")
        lines.append("    </message>")
    lines += ["</context>", "</TS>", ""]
    return "\n".join(lines)


def read_catalogue(path: Path) -> tuple[str, dict[str, Translation]]:
    """A catalogue's language and its finished translations."""
    root = ET.parse(path).getroot()
    done: dict[str, Translation] = {}
    for message in root.iter("message"):
        source = message.findtext("source") or ""
        node = message.find("translation")
        if node is None or node.get("type"):
            continue
        if message.get("numerus") == "yes":
            forms = [f.text or "" for f in node.iter("numerusform")]
            if forms and all(forms):
                done[source] = forms
        elif node.text:
            done[source] = node.text
    return root.get("language") or "", done


def update_catalogue(path: Path, entries: list[Entry]) -> tuple[int, int]:
    """Bring one catalogue in line with the source; (strings still to translate, dropped)."""
    language, done = read_catalogue(path)
    # A source whose only change is its mnemonic keeps its translation.
    # Only from a source gone from the program, and only mnemonic to mnemonic ("&Day" is
    # not "Day": a report's header must not inherit a button's "&Tag").
    wanted = {entry.text for entry in entries}
    by_letters = {
        source.replace("&", ""): source for source in done if source not in wanted and "&" in source
    }
    kept: dict[str, Translation] = {}
    used: set[str] = set()
    for entry in entries:
        source = entry.text if entry.text in done else None
        if source is None and "&" in entry.text:
            source = by_letters.get(entry.text.replace("&", ""))
        have = done.get(source) if source is not None else None
        if source is not None and have is not None and isinstance(have, list) == bool(entry.one):
            kept[entry.text] = have
            used.add(source)
    path.write_text(render(entries, language, kept), encoding="utf-8")
    return len(entries) - len(kept), len(set(done) - used)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true")
    parser.add_argument("--update", action="store_true", help="update every catalogue too")
    args = parser.parse_args()
    sys.path.insert(0, str(REPO))
    entries = collect()
    text = render(entries)
    if args.check:
        current = TEMPLATE.read_text(encoding="utf-8") if TEMPLATE.exists() else ""
        if current != text:
            print(
                f"{TEMPLATE} is out of date: run python tools/extract_strings.py", file=sys.stderr
            )
            return 1
        return 0
    TEMPLATE.parent.mkdir(parents=True, exist_ok=True)
    TEMPLATE.write_text(text, encoding="utf-8")
    print(f"wrote {TEMPLATE} ({len(entries)} strings)")
    if args.update:
        for path in sorted(TEMPLATE.parent.glob("deskguard_*.ts")):
            todo, dropped = update_catalogue(path, entries)
            print(f"{path.name}: {todo} to translate, {dropped} dropped")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
