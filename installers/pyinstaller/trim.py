"""What the frozen DeskGuard leaves out of its bundle, and why (used by deskguard.spec).

PyInstaller collects whole packages and every Qt plugin of a used Qt module,
then every library those files link against. Most of that is never loaded:
OpenCV's own Qt 5 platform plugins (for ``cv2.imshow``, which DeskGuard never
calls) drag in a private copy of the X11 libraries, Qt's GTK 3 theme plugin
drags in GTK, Cairo and Pango, and its on-screen keyboard drags in Qt Quick
and QML. The lists below were made by running the built app (``--version``,
``models status``, ``doctor``, ``analyze`` on a photo and a video, ``replay``,
``stats``, and the tray app on a clip) under ``strace -e openat`` and reading
which bundled files it opened; what stays in is what it opened, plus what a
user's desktop may need that the test desktop does not (Wayland, the portal
theme, input methods, the dashboard's Qt Charts, translations).

After the named files are dropped, :func:`trim` drops every top-level shared
library that nothing left in the bundle links against (``DT_NEEDED``), except
the few that are loaded by name at run time (:data:`LOADED_BY_NAME`).
"""

from __future__ import annotations

import fnmatch
import subprocess
from collections.abc import Callable, Iterable

#: Python packages DeskGuard never imports. MediaPipe imports its drawing
#: helpers (which import matplotlib) from ``mediapipe.tasks.python.vision``;
#: deskguard/analysis/lean_import.py answers those two modules with stand-ins,
#: so matplotlib and what only it uses (Pillow, kiwisolver, contourpy,
#: certifi) stay out. PyYAML is only for ``numpy.show_config()``.
EXCLUDED_MODULES = [
    "tkinter", "IPython", "pytest", "pytestqt", "mypy", "ruff", "importlinter",
    "hypothesis", "skimage", "scipy",
    "matplotlib", "mpl_toolkits", "PIL", "kiwisolver", "contourpy", "certifi", "yaml",
    "sounddevice",  # MediaPipe's audio tasks only
    # Qt modules DeskGuard does not import (it uses QtCore, QtGui, QtWidgets,
    # QtCharts, QtNetwork for the single-instance socket, QtDBus, and QtSvg for
    # the exercise pictures).
    "PySide6.QtWebEngineCore", "PySide6.QtWebEngineWidgets", "PySide6.QtWebEngineQuick",
    "PySide6.QtQuick", "PySide6.QtQml", "PySide6.QtQuick3D", "PySide6.Qt3DCore",
    "PySide6.QtMultimedia", "PySide6.QtPdf", "PySide6.QtDesigner", "PySide6.QtDataVisualization",
    "PySide6.QtGraphs", "PySide6.QtLocation", "PySide6.QtPositioning", "PySide6.QtSensors",
    "PySide6.QtSerialPort", "PySide6.QtBluetooth", "PySide6.QtNfc", "PySide6.QtWebSockets",
    "PySide6.QtSql", "PySide6.QtTest", "PySide6.QtOpenGL", "PySide6.QtOpenGLWidgets",
    "PySide6.QtSvgWidgets", "PySide6.QtPrintSupport", "PySide6.QtXml",
    "PySide6.QtUiTools", "PySide6.QtHelp", "PySide6.QtConcurrent",
]

_PLUGINS = "PySide6/Qt/plugins/"

#: Bundle paths (fnmatch patterns, ``*`` crosses folders) left out, with the reason.
DROPPED: dict[str, str] = {
    "cv2/qt/*": "OpenCV's Qt 5 plugins and fonts, for cv2.imshow windows DeskGuard never opens",
    _PLUGINS + "platforms/libqeglfs.so": "full-screen embedded platform, no desktop",
    _PLUGINS + "platforms/libqlinuxfb.so": "framebuffer platform, no desktop",
    _PLUGINS + "platforms/libqminimalegl.so": "embedded test platform",
    _PLUGINS + "platforms/libqvnc.so": "VNC server platform",
    _PLUGINS + "platforms/libqvkkhrdisplay.so": "Vulkan display platform, no desktop",
    _PLUGINS + "egldeviceintegrations/*": "used only by the eglfs platform",
    _PLUGINS + "generic/*": "evdev/TUIO input, used only by eglfs and linuxfb",
    _PLUGINS + "platformthemes/libqgtk3.so": (
        "GTK 3 dialogs and palette; pulls in GTK, Cairo, Pango and ATK (about 20 MB). "
        "The XDG portal theme stays, so dark mode and the desktop font still apply"
    ),
    _PLUGINS + "platforminputcontexts/libqtvirtualkeyboardplugin.so": (
        "the on-screen keyboard; pulls in Qt Quick and QML"
    ),
    _PLUGINS + "networkinformation/*": "QtNetwork serves only the local single-instance socket",
    _PLUGINS + "tls/*": "QtNetwork serves only the local single-instance socket",
    _PLUGINS + "imageformats/libqtiff.so": "DeskGuard reads no TIFF through Qt",
    _PLUGINS + "imageformats/libqwebp.so": "DeskGuard reads no WebP through Qt",
    _PLUGINS + "imageformats/libqtga.so": "DeskGuard reads no TGA through Qt",
    _PLUGINS + "imageformats/libqwbmp.so": "DeskGuard reads no WBMP through Qt",
    _PLUGINS + "imageformats/libqicns.so": "macOS icon files",
    "PySide6/Qt/translations/qt_*": (
        "catalogues of all Qt modules; DeskGuard loads qtbase_<lang>.qm, which stay"
    ),
    "*/__pycache__/*": "byte code is in the archive",
    "libdbus-1.so.3": (
        "the system's, which must match the desktop's D-Bus (the .deb depends on libdbus-1-3); "
        "the bundled copy brought libsystemd and libgcrypt with it"
    ),
}

