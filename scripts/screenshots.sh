#!/usr/bin/env bash
# Renders every screen in every size and language to PNG files, to look at them as a
# visitor (and staff) would. Usage: scripts/screenshots.sh [OUT_DIR] (default: screenshots/)
# Needs a built kiosk (scripts/run-kiosk.sh or cmake --build build) and Xvfb.
# SIZES, LANGS and SCREENS narrow it down, e.g. SIZES=800x480 LANGS="ru ar" SCREENS=home;
# DISPLAY_FLAGS="--large-text --high-contrast" renders the visitor's display choices.
# Staff screens are rendered with a screenshot-only staff session (--goto with --screenshot).
# A screen that cannot be rendered is reported at the end; the others are still made.
set -uo pipefail
cd "$(dirname "$0")/.." || exit 1
out=${1:-screenshots}
kiosk=${KIOSK_BIN:-build/kiosk/app/kiosk}
[ -x "$kiosk" ] || { echo "screenshots: build the kiosk first ($kiosk not found)" >&2; exit 1; }
mkdir -p "$out"
data=$(mktemp -d)
trap 'kill $(jobs -p) 2>/dev/null; rm -rf "$data"' EXIT
sizes=${SIZES:-"800x480 720x1280 1920x1080"}
langs=${LANGS:-"nl en pl ro ru uk es fr tr ar fa"}
screens=${SCREENS:-"home info substances substance:cocaine substance:ghb pages:safer_use page:drug_checking mixing emergency help help-need:housing organisation:night_shelter groups group-type:experience code-choice code-entry symbol-pick nickname cancel-signup interest interest-consent interest-contact search alerts report report-mark staff-pin staff staff-groups staff-sync staff-report staff-schedule staff-schedule-edit:change-slot/experience/1/14:00 staff-schedule-edit:group/experience idle-prompt"}
failed=()
made=0
# One X server per size, for all of that size's screens (a server per screen cost about a
# second each).
for size in $sizes; do
  xvfb_log="$data/xvfb-$size"
  Xvfb -displayfd 3 -screen 0 "${size}x24" -nolisten tcp 3>"$data/display-$size" 2>"$xvfb_log" &
  xvfb_pid=$!
  for _ in $(seq 100); do [ -s "$data/display-$size" ] && break; sleep 0.1; done
  if [ ! -s "$data/display-$size" ]; then
    failed+=("$size: Xvfb did not start: $(tail -n 1 "$xvfb_log")")
    kill "$xvfb_pid" 2>/dev/null
    continue
  fi
  display=":$(cat "$data/display-$size")"
  for lang in $langs; do
    for screen in $screens; do
      suffix=$(echo "${DISPLAY_FLAGS:-}" | tr -d ' -' | sed 's/^./-&/')
      file="$out/$size-$lang-${screen//[:\/]/-}$suffix.png"
      # DISPLAY_FLAGS is split into words on purpose.
      # shellcheck disable=SC2086
      if DISPLAY=$display "$kiosk" --windowed "$size" --data-dir "$data" \
           --lang "$lang" --goto "$screen" ${DISPLAY_FLAGS:-} --screenshot "$file" 2>"$data/err"; then
        made=$((made + 1))
      else
        failed+=("$size $lang $screen: $(tail -n 1 "$data/err")")
      fi
    done
  done
  kill "$xvfb_pid" 2>/dev/null
  wait "$xvfb_pid" 2>/dev/null
done
echo "screenshots: $made files in $out/"
if [ ${#failed[@]} -gt 0 ]; then
  printf 'screenshots: not made: %s\n' "${failed[@]}" >&2
  exit 1
fi
