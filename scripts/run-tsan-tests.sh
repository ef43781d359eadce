#!/usr/bin/env bash
# Installs what is missing, builds the kiosk's threaded parts with ThreadSanitizer and runs
# the tests that use threads: the headless UI tests (the background worker: PIN checks,
# upkeep, content loading), the unit tests (the uploader thread against a fake server, time
# zones on several threads), the speech worker (read aloud) and the uploads and bundles
# against the real receiver. Any data race fails the run. CI runs it after
# scripts/run-tests.sh.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-deps.sh
cmake -S . -B build-tsan -DCMAKE_BUILD_TYPE=RelWithDebInfo -DKIOSK_BUILD_TESTS=ON -DKIOSK_TSAN=ON \
  >/dev/null
cmake --build build-tsan -j"$(nproc)" --target kiosk_ui_tests kiosk_unit_tests kiosk_sync_tests \
  kiosk_speech_tests kiosk_one_arena_test kiosk_receiver kiosk_bundle kiosk_sync_crash_child
export TSAN_OPTIONS="halt_on_error=1:second_deadlock_stack=1"
ctest --test-dir build-tsan --output-on-failure -j"$(nproc)" -R '^(ui|unit|sync|speech):'