#: Libraries no ``DT_NEEDED`` entry names but that are opened by name at run time.
LOADED_BY_NAME = (
    "libpython3*",  # by PyInstaller's bootloader
    "libssl.so*",  # by Qt's TLS code if it is ever used; Python's ssl links them anyway
    "libcrypto.so*",
)

Entry = tuple[str, str, str]  # PyInstaller's (name in the bundle, source path, type code)


def dt_needed(path: str) -> list[str]:
    """The ``DT_NEEDED`` names of an ELF file (empty for anything else).

    Needs binutils' readelf; without it this fails rather than answer "nothing",
    which would leave every library out.
    """
    out = subprocess.run(["readelf", "-dW", path], capture_output=True, text=True).stdout
    return [
        line.split("[", 1)[1].split("]", 1)[0]
        for line in out.splitlines()
        if "(NEEDED)" in line
    ]


def _matches(name: str, patterns: Iterable[str]) -> bool:
    return any(fnmatch.fnmatch(name, pattern) for pattern in patterns)


def trim(
    binaries: list[Entry],
    datas: list[Entry],
    needed: Callable[[str], list[str]] = dt_needed,
) -> tuple[list[Entry], list[Entry], list[Entry]]:
    """(binaries, datas, dropped): the named files out, then the libraries nothing needs.

    The roots are what is loaded by path or by name: Python extensions, Qt
    plugins, shared objects among the data or in a package's own folder, and
    ``LOADED_BY_NAME``. A library is a shared object at the top level or in a
    wheel's library folder (``PySide6/Qt/lib/``, ``opencv_contrib_python.libs/``,
    linked from the top level, as PyInstaller lays out a normal virtual
    environment). A library stays if a root needs it, directly or through
    other libraries (``DT_NEEDED`` names, matched by file name); a link stays
    with what it points to.
    """
    dropped = [e for e in binaries + datas if _matches(e[0], DROPPED)]
    binaries = [e for e in binaries if not _matches(e[0], DROPPED)]
    datas = [e for e in datas if not _matches(e[0], DROPPED)]

    def is_library(entry: Entry) -> bool:
        if entry[2] == "SYMLINK":
            return True
        folder = entry[0].rpartition("/")[0]
        # Anything else in a package's folder may be loaded by path (MediaPipe's C
        # library through ctypes): a root, never dropped.
        in_lib_folder = folder in ("", "PySide6/Qt/lib") or folder.endswith(".libs")
        return entry[2] == "BINARY" and in_lib_folder and ".so" in entry[0]

    libraries = [e for e in binaries if is_library(e)]
    by_file_name: dict[str, list[Entry]] = {}
    for entry in libraries:
        by_file_name.setdefault(entry[0].rsplit("/", 1)[-1], []).append(entry)
    by_name = {e[0]: e for e in libraries}
    roots = [e for e in binaries if not is_library(e)]
    roots += [e for e in datas if e[0].endswith(".so") or ".so." in e[0]]
    roots += [e for e in libraries if _matches(e[0].rsplit("/", 1)[-1], LOADED_BY_NAME)]
    kept: set[str] = set()  # bundle names

    def keep(entry: Entry, todo: list[str]) -> None:
        if entry[0] in kept:
            return
        kept.add(entry[0])
        if entry[2] == "SYMLINK":
            target = by_name.get(entry[1])
            if target is not None:
                keep(target, todo)
        else:
            todo.append(entry[1])

    todo: list[str] = []
    for root in roots:
        if root in libraries:
            keep(root, todo)
        elif root[2] != "SYMLINK":
            todo.append(root[1])
    while todo:
        for name in needed(todo.pop()):
            for entry in by_file_name.get(name, []):
                keep(entry, todo)
    # A link to a library that stays, stays (PyInstaller links the top level to it).
    for entry in libraries:
        if entry[2] == "SYMLINK" and entry[1] in kept:
            kept.add(entry[0])
    dropped += [e for e in libraries if e[0] not in kept]
    binaries = [e for e in binaries if not is_library(e) or e[0] in kept]
    return binaries, datas, dropped
