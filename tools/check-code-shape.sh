#!/usr/bin/env bash
# Small units: no source file over 400 lines and no function over 80 lines (tables of data
# excepted: a file whose first lines say "code-shape: table" may hold long tables, in long
# files and long functions, e.g. one switch giving every text its translations). A function
# is measured from the line with its name to its closing brace, as universal-ctags finds them
# (Debian's universal-ctags; it reads the sources as they are, in well under a second, where a
# compiler-based check took four minutes of CI). Production code only: a test case is a list
# of steps, not a unit to split.
# Usage: tools/check-code-shape.sh   (exits 1 and names every unit that is too long)
set -euo pipefail
cd "$(dirname "$0")/.."
command -v ctags >/dev/null && ctags --version | grep -q "Universal Ctags" ||
  { echo "check-code-shape: needs universal-ctags (scripts/install-deps.sh installs it)" >&2; exit 2; }

too_long=0
while IFS= read -r file; do
  head -n 5 "$file" | grep -q "code-shape: table" && continue
  lines=$(wc -l < "$file")
  if [ "$lines" -gt 400 ]; then
    echo "check-code-shape: $file has $lines lines (at most 400: split it by what it does)"
    too_long=1
  fi
done < <(git ls-files --cached --others --exclude-standard '*.cpp' '*.hpp')

# One line per function: name, file, first line, last line.
out=$(git ls-files --cached --others --exclude-standard '*.cpp' | grep -v '^tests/' |
  while IFS= read -r f; do head -n 5 "$f" | grep -q "code-shape: table" || echo "$f"; done |
  xargs ctags -x --_xformat='%N %F %n %{end}' --kinds-C++=f --fields=+ne -o - 2>/dev/null |
  awk '$4 != "" && $4 - $3 + 1 > 80 {
         printf "check-code-shape: %s:%s: function %s is %d lines (at most 80: split it)\n",
                $2, $3, $1, $4 - $3 + 1 }')
if [ -n "$out" ]; then
  echo "$out"
  too_long=1
fi
[ "$too_long" -eq 0 ] && echo "check-code-shape: every file is at most 400 lines, every function at most 80"
exit "$too_long"
