#!/usr/bin/env bash
# Cross-compiles the kiosk and its tests for arm64, runs the unit and headless UI tests on
# this x86 machine under qemu-aarch64 (Debian's qemu-user, with the arm64 multiarch
# libraries), then runs the arm64 kiosk under qemu on Xvfb until it saves a screenshot.
# Slow, so not part of scripts/run-tests.sh. Usage: deploy-pi/qemu-check.sh [OUT_DIR]
# (default: build-arm64/qemu-check). Prints the time and the pass counts.
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-build-arm64/qemu-check}

deploy-pi/install-cross-deps.sh
command -v xvfb-run >/dev/null || scripts/install-deps.sh
build="build-arm64"
t0=$(date +%s)
cmake -S . -B "$build" -DCMAKE_TOOLCHAIN_FILE="$PWD/deploy-pi/toolchain-arm64.cmake" \
  -DCMAKE_BUILD_TYPE=Release -DKIOSK_BUILD_TESTS=ON -DKIOSK_BUILD_RECEIVER=OFF >/dev/null
cmake --build "$build" -j"$(nproc)" --target kiosk kiosk_unit_tests kiosk_ui_tests
t1=$(date +%s)
for bin in kiosk/app/kiosk tests/kiosk_unit_tests tests/kiosk_ui_tests; do
  file -b "$build/$bin" | grep -q 'ARM aarch64' || { echo "qemu-check: $build/$bin is not an arm64 program" >&2; exit 1; }
done

mkdir -p "$out"
summary=()
for suite in kiosk_unit_tests kiosk_ui_tests; do
  log=$out/$suite.log
  if ! qemu-aarch64 "$build/tests/$suite" >"$log" 2>&1; then
    tail -n 30 "$log" >&2
    echo "qemu-check: $suite failed under qemu-aarch64 (log: $log)" >&2
    exit 1
  fi
  summary+=("$suite: $(grep -E '^All tests passed|^test cases:' "$log" | tail -n 1)")
done
t2=$(date +%s)

data=$(mktemp -d)
trap 'rm -rf "$data"' EXIT
shot=$out/kiosk-arm64-800x480.png
rm -f "$shot"
xvfb-run -a -s '-screen 0 800x480x24' qemu-aarch64 "$build/kiosk/app/kiosk" --windowed 800x480 \
  --data-dir "$data" --lang nl --screenshot "$shot" >"$out/kiosk.log" 2>&1 || {
  cat "$out/kiosk.log" >&2; echo "qemu-check: the arm64 kiosk did not run under qemu" >&2; exit 1; }
[ -s "$shot" ] || { echo "qemu-check: no screenshot was saved" >&2; exit 1; }
t3=$(date +%s)

echo "qemu-check: build $((t1 - t0)) s, tests under qemu $((t2 - t1)) s, kiosk screenshot $((t3 - t2)) s"
printf 'qemu-check: %s\n' "${summary[@]}"
echo "qemu-check: screenshot $shot"
