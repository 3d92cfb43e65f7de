#!/usr/bin/env bash
# Build the packaged FixDesk from this checkout and prove it runs:
#   1. python packaging/build.py          -> dist/FixDesk/, the tarball, the .deb
#   2. dist/FixDesk/FixDesk --self-test   (offscreen, frozen app)
#   3. dpkg -i the .deb, `fixdesk --self-test` from PATH, outside the checkout
#   4. dpkg -r, and check nothing is left under /opt/fixdesk
# Prints how long each part took. Runs as root (CI) or through sudo.
# Called by .ci/run after the tests; usable by hand the same way.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
export DEBIAN_FRONTEND=noninteractive
SUDO=""
if [ "$(id -u)" != 0 ]; then SUDO="sudo"; fi

declare -a TIMES=()
part() {  # part NAME COMMAND...: run, time and record one part
    local name=$1; shift
    echo "== packaging: $name"
    local start; start=$(date +%s%N)
    "$@"
    local ms=$(( ($(date +%s%N) - start) / 1000000 ))
    local took; took=$(printf '%d.%01d' $((ms / 1000)) $((ms % 1000 / 100)))
    TIMES+=("$(printf '%-32s %6s s' "$name" "$took")")
    echo "== packaging: $name took $took s"
}

venv() {
    if [ ! -x .venv/bin/python ]; then python3 -m venv .venv; fi
    .venv/bin/pip install -q -e ".[build]"
}

build() {
    .venv/bin/python packaging/build.py
}

frozen_self_test() {
    QT_QPA_PLATFORM=offscreen dist/FixDesk/FixDesk --self-test
}

DEB=""
installed=0
cleanup() {
    if [ "$installed" = 1 ]; then $SUDO dpkg -r fixdesk >/dev/null 2>&1 || true; fi
}
trap cleanup EXIT

install_deb() {
    DEB=$(ls dist/fixdesk_*.deb)
    # dpkg -i does not fetch dependencies: install the ones the .deb names that are missing.
    local depends missing=()
    depends=$(dpkg-deb -f "$DEB" Depends | tr ',' '\n' | sed 's/(.*)//; s/ //g')
    for pkg in $depends; do
        dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
    done
    if [ ${#missing[@]} -gt 0 ]; then
        $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
    fi
    $SUDO dpkg -i "$DEB"
    installed=1
    for path in /opt/fixdesk/FixDesk /usr/bin/fixdesk /usr/share/applications/fixdesk.desktop \
                /usr/share/icons/hicolor/scalable/apps/fixdesk.svg; do
        [ -e "$path" ] || { echo "missing after install: $path"; return 1; }
    done
}

installed_self_test() {
    # From PATH, in an empty folder, with a clean environment: nothing from the checkout.
    local tmp; tmp=$(mktemp -d)
    (cd "$tmp" && env -i PATH=/usr/local/bin:/usr/bin:/bin HOME="$tmp" QT_QPA_PLATFORM=offscreen \
        sh -c 'echo "fixdesk is $(command -v fixdesk)"; fixdesk --version && fixdesk --self-test')
    rm -rf "$tmp"
}

remove_deb() {
    $SUDO dpkg -r fixdesk
    installed=0
    local left=""
    for path in /opt/fixdesk /usr/bin/fixdesk /usr/share/applications/fixdesk.desktop \
                /usr/share/icons/hicolor/scalable/apps/fixdesk.svg \
                /usr/share/icons/hicolor/256x256/apps/fixdesk.png; do
        if [ -e "$path" ] || [ -L "$path" ]; then left="$left $path"; fi
    done
    if [ -n "$left" ]; then echo "left behind after dpkg -r:$left"; return 1; fi
    echo "removed cleanly: nothing left under /opt/fixdesk"
}

total_start=$(date +%s)
part "venv + pyinstaller" venv
part "build (folder, tarball, .deb)" build
part "frozen self-test" frozen_self_test
part "dpkg -i" install_deb
part "installed self-test (PATH)" installed_self_test
part "dpkg -r + leftovers check" remove_deb

echo "== packaging summary"
for line in "${TIMES[@]}"; do echo "   $line"; done
cat dist/build-info.json
du -sh dist/FixDesk "$ROOT"/dist/*.tar.gz "$ROOT"/dist/*.deb
echo "== packaging: all parts passed in $(( $(date +%s) - total_start )) s"
