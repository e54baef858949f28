#!/usr/bin/env bash
# A real headless GNOME Shell session (43, Wayland, Xwayland, the AppIndicator tray extension) for
# the tests in tests/desktops. Adapted from ../shared/desktops/gnome-wayland-env.sh; the packages
# come from gnome_packages in scripts/_setup.sh. Up in about 3 s on an idle machine (+3 s as root
# to clear the "privileged user" banner), about 500 MB.
#
#   bash scripts/gnome-env.sh selftest [PNG] # up, checks (PASS/FAIL lines), screenshot, down
#
#   source scripts/gnome-env.sh; gnome_up [WxH] || exit 1; trap gnome_down EXIT
#   # clients started from this shell now see WAYLAND_DISPLAY, DISPLAY + XAUTHORITY (Xwayland),
#   # DBUS_SESSION_BUS_ADDRESS, DBUS_SYSTEM_BUS_ADDRESS (private, no logind), XDG_SESSION_TYPE=wayland,
#   # XDG_CURRENT_DESKTOP=GNOME and a private HOME
#   gnome_env                        # those variables, NAME=VALUE lines (for a test's subprocesses)
#   gnome_lock; gnome_unlock         # the Shell's real lock screen (org.gnome.ScreenSaver)
#   gnome_locked                     # true while the Shell says it is locked
#   gnome_shot out.png               # PNG of the screen (org.gnome.Shell.Screenshot)
#   gnome_input [DX DY [KEYSYM]]     # real input (Mutter RemoteDesktop): resets the idle time
#   gnome_click X Y [left|right|none [COUNT]]   # pointer to X,Y and click (RemoteDesktop)
#   gnome_overview true|false        # the Activities overview
#   gnome_notifications              # the Notify calls sent so far (app | icon | summary | body)
#   gnome_rss                        # memory of the session's processes
#
# Options (environment, read by gnome_up): GNOME_APPINDICATOR=0 no tray extension (Fedora's
# default GNOME); GNOME_LOCK=1 (the default here) a stand-in GDM so the Shell has a lock screen
# (org.gnome.ScreenSaver Lock/SetActive work; idle blanking off); GNOME_PIPEWIRE=0 no PipeWire;
# GNOME_SETTLE=0 skip clearing the root-only "privileged user" banner.
#
# What it starts, each tracked by PID and stopped by gnome_down, newest first: a private system
# bus (gnome-shell wants one because /run/systemd/seats exists; only the stand-in GDM answers on
# it), a private session bus whose service directory holds only what a GNOME session activates
# (dconf, the Shell's fdo notification, Extensions, ScreenSaver, Screencast and Calendar services,
# xdg-desktop-portal with its GNOME and GTK back-ends: Qt reads the title-bar buttons through it),
# PipeWire and WirePlumber, a dbus-monitor logging Notify calls, and gnome-shell --headless with a
# virtual monitor (it starts and stops Xwayland). dbus-daemon daemonizes the services it
# activates, so gnome_down finds their PIDs by asking the bus who owns each of those names.
# XDG_RUNTIME_DIR, XDG_CONFIG/CACHE/DATA_HOME and HOME live in GDESK (a mktemp folder), removed
# on the way down.

GNOME_EXTENSION=ubuntu-appindicators@ubuntu.com
# Services a GNOME session activates on its bus; all others answer ServiceUnknown.
GNOME_SERVICES=(ca.desrt.dconf org.gnome.Shell.Notifications org.gnome.Shell.Extensions
  org.gnome.ScreenSaver org.gnome.Shell.Screencast org.gnome.Shell.CalendarServer
  org.freedesktop.portal.Desktop org.freedesktop.impl.portal.desktop.gnome
  org.freedesktop.impl.portal.desktop.gtk org.freedesktop.impl.portal.PermissionStore)

_gw() { # _gw TENTHS COMMAND: poll COMMAND every 0.1 s
  local n=$1 i; shift
  for ((i = 0; i < n; i++)); do eval "$1" && return 0; sleep 0.1; done
  echo "gnome-env: timeout: $1" >&2; return 1
}
_ghas() { gdbus call --session --dest org.freedesktop.DBus --object-path /org/freedesktop/DBus \
  --method org.freedesktop.DBus.NameHasOwner "$1" 2>/dev/null | grep -q true; }
