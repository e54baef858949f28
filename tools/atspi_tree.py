"""Dump an application's accessibility tree as a screen reader sees it (AT-SPI), as JSON.

Run it with the system's Python, which has Debian's ``python3-pyatspi``
(the venv's Python is another build and cannot load it)::

    /usr/bin/python3 tools/atspi_tree.py --pid 12345
    /usr/bin/python3 tools/atspi_tree.py --name DeskGuard

It reads the accessibility bus (``org.a11y.Bus`` on the session bus, as
scripts/desktop-env.sh offers it) and prints, for each top-level window of
the application, a tree of ``{"role", "name", "description", "states",
"labelled_by", "children"}`` (``labelled_by``: the names of its labels).
Every value is asked of the application over D-Bus, so the application
must keep answering (its event loop running) while this runs.
Exit status 2: no such application on the bus.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

#: Deeper than any window of the app; a guard against a cycle in a broken tree.
MAX_DEPTH = 40


def _states(node: Any) -> list[str]:
    import pyatspi

    return sorted(pyatspi.stateToString(s) for s in node.getState().getStates())


def tree(node: Any, depth: int = 0) -> dict[str, Any]:
    """``node`` and everything below it."""
    children = []
    if depth < MAX_DEPTH:
        for i in range(node.childCount):
            child = node.getChildAtIndex(i)
            if child is not None:
                children.append(tree(child, depth + 1))
    return {
        "role": node.getRoleName(),
        "name": node.name or "",
        "description": node.description or "",
        "states": _states(node),
        "labelled_by": _labels(node),
        "children": children,
    }


def _labels(node: Any) -> list[str]:
    """The names of the labels that label ``node`` (a buddy label, in Qt)."""
    import pyatspi

    names = []
    for relation in node.getRelationSet():
        if relation.getRelationType() == pyatspi.RELATION_LABELLED_BY:
            targets = (relation.getTarget(i) for i in range(relation.getNTargets()))
            names += [t.name or "" for t in targets if t is not None]
    return names


def find_app(pid: int | None, name: str | None) -> Any:
    """The application on the accessibility bus with this process id (or name)."""
    import pyatspi

    desktop = pyatspi.Registry.getDesktop(0)
    for i in range(desktop.childCount):
        app = desktop.getChildAtIndex(i)
        if app is None:
            continue
        if pid is not None and app.get_process_id() == pid:
            return app
        if pid is None and name is not None and app.name == name:
            return app
    return None


def main(argv: list[str] | None = None) -> int:
    """Print the application's windows as JSON."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    who = parser.add_mutually_exclusive_group(required=True)
    who.add_argument("--pid", type=int, help="the application's process id")
    who.add_argument("--name", help="the application's name (QCoreApplication.applicationName)")
    args = parser.parse_args(argv)
    app = find_app(args.pid, args.name)
    if app is None:
        print(f"no application {args.pid or args.name!r} on the accessibility bus", file=sys.stderr)
        return 2
    windows = [tree(app.getChildAtIndex(i)) for i in range(app.childCount)]
    json.dump({"application": app.name, "windows": windows}, sys.stdout, indent=1)
    print()
    return 0


if __name__ == "__main__":
    sys.exit(main())
