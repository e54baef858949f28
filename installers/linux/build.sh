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

echo "== one-folder app (PyInstaller)"
"$VENV/bin/pyinstaller" --noconfirm --log-level WARN --distpath "$BUILD/dist" \
  --workpath "$BUILD/work" "$REPO_DIR/installers/pyinstaller/deskguard.spec"
APP="$BUILD/dist/deskguard"
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
DEB="$DIST/deskguard_${VERSION}_${ARCH}.deb"
dpkg-deb --root-owner-group -Zgzip -z6 --build "$ROOT" "$DEB" >/dev/null

echo "== portable folder"
TAR="$DIST/DeskGuard-${VERSION}-$(uname -m).tar.gz"
tar -C "$BUILD/dist" -czf "$TAR" deskguard

echo "built:"
ls -l "$DEB" "$TAR"
echo "unpacked app: $(du -sh "$APP" | cut -f1)"
