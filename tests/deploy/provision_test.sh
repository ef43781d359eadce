#!/usr/bin/env bash
# Runs deploy-pi/provision.sh against a fake root (--root: files below it are edited, no
# command is run) and checks the config it writes, the commands it would run, that a
# second run changes nothing, and that bad input is refused with a clear message.
# Usage: provision_test.sh SOURCE_DIR KIOSK_BINARY
set -euo pipefail
src=$1 kiosk=$2
provision=$src/deploy-pi/provision.sh
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
# shellcheck source-path=SCRIPTDIR source=check.sh
source "$(dirname "$0")/check.sh"

# A fresh Raspberry Pi OS Lite, as far as provision.sh looks at it.
fresh_root() {
  local r=$1
  mkdir -p "$r/etc/kiosk" "$r/usr/bin" "$r/boot/firmware" "$r/usr/share/zoneinfo/Europe"
  cp "$src/deploy-pi/files/kiosk.toml" "$r/etc/kiosk/kiosk.toml"
  printf '#!/bin/sh\n' >"$r/usr/bin/kiosk"
  printf 'VERSION_CODENAME=bookworm\n' >"$r/etc/os-release"
  printf 'proc /proc proc defaults 0 0\nPARTUUID=1234-02 / ext4 defaults,noatime 0 1\n' >"$r/etc/fstab"
  printf 'console=serial0,115200 console=tty1 root=PARTUUID=1234-02 rootfstype=ext4 fsck.repair=yes rootwait\n' \
    >"$r/boot/firmware/cmdline.txt"
  touch "$r/usr/share/zoneinfo/Europe/Amsterdam"
}
snapshot() { (cd "$1" && find . -type f -print0 | sort -z | xargs -0 sha256sum); }

r=$tmp/root
fresh_root "$r"
printf 'tok-123_abc\n' >"$tmp/token"
chmod 0640 "$r/etc/kiosk/kiosk.toml" # as postinst leaves it
args=(--root "$r" --kiosk-id west-1 --location 'Inloop "West" \ 2' --server-url https://kiosk.example.org/api
      --token-file "$tmp/token" --rotate 90 --timezone Europe/Amsterdam --overlay --data-device LABEL=kiosk-data
      --sound jack --private-listening yes)
"$provision" "${args[@]}" >"$tmp/run1.log" 2>&1 && rc=0 || rc=$?
cat "$tmp/run1.log"
check "a full run succeeds" test "$rc" -eq 0
config=$r/etc/kiosk/kiosk.toml
check "the config is valid TOML with the given values" python3 - "$config" <<'PY'
import sys, tomllib
c = tomllib.load(open(sys.argv[1], "rb"))
assert c["kiosk_id"] == "west-1", c
assert c["location_name"] == 'Inloop "West" \\ 2', c["location_name"]
assert c["display"]["rotate"] == 90, c["display"]
assert c["upload"] == {"base_url": "https://kiosk.example.org/api", "token": "tok-123_abc"}, c["upload"]
assert c["data_dir"] == "/var/lib/kiosk"
assert c["speech"]["device"] == "plughw:CARD=Headphones,DEV=0", c["speech"]
assert c["speech"]["private_output"] is True, c["speech"]
PY
check "the config keeps its mode 0640" \
  test "$(stat -c %a "$r/etc/kiosk/kiosk.toml")" = 640
check "rotate is set once" test "$(grep -c '^rotate' "$config")" -eq 1
log_has() { grep -qxF "$1" "$tmp/run1.log"; }
check "installs nothing without a .deb" test -z "$(grep 'apt-get' "$tmp/run1.log")"
check "the config (it holds the token) is root:kiosk 0640" \
  bash -c "grep -qxF 'would run: chown root:kiosk $config' '$tmp/run1.log' && grep -qxF 'would run: chmod 0640 $config' '$tmp/run1.log'"
check "sets the time zone and NTP" bash -c "grep -qxF 'would run: timedatectl set-timezone Europe/Amsterdam' '$tmp/run1.log' && grep -qxF 'would run: timedatectl set-ntp true' '$tmp/run1.log'"
check "enables the kiosk at boot" bash -c "grep -qxF 'would run: systemctl enable kiosk.service' '$tmp/run1.log' && grep -qxF 'would run: systemctl set-default graphical.target' '$tmp/run1.log'"
check "masks Ctrl+Alt+Del" log_has 'would run: systemctl mask ctrl-alt-del.target'
check "turns on the overlay root" log_has 'would run: raspi-config nonint do_overlayfs 0'
check "mounts the data partition at /var/lib/kiosk" \
  grep -qxF 'LABEL=kiosk-data /var/lib/kiosk ext4 defaults,noatime,nofail,x-systemd.device-timeout=30s 0 2' "$r/etc/fstab"
check "keeps the other fstab lines" grep -qxF 'PARTUUID=1234-02 / ext4 defaults,noatime 0 1' "$r/etc/fstab"
check "no console blanking, no text cursor" grep -q ' rootwait consoleblank=0 vt.global_cursor_default=0' "$r/boot/firmware/cmdline.txt"
# overlayroot's default would put the data partition in RAM too: only / may be overlaid.
check "the overlay leaves the data partition on its disk (recurse=0)" \
  grep -qx '.* overlayroot=tmpfs:recurse=0' "$r/boot/firmware/cmdline.txt"

