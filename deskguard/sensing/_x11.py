"""The X11 calls the senses need, through ctypes.

- :class:`XScreenSaverIdle`: the idle time of Xlib's MIT-SCREEN-SAVER extension
  (libXss). A caveat of Xlib itself: if the X server goes away, Xlib's I/O
  error handler ends the process (as it does for every X client, Qt included).
- :class:`X11Windows`: whether the active window is full screen, through libxcb,
  whose errors come back with each reply (a server gone gives None, not an exit).

Each opens its display once, keeps it, and closes it when closed or collected;
each guards its connection with a lock, so the app may poll from any thread.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import threading
import weakref
from collections.abc import Callable
from typing import TypeVar


class XlibUnavailable(Exception):
    """The library, the display or the extension is not there (message for the user)."""


def load_library(soname: str, short_name: str) -> ctypes.CDLL:
    """Load a shared library by its run-time name, or by its short name as a fallback."""
    for name in (soname, ctypes.util.find_library(short_name)):
        if name:
            try:
                return ctypes.CDLL(name)
            except OSError:
                continue
    raise XlibUnavailable(f"{soname} is not installed")


class _XScreenSaverInfo(ctypes.Structure):
    # <X11/extensions/scrnsaver.h>
    _fields_ = [
        ("window", ctypes.c_ulong),
        ("state", ctypes.c_int),
        ("kind", ctypes.c_int),
        ("til_or_since", ctypes.c_ulong),
        ("idle", ctypes.c_ulong),  # milliseconds since the last input
        ("event_mask", ctypes.c_ulong),
    ]


def _xlib() -> ctypes.CDLL:
    x11 = load_library("libX11.so.6", "X11")
    x11.XOpenDisplay.argtypes = [ctypes.c_char_p]
    x11.XOpenDisplay.restype = ctypes.c_void_p
    x11.XDefaultRootWindow.argtypes = [ctypes.c_void_p]
    x11.XDefaultRootWindow.restype = ctypes.c_ulong
    x11.XCloseDisplay.argtypes = [ctypes.c_void_p]
    x11.XCloseDisplay.restype = ctypes.c_int
    x11.XFree.argtypes = [ctypes.c_void_p]
    x11.XFree.restype = ctypes.c_int
    return x11


def _xss() -> ctypes.CDLL:
    xss = load_library("libXss.so.1", "Xss")
    xss.XScreenSaverQueryExtension.argtypes = [
        ctypes.c_void_p,
        ctypes.POINTER(ctypes.c_int),
        ctypes.POINTER(ctypes.c_int),
    ]
    xss.XScreenSaverQueryExtension.restype = ctypes.c_int
    xss.XScreenSaverAllocInfo.argtypes = []
    xss.XScreenSaverAllocInfo.restype = ctypes.POINTER(_XScreenSaverInfo)
    xss.XScreenSaverQueryInfo.argtypes = [
        ctypes.c_void_p,
        ctypes.c_ulong,
        ctypes.POINTER(_XScreenSaverInfo),
    ]
    xss.XScreenSaverQueryInfo.restype = ctypes.c_int
    return xss


def _close(x11: ctypes.CDLL, display: int, info: object) -> None:
    """Free the info and close the display (also run at collection or exit)."""
    x11.XFree(info)
    x11.XCloseDisplay(display)


class XScreenSaverIdle:
    """Idle time from the X server's MIT-SCREEN-SAVER extension.

    Raises:
        XlibUnavailable: libX11 or libXss is missing, the display cannot be
            opened, or the server lacks the extension.

    """

    def __init__(self, display_name: str) -> None:
        x11, xss = _xlib(), _xss()
        display = x11.XOpenDisplay(display_name.encode())
        if not display:
            raise XlibUnavailable(f"cannot open the X display {display_name!r}")
        event_base, error_base = ctypes.c_int(), ctypes.c_int()
        if not xss.XScreenSaverQueryExtension(
            display, ctypes.byref(event_base), ctypes.byref(error_base)
        ):
            x11.XCloseDisplay(display)
            raise XlibUnavailable("the X server has no MIT-SCREEN-SAVER extension")
        info = xss.XScreenSaverAllocInfo()
        if not info:
            x11.XCloseDisplay(display)
            raise XlibUnavailable("XScreenSaverAllocInfo failed")
        self._xss = xss
        self._display = display
        self._root = x11.XDefaultRootWindow(display)
        self._info = info
        self._lock = threading.Lock()
        self._closer = weakref.finalize(self, _close, x11, display, info)

    def idle_ms(self) -> int | None:
        """Milliseconds since the last input on this display; None once closed or on failure."""
        with self._lock:
            if not self._closer.alive:
                return None
            if not self._xss.XScreenSaverQueryInfo(self._display, self._root, self._info):
                return None
            return int(self._info.contents.idle)

    def close(self) -> None:
        """Close the display connection (again is harmless)."""
        with self._lock:
            self._closer()


# The X protocol through libxcb: errors come back with each reply, so there is no
# process-wide error handler to install (Xlib's default one would end the process
# on a window closed between two requests).

_XCB_NONE = 0
_XCB_POINTER_ROOT = 1
_XCB_ATOM_ATOM = 4
_XCB_ATOM_WINDOW = 33
_XCB_MAP_STATE_VIEWABLE = 2


class _Cookie(ctypes.Structure):
    _fields_ = [("sequence", ctypes.c_uint)]


class _Screen(ctypes.Structure):
    _fields_ = [
        ("root", ctypes.c_uint32),
        ("default_colormap", ctypes.c_uint32),
        ("white_pixel", ctypes.c_uint32),
        ("black_pixel", ctypes.c_uint32),
        ("current_input_masks", ctypes.c_uint32),
        ("width_in_pixels", ctypes.c_uint16),
        ("height_in_pixels", ctypes.c_uint16),
    ]  # the rest of xcb_screen_t is not read


class _ScreenIterator(ctypes.Structure):
    _fields_ = [("data", ctypes.POINTER(_Screen)), ("rem", ctypes.c_int), ("index", ctypes.c_int)]


class _ReplyHead(ctypes.Structure):
    _fields_ = [
        ("response_type", ctypes.c_uint8),
        ("byte1", ctypes.c_uint8),
        ("sequence", ctypes.c_uint16),
        ("length", ctypes.c_uint32),
    ]


class _InternAtomReply(ctypes.Structure):
    _fields_ = [("head", _ReplyHead), ("atom", ctypes.c_uint32)]


class _GetPropertyReply(ctypes.Structure):
    _fields_ = [
        ("head", _ReplyHead),  # byte1: format (8, 16 or 32 bits)
        ("type", ctypes.c_uint32),
        ("bytes_after", ctypes.c_uint32),
        ("value_len", ctypes.c_uint32),
        ("pad", ctypes.c_uint8 * 12),
    ]


class _InputFocusReply(ctypes.Structure):
    _fields_ = [("head", _ReplyHead), ("focus", ctypes.c_uint32)]


class _QueryTreeReply(ctypes.Structure):
    _fields_ = [
        ("head", _ReplyHead),
        ("root", ctypes.c_uint32),
        ("parent", ctypes.c_uint32),
        ("children_len", ctypes.c_uint16),
        ("pad", ctypes.c_uint8 * 14),
    ]


class _QueryPointerReply(ctypes.Structure):
    _fields_ = [("head", _ReplyHead), ("root", ctypes.c_uint32), ("child", ctypes.c_uint32)]


class _GeometryReply(ctypes.Structure):
    _fields_ = [
        ("head", _ReplyHead),
        ("root", ctypes.c_uint32),
        ("x", ctypes.c_int16),
        ("y", ctypes.c_int16),
        ("width", ctypes.c_uint16),
        ("height", ctypes.c_uint16),
        ("border_width", ctypes.c_uint16),
    ]


class _TranslateReply(ctypes.Structure):
    _fields_ = [
        ("head", _ReplyHead),
        ("child", ctypes.c_uint32),
        ("dst_x", ctypes.c_int16),
        ("dst_y", ctypes.c_int16),
    ]


class _AttributesReply(ctypes.Structure):
    _fields_ = [
        ("head", _ReplyHead),
        ("visual", ctypes.c_uint32),
        ("class_", ctypes.c_uint16),
        ("bit_gravity", ctypes.c_uint8),
        ("win_gravity", ctypes.c_uint8),
        ("backing_planes", ctypes.c_uint32),
        ("backing_pixel", ctypes.c_uint32),
        ("save_under", ctypes.c_uint8),
        ("map_is_installed", ctypes.c_uint8),
        ("map_state", ctypes.c_uint8),
        ("override_redirect", ctypes.c_uint8),
    ]


def _xcb() -> ctypes.CDLL:
    xcb = load_library("libxcb.so.1", "xcb")
    p, u32, u8 = ctypes.c_void_p, ctypes.c_uint32, ctypes.c_uint8
    signatures: dict[str, tuple[list[object], object]] = {
        "xcb_connect": ([ctypes.c_char_p, ctypes.POINTER(ctypes.c_int)], p),
        "xcb_connection_has_error": ([p], ctypes.c_int),
        "xcb_disconnect": ([p], None),
        "xcb_get_setup": ([p], p),
        "xcb_setup_roots_iterator": ([p], _ScreenIterator),
        "xcb_screen_next": ([ctypes.POINTER(_ScreenIterator)], None),
        "xcb_intern_atom": ([p, u8, ctypes.c_uint16, ctypes.c_char_p], _Cookie),
        "xcb_intern_atom_reply": ([p, _Cookie, p], ctypes.POINTER(_InternAtomReply)),
        "xcb_get_property": ([p, u8, u32, u32, u32, u32, u32], _Cookie),
        "xcb_get_property_reply": ([p, _Cookie, p], ctypes.POINTER(_GetPropertyReply)),
        "xcb_get_property_value": ([p], p),
        "xcb_get_property_value_length": ([p], ctypes.c_int),
        "xcb_get_input_focus": ([p], _Cookie),
        "xcb_get_input_focus_reply": ([p, _Cookie, p], ctypes.POINTER(_InputFocusReply)),
        "xcb_query_tree": ([p, u32], _Cookie),
        "xcb_query_tree_reply": ([p, _Cookie, p], ctypes.POINTER(_QueryTreeReply)),
        "xcb_query_pointer": ([p, u32], _Cookie),
        "xcb_query_pointer_reply": ([p, _Cookie, p], ctypes.POINTER(_QueryPointerReply)),
        "xcb_get_geometry": ([p, u32], _Cookie),
        "xcb_get_geometry_reply": ([p, _Cookie, p], ctypes.POINTER(_GeometryReply)),
        "xcb_translate_coordinates": (
            [p, u32, u32, ctypes.c_int16, ctypes.c_int16],
            _Cookie,
        ),
        "xcb_translate_coordinates_reply": ([p, _Cookie, p], ctypes.POINTER(_TranslateReply)),
        "xcb_get_window_attributes": ([p, u32], _Cookie),
        "xcb_get_window_attributes_reply": ([p, _Cookie, p], ctypes.POINTER(_AttributesReply)),
    }
    for name, (argtypes, restype) in signatures.items():
        function = getattr(xcb, name)
        function.argtypes = argtypes
        function.restype = restype
    return xcb


def _libc_free() -> Callable[[object], None]:
    """C's free(), for the replies libxcb allocates."""
    libc = ctypes.CDLL(None)
    libc.free.argtypes = [ctypes.c_void_p]
    libc.free.restype = None
    free: Callable[[object], None] = libc.free
    return free


