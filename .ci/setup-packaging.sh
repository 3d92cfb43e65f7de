#!/usr/bin/env bash
# What packaging/ci_check.sh (the packaged build, run by .ci/run after the tests)
# needs from Debian: objdump for PyInstaller's binary analysis, dpkg-deb for the
# .deb, and the libraries the .deb depends on so `dpkg -i` succeeds.
# The build itself is NOT done here: setup scripts run before the tests.
set -euo pipefail
apt-get install -y -qq --no-install-recommends \
    binutils dpkg xz-utils \
    libgl1 libegl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libdbus-1-3 libglib2.0-0 \
    libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxcb-xinerama0 libxcb-randr0 \
    libxcb-render-util0 libxcb-image0 libcups2 >/dev/null
echo "packaging tools ready: $(objdump --version | head -1)"
