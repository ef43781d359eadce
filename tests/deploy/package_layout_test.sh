#!/usr/bin/env bash
# Builds the .deb from this build tree with CPack and checks it against docs/deploy-pi.md:
# every file is one the page lists (and every listed path is there), the conffiles, the
# Depends line, the maintainer scripts, the default config (the kiosk accepts it), the
# system user (systemd-sysusers on a fake root) and the blank cursor.
# Usage: package_layout_test.sh BUILD_DIR SOURCE_DIR KIOSK_BINARY
set -euo pipefail
build=$1 src=$2 kiosk=$3
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
# shellcheck source-path=SCRIPTDIR source=check.sh
source "$(dirname "$0")/check.sh"

cpack -G DEB --config "$build/CPackConfig.cmake" -B "$tmp/out" >"$tmp/cpack.log" 2>&1 ||
  { cat "$tmp/cpack.log"; echo "FAILED: cpack could not build the package"; exit 1; }
deb=$(ls "$tmp"/out/kiosk_*.deb)
echo "package: $(basename "$deb")"

# The layout block of the docs: "<!-- package-layout -->" then a ``` block, one path a line
# (first word); a path ending in / stands for everything below it.
awk '/<!-- package-layout -->/ { on = 1; next } on && /^```/ { if (++fence == 2) exit; next }
     on && fence == 1 && NF { print $1 }' "$src/docs/deploy-pi.md" >"$tmp/documented"
check "docs/deploy-pi.md has a package-layout block" test -s "$tmp/documented"

dpkg-deb -c "$deb" | awk '{ print substr($6, 2) }' | grep -v '/$' | sort >"$tmp/files"
covered() {
  local f=$1 d
  while read -r d; do
    if [[ $d == */ ]]; then [[ $f == "$d"* ]] && return 0; else [ "$f" = "$d" ] && return 0; fi
  done <"$tmp/documented"
  return 1
}
undocumented=()
while read -r f; do covered "$f" || undocumented+=("$f"); done <"$tmp/files"
check "every packaged file is in docs/deploy-pi.md (not: ${undocumented[*]:-none})" test ${#undocumented[@]} -eq 0
missing=()
while read -r d; do
  if [[ $d == */ ]]; then grep -q "^$d" "$tmp/files" || missing+=("$d"); else grep -qx "$d" "$tmp/files" || missing+=("$d"); fi
done <"$tmp/documented"
check "every path in docs/deploy-pi.md is in the package (missing: ${missing[*]:-none})" test ${#missing[@]} -eq 0

# Owner, mode and kind of the key files.
line_of() { dpkg-deb -c "$deb" | awk -v p="./$1" '$6 == p'; }
check "/usr/bin/kiosk is an executable owned by root" grep -q '^-rwxr-xr-x root/root' <<<"$(line_of usr/bin/kiosk)"
check "/etc/kiosk/kiosk.toml is a root-owned file" grep -q '^-rw-r--r-- root/root' <<<"$(line_of etc/kiosk/kiosk.toml)"
check "the translations are installed" test "$(grep -c '^/usr/share/kiosk/assets/i18n/.*\.toml$' "$tmp/files")" -eq "$(find "$src/assets/i18n" -name "*.toml" | wc -l)"

# Control fields.
dpkg-deb -e "$deb" "$tmp/control"
check "conffiles are the config and the PAM file" diff <(sort "$tmp/control/conffiles") <(printf '/etc/kiosk/kiosk.toml\n/etc/pam.d/kiosk\n')
for s in postinst prerm postrm; do check "$s is an executable script" test -x "$tmp/control/$s"; done
check "the architecture is this machine's" test "$(dpkg-deb -f "$deb" Architecture)" = "$(dpkg --print-architecture)"
depends=$(dpkg-deb -f "$deb" Depends | tr ',' '\n' | sed 's/^ *//; s/ .*//')
for p in cage xwayland libgl1-mesa-dri libglx-mesa0 fonts-noto-core systemd seatd \
         libc6 libstdc++6 libglfw3 libgles2 libsqlite3-0 libsodium23 libtomlplusplus3 libqrencode4 \
         espeak-ng-data libespeak-ng1 libasound2; do
  check "Depends names $p" grep -qx "$p" <<<"$depends"
done

# Contents.
dpkg-deb -x "$deb" "$tmp/root"
accepts_default_config() { "$kiosk" --config "$tmp/root/etc/kiosk/kiosk.toml" --check-content "$src/assets/content" >/dev/null; }
check "the default config is accepted by the kiosk" accepts_default_config
check "the default config keeps the data in /var/lib/kiosk" grep -qx 'data_dir = "/var/lib/kiosk".*' "$tmp/root/etc/kiosk/kiosk.toml"
check "the blank cursor is a 68-byte Xcursor file" \
  test "$(head -c 4 "$tmp/root/usr/share/kiosk/cursors/default/cursors/left_ptr")" = Xcur -a \
       "$(stat -c %s "$tmp/root/usr/share/kiosk/cursors/default/cursors/left_ptr")" -eq 68
mkdir -p "$tmp/sysroot/etc"
systemd-sysusers --root "$tmp/sysroot" "$tmp/root/usr/lib/sysusers.d/kiosk.conf" 2>"$tmp/sysusers.log" || cat "$tmp/sysusers.log"
check "sysusers makes an unprivileged 'kiosk' user at /var/lib/kiosk without a shell" \
  grep -qE '^kiosk:x:[1-9][0-9]{0,2}:[0-9]+:[^:]*:/var/lib/kiosk:/usr/sbin/nologin$' "$tmp/sysroot/etc/passwd"
check "sysusers puts 'kiosk' in the video and render groups" \
  grep -qE '^video:x:[0-9]+:(.*,)?kiosk(,.*)?$' "$tmp/sysroot/etc/group"
check "sysusers puts 'kiosk' in the audio group (read aloud)" \
  grep -qE '^audio:x:[0-9]+:(.*,)?kiosk(,.*)?$' "$tmp/sysroot/etc/group"
check "the tmpfiles line makes /var/lib/kiosk 0750 for kiosk" \
  grep -qx 'd /var/lib/kiosk 0750 kiosk kiosk -' "$tmp/root/usr/lib/tmpfiles.d/kiosk.conf"
check "the journal is bounded" grep -qx 'SystemMaxUse=64M' "$tmp/root/usr/lib/systemd/journald.conf.d/60-kiosk.conf"

finish