_Reply = TypeVar("_Reply", bound=ctypes.Structure)


class _Failed(Exception):
    """A request got an error or no reply (a window gone, the server gone)."""


#: Windows that cover the screen by nature and are no full-screen app.
_DESKTOP_TYPES = ("_NET_WM_WINDOW_TYPE_DESKTOP", "_NET_WM_WINDOW_TYPE_DOCK")


class X11Windows:
    """Reads which window is active and whether it fills its screen, through libxcb.

    One connection, opened once and closed when closed or collected.

    Raises:
        XlibUnavailable: libxcb is missing or the display cannot be opened.

    """

    def __init__(self, display_name: str) -> None:
        xcb = _xcb()
        screen_number = ctypes.c_int()
        connection = xcb.xcb_connect(display_name.encode(), ctypes.byref(screen_number))
        if not connection or xcb.xcb_connection_has_error(connection):
            if connection:
                xcb.xcb_disconnect(connection)
            raise XlibUnavailable(f"cannot open the X display {display_name!r}")
        screens = xcb.xcb_setup_roots_iterator(xcb.xcb_get_setup(connection))
        for _ in range(screen_number.value):
            xcb.xcb_screen_next(ctypes.byref(screens))
        screen = screens.data.contents
        self._xcb = xcb
        self._free = _libc_free()
        self._connection = connection
        self._root = int(screen.root)
        self._lock = threading.Lock()
        self._closer = weakref.finalize(self, xcb.xcb_disconnect, connection)
        self._atoms: dict[str, int] = {}

    def close(self) -> None:
        """Close the connection (again is harmless)."""
        with self._lock:
            self._closer()

    def active_window_is_fullscreen(self) -> bool | None:
        """Whether the active window is full screen; None if the server cannot tell now.

        The active window is the window manager's ``_NET_ACTIVE_WINDOW``; without
        a window manager, the toplevel holding the input focus (or, when the
        focus follows the pointer, the one under it). It counts as full screen
        when its ``_NET_WM_STATE`` says ``_NET_WM_STATE_FULLSCREEN`` or it
        covers the whole X screen (so, with several monitors and no window
        manager, a window filling one monitor is not seen); the desktop and
        panels never count.
        """
        with self._lock:
            if not self._closer.alive or self._xcb.xcb_connection_has_error(self._connection):
                return None
            try:
                window = self._active_toplevel()
                return window is not None and self._is_fullscreen(window)
            except _Failed:
                # A window that went away between two requests is no full-screen app.
                return None if self._xcb.xcb_connection_has_error(self._connection) else False

    def _active_toplevel(self) -> int | None:
        managed = self._property(self._root, "_NET_ACTIVE_WINDOW", _XCB_ATOM_WINDOW)
        if managed == [_XCB_NONE]:
            return None  # the window manager says: no window is active
        if managed and self._exists(managed[0]):
            return managed[0]
        # No window manager (or one gone, leaving its last answer behind): the focus.
        focus = self._reply("get_input_focus", _InputFocusReply).focus
        if focus == _XCB_POINTER_ROOT:
            focus = self._reply("query_pointer", _QueryPointerReply, self._root).child
        if focus in (_XCB_NONE, self._root):
            return None
        # The focus may sit in a child window: climb to the child of the root.
        while True:
            parent = self._reply("query_tree", _QueryTreeReply, focus).parent
            if parent in (self._root, _XCB_NONE):
                return int(focus)
            focus = parent

    def _exists(self, window: int) -> bool:
        try:
            self._reply("get_window_attributes", _AttributesReply, window)
        except _Failed:
            return False
        return True

    def _is_fullscreen(self, window: int) -> bool:
        types = self._property(window, "_NET_WM_WINDOW_TYPE", _XCB_ATOM_ATOM) or []
        if any(self._atom(name) in types for name in _DESKTOP_TYPES):
            return False
        attributes = self._reply("get_window_attributes", _AttributesReply, window)
        if attributes.map_state != _XCB_MAP_STATE_VIEWABLE:
            return False
        states = self._property(window, "_NET_WM_STATE", _XCB_ATOM_ATOM) or []
        if self._atom("_NET_WM_STATE_FULLSCREEN") in states:
            return True
        geometry = self._reply("get_geometry", _GeometryReply, window)
        root = self._root
        corner = self._reply("translate_coordinates", _TranslateReply, window, root, 0, 0)
        screen = self._reply("get_geometry", _GeometryReply, root)  # RandR may resize it
        width, height = screen.width, screen.height
        return bool(
            corner.dst_x <= 0
            and corner.dst_y <= 0
            and corner.dst_x + geometry.width >= width
            and corner.dst_y + geometry.height >= height
        )

    def _atom(self, name: str) -> int:
        if name not in self._atoms:
            encoded = name.encode()
            cookie = self._xcb.xcb_intern_atom(self._connection, 0, len(encoded), encoded)
            reply = self._xcb.xcb_intern_atom_reply(self._connection, cookie, None)
            if not reply:
                raise _Failed(name)
            self._atoms[name] = int(reply.contents.atom)
            self._free(reply)
        return self._atoms[name]

    def _property(self, window: int, name: str, type_atom: int) -> list[int] | None:
        """A property of 32-bit values (atoms, windows); None when the window lacks it."""
        xcb = self._xcb
        atom = self._atom(name)
        cookie = xcb.xcb_get_property(self._connection, 0, window, atom, type_atom, 0, 64)
        reply = xcb.xcb_get_property_reply(self._connection, cookie, None)
        if not reply:
            raise _Failed(name)
        try:
            if reply.contents.head.byte1 != 32 or reply.contents.type != type_atom:
                return None
            count = xcb.xcb_get_property_value_length(reply) // 4
            values = ctypes.cast(xcb.xcb_get_property_value(reply), ctypes.POINTER(ctypes.c_uint32))
            return [int(values[i]) for i in range(count)]
        finally:
            self._free(reply)

    def _reply(self, request: str, reply_type: type[_Reply], *args: int) -> _Reply:
        """Send ``xcb_<request>``, wait for its reply and copy it out (an error raises _Failed)."""
        cookie = getattr(self._xcb, f"xcb_{request}")(self._connection, *args)
        reply = getattr(self._xcb, f"xcb_{request}_reply")(self._connection, cookie, None)
        if not reply:
            raise _Failed(request)
        try:
            return reply_type.from_buffer_copy(reply.contents)
        finally:
            self._free(reply)