_galive() { local st; st=$(ps -o stat= -p "$1" 2>/dev/null) && [[ $st != Z* ]]; }  # zombies count as gone
_gbg() { local n=$1; shift; "$@" >"$GDESK/$n.log" 2>&1 & GDESK_PIDS+=($!); }
_gbus() { # _gbus session|system [SERVICEDIR]
  local sd=""; [ -n "${2:-}" ] && sd="<servicedir>$2</servicedir>"
  printf '<busconfig><type>%s</type><listen>unix:dir=%s</listen><auth>EXTERNAL</auth>%s<policy context="default"><allow send_destination="*" eavesdrop="true"/><allow eavesdrop="true"/><allow own="*"/></policy></busconfig>\n' \
    "$1" "$GDESK/run" "$sd" >"$GDESK/$1.conf"
  dbus-daemon --config-file="$GDESK/$1.conf" --nofork --nopidfile --print-address=6 \
    6>"$GDESK/$1.addr" >"$GDESK/$1-bus.log" 2>&1 &
  GDESK_PIDS+=($!); GDESK_BUSES+=($!)
  _gw 200 "grep -qs ^unix: '$GDESK/$1.addr'"
}

_GNOME_FAKE_GDM='
from gi.repository import Gio, GLib
XML = """<node><interface name="org.gnome.DisplayManager.Manager">
<method name="RegisterSession"><arg type="a{sv}" direction="in"/></method>
<property name="Version" type="s" access="read"/></interface></node>"""
def call(conn, sender, path, iface, method, params, inv):
    inv.return_value(None)
def prop(conn, sender, path, iface, name):
    return GLib.Variant("s", "43.0")
def acquired(conn, name):
    conn.register_object("/org/gnome/DisplayManager/Manager",
        Gio.DBusNodeInfo.new_for_xml(XML).interfaces[0], call, prop, None)
Gio.bus_own_name(Gio.BusType.SYSTEM, "org.gnome.DisplayManager", 0, acquired, None, None)
GLib.MainLoop().run()
'

