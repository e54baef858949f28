"""Collect every user-visible string into the Qt Linguist template (resources/translations).

    python tools/extract_strings.py          # rewrite the template
    python tools/extract_strings.py --check  # exit 1 if it is out of date (the tests run this)

The UI marks its strings with ``tr("…")`` and the core with ``_("…")`` (see
``deskguard/core/i18n.py``); at run time both go through
``QCoreApplication.translate("DeskGuard", …)``. pyside6-lupdate does not know
the core's ``_``, so this reads the source with ``ast`` instead. Translators
open the template in Qt Linguist, save ``deskguard_<lang>.ts``, and
``pyside6-lrelease`` makes the ``deskguard_<lang>.qm`` the app loads.
"""

from __future__ import annotations

import argparse
import ast
import sys
from pathlib import Path
from xml.sax.saxutils import escape

REPO = Path(__file__).resolve().parents[1]
TEMPLATE = REPO / "resources" / "translations" / "deskguard.ts"
MARKERS = {"tr", "_"}


def _joined(node: ast.expr) -> str | None:
    """The literal text of a string argument (adjacent literals are one Constant)."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    return None


def collect() -> list[tuple[str, str, int]]:
    """(text, file, line) for every marked string, in source order, first place only."""
    seen: dict[str, tuple[str, int]] = {}
    for path in sorted((REPO / "deskguard").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id in MARKERS
                and node.args
            ):
                text = _joined(node.args[0])
                if text and text not in seen:
                    seen[text] = (str(path.relative_to(REPO)), node.lineno)
    # The core's tables of words are translated where they are used.
    from deskguard.core.presentation import _PROBLEM_WORDS, STATE_WORDS
    from deskguard.core.suggestions import POOLS

    for text in [*STATE_WORDS.values(), *_PROBLEM_WORDS.values()]:
        seen.setdefault(text, ("deskguard/core/presentation.py", 0))
    for pool in POOLS.values():
        for text in pool:
            seen.setdefault(text, ("deskguard/core/suggestions.py", 0))
    return sorted(((t, f, n) for t, (f, n) in seen.items()), key=lambda x: (x[1], x[2], x[0]))


def render(strings: list[tuple[str, str, int]]) -> str:
    """The .ts document (locations without line numbers, so edits elsewhere do not churn it)."""
    lines = [
        '<?xml version="1.0" encoding="utf-8"?>',
        "<!DOCTYPE TS>",
        '<TS version="2.1">',
        "<context>",
        "    <name>DeskGuard</name>",
    ]
    for text, file, _line in strings:
        lines += [
            "    <message>",
            f'        <location filename="../../{file}"/>',
            f"        <source>{escape(text)}</source>",
            '        <translation type="unfinished"></translation>',
            "    </message>",
        ]
    lines += ["</context>", "</TS>", ""]
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args()
    sys.path.insert(0, str(REPO))
    text = render(collect())
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
    print(f"wrote {TEMPLATE} ({text.count('<message>')} strings)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
