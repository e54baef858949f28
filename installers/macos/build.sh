#!/usr/bin/env bash
# Build DeskGuard.app and DeskGuard-<version>.dmg on macOS (a CI runner; see
# .github/workflows/release.yml). Usage: bash installers/macos/build.sh [MODELS_DIR]
# Start at login on macOS: a LaunchAgent (installers/macos/io.github.deskguard.DeskGuard.plist)
# that the app's Settings copy into ~/Library/LaunchAgents.
set -euo pipefail
REPO_DIR=$(cd "$(dirname "$0")/../.." && pwd)
cd "$REPO_DIR"
python3 -m venv build/macos/venv
PY=build/macos/venv/bin/python
"$PY" -m pip install -q -c requirements/constraints.txt -e ".[build]"
export DESKGUARD_VERSION=$("$PY" -c 'import tomllib; print(tomllib.load(open("pyproject.toml","rb"))["project"]["version"])')
MODELS_SRC="${1:-${DESKGUARD_MODELS:-}}"
if [ -n "$MODELS_SRC" ]; then
  DESKGUARD_DATA_DIR=build/macos/modeldata build/macos/venv/bin/deskguard models install --from "$MODELS_SRC"
else
  DESKGUARD_DATA_DIR=build/macos/modeldata build/macos/venv/bin/deskguard models download --yes
fi
export DESKGUARD_BUILD_MODELS="$REPO_DIR/build/macos/modeldata/models"
# The icon: render the SVG, then Apple's iconutil makes the .icns.
QT_QPA_PLATFORM=offscreen "$PY" installers/linux/render_icons.py build/macos/icons
ICONSET=build/macos/deskguard.iconset; mkdir -p "$ICONSET"
for s in 16 32 128 256 512; do
  cp "build/macos/icons/${s}x${s}/apps/deskguard.png" "$ICONSET/icon_${s}x${s}.png"
done
iconutil -c icns "$ICONSET" -o installers/macos/deskguard.icns
build/macos/venv/bin/pyinstaller --noconfirm --distpath build/macos/dist --workpath build/macos/work \
  installers/pyinstaller/deskguard.spec
mkdir -p dist
hdiutil create -volname DeskGuard -srcfolder build/macos/dist/DeskGuard.app -ov -format UDZO \
  "dist/DeskGuard-$DESKGUARD_VERSION.dmg"
