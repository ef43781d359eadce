#!/usr/bin/env bash
# Renders every screen in every size and language to PNG files, to look at them as a
# visitor would. Usage: scripts/screenshots.sh [OUT_DIR] (default: screenshots/)
# Needs a built kiosk (scripts/run-kiosk.sh or cmake --build build) and Xvfb.
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-screenshots}
kiosk=${KIOSK_BIN:-build/kiosk/app/kiosk}
[ -x "$kiosk" ] || { echo "screenshots: build the kiosk first ($kiosk not found)" >&2; exit 1; }
mkdir -p "$out"
data=$(mktemp -d)
trap 'rm -rf "$data"' EXIT
sizes=${SIZES:-"800x480 720x1280 1920x1080"}
langs=${LANGS:-"nl en pl ro ru uk es fr tr"}
screens=${SCREENS:-"home info substances substance:cocaine substance:ghb pages:safer_use page:drug_checking mixing emergency help help-need:housing organisation:night_shelter groups group-type:experience code-choice code-entry symbol-pick nickname cancel-signup interest interest-consent interest-contact search staff-pin staff-schedule staff-schedule-edit:change-slot/experience/1/14:00 staff-schedule-edit:group/experience idle-prompt"}
for size in $sizes; do
  for lang in $langs; do
    for screen in $screens; do
      xvfb-run -a -s "-screen 0 ${size}x24" "$kiosk" --windowed "$size" --data-dir "$data" \
        --lang "$lang" --goto "$screen" --screenshot "$out/$size-$lang-${screen//[:\/]/-}.png" 2>/dev/null
    done
  done
done
echo "screenshots: $(ls "$out" | wc -l) files in $out/"
