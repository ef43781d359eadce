#!/usr/bin/env bash
# Turns a fresh Raspberry Pi OS Lite (Bookworm, 64-bit) into a drop-in kiosk: installs the
# kiosk .deb with its dependencies, writes this kiosk's settings into /etc/kiosk/kiosk.toml,
# makes it start full screen at boot, and optionally turns on the read-only root with the
# data on its own partition. Safe to run again: every step checks what is already there.
# The package installs this script as /usr/sbin/kiosk-provision. See docs/deploy-pi.md.
set -euo pipefail

usage() {
  cat <<'EOF'
Usage: sudo provision.sh [options] [kiosk_VERSION_arm64.deb]

Installs the .deb (and everything it needs, through apt), sets up this kiosk and makes it
start at boot. Run it again at any time to change a setting; only the options you give
are changed. The .deb is needed on the first run, and to install a newer version.

Settings (written to /etc/kiosk/kiosk.toml):
  --kiosk-id ID          this kiosk's id: 1-64 of a-z 0-9 - _ (needed on the first run)
  --location NAME        the location's name, shown to staff
  --server-url URL       where queued data is uploaded, https://...
  --token-file FILE      read the upload token from FILE (keeps it out of shell history)
  --token TOKEN          the upload token itself
  --rotate DEG           turn screen and touch 0, 90, 180 or 270 degrees clockwise
  --sound OUTPUT         where read aloud is heard: jack (the Pi's 3.5 mm headphone jack),
                         hdmi (the first HDMI port), default (ALSA's default), or an ALSA
                         device name such as plughw:CARD=Device,DEV=0 (aplay -l lists them)
  --private-listening yes|no
                         yes only when visitors listen with headphones: then member codes
                         and nicknames are read aloud (staff can change both on the kiosk)
System:
  --timezone ZONE        e.g. Europe/Amsterdam (default: leave as it is)
  --overlay              turn on the read-only root (raspi-config on a Pi, overlayroot on
                         plain Debian) with / alone in RAM; needs --data-device the first
                         time, so the kiosk's data survives a reboot
  --data-device DEV      an ext4 partition for /var/lib/kiosk: /dev/sda1, UUID=... or
                         LABEL=...; make one with: sudo mkfs.ext4 -L kiosk-data /dev/sda1
  --reboot               reboot at the end (the kiosk starts after a reboot)
Checking:
  --dry-run              change nothing: print the commands and the config changes
  --root DIR             edit files below DIR instead of /, run no commands (tests)
  -h, --help             this text

Example:
  sudo ./provision.sh --kiosk-id amsterdam-west-1 --location "Inloop West" \
      --server-url https://kiosk.example.org --token-file token.txt \
      --timezone Europe/Amsterdam ./kiosk_0.1.0-1_arm64.deb
EOF
}

die() { echo "provision: $*" >&2; exit 2; }  # the command line is wrong
fail() { echo "provision: $*" >&2; exit 1; } # the machine is not as needed
say() { echo "provision: $*"; }

root=/
dry_run=0
deb="" kiosk_id="" location="" server_url="" token="" token_file="" rotate="" timezone=""
sound="" private_listening=""
overlay=0 data_device="" reboot=0
while [ $# -gt 0 ]; do
  case "$1" in
    -h|--help) usage; exit 0 ;;
    --kiosk-id|--location|--server-url|--token|--token-file|--rotate|--timezone|--data-device|--root|--sound|--private-listening)
      [ $# -ge 2 ] || die "$1 needs a value; see --help"
      case "$1" in
        --kiosk-id) kiosk_id=$2 ;;
        --location) location=$2 ;;
        --server-url) server_url=$2 ;;
        --token) token=$2 ;;
        --token-file) token_file=$2 ;;
        --rotate) rotate=$2 ;;
        --sound) sound=$2 ;;
        --private-listening) private_listening=$2 ;;
        --timezone) timezone=$2 ;;
        --data-device) data_device=$2 ;;
        --root) root=$2 ;;
      esac
      shift 2 ;;
    --overlay) overlay=1; shift ;;
    --reboot) reboot=1; shift ;;
    --dry-run) dry_run=1; shift ;;
    -*) die "unknown option '$1'; see --help" ;;
    *) [ -z "$deb" ] || die "give one .deb, not '$deb' and '$1'"; deb=$1; shift ;;
  esac