# gnome_up [WxH]: bring the session up and export its environment into this shell.
gnome_up() {
  local size=${1:-1280x800} s t0 f
  t0=$(date +%s%N)
  GDESK=$(mktemp -d "${TMPDIR:-/tmp}/deskguard-gnome.XXXXXX"); GDESK_PIDS=(); GDESK_BUSES=()
  mkdir -p -m 700 "$GDESK/run"; mkdir -p "$GDESK/home" "$GDESK/services"
  for s in "${GNOME_SERVICES[@]}"; do
    f=/usr/share/dbus-1/services/$s.service; [ -f "$f" ] && ln -s "$f" "$GDESK/services/"
  done
  unset DISPLAY WAYLAND_DISPLAY QT_QPA_PLATFORM GDK_BACKEND DBUS_SESSION_BUS_ADDRESS
  export HOME=$GDESK/home XDG_RUNTIME_DIR=$GDESK/run XDG_CONFIG_HOME=$GDESK/home/.config \
    XDG_CACHE_HOME=$GDESK/home/.cache XDG_DATA_HOME=$GDESK/home/.local/share NO_AT_BRIDGE=1 \
    XDG_SESSION_TYPE=wayland XDG_CURRENT_DESKTOP=GNOME XDG_SESSION_DESKTOP=gnome \
    DESKTOP_SESSION=gnome GSETTINGS_BACKEND=dconf
  _gbus system || return 1
  export DBUS_SYSTEM_BUS_ADDRESS=$(head -n1 "$GDESK/system.addr")
  _gbus session "$GDESK/services" || return 1
  export DBUS_SESSION_BUS_ADDRESS=$(head -n1 "$GDESK/session.addr")
  # Settings before the Shell reads them (dconf-service is bus-activated by the first write).
  # GNOME_APPINDICATOR=0: no tray at all, as on Fedora Workstation's default GNOME.
  if [ "${GNOME_APPINDICATOR:-1}" = 1 ]; then
    gsettings set org.gnome.shell enabled-extensions "['$GNOME_EXTENSION']" || return 1
  else
    gsettings set org.gnome.shell enabled-extensions "[]" || return 1
  fi
  gsettings set org.gnome.shell welcome-dialog-last-shown-version "'999'"
  # gnome_click reaches a point through the top-left corner: no hot corner (it opens the overview).
  gsettings set org.gnome.desktop.interface enable-hot-corners false
  # No GDM here, so no lock screen: skip the Shell's one-time "Screen Lock disabled" banner.
  mkdir -p "$XDG_DATA_HOME/gnome-shell" && touch "$XDG_DATA_HOME/gnome-shell/lock-warning-shown"
  # PipeWire + WirePlumber: Mutter's ScreenCast/RemoteDesktop streams need them (GNOME_PIPEWIRE=0: none).
  if [ "${GNOME_PIPEWIRE:-1}" = 1 ] && command -v pipewire >/dev/null; then
    _gbg pipewire pipewire; _gw 200 "[ -S '$GDESK/run/pipewire-0' ]" || return 1
    _gbg wireplumber wireplumber
  fi
  # GNOME_LOCK=1: a stand-in for GDM on the private system bus (its Version property is all the
  # Shell asks), so the Shell builds its lock screen: org.gnome.ScreenSaver.Lock/SetActive work.
  if [ "${GNOME_LOCK:-1}" = 1 ]; then
    gsettings set org.gnome.desktop.session idle-delay 'uint32 0'  # no blank/lock on idle
    _gbg fake-gdm /usr/bin/python3 -c "$_GNOME_FAKE_GDM"
    _gw 200 "gdbus call --system --dest org.freedesktop.DBus --object-path /org/freedesktop/DBus --method org.freedesktop.DBus.NameHasOwner org.gnome.DisplayManager 2>/dev/null | grep -q true" || return 1
  fi
  _gbg notify-monitor dbus-monitor --session \
    "type='method_call',destination='org.freedesktop.Notifications',interface='org.freedesktop.Notifications',member='Notify'"
  _gbg shell gnome-shell --wayland --headless --virtual-monitor "$size" --wayland-display=wayland-0
  GDESK_SHELL=$!
  _gw 900 "grep -qs 'GNOME Shell started' '$GDESK/shell.log'" || { tail -20 "$GDESK/shell.log" >&2; return 1; }
  if [ "${GNOME_APPINDICATOR:-1}" = 1 ]; then
    _gw 600 "_ghas org.kde.StatusNotifierWatcher" || return 1  # the AppIndicator extension runs
  fi
  _gw 600 "_ghas org.freedesktop.Notifications" || return 1  # the Shell activated its fdo service
  export WAYLAND_DISPLAY=wayland-0
  export DISPLAY=$(sed -n 's/.*Using public X11 display \(:[0-9]*\).*/\1/p' "$GDESK/shell.log" | head -n1)
  # X11 clients (Qt's xcb, xdotool, xprop) need the cookie Mutter wrote for Xwayland.
  export XAUTHORITY=$(ls "$GDESK"/run/.mutter-Xwaylandauth.* 2>/dev/null | head -n1)
  dbus-update-activation-environment WAYLAND_DISPLAY DISPLAY XAUTHORITY XDG_SESSION_TYPE \
    XDG_CURRENT_DESKTOP 2>/dev/null
  # The Shell opens the overview at start-up; leave it for the desktop.
  _gw 100 "gdbus call --session --dest org.gnome.Shell --object-path /org/gnome/Shell --method org.freedesktop.DBus.Properties.Get org.gnome.Shell OverviewActive | grep -q true" 2>/dev/null
  gnome_overview false
  # As root the Shell shows "Logged in as a privileged user"; a banner shown while the user is
  # idle stays until input comes, then 2 s more. One input and 3 s clear it and the RemoteDesktop
  # indicator that the input leaves in the top bar (GNOME_SETTLE=0: skip).
  if [ "$(id -u)" = 0 ] && [ "${GNOME_SETTLE:-1}" = 1 ]; then gnome_input && sleep 3; fi
  GDESK_UP_MS=$(( ($(date +%s%N) - t0) / 1000000 ))
}

