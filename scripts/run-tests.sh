#!/usr/bin/env bash
# Installs what is missing, builds everything with AddressSanitizer and
# UndefinedBehaviorSanitizer, and runs every test (unit, headless UI, end-to-end).
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-deps.sh
cmake -S . -B build-tests -DCMAKE_BUILD_TYPE=Debug -DKIOSK_BUILD_TESTS=ON -DKIOSK_SANITIZE=ON >/dev/null
cmake --build build-tests -j"$(nproc)"
# Leak checking stays on; Mesa's software GL keeps some allocations until exit, which
# only the end-to-end tests load, and those run the binary in its own process.
export ASAN_OPTIONS="detect_leaks=1:abort_on_error=1"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
ctest --test-dir build-tests --output-on-failure -j"$(nproc)"