done

# --- check the command line ---------------------------------------------------------------
[ -d "$root" ] || die "--root $root: no such folder"
root=$(cd "$root" && pwd)
[ "$root" = / ] && root=""
simulate=$(( dry_run || ${#root} > 0 ))
single_line() { [[ $1 != *[[:cntrl:]]* ]]; }

if [ -n "$kiosk_id" ] && ! [[ $kiosk_id =~ ^[a-z0-9_-]{1,64}$ ]]; then
  die "--kiosk-id '$kiosk_id' is not allowed; use 1-64 of a-z, 0-9, '-' and '_', e.g. amsterdam-west-1"
fi
if [ -n "$location" ] && ! single_line "$location"; then
  die "--location must be one line of text"
fi
if [ -n "$server_url" ]; then
  [[ $server_url =~ ^https?://[^[:space:]/]+[^[:space:]]*$ ]] ||
    die "--server-url '$server_url' is not a web address; use https://host[/path]"
  [[ $server_url == https://* ]] ||
    say "warning: --server-url uses http://: the token and the data travel unencrypted"
fi
[ -z "$token" ] || [ -z "$token_file" ] || die "give --token or --token-file, not both"
if [ -n "$token_file" ]; then
  [ -r "$token_file" ] || die "--token-file $token_file: cannot read it"
  token=$(head -n 1 "$token_file" | tr -d '\r')
  [ -n "$token" ] || die "--token-file $token_file: the first line is empty"
fi
if [ -n "$token" ] && ! [[ $token =~ ^[[:graph:]]+$ ]]; then
  die "the upload token must be one word of printable characters (no spaces)"
fi
case "$rotate" in ""|0|90|180|270) ;; *) die "--rotate $rotate is not allowed; use 0, 90, 180 or 270" ;; esac
# The kiosk's names for the Pi's outputs (Bookworm: "Headphones" is the 3.5 mm jack).
case "$sound" in
  "") ;;
  jack) sound=plughw:CARD=Headphones,DEV=0 ;;
  hdmi) sound=hdmi:CARD=vc4hdmi0,DEV=0 ;; # IEC958 only: ALSA's hdmi device converts
  default) sound=default ;;
  *) [[ $sound =~ ^[A-Za-z0-9_:=,.-]{1,100}$ ]] ||
       die "--sound '$sound' is not allowed; use jack, hdmi, default or an ALSA device name such as plughw:CARD=Device,DEV=0" ;;
esac
case "$private_listening" in
  ""|yes|no) ;;
  *) die "--private-listening $private_listening is not allowed; use yes or no" ;;
esac
if [ -n "$timezone" ]; then
  zoneinfo=$root/usr/share/zoneinfo
  [ -d "$zoneinfo" ] || zoneinfo=/usr/share/zoneinfo
  [ -f "$zoneinfo/$timezone" ] || die "--timezone $timezone is not a known zone; e.g. Europe/Amsterdam (see timedatectl list-timezones)"
