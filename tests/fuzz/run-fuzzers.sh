#!/usr/bin/env bash
# Fuzzing (docs/testing.md, "Fuzzing"): installs clang and libFuzzer from Debian, builds every
# fuzz target in build-fuzz/ and runs each for SECONDS, seeded from the shipped files and the
# saved crashes (tests/fuzz/regressions/), with ASan and UBSan. Prints, per target, how many
# inputs it ran, how fast, and the coverage it reached.
#
# Usage: tests/fuzz/run-fuzzers.sh [SECONDS (60)] [TARGET...]   (default: every target)
# A crash stops that target, leaves build-fuzz/crashes/<target>/crash-* and fails the script:
# fix it, then keep the input in tests/fuzz/regressions/<target>/ (replayed by the normal tests).
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds="${1:-60}"
shift || true

scripts/install-deps.sh
scripts/apt-install-missing.sh run-fuzzers clang-14 libfuzzer-14-dev
CC=clang-14 CXX=clang++-14 cmake -S . -B build-fuzz -DKIOSK_FUZZ=ON \
  -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build-fuzz -j"$(nproc)" --target fuzz_all

work=build-fuzz/runs
rm -rf "$work"
mkdir -p "$work"
status=0
printf '%-16s %10s %9s %7s %7s  %s\n' target inputs "inputs/s" cov ft result
while read -r name seed_text; do
  read -r -a seeds <<<"$seed_text"
  if [ $# -gt 0 ] && [[ " $* " != *" $name "* ]]; then
    continue
  fi
  corpus="build-fuzz/corpus/$name"
  crashes="build-fuzz/crashes/$name"
  mkdir -p "$corpus" "$crashes"
  # The seeds, copied in: libFuzzer reads folders, and the content pack's are led by a byte.
  python3 tests/fuzz/make_seeds.py "$work/seeds-$name" "${seeds[@]}"
  log="$work/$name.log"
  result=ok
  if ! "build-fuzz/tests/fuzz/${name}_fuzz" -max_total_time="$seconds" -print_final_stats=1 \
      -rss_limit_mb=2048 -timeout=10 -artifact_prefix="$crashes/" "$corpus" \
      "$work/seeds-$name" >"$log" 2>&1; then
    result="FAILED: see $log and $crashes"
    status=1
  fi
  stat() { sed -n "s/^stat::$1: *//p" "$log" | tail -1; }
  cov=$(grep -o 'cov: [0-9]*' "$log" | tail -1 | cut -d' ' -f2)
  ft=$(grep -o 'ft: [0-9]*' "$log" | tail -1 | cut -d' ' -f2)
  printf '%-16s %10s %9s %7s %7s  %s\n' "$name" "$(stat number_of_executed_units)" \
    "$(stat average_exec_per_sec)" "${cov:--}" "${ft:--}" "$result"
done < build-fuzz/fuzz-targets.txt
exit $status
