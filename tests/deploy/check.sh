# shellcheck shell=bash
# The tiny assertion helper the packaging tests share: `check "what" command...` runs the
# command, prints ok or FAILED with what, and counts failures; `finish` ends the test.
failures=0
check() {
  local what=$1; shift
  if "$@"; then echo "ok: $what"; else echo "FAILED: $what"; failures=$((failures + 1)); fi
}
finish() {
  echo "$failures failed"
  [ "$failures" -eq 0 ]
}