fi
if [ -n "$data_device" ] && [[ $data_device != /dev/* && $data_device != UUID=* && $data_device != LABEL=* ]]; then
  die "--data-device $data_device: give a device (/dev/sda1), UUID=... or LABEL=..."
fi
if [ -n "$deb" ]; then
  [ -f "$deb" ] || die "$deb: no such file; give the path of kiosk_VERSION_arm64.deb"
  [[ $(basename "$deb") == kiosk_*.deb ]] || die "$deb: not a kiosk package (kiosk_VERSION_ARCH.deb)"
fi

config=$root/etc/kiosk/kiosk.toml
fstab=$root/etc/fstab

# Runs a command, or only prints it when simulating.
run() {
  if (( simulate )); then echo "would run: $*"; else "$@"; fi
}

# --- check the machine ---------------------------------------------------------------------
if (( ! simulate )) || [ -z "$root" ]; then
  (( dry_run )) || [ "$(id -u)" -eq 0 ] || fail "run me as root: sudo $0 ..."
  if [ "$(findmnt -n -o FSTYPE / 2>/dev/null)" = overlay ]; then
    fail "the root file system is the read-only overlay, so changes would be lost at the next
  reboot. Turn it off, reboot, and run me again (add --overlay to turn it back on):
    on a Raspberry Pi:  sudo raspi-config nonint do_overlayfs 1 && sudo reboot
    on plain Debian:    sudo overlayroot-chroot rm /etc/overlayroot.local.conf && sudo reboot"
  fi
  if [ -n "$deb" ]; then
    deb_arch=$(dpkg-deb -f "$deb" Architecture)
    [ "$deb_arch" = "$(dpkg --print-architecture)" ] ||
      fail "$deb is for $deb_arch, this machine is $(dpkg --print-architecture); build it with deploy-pi/build-deb.sh --arch $(dpkg --print-architecture)"
  fi
fi
if [ -r "$root/etc/os-release" ] && ! grep -q '^VERSION_CODENAME=bookworm' "$root/etc/os-release"; then
  say "warning: this is not Bookworm (Raspberry Pi OS 12); the package is made for Bookworm"
fi

# --- 1. install the package ----------------------------------------------------------------
if [ -n "$deb" ]; then
  [[ $deb == /* ]] || deb=./$deb
  say "installing $deb and what it needs"
  run apt-get update
  # --force-confold: an upgrade keeps the edited /etc/kiosk/kiosk.toml without asking.
  run env DEBIAN_FRONTEND=noninteractive apt-get install -y -o Dpkg::Options::=--force-confold "$deb"
elif [ ! -e "$root/usr/bin/kiosk" ]; then
  die "the kiosk is not installed yet: give the .deb, e.g. sudo $0 ... ./kiosk_0.1.0-1_arm64.deb"
fi
if (( ! simulate )); then
  getent passwd kiosk >/dev/null || fail "the package did not create the user 'kiosk'; see: sudo dpkg --configure -a"
fi

# --- 2. this kiosk's settings ----------------------------------------------------------------
# Sets KEY in [SECTION] ("" for the top level) of a TOML file to VALUE (a TOML literal):
# replaces the key's line (also a commented-out one), or adds it to the section, or adds
# the section at the end.
toml_set() {
  local file=$1
  cp -p "$file" "$file.new" # the new file keeps the old one's owner and mode from the start
  SECTION=$2 KEY=$3 VALUE=$4 awk '
    BEGIN { sec = ENVIRON["SECTION"]; key = ENVIRON["KEY"]; val = ENVIRON["VALUE"]; cur = ""; done = 0 }
    /^[[:space:]]*\[/ {
      if (cur == sec && !done) { print key " = " val; done = 1 }
      name = $0
      sub(/^[[:space:]]*\[[[:space:]]*/, "", name); sub(/[[:space:]]*\].*$/, "", name)
      cur = ($0 ~ /^[[:space:]]*\[\[/) ? "[" name "]" : name
      print; next
    }
    cur == sec && !done && $0 ~ ("^[[:space:]]*#?[[:space:]]*" key "[[:space:]]*=") {
      print key " = " val; done = 1; next
    }
    { print }
    END {
      if (!done) {
        if (cur != sec) { print ""; print "[" sec "]" }
        print key " = " val
      }
    }' "$file" >"$file.new"
  mv "$file.new" "$file"
}
toml_string() {
  local s=${1//\\/\\\\}
  printf '"%s"' "${s//\"/\\\"}"
}

[ -f "$config" ] || fail "$config is missing; reinstall the package: sudo apt install --reinstall ./kiosk_*.deb"
if [ -z "$kiosk_id" ] && grep -q '^kiosk_id = "not-provisioned"' "$config"; then
  die "give this kiosk an id with --kiosk-id (the first run needs one)"
fi
edit=$config
if (( dry_run )); then
  edit=$(mktemp)
  trap 'rm -f "$edit"' EXIT
  cp "$config" "$edit"
fi
[ -z "$kiosk_id" ] || toml_set "$edit" "" kiosk_id "$(toml_string "$kiosk_id")"
[ -z "$location" ] || toml_set "$edit" "" location_name "$(toml_string "$location")"
[ -z "$rotate" ] || toml_set "$edit" display rotate "$rotate"
[ -z "$sound" ] || toml_set "$edit" speech device "$(toml_string "$sound")"
case "$private_listening" in
  yes) toml_set "$edit" speech private_output true ;;
  no) toml_set "$edit" speech private_output false ;;
