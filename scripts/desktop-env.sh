# A real headless desktop for the GUI tests: Xvfb, a D-Bus session bus, the
# dunst notification daemon, an xfce4 panel as the system tray host and the
# accessibility bus (at-spi2-core, when installed).
# Adapted from ../shared/DESKTOP-TESTING.md. Source it, then:
#   desktop_up || exit 1; trap desktop_down EXIT
# The screen is 1280x800; DESKGUARD_SCREEN=1366x768 (for instance) sets another size.
_dw() { for _ in $(seq 100); do eval "$1" && return 0; sleep 0.1; done; echo "timeout: $1" >&2; return 1; }
_has() { dbus-send --session --print-reply=literal --dest=org.freedesktop.DBus /org/freedesktop/DBus \
         org.freedesktop.DBus.NameHasOwner "string:$1" 2>/dev/null | grep -q true; }
_bg() { local n=$1; shift; "$@" >"$DESK/$n.log" 2>&1 & DESK_PIDS+=($!); }

desktop_up() {
  DESK=$(mktemp -d /tmp/deskguard-desk.XXXXXX); DESK_PIDS=(); mkdir -p -m 700 "$DESK/run"
  local x=$DESK/cfg/xfce4/xfconf/xfce-perchannel-xml; mkdir -p "$x"; unset QT_QPA_PLATFORM
  export XDG_RUNTIME_DIR=$DESK/run XDG_CONFIG_HOME=$DESK/cfg XDG_CACHE_HOME=$DESK/cache NO_AT_BRIDGE=1
  Xvfb -displayfd 5 -screen 0 "${DESKGUARD_SCREEN:-1280x800}x24" -nolisten tcp 5>"$DESK/disp" >"$DESK/xvfb.log" 2>&1 &
  DESK_PIDS+=($!); _dw '[ -s "$DESK/disp" ]' || return 1; export DISPLAY=:$(cat "$DESK/disp")
  printf '<busconfig><type>session</type><listen>unix:dir=%s</listen><auth>EXTERNAL</auth><policy context="default"><allow send_destination="*" eavesdrop="true"/><allow eavesdrop="true"/><allow own="*"/></policy></busconfig>\n' "$DESK/run" >"$DESK/bus.conf"
  dbus-daemon --config-file="$DESK/bus.conf" --nofork --nopidfile --print-address=6 6>"$DESK/bus" >"$DESK/bus.log" 2>&1 &
  DESK_PIDS+=($!); _dw 'grep -q ^unix: "$DESK/bus"' || return 1
  export DBUS_SESSION_BUS_ADDRESS=$(head -n1 "$DESK/bus")
  printf '[global]\n stack_duplicates = false\n history_length = 1000\n' >"$DESK/dunstrc"
  _bg dunst dunst -config "$DESK/dunstrc"; _dw '_has org.freedesktop.Notifications' || return 1
  _bg xfconfd "$(sed -n 's/^Exec=//p' /usr/share/dbus-1/services/org.xfce.Xfconf.service)"
  _dw '_has org.xfce.Xfconf' || return 1
  cat >"$x/xfce4-panel.xml" <<'XML'
<channel name="xfce4-panel" version="1.0"><property name="configver" type="int" value="2"/>
<property name="panels" type="array"><value type="int" value="1"/><property name="panel-1" type="empty">
<property name="position" type="string" value="p=6;x=0;y=0"/><property name="length" type="uint" value="100"/>
<property name="size" type="uint" value="32"/><property name="position-locked" type="bool" value="true"/>
<property name="plugin-ids" type="array"><value type="int" value="1"/><value type="int" value="2"/></property></property></property>
<property name="plugins" type="empty"><property name="plugin-1" type="string" value="separator">
<property name="expand" type="bool" value="true"/></property><property name="plugin-2" type="string" value="systray"/></property></channel>
XML
  _bg panel xfce4-panel --disable-wm-check; _dw '_has org.kde.StatusNotifierWatcher' || return 1
  # The accessibility bus (AT-SPI), for tests that read the app as a screen reader does.
  # Started without DISPLAY: a desktop session's launcher also marks the X root window,
  # which turns Qt's bridge on in every app; here an app turns it on when it wants it
  # (QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1), so the other tests and the benchmarks run the
  # app as it runs without a screen reader. NO_AT_BRIDGE keeps the GTK panel off it.
  local launcher=/usr/libexec/at-spi-bus-launcher
  [ -x "$launcher" ] || launcher=/usr/lib/at-spi2-core/at-spi-bus-launcher
  if [ -x "$launcher" ]; then
    _bg atspi env -u DISPLAY "$launcher" --launch-immediately; _dw '_has org.a11y.Bus' || return 1
  fi
  export DESKGUARD_DESKTOP=1
}

desktop_down() {
  local i p
  for ((i=${#DESK_PIDS[@]}-1; i>=0; i--)); do kill "${DESK_PIDS[i]}" 2>/dev/null || true; done
  for p in "${DESK_PIDS[@]}"; do _dw "! kill -0 $p 2>/dev/null" 2>/dev/null || kill -KILL "$p" 2>/dev/null || true; done
  wait "${DESK_PIDS[@]}" 2>/dev/null || true; DESK_PIDS=(); rm -rf "$DESK"
}
