#!/usr/bin/env bash
# Build DeskGuard's Linux packages from a clean checkout:
#   dist/deskguard_<version>_amd64.deb          a Debian package (/opt/deskguard, menu entry, icons, AppStream)
#   dist/DeskGuard-<version>-x86_64.tar.gz      the portable one-folder build (unpack anywhere, run ./deskguard/deskguard)
# Usage: bash installers/linux/build.sh [MODELS_DIR]
# The models come from MODELS_DIR, else $DESKGUARD_MODELS, else the official
# download; every file is verified against its pinned SHA-256 first.
set -euo pipefail
REPO_DIR=$(cd "$(dirname "$0")/../.." && pwd)
source "$REPO_DIR/scripts/_setup.sh"
deskguard_setup "[build]"
PY="$VENV/bin/python"
# binutils: PyInstaller and pyinstaller/trim.py read the libraries with it, and we strip some.
if ! command -v readelf >/dev/null || ! command -v strip >/dev/null; then
  _as_root apt-get update -qq
  _as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends binutils
fi
VERSION=$("$PY" -c 'import tomllib,sys; print(tomllib.load(open(sys.argv[1],"rb"))["project"]["version"])' "$REPO_DIR/pyproject.toml")
ARCH=$(dpkg --print-architecture 2>/dev/null || echo amd64)
BUILD="$REPO_DIR/build/linux"
DIST="$REPO_DIR/dist"
rm -rf "$BUILD"; mkdir -p "$BUILD" "$DIST"

echo "== models (verified)"
MODELS_SRC="${1:-${DESKGUARD_MODELS:-}}"
if [ -n "$MODELS_SRC" ]; then
  DESKGUARD_DATA_DIR="$BUILD/modeldata" "$VENV/bin/deskguard" models install --from "$MODELS_SRC"
else
  DESKGUARD_DATA_DIR="$BUILD/modeldata" "$VENV/bin/deskguard" models download --yes
fi
export DESKGUARD_BUILD_MODELS="$BUILD/modeldata/models"

echo "== translations (compiled)"
# The packaged app loads compiled catalogues (.qm); from source the .ts is read.
mkdir -p "$BUILD/qm"
for ts in "$REPO_DIR"/resources/translations/deskguard_*.ts; do
  [ -e "$ts" ] || continue
  "$VENV/bin/pyside6-lrelease" -silent "$ts" -qm "$BUILD/qm/$(basename "${ts%.ts}").qm"
done
export DESKGUARD_BUILD_QM="$BUILD/qm"

echo "== one-folder app (PyInstaller)"
"$VENV/bin/pyinstaller" --noconfirm --log-level WARN --distpath "$BUILD/dist" \
  --workpath "$BUILD/work" "$REPO_DIR/installers/pyinstaller/deskguard.spec"
APP="$BUILD/dist/deskguard"
# Python (built from source here) carries its debug information, and MediaPipe
# its symbol table: about 30 MB the app never reads. Only these are stripped:
# strip can break libraries that auditwheel edited with patchelf (OpenCV's,
# NumPy's), so those are left as they came.
find "$APP/_internal" -type f \( -name 'libpython3*.so*' -o -path '*/lib-dynload/*.so' \
  -o -path '*/mediapipe/tasks/c/libmediapipe.so' \) -exec strip --strip-unneeded {} +
"$APP/deskguard" --version

echo "== .deb"
ROOT="$BUILD/deb"
mkdir -p "$ROOT/opt" "$ROOT/usr/bin" "$ROOT/usr/share/applications" "$ROOT/usr/share/metainfo" \
         "$ROOT/usr/share/icons/hicolor" "$ROOT/DEBIAN"
cp -a "$APP" "$ROOT/opt/deskguard"
ln -s ../../opt/deskguard/deskguard "$ROOT/usr/bin/deskguard"
install -m 644 "$REPO_DIR/installers/linux/deskguard.desktop" "$ROOT/usr/share/applications/"
sed -e "s/@VERSION@/$VERSION/" -e "s/@DATE@/$(date -u +%F)/" \
  "$REPO_DIR/installers/linux/io.github.deskguard.DeskGuard.metainfo.xml" \
  > "$ROOT/usr/share/metainfo/io.github.deskguard.DeskGuard.metainfo.xml"
QT_QPA_PLATFORM=offscreen "$PY" "$REPO_DIR/installers/linux/render_icons.py" "$ROOT/usr/share/icons/hicolor"
SIZE_KB=$(du -sk "$ROOT" | cut -f1)
sed -e "s/@VERSION@/$VERSION/" -e "s/@ARCH@/$ARCH/" -e "s/@SIZE@/$SIZE_KB/" \
  "$REPO_DIR/installers/linux/control" > "$ROOT/DEBIAN/control"
# No maintainer scripts: dpkg's own triggers refresh the menu and icon caches.
# zstd level 12: 15% smaller than gzip in under twice its time (xz -1 is 4% smaller
# again but takes more than twice as long); dpkg reads it from Debian 12 and
# Ubuntu 22.04 on. The .deb and the tarball are compressed side by side.
DEB="$DIST/deskguard_${VERSION}_${ARCH}.deb"
dpkg-deb --root-owner-group -Zzstd -z12 --build "$ROOT" "$DEB" >/dev/null &
DEB_JOB=$!

echo "== portable folder"
TAR="$DIST/DeskGuard-${VERSION}-$(uname -m).tar.gz"
tar -C "$BUILD/dist" -czf "$TAR" deskguard
wait "$DEB_JOB"

# The size budget (tests/installers/test_linux_package.py) is checked on these figures.
mib() { echo "$(( ($1 + 524288) / 1048576 )) MiB"; }
echo "built:"
ls -l "$DEB" "$TAR"
echo "sizes: .deb $(mib "$(stat -c %s "$DEB")"), installed $(( (SIZE_KB + 512) / 1024 )) MiB" \
  "(Installed-Size), portable $(mib "$(stat -c %s "$TAR")")"