esac
[ -z "$server_url" ] || toml_set "$edit" upload base_url "$(toml_string "$server_url")"
[ -z "$token" ] || toml_set "$edit" upload token "$(toml_string "$token")"
if (( dry_run )); then
  say "changes to $config:"
  diff -u "$config" "$edit" | sed 's/^\([+-]token = \).*/\1"(hidden)"/' || true
else
  say "settings written to $config"
fi
# The file may hold the upload token: root and the kiosk group only.
run chown root:kiosk "$config"
run chmod 0640 "$config"

# --- 3. clock, console and lockdown --------------------------------------------------------
if (( simulate )) || [ -d /run/systemd/system ]; then
  [ -z "$timezone" ] || run timedatectl set-timezone "$timezone"
  run timedatectl set-ntp true
else
  # Not booted (a chroot, as deploy-pi/image.sh runs it): timedatectl needs a running
  # systemd, so do what it would do.
  if [ -n "$timezone" ]; then
    ln -sf "/usr/share/zoneinfo/$timezone" /etc/localtime
    echo "$timezone" >/etc/timezone
  fi
  systemctl enable systemd-timesyncd.service
fi
# No blanking and no blinking text cursor on the console between two kiosk starts.
cmdline=$root/boot/firmware/cmdline.txt
[ -f "$cmdline" ] || cmdline=$root/boot/cmdline.txt
if [ -f "$cmdline" ]; then
  for arg in consoleblank=0 vt.global_cursor_default=0; do
    if ! grep -qw -- "$arg" "$cmdline"; then
      if (( dry_run )); then say "would add $arg to $cmdline"; else sed -i "1s/\$/ $arg/" "$cmdline"; fi
    fi
  done
else
  say "no cmdline.txt found (not a Raspberry Pi?): console blanking left as it is"
fi
# Ctrl+Alt+Del on a plugged-in keyboard must not reboot the kiosk.
run systemctl mask ctrl-alt-del.target

# --- 4. start at boot -------------------------------------------------------------------------
run systemctl set-default graphical.target
run systemctl enable kiosk.service