before=$(snapshot "$r")
"$provision" "${args[@]}" >"$tmp/run2.log" 2>&1 && rc=0 || rc=$?
check "a second run succeeds" test "$rc" -eq 0
check "a second run changes no file" test "$before" = "$(snapshot "$r")"
"$provision" --root "$r" --location Oost --overlay >/dev/null 2>&1 && rc=0 || rc=$?
check "a later run may change one setting (the overlay needs no device once in fstab)" test "$rc" -eq 0
check "only that setting changed" bash -c "grep -qx 'location_name = \"Oost\"' '$config' && grep -qx 'kiosk_id = \"west-1\"' '$config'"

# --dry-run changes nothing and shows the config changes, with the token hidden.
before=$(snapshot "$r")
out=$("$provision" --root "$r" --dry-run --location Zuid --token secret-1 --overlay --data-device /dev/sdz1 2>&1) && rc=0 || rc=$?
check "a dry run succeeds" test "$rc" -eq 0
check "a dry run changes no file" test "$before" = "$(snapshot "$r")"
check "a dry run shows the config change" grep -qx '+location_name = "Zuid"' <<<"$out"
hides_token() { grep -qx '+token = "(hidden)"' <<<"$out" && ! grep -q secret-1 <<<"$out"; }
check "a dry run hides the token" hides_token
check "a dry run shows the fstab change" grep -qF 'would set the /var/lib/kiosk line' <<<"$out"

# raspi-config writes overlayroot=tmpfs (every mount in RAM); provision.sh narrows it to /.
r4=$tmp/root4
fresh_root "$r4"
sed -i '1s/^/overlayroot=tmpfs /' "$r4/boot/firmware/cmdline.txt"
"$provision" --root "$r4" --kiosk-id a --overlay --data-device LABEL=kiosk-data >/dev/null 2>&1 && rc=0 || rc=$?
one_overlay_token() {
  local tokens
  tokens=$(tr ' ' '\n' <"$r4/boot/firmware/cmdline.txt" | grep '^overlayroot=')
  [ "$tokens" = overlayroot=tmpfs:recurse=0 ]
}
check "raspi-config's overlayroot=tmpfs becomes tmpfs:recurse=0, once" \
  bash -c "[ $rc -eq 0 ] && $(declare -f one_overlay_token); r4='$r4' one_overlay_token"

# Plain Debian (no cmdline.txt: the emulated machine): overlayroot's own config file.
r5=$tmp/root5
fresh_root "$r5"
rm "$r5/boot/firmware/cmdline.txt"
"$provision" --root "$r5" --kiosk-id a --overlay --data-device LABEL=kiosk-data >"$tmp/run5.log" 2>&1 && rc=0 || rc=$?
check "without raspi-config the overlay is set in /etc/overlayroot.local.conf" \
  bash -c "[ $rc -eq 0 ] && grep -qx 'overlayroot=\"tmpfs:recurse=0\"' '$r5/etc/overlayroot.local.conf' &&
           ! grep -q raspi-config '$tmp/run5.log'"

# Without [upload] the result is a config today's kiosk accepts.
r2=$tmp/root2
fresh_root "$r2"
"$provision" --root "$r2" --kiosk-id oost-2 --rotate 270 >/dev/null 2>&1 && rc=0 || rc=$?
check "a run without server settings succeeds" test "$rc" -eq 0
accepts_config() { "$kiosk" --config "$r2/etc/kiosk/kiosk.toml" --check-content "$src/assets/content" >/dev/null; }
check "the kiosk accepts the config it writes" accepts_config

# Bad input: exit code 2 and a message naming the problem.
refuses() { # refuses "what" "expected message part" args...
  local what=$1 msg=$2; shift 2
  local r3=$tmp/bad out rc
  rm -rf "$r3"; fresh_root "$r3"
  out=$("$provision" --root "$r3" "$@" 2>&1) && rc=0 || rc=$?
  check "refuses $what" test "$rc" -eq 2
  check "says why for $what" grep -qF -- "$msg" <<<"$out"
}
refuses "a first run without an id" "give this kiosk an id with --kiosk-id" --location X
refuses "a bad id" "--kiosk-id 'West 1' is not allowed" --kiosk-id 'West 1'
refuses "a bad rotation" "--rotate 45 is not allowed" --kiosk-id a --rotate 45
refuses "a sound output ALSA would not take" "--sound 'hw:0 ; x' is not allowed" --kiosk-id a --sound 'hw:0 ; x'
refuses "private listening other than yes or no" "--private-listening maybe is not allowed" --kiosk-id a --private-listening maybe
refuses "a server that is not a web address" "is not a web address" --kiosk-id a --server-url kiosk.example.org
refuses "an unknown zone" "--timezone Mars/Base is not a known zone" --kiosk-id a --timezone Mars/Base
refuses "the overlay without a data partition" "--overlay needs --data-device" --kiosk-id a --overlay
refuses "a token with a space" "one word of printable characters" --kiosk-id a --token 'a b'
refuses "an unknown option" "unknown option '--colour'" --colour blue
refuses "a missing .deb" "no such file" --kiosk-id a ./kiosk_9.9.9-1_arm64.deb
"$provision" --help >"$tmp/help" && rc=0 || rc=$?
check "--help prints the usage" bash -c "[ $rc -eq 0 ] && grep -q '^Usage: sudo provision.sh' '$tmp/help'"

finish
