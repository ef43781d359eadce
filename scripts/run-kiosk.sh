#!/usr/bin/env bash
# Installs what is missing, builds the kiosk and runs it in a window on the built-in
# defaults (content from assets/, database in ./kiosk-data). Extra arguments go to the
# kiosk, e.g.: scripts/run-kiosk.sh --windowed 800x480 --lang en
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-deps.sh
cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build -j"$(nproc)" --target kiosk

args=("$@")
has_size=0
for a in "${args[@]}"; do [ "$a" = "--windowed" ] && has_size=1; done
[ $has_size -eq 1 ] || args=(--windowed 1024x600 "${args[@]}")

if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
  echo "run-kiosk: no display found (DISPLAY is not set)." >&2
  echo "  Run this from a desktop session, or take a screenshot instead:" >&2
  echo "  xvfb-run -s '-screen 0 1024x600x24' build/kiosk/app/kiosk --windowed 1024x600 --screenshot home.png" >&2
  exit 1
fi
exec build/kiosk/app/kiosk --data-dir kiosk-data "${args[@]}"