# --- 5. optional read-only root with the data on its own partition -------------------------
if (( overlay )); then
  if [ -z "$data_device" ]; then
    grep -qE '^[^#[:space:]]+[[:space:]]+/var/lib/kiosk[[:space:]]' "$fstab" 2>/dev/null ||
      die "--overlay needs --data-device the first time: with a read-only root the kiosk's data must live on its own ext4 partition"
  else
    source=$data_device
    if [[ $data_device == /dev/* ]]; then
      if (( ! simulate )); then
        [ -b "$data_device" ] || fail "--data-device $data_device: no such block device (see lsblk)"
      fi
      if (( simulate )); then
        source="UUID=(uuid of $data_device)"
      else
        source="UUID=$(blkid -o value -s UUID "$data_device")"
      fi
    fi
    if (( ! simulate )); then
      fstype=$(blkid -o value -s TYPE "$(findfs "$source" 2>/dev/null || echo "$data_device")" || true)
      [ "$fstype" = ext4 ] ||
        fail "--data-device $data_device is not an ext4 file system; make it one (this erases it): sudo mkfs.ext4 -L kiosk-data DEVICE"
    fi
    line="$source /var/lib/kiosk ext4 defaults,noatime,nofail,x-systemd.device-timeout=30s 0 2"
    if ! grep -qxF "$line" "$fstab" 2>/dev/null; then
      if (( dry_run )); then
        say "would set the /var/lib/kiosk line in $fstab to: $line"
      else
        touch "$fstab"
        cp -p "$fstab" "$fstab.new"
        grep -vE '^[^#[:space:]]+[[:space:]]+/var/lib/kiosk[[:space:]]' "$fstab" >"$fstab.new" || true
        echo "$line" >>"$fstab.new"
        mv "$fstab.new" "$fstab"
      fi
    fi
    if (( ! simulate )) && ! mountpoint -q /var/lib/kiosk; then
      # First time: move the data the kiosk has so far onto the new partition.
      systemctl daemon-reload # systemd reads the new fstab line
      # The retry timer too: it would start the kiosk again in the middle of the copy.
      systemctl stop kiosk-retry.timer kiosk.service
      staging=$(mktemp -d)
      mount "$source" "$staging"
      if [ -z "$(find "$staging" -mindepth 1 -maxdepth 1 ! -name lost+found -print -quit)" ]; then
        cp -a /var/lib/kiosk/. "$staging"/
      fi
      chown kiosk:kiosk "$staging"
      chmod 0750 "$staging"
      umount "$staging"
      rmdir "$staging"
      systemctl daemon-reload
      mount /var/lib/kiosk
    fi
  fi
  say "turning on the read-only root; it takes effect after the reboot"
  # overlayroot (which raspi-config uses) by default puts every mount below / in RAM as
  # well: the data partition too, and everything recorded would be lost at the next power
  # cut. recurse=0 overlays / alone, so /var/lib/kiosk stays the partition itself.
  overlay_setting=tmpfs:recurse=0
  if [ -f "$cmdline" ]; then
    # A Raspberry Pi: raspi-config installs overlayroot, builds the initramfs and puts
    # overlayroot=tmpfs on the kernel command line, which overrides any config file.
    run raspi-config nonint do_overlayfs 0
    if grep -qE '(^| )overlayroot=' "$cmdline"; then
      edit_cmdline=(sed -i -E "1s/(^| )overlayroot=[^ ]*/\\1overlayroot=$overlay_setting/" "$cmdline")
    else
      edit_cmdline=(sed -i "1s/\$/ overlayroot=$overlay_setting/" "$cmdline")
    fi
    if ! grep -qE "(^| )overlayroot=$overlay_setting( |\$)" "$cmdline"; then
      if (( dry_run )); then say "would set overlayroot=$overlay_setting in $cmdline"; else "${edit_cmdline[@]}"; fi
    fi
  else
    # Plain Debian (and the emulated machine of deploy-pi/image.sh): Debian's overlayroot
    # package, turned on in its config file, which the initramfs reads at boot.
    # overlayroot's boot script runs in the initramfs with busybox's tools (grep).
    for package in overlayroot busybox; do
      if (( ! simulate )) && ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'ok installed'; then
        apt-get install -y "$package" ||
          fail "could not install $package (needed for the read-only root); check the network and run me again"
      fi
    done
    local_conf=$root/etc/overlayroot.local.conf
    wanted="# provision.sh --overlay: / read-only, writes in RAM; /var/lib/kiosk stays on its partition.
overlayroot=\"$overlay_setting\""
    if [ "$(cat "$local_conf" 2>/dev/null)" != "$wanted" ]; then
      if (( dry_run )); then say "would write $local_conf: overlayroot=\"$overlay_setting\""; else printf '%s\n' "$wanted" >"$local_conf"; fi
    fi
  fi
fi

say "done: kiosk $(sed -n 's/^kiosk_id = //p' "$edit") is set up; it starts at the next boot."
if (( reboot )); then
  run systemctl reboot
else
  say "reboot now to start it: sudo reboot"
fi
