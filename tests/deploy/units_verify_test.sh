#!/usr/bin/env bash
# Checks the kiosk's systemd units with systemd-analyze verify (works without systemd
# running). verify insists that ExecStart's program exists; where cage is not installed
# (CI), the unit is checked with a stand-in for /usr/bin/cage, everything else unchanged.
# Also checks the watchdog and restart settings docs/deploy-pi.md describes.
# Usage: units_verify_test.sh SOURCE_DIR
set -euo pipefail
src=$1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
# shellcheck source-path=SCRIPTDIR source=check.sh
source "$(dirname "$0")/check.sh"

mkdir -p "$tmp/units" "$tmp/bin"
cp "$src/deploy-pi/files/kiosk-retry.timer" "$tmp/units/"
cage=/usr/bin/cage
if [ ! -x "$cage" ]; then
  cage=$tmp/bin/cage
  printf '#!/bin/sh\n' >"$cage"
  chmod +x "$cage"
fi
sed "s|^ExecStart=/usr/bin/cage |ExecStart=$cage |" "$src/deploy-pi/files/kiosk.service" >"$tmp/units/kiosk.service"

if systemd-analyze verify --man=no "$tmp/units/kiosk.service" "$tmp/units/kiosk-retry.timer" >"$tmp/verify.log" 2>&1; then
  verified=1
else
  verified=0
fi
cat "$tmp/verify.log"
check "systemd-analyze verify passes" test "$verified" -eq 1
check "systemd-analyze verify has nothing to say about the kiosk units" \
  test -z "$(grep -E 'kiosk(-retry)?\.(service|timer)' "$tmp/verify.log")"

unit=$src/deploy-pi/files/kiosk.service
has() { grep -qx "$1" "$unit"; }
check "Type=notify" has 'Type=notify'
check "NotifyAccess=all (the kiosk is cage's child)" has 'NotifyAccess=all'
check "a watchdog" has 'WatchdogSec=30'
check "Restart=always" has 'Restart=always'
check "the kiosk gets the watchdog as its own (env -u WATCHDOG_PID)" \
  grep -q '^ExecStart=/usr/bin/cage -d -- /usr/bin/env -u WATCHDOG_PID /usr/bin/kiosk --config /etc/kiosk/kiosk.toml$' "$unit"
check "a boot loop backs off (start limit, then the retry timer)" \
  grep -q '^OnFailure=kiosk-retry.timer$' "$unit"
check "runs as the kiosk user" has 'User=kiosk'
check "the cursor theme is the blank one" grep -q 'XCURSOR_PATH=/usr/share/kiosk/cursors' "$unit"

finish
