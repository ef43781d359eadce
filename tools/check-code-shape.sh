#!/usr/bin/env bash
# Small units: no source file over 400 lines and no function over 80 lines (tables of data
# excepted: a file whose first lines say "code-shape: table" may hold long tables). Functions
# are measured by clang-tidy's readability-function-size on the build's compile commands.
# Usage: tools/check-code-shape.sh BUILD_DIR   (a build configured with cmake; exits 1 and
# names every unit that is too long)
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:?usage: tools/check-code-shape.sh BUILD_DIR}
[ -f "$build/compile_commands.json" ] || { echo "check-code-shape: no $build/compile_commands.json (configure with cmake first)" >&2; exit 2; }

too_long=0
while IFS= read -r file; do
  head -n 5 "$file" | grep -q "code-shape: table" && continue
  lines=$(wc -l < "$file")
  if [ "$lines" -gt 400 ]; then
    echo "check-code-shape: $file has $lines lines (at most 400: split it by what it does)"
    too_long=1
  fi
done < <(git ls-files --cached --others --exclude-standard '*.cpp' '*.hpp')

# Production code only: a test case is a list of steps, not a unit to split.
mapfile -t sources < <(git ls-files --cached --others --exclude-standard '*.cpp' | grep -v '^tests/')
out=$(printf '%s\n' "${sources[@]}" |
  xargs -P "$(nproc)" -n 8 clang-tidy -p "$build" --quiet --checks='-*,readability-function-size' \
    --config='{CheckOptions: [{key: readability-function-size.LineThreshold, value: 80}]}' 2>/dev/null |
  grep -E "warning: function .* exceeds" || true)
if [ -n "$out" ]; then
  echo "$out" | sed 's/^/check-code-shape: /; s/ exceeds recommended size\/complexity thresholds \[readability-function-size\]/ is over 80 lines/'
  too_long=1
fi
[ "$too_long" -eq 0 ] && echo "check-code-shape: every file is at most 400 lines, every function at most 80"
exit "$too_long"
