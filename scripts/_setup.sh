# Shared set-up for scripts/run.sh and scripts/test.sh (sourced, not run).
# Installs what a fresh Debian/Ubuntu machine lacks, then a virtual environment
# with the exact versions in requirements/constraints.txt.
set -euo pipefail

REPO_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
VENV="${DESKGUARD_VENV:-$REPO_DIR/.venv}"
PYTHON="${PYTHON:-python3}"

_as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else
    echo "Need root (or sudo) to install: ${*: -1}" >&2; return 1; fi
}

# System libraries OpenCV's and Qt's wheels load, and venv support.
_system_packages() {
  command -v apt-get >/dev/null || return 0
  local missing=()
  "$PYTHON" -c 'import ensurepip' 2>/dev/null || missing+=(python3-venv)
  # OpenCV's and Qt's wheels load these; Qt 6.5+ needs libxcb-cursor0 on X11.
  # ldconfig is in /sbin, which a user's PATH on Debian does not have.
  local ldconfig; ldconfig=$(command -v ldconfig || echo /sbin/ldconfig)
  for lib in libGL.so.1:libgl1 libglib-2.0.so.0:libglib2.0-0 libEGL.so.1:libegl1 \
             libxkbcommon.so.0:libxkbcommon0 libfontconfig.so.1:libfontconfig1 libdbus-1.so.3:libdbus-1-3 \
             libxcb-cursor.so.0:libxcb-cursor0 libxkbcommon-x11.so.0:libxkbcommon-x11-0 \
             libxcb-icccm.so.4:libxcb-icccm4 libxcb-keysyms.so.1:libxcb-keysyms1; do
    "$ldconfig" -p 2>/dev/null | grep -q "${lib%%:*}" || missing+=("${lib##*:}")
  done
  # Native notifications: plyer uses notify-send when dbus-python is absent.
  command -v notify-send >/dev/null || missing+=(libnotify-bin)
  [ ${#missing[@]} -eq 0 ] && return 0
  echo "Installing system packages: ${missing[*]}" >&2
  _as_root apt-get update -qq
  _as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

# $1: what they are for (said before installing); the rest: Debian packages, installed if missing.
_install_missing() {
  local what=$1 missing=() pkg; shift
  for pkg in "$@"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "ok installed" || missing+=("$pkg")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  echo "Installing $what: ${missing[*]}" >&2
  _as_root apt-get update -qq
  _as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

# The headless desktop the GUI tests run on (see scripts/desktop-env.sh), and strace
# for the test that no command touches the network (tests/privacy).
desktop_packages() {
  command -v apt-get >/dev/null || return 0
  local want=(xvfb x11-utils xdotool dbus libxcb-icccm4 libxcb-keysyms1 libxcb-cursor0
              libxcb-xkb1 libxkbcommon-x11-0 libxcb-render-util0 libxcb-image0 libxcb-shape0
              libxcb-randr0 libxcb-xinerama0 dunst libnotify-bin xfce4-panel strace
              libxss1 libglib2.0-bin pulseaudio pulseaudio-utils openbox  # tests/sensing
              fonts-wqy-microhei fonts-ipafont-gothic  # CJK text in the screenshots
              at-spi2-core python3-pyatspi gir1.2-atspi-2.0  # the AT-SPI test (tests/ui/test_atspi.py)
              sway)  # a headless Wayland compositor (tests/sensing/test_wayland_idle.py)
  _install_missing "the headless desktop for the GUI tests" "${want[@]}"
}

# A real GNOME Shell session on Wayland for tests/desktops (see scripts/gnome-env.sh): the
# Shell with its tray extension, Xwayland, dconf, PipeWire for Mutter's screen casts, gjs for
# its notifications, the portal Qt reads title-bar buttons through, and gdbus (libglib2.0-bin).
gnome_packages() {
  command -v apt-get >/dev/null || return 0
  local want=(gnome-shell mutter gnome-shell-extension-appindicator xwayland gjs dconf-service
              dconf-cli pipewire pipewire-bin wireplumber libnotify-bin python3-gi gir1.2-glib-2.0
              dbus libglib2.0-bin webp-pixbuf-loader xdg-desktop-portal xdg-desktop-portal-gnome)
  _install_missing "GNOME Shell for the desktop tests" "${want[@]}"
}

# $1: the extras to install ("" or "[test]").
# The package is installed editable, so only a change of the dependencies (pyproject.toml,
# the pinned versions) needs pip again: a stamp in the venv remembers what was installed,
# and a second launch starts at once.
deskguard_setup() {
  local stamp="$VENV/.deskguard-installed$1" want
  want=$(cat "$REPO_DIR/pyproject.toml" "$REPO_DIR/requirements/constraints.txt" | sha256sum)
  if [ -x "$VENV/bin/python" ] && [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ]; then
    return 0
  fi
  _system_packages
  if [ ! -x "$VENV/bin/python" ]; then
    "$PYTHON" -m venv "$VENV"
  fi
  echo "Installing DeskGuard into $VENV (the first time takes a few minutes)…" >&2
  "$VENV/bin/python" -m pip install -q --disable-pip-version-check --upgrade pip
  # PYTHONWARNINGS: setuptools' advice about editable installs is for the developers
  # of setuptools' users, not for someone starting DeskGuard; errors still show.
  PYTHONWARNINGS=ignore "$VENV/bin/python" -m pip install -q --disable-pip-version-check \
    -c "$REPO_DIR/requirements/constraints.txt" -e "$REPO_DIR$1"
  echo "$want" >"$stamp"
  DESKGUARD_JUST_INSTALLED=1
}

# After run.sh's first install: put `deskguard` on the PATH where the user already has a
# personal bin folder on it, or say exactly how.
deskguard_on_path() {
  command -v deskguard >/dev/null && return 0
  local bin="$HOME/.local/bin"
  case ":$PATH:" in
    *":$bin:"*)
      mkdir -p "$bin" && ln -sf "$VENV/bin/deskguard" "$bin/deskguard" \
        && echo "deskguard is now on your PATH ($bin/deskguard)." >&2 ;;
    *)
      echo "To run deskguard from anywhere: ln -s $VENV/bin/deskguard ~/.local/bin/ and put" \
        "~/.local/bin on your PATH (or call $VENV/bin/deskguard)." >&2 ;;
  esac
}