# gnome_lock / gnome_unlock: the Shell's lock screen, as the user's shortcut or an idle lock brings
# it (GNOME_LOCK=1); each waits until the Shell says it is (un)locked.
gnome_lock() {
  gdbus call --session --dest org.gnome.ScreenSaver --object-path /org/gnome/ScreenSaver \
    --method org.gnome.ScreenSaver.Lock >/dev/null && _gw 150 gnome_locked
}
gnome_unlock() {
  gdbus call --session --dest org.gnome.ScreenSaver --object-path /org/gnome/ScreenSaver \
    --method org.gnome.ScreenSaver.SetActive false >/dev/null && _gw 150 "! gnome_locked"
}
gnome_locked() {
  gdbus call --session --dest org.gnome.ScreenSaver --object-path /org/gnome/ScreenSaver \
    --method org.gnome.ScreenSaver.GetActive 2>/dev/null | grep -q true
}

# gnome_env: the session's environment, NAME=VALUE lines, for clients started elsewhere (a test).
gnome_env() {
  local v
  for v in WAYLAND_DISPLAY DISPLAY XAUTHORITY DBUS_SESSION_BUS_ADDRESS DBUS_SYSTEM_BUS_ADDRESS \
           XDG_RUNTIME_DIR XDG_SESSION_TYPE XDG_CURRENT_DESKTOP XDG_SESSION_DESKTOP DESKTOP_SESSION \
           HOME XDG_CONFIG_HOME XDG_CACHE_HOME XDG_DATA_HOME GDESK GDESK_UP_MS; do
    printf '%s=%s\n' "$v" "${!v:-}"
  done
}

gnome_overview() { # gnome_overview true|false
  gdbus call --session --dest org.gnome.Shell --object-path /org/gnome/Shell --method \
    org.freedesktop.DBus.Properties.Set org.gnome.Shell OverviewActive "<$1>" >/dev/null &&
    _gw 100 "gdbus call --session --dest org.gnome.Shell --object-path /org/gnome/Shell --method org.freedesktop.DBus.Properties.Get org.gnome.Shell OverviewActive | grep -q $1"
}

# The PIDs of the services our session bus activated (dbus-daemon daemonizes them: their parent is init).
_gnome_activated() {
  local n
  for n in ca.desrt.dconf org.freedesktop.Notifications "${GNOME_SERVICES[@]}"; do
    gdbus call --session --dest org.freedesktop.DBus --object-path /org/freedesktop/DBus --method \
      org.freedesktop.DBus.GetConnectionUnixProcessID "$n" 2>/dev/null | sed -n 's/^(uint32 \([0-9]*\),)$/\1/p'
  done | sort -u
}

