#!/usr/bin/env bash
# The soak (docs/testing.md, "Soak"): builds the kiosk, the receiver and kiosk_bundle in
# Release (or with ASan+UBSan), then runs tests/soak/soak.py for MINUTES of random taps.
#
# Usage: tests/soak/run-soak.sh [MINUTES (60)] [release|asan] [extra soak.py arguments]
# Output: build-soak-<kind>/soak-report/ (rss.csv, kiosk.log, summary.md, start/end PNGs).
set -euo pipefail
cd "$(dirname "$0")/../.."

minutes="${1:-60}"
kind="${2:-release}"
shift $(($# > 2 ? 2 : $#))
case "$kind" in
    release) cmake_args=(-DCMAKE_BUILD_TYPE=Release) ;;
    asan) cmake_args=(-DCMAKE_BUILD_TYPE=RelWithDebInfo -DKIOSK_SANITIZE=ON) ;;
    *)
        echo "run-soak.sh: the kind is release or asan, not '$kind'" >&2
        exit 2
        ;;
esac

scripts/install-deps.sh
build="build-soak-$kind"
cmake -S . -B "$build" "${cmake_args[@]}" >/dev/null
cmake --build "$build" -j"$(nproc)" --target kiosk kiosk_receiver kiosk_bundle

extra=()
if [ "$kind" = asan ]; then
    # ASan keeps freed memory in quarantine (256 MiB by default) and so grows by design:
    # under ASan the soak looks for errors and crashes; flat memory is the Release run's goal.
    extra=(--no-rss-goal)
fi
exec python3 tests/soak/soak.py "$build/kiosk/app/kiosk" "$build/receiver/kiosk_receiver" \
    "$build/tools/kiosk_bundle" "$build/soak-report" --minutes "$minutes" "${extra[@]}" "$@"
