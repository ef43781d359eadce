#!/usr/bin/env bash
# The kiosk's benchmark (docs/performance.md): start to first frame, memory (PSS) at the
# home screen and idle CPU of the kiosk, side by side with a bare GLFW+ImGui window (the
# floor, bench/bare_window.cpp) and Chromium --kiosk showing bench/home.html, each on its
# own fresh Xvfb 800x480x24 display. A benchmark, not a test: it prints figures and
# fails only if something could not be measured.
#
# Usage: bench/run-bench.sh [--runs N] [--idle-seconds S] [--out DIR]
#   --runs N          starts per program (default 10, after one unrecorded warm-up start)
#   --idle-seconds S  length of the idle CPU window (default 60)
#   --out DIR         where results.md, results.json, screenshots and logs go
#                     (default build-bench/bench-results)
# Installs what is missing (Debian packages), builds the Release kiosk and the bare window
# in build-bench/, then runs bench/measure.py. Takes 5 to 7 minutes with the defaults on
# a quiet machine; longer (at most 10 minutes more) while other programs keep it busy,
# since each start waits for quiet. Everything it starts, it stops.
set -euo pipefail
cd "$(dirname "$0")/.."

runs=10
idle_seconds=60
out=build-bench/bench-results
while [ $# -gt 0 ]; do
  case "$1" in
    --runs) runs="$2"; shift 2 ;;
    --idle-seconds) idle_seconds="$2"; shift 2 ;;
    --out) out="$2"; shift 2 ;;
    *) echo "usage: bench/run-bench.sh [--runs N] [--idle-seconds S] [--out DIR]" >&2; exit 2 ;;
  esac
done

# --- what the benchmark needs beyond the kiosk's own dependencies, only if missing
scripts/install-deps.sh
packages=(chromium xvfb libx11-6 python3 fonts-noto-core)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  sudo=()
  [ "$(id -u)" -eq 0 ] || sudo=(sudo)
  echo "run-bench: installing ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  "${sudo[@]}" apt-get update -qq
  "${sudo[@]}" apt-get install -y -qq "${missing[@]}"
fi

# --- the Release kiosk and the floor
cmake -S . -B build-bench -DCMAKE_BUILD_TYPE=Release -DKIOSK_BUILD_BENCH=ON >/dev/null
cmake --build build-bench -j"$(nproc)" --target kiosk bare_window

# --- the machine, for the record
mkdir -p "$out"
{
  echo "date: $(date -u +%Y-%m-%dT%H:%M:%SZ)"
  echo "kiosk source: $(git describe --always --dirty 2>/dev/null || echo unknown)"
  echo "nproc: $(nproc)"
  echo "cpu: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')"
  echo "memory: $(awk '/MemTotal/ {printf "%.1f GiB", $2 / 1048576}' /proc/meminfo)"
  echo "kernel: $(uname -r)"
  echo "debian: $(cat /etc/debian_version)"
  echo "chromium: $(dpkg-query -W -f='${Version}' chromium)"
  echo "xvfb: $(dpkg-query -W -f='${Version}' xvfb)"
  echo "mesa: $(dpkg-query -W -f='${Version}' libgl1-mesa-dri)"
  echo "imgui: $(dpkg-query -W -f='${Version}' libimgui-dev)"
  echo "glfw: $(dpkg-query -W -f='${Version}' libglfw3)"
} | tee "$out/machine.txt"

# --- measure; measure.py stops everything it started, and timeout bounds the whole run
timeout --signal=TERM --kill-after=30 1800 \
  python3 bench/measure.py \
    --kiosk build-bench/kiosk/app/kiosk \
    --bare build-bench/bench/bare_window \
    --html bench/home.html \
    --runs "$runs" --idle-seconds "$idle_seconds" --out "$out"
echo "run-bench: results in $out/results.md (raw: results.json, screenshots: home-*.png)"