# gnome_down: stop everything gnome_up started (and what its bus activated), newest first.
gnome_down() {
  local i p k kids=()
  [ -n "${GDESK:-}" ] || return 0
  kids=($(_gnome_activated))
  for ((i = ${#GDESK_PIDS[@]} - 1; i >= 0; i--)); do
    p=${GDESK_PIDS[i]}
    [[ " ${GDESK_BUSES[*]} " == *" $p "* ]] && { for k in "${kids[@]}"; do kill "$k" 2>/dev/null; done; }
    kill "$p" 2>/dev/null
    # The Shell stops Xwayland itself; give it the time to.
    [ "$p" = "${GDESK_SHELL:-}" ] && { _gw 100 "! _galive $p" 2>/dev/null || kill -KILL "$p" 2>/dev/null; }
  done
  for p in "${kids[@]}" "${GDESK_PIDS[@]}"; do
    _gw 100 "! _galive $p" 2>/dev/null || kill -KILL "$p" 2>/dev/null || true
  done
  wait "${GDESK_PIDS[@]}" 2>/dev/null || true
  # Whatever else still runs in the session (once, under load, a second gnome-shell and its
  # Xwayland outlived the first): found by its runtime folder; not this shell.
  kids=($(grep -lsz "^XDG_RUNTIME_DIR=$GDESK/run\$" /proc/[0-9]*/environ | cut -d/ -f3))
  for p in "${kids[@]}"; do
    [ "$p" = $$ ] || [ "$p" = "$BASHPID" ] || kill "$p" 2>/dev/null
  done
  for p in "${kids[@]}"; do
    [ "$p" = $$ ] || [ "$p" = "$BASHPID" ] || _gw 100 "! _galive $p" 2>/dev/null || kill -KILL "$p" 2>/dev/null || true
  done
  rm -rf "$GDESK"; GDESK=; GDESK_PIDS=(); GDESK_BUSES=()
}

# gnome_shot FILE: a PNG of the whole screen. org.gnome.Shell.Screenshot answers only callers
# that own a name on its allow-list; this one takes org.gnome.Screenshot (gnome-screenshot's).
gnome_shot() {
  /usr/bin/python3 - "$1" <<'EOF'
import sys
from gi.repository import Gio, GLib
bus = Gio.bus_get_sync(Gio.BusType.SESSION)
got = bus.call_sync("org.freedesktop.DBus", "/org/freedesktop/DBus", "org.freedesktop.DBus",
    "RequestName", GLib.Variant("(su)", ("org.gnome.Screenshot", 4)), GLib.VariantType("(u)"),
    0, 2000, None).unpack()[0]
if got not in (1, 4):
    sys.exit(f"org.gnome.Screenshot is taken (RequestName: {got})")
ok, _ = bus.call_sync("org.gnome.Shell.Screenshot", "/org/gnome/Shell/Screenshot",
    "org.gnome.Shell.Screenshot", "Screenshot", GLib.Variant("(bbs)", (False, False, sys.argv[1])),
    GLib.VariantType("(bs)"), 0, 10000, None).unpack()
sys.exit(0 if ok else "Screenshot failed")
EOF
}

# gnome_input [dx dy [KEYSYM]]: real input through org.gnome.Mutter.RemoteDesktop (resets Mutter's
# idle time): a relative pointer move and a key tap (default Shift_L 0xffe1; Escape is 0xff1b).
gnome_input() {
  /usr/bin/python3 - "${1:-5}" "${2:-5}" "${3:-0xffe1}" <<'EOF'
import sys
from gi.repository import Gio, GLib
bus = Gio.bus_get_sync(Gio.BusType.SESSION)
def call(path, iface, method, args=None, reply=None):
    return bus.call_sync("org.gnome.Mutter.RemoteDesktop", path, iface, method, args,
                         GLib.VariantType(reply) if reply else None, 0, 5000, None)
path = call("/org/gnome/Mutter/RemoteDesktop", "org.gnome.Mutter.RemoteDesktop",
            "CreateSession", None, "(o)").unpack()[0]
s = "org.gnome.Mutter.RemoteDesktop.Session"
call(path, s, "Start")
call(path, s, "NotifyPointerMotionRelative", GLib.Variant("(dd)", (float(sys.argv[1]), float(sys.argv[2]))))
for down in (True, False):
    call(path, s, "NotifyKeyboardKeysym", GLib.Variant("(ub)", (int(sys.argv[3], 0), down)))
call(path, s, "Stop")
EOF
}

# gnome_click X Y [left|right|none [COUNT]]: move the pointer to X,Y (from the top-left corner: relative motion,
# which is not accelerated) and click, through RemoteDesktop. While a RemoteDesktop session lives
# the Shell shows a remote-access indicator in the top bar, left of the system menu, which moves
# the tray icons 74 px to the left (1280 px wide: an only tray icon at x 1209 is at 1135 then).
gnome_click() {
  /usr/bin/python3 - "$1" "$2" "${3:-left}" "${4:-1}" <<'EOF'
import sys, time
from gi.repository import Gio, GLib
bus = Gio.bus_get_sync(Gio.BusType.SESSION)
def call(path, iface, method, args=None, reply=None):
    return bus.call_sync("org.gnome.Mutter.RemoteDesktop", path, iface, method, args,
                         GLib.VariantType(reply) if reply else None, 0, 5000, None)
path = call("/org/gnome/Mutter/RemoteDesktop", "org.gnome.Mutter.RemoteDesktop",
            "CreateSession", None, "(o)").unpack()[0]
s = "org.gnome.Mutter.RemoteDesktop.Session"
call(path, s, "Start")
call(path, s, "NotifyPointerMotionRelative", GLib.Variant("(dd)", (-4000.0, -4000.0)))
call(path, s, "NotifyPointerMotionRelative", GLib.Variant("(dd)", (float(sys.argv[1]), float(sys.argv[2]))))
time.sleep(0.2)
button = {"left": 0x110, "right": 0x111, "middle": 0x112, "none": 0}[sys.argv[3]]  # BTN_* (input-event-codes.h)
for down in (True, False) * int(sys.argv[4]) * bool(button):
    call(path, s, "NotifyPointerButton", GLib.Variant("(ib)", (button, down)))
    time.sleep(0.05)
call(path, s, "Stop")
EOF
}

# gnome_cast_start / gnome_cast_stop: a Mutter screen-cast session of the monitor, as a portal
# or a video-call app makes; it lives as long as the helper process holds its bus connection.
gnome_cast_start() {
  /usr/bin/python3 -u - >"$GDESK/cast.log" 2>&1 <<'EOF' &
from gi.repository import Gio, GLib
bus = Gio.bus_get_sync(Gio.BusType.SESSION)
def call(path, iface, method, args=None, reply=None):
    return bus.call_sync("org.gnome.Mutter.ScreenCast", path, iface, method, args,
                         GLib.VariantType(reply) if reply else None, 0, 5000, None)
path = call("/org/gnome/Mutter/ScreenCast", "org.gnome.Mutter.ScreenCast", "CreateSession",
            GLib.Variant("(a{sv})", ({},)), "(o)").unpack()[0]
s = "org.gnome.Mutter.ScreenCast.Session"
stream = call(path, s, "RecordMonitor", GLib.Variant("(sa{sv})", ("", {})), "(o)").unpack()[0]
call(path, s, "Start")
print("session", path, "stream", stream, flush=True)
GLib.MainLoop().run()
EOF
  GDESK_CAST=$!; GDESK_PIDS+=($GDESK_CAST)
  _gw 50 "grep -qs '^session' '$GDESK/cast.log'" || { cat "$GDESK/cast.log" >&2; return 1; }
}
gnome_cast_stop() {
  [ -n "${GDESK_CAST:-}" ] || return 0
  kill "$GDESK_CAST" 2>/dev/null; wait "$GDESK_CAST" 2>/dev/null; GDESK_CAST=
}

# gnome_notifications: the Notify calls seen so far (app name, summary, body), one per line.
gnome_notifications() {
  awk '/member=Notify/{n=1; s=""; next} n&&/^   string /{sub(/^   string /,""); s=s (s?" | ":"") $0; c++}
       n&&/^   array/{print s; n=0; c=0}' "$GDESK/notify-monitor.log"
}

# Memory (RSS, MB) of the session's processes.
gnome_rss() {
  local kids=($(_gnome_activated) $(ps -o pid= --ppid "$GDESK_SHELL" 2>/dev/null))
  ps -o pid=,rss=,comm= -p "$(printf '%s,' "${GDESK_PIDS[@]}" "${kids[@]}" | sed 's/,$//')" |
    awk '{printf "%-22s %6.0f MB\n", $3, $2/1024; t+=$2} END {printf "%-22s %6.0f MB\n", "total", t/1024}'
}

_gcheck() { if eval "$2"; then echo "PASS $1"; else echo "FAIL $1"; _GFAILS=$((_GFAILS + 1)); fi; }
_gnome_selftest() {
  local out=${1:-gnome-selftest.png} idle1 idle2 pids
  _GFAILS=0
  gnome_up || { echo "FAIL gnome_up"; gnome_down; return 1; }
  echo "up in ${GDESK_UP_MS} ms; WAYLAND_DISPLAY=$WAYLAND_DISPLAY DISPLAY=$DISPLAY"
  _gcheck "gnome-shell is the notification server" "gdbus call --session --dest org.freedesktop.Notifications --object-path /org/freedesktop/Notifications --method org.freedesktop.Notifications.GetServerInformation | grep -q gnome-shell"
  [ "${GNOME_APPINDICATOR:-1}" = 1 ] && _gcheck "AppIndicator extension hosts org.kde.StatusNotifierWatcher" "_ghas org.kde.StatusNotifierWatcher"
  _gcheck "Xwayland answers on $DISPLAY" "python3 -c 'import ctypes,sys; x=ctypes.CDLL(\"libX11.so.6\"); x.XOpenDisplay.restype=ctypes.c_void_p; sys.exit(0 if x.XOpenDisplay(None) else 1)'"
  idle1=$(gdbus call --session --dest org.gnome.Mutter.IdleMonitor --object-path /org/gnome/Mutter/IdleMonitor/Core --method org.gnome.Mutter.IdleMonitor.GetIdletime | sed 's/.*uint64 \([0-9]*\).*/\1/')
  sleep 1.2
  idle2=$(gdbus call --session --dest org.gnome.Mutter.IdleMonitor --object-path /org/gnome/Mutter/IdleMonitor/Core --method org.gnome.Mutter.IdleMonitor.GetIdletime | sed 's/.*uint64 \([0-9]*\).*/\1/')
  _gcheck "Mutter idle time grows ($idle1 -> $idle2 ms)" "[ $idle2 -ge $((idle1 + 1000)) ]"
  gnome_input
  idle1=$(gdbus call --session --dest org.gnome.Mutter.IdleMonitor --object-path /org/gnome/Mutter/IdleMonitor/Core --method org.gnome.Mutter.IdleMonitor.GetIdletime | sed 's/.*uint64 \([0-9]*\).*/\1/')
  _gcheck "RemoteDesktop input resets it ($idle1 ms)" "[ $idle1 -lt 1000 ]"
  notify-send -a selftest "gnome-env" "a notification through gnome-shell"
  _gcheck "the Notify call is logged" "_gw 30 'gnome_notifications | grep -q gnome-env'"
  if [ "${GNOME_PIPEWIRE:-1}" = 1 ]; then
    _gcheck "a ScreenCast session starts" "gnome_cast_start"
    _gcheck "its object is under /org/gnome/Mutter/ScreenCast/Session" "gdbus introspect --session --dest org.gnome.Mutter.ScreenCast --object-path /org/gnome/Mutter/ScreenCast/Session | grep -q 'node u'"
    gnome_cast_stop
    _gcheck "and goes with its client" "_gw 30 '! gdbus introspect --session --dest org.gnome.Mutter.ScreenCast --object-path /org/gnome/Mutter/ScreenCast/Session | grep -q \"node u\"'"
  fi
  sleep 1
  _gcheck "screenshot $out" "gnome_shot '$out' && [ \$(stat -c %s '$out') -gt 50000 ]"
  if [ "${GNOME_LOCK:-1}" = 1 ]; then
    _gcheck "org.gnome.ScreenSaver.Lock brings the lock screen" "gnome_lock"
    _gcheck "and SetActive false takes it away" "gnome_unlock"
  fi
  gnome_rss
  pids="${GDESK_PIDS[*]} $(_gnome_activated | tr '\n' ' ') $(ps -o pid= --ppid "$GDESK_SHELL" | tr '\n' ' ')"
  gnome_down
  _gcheck "nothing left running after gnome_down" "! ps -o pid=,stat= -p '$(echo $pids | tr ' ' ',')' | grep -v ' Z'"
  echo "$_GFAILS check(s) failed"
  [ "$_GFAILS" = 0 ]
}

if [ "${BASH_SOURCE[0]}" = "$0" ]; then
  case "${1:-selftest}" in
    selftest) _gnome_selftest "${2:-}" ;;
    *) echo "usage: $0 [selftest [out.png]]  (or source it)" >&2; exit 2 ;;
  esac
fi
