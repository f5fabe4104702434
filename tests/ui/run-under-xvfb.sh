#!/bin/bash
# Runs a QtTest binary on a real X server (Xvfb) at 1280×1024: `run-under-xvfb.sh TEST [ARGS...]`.
# Exits 77 (skipped) when xvfb-run is not installed (scripts/debian-packages.txt lists xvfb).
set -euo pipefail
if ! command -v xvfb-run >/dev/null; then
    echo "xvfb-run not found: the real-window test is skipped (apt-get install xvfb xauth)"
    exit 77
fi
unset WAYLAND_DISPLAY
export QT_QPA_PLATFORM=xcb QT_STYLE_OVERRIDE=Fusion QT_SCALE_FACTOR=1 QT_AUTO_SCREEN_SCALE_FACTOR=0
exec xvfb-run -a -s "-screen 0 1280x1024x24" "$@"
