"""installers/pyinstaller/trim.py: what the frozen app leaves out, decided without building it.

The real bundle is checked by test_linux_package.py (it runs the trimmed app);
these cases pin the rules on a small made-up bundle, in milliseconds.
"""

from __future__ import annotations

import importlib.util
import sys
from types import ModuleType

from tests.conftest import REPO


def _trim_module() -> ModuleType:
    path = REPO / "installers" / "pyinstaller" / "trim.py"
    spec = importlib.util.spec_from_file_location("deskguard_trim", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault(spec.name, module)
    spec.loader.exec_module(module)
    return module


trim = _trim_module()

#: Which libraries each file links against (its DT_NEEDED entries), by source path.
NEEDED = {
    "/src/cv2.so": ["libavcodec.so.61", "libc.so.6"],
    "/src/libavcodec.so.61": ["libaom.so.3"],
    "/src/libqxcb.so": ["libQt6XcbQpa.so.6"],
    "/src/libqgtk3.so": ["libgtk-3.so.0"],
    "/src/libgtk-3.so.0": ["libcairo.so.2"],
}


def _needed(path: str) -> list[str]:
    return NEEDED.get(path, [])


def _lib(name: str) -> tuple[str, str, str]:
    return (name, f"/src/{name}", "BINARY")


BINARIES = [
    ("cv2/cv2.abi3.so", "/src/cv2.so", "EXTENSION"),
    ("PySide6/Qt/plugins/platforms/libqxcb.so", "/src/libqxcb.so", "BINARY"),
    ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", "/src/libqgtk3.so", "BINARY"),
    ("cv2/qt/plugins/platforms/libqxcb.so", "/src/cv2-qxcb.so", "BINARY"),
    _lib("libavcodec.so.61"),
    _lib("libaom.so.3"),
    _lib("libQt6XcbQpa.so.6"),
    _lib("libgtk-3.so.0"),
    _lib("libcairo.so.2"),
    _lib("libpython3.11.so.1.0"),
    _lib("libssl.so.3"),
    _lib("libdbus-1.so.3"),
]
DATAS = [
    ("PySide6/Qt/translations/qtbase_de.qm", "/src/qtbase_de.qm", "DATA"),
    ("PySide6/Qt/translations/qt_de.qm", "/src/qt_de.qm", "DATA"),
    ("resources/icons/deskguard.svg", "/src/deskguard.svg", "DATA"),
]


def _names(entries: list[tuple[str, str, str]]) -> set[str]:
    return {e[0] for e in entries}


def test_named_files_and_the_libraries_only_they_needed_are_left_out() -> None:
    binaries, datas, dropped = trim.trim(BINARIES, DATAS, needed=_needed)
    assert _names(dropped) == {
        "PySide6/Qt/plugins/platformthemes/libqgtk3.so",  # named
        "cv2/qt/plugins/platforms/libqxcb.so",  # named
        "PySide6/Qt/translations/qt_de.qm",  # named
        "libgtk-3.so.0",  # needed only by the GTK theme
        "libcairo.so.2",  # needed only by GTK
        "libdbus-1.so.3",  # named: the system's is used
    }
    assert _names(binaries) == {
        "cv2/cv2.abi3.so",
        "PySide6/Qt/plugins/platforms/libqxcb.so",
        "libavcodec.so.61",  # cv2 needs it
        "libaom.so.3",  # libavcodec needs it: the closure follows chains
        "libQt6XcbQpa.so.6",
        "libpython3.11.so.1.0",  # loaded by name by the bootloader
        "libssl.so.3",  # loaded by name
    }
    assert _names(datas) == {
        "PySide6/Qt/translations/qtbase_de.qm",
        "resources/icons/deskguard.svg",
    }


def test_what_the_spec_relies_on_is_kept() -> None:
    """The Qt modules DeskGuard imports are never excluded."""
    for module in (
        "PySide6.QtCore",
        "PySide6.QtGui",
        "PySide6.QtWidgets",
        "PySide6.QtCharts",
        "PySide6.QtNetwork",
        "PySide6.QtDBus",
        "PySide6.QtSvg",
        "cv2",
        "mediapipe",
        "numpy",
    ):
        assert module not in trim.EXCLUDED_MODULES
    assert not any(p.startswith("PySide6/Qt/plugins/platforms/libqxcb") for p in trim.DROPPED)
    assert not any("wayland" in p or "xdgdesktopportal" in p for p in trim.DROPPED)


def test_libraries_in_their_wheels_folder_with_top_level_links_are_trimmed_too() -> None:
    """A normal virtual environment: PyInstaller keeps PySide6's libraries in
    PySide6/Qt/lib/ and links them from the top level; they are libraries, not roots."""
    needed = {
        "/src/QtCore.abi3.so": ["libQt6Core.so.6"],
        "/src/libQt6Core.so.6": ["libicuuc.so.73"],
        "/src/libqtvkb.so": ["libQt6Quick.so.6"],
        "/src/libQt6Quick.so.6": ["libQt6Qml.so.6"],
    }
    qt_lib = "PySide6/Qt/lib/"
    binaries = [
        ("PySide6/QtCore.abi3.so", "/src/QtCore.abi3.so", "EXTENSION"),
        (
            "PySide6/Qt/plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so",
            "/src/libqtvkb.so",
            "BINARY",
        ),
    ]
    for name in ("libQt6Core.so.6", "libicuuc.so.73", "libQt6Quick.so.6", "libQt6Qml.so.6"):
        binaries += [(qt_lib + name, f"/src/{name}", "BINARY"), (name, qt_lib + name, "SYMLINK")]
    kept, _, dropped = trim.trim(binaries, [], needed=lambda p: needed.get(p, []))
    assert _names(kept) == {
        "PySide6/QtCore.abi3.so",
        qt_lib + "libQt6Core.so.6",
        "libQt6Core.so.6",
        qt_lib + "libicuuc.so.73",  # needed by what is needed
        "libicuuc.so.73",
    }
    assert {qt_lib + "libQt6Quick.so.6", "libQt6Quick.so.6", "libQt6Qml.so.6"} <= _names(dropped)


def test_a_library_in_a_packages_own_folder_is_loaded_by_path_and_stays() -> None:
    """MediaPipe opens mediapipe/tasks/c/libmediapipe.so through ctypes: no DT_NEEDED names it."""
    binaries = [("mediapipe/tasks/c/libmediapipe.so", "/src/libmediapipe.so", "BINARY")]
    kept, _, dropped = trim.trim(binaries, [], needed=lambda p: [])
    assert _names(kept) == {"mediapipe/tasks/c/libmediapipe.so"} and dropped == []
