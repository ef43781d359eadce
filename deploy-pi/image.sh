#!/usr/bin/env bash
# Builds a bootable arm64 Debian 12 disk image like Raspberry Pi OS Bookworm Lite, with the
# kiosk .deb cross-built from this tree and set up by the same provision.sh a real card
# gets: debootstrap (foreign, finished under qemu-user-static), Debian's arm64 kernel,
# systemd-networkd for the wired network. The result boots under qemu-system-aarch64
# -M virt (deploy-pi/boot-check.sh); docs/deploy-pi.md says what differs on a real Pi.
#
# Usage: deploy-pi/image.sh [--out DIR] [--deb FILE] [--server-url URL] [--token T]
#                           [--test-console] [--size SIZE]
#   --out DIR          where root.img, vmlinuz and initrd.img go (default build-image/)
#   --deb FILE         the kiosk_*_arm64.deb to install (default: build it)
#   --server-url URL   passed to provision.sh (default http://127.0.0.1:8080: with
#                      --test-console a proxy there reaches boot-check.sh's receiver)
#   --token T          the upload token passed to provision.sh (default: image-test-token-0123456789)
#   --test-console     for checks only: root logs in on the serial console without a
#                      password, and the kiosk writes its UI dump to /run/kiosk/ui.json
#   --size SIZE        root file system size (default 3G)
# Needs root (chroot, binfmt). Installs what is missing (deploy-pi/install-image-deps.sh).
set -euo pipefail
cd "$(dirname "$0")/.."

out=build-image deb="" server_url=http://127.0.0.1:8080 token=image-test-token-0123456789
test_console=0 size=3G
usage() { sed -n '8,18s/^# \{0,1\}//p' "$0"; }
while [ $# -gt 0 ]; do
  case "$1" in
    --out) out=${2:?--out needs a folder}; shift 2 ;;
    --deb) deb=${2:?--deb needs a file}; shift 2 ;;
    --server-url) server_url=${2:?--server-url needs a URL}; shift 2 ;;
    --token) token=${2:?--token needs a value}; shift 2 ;;
    --size) size=${2:?--size needs a size such as 3G}; shift 2 ;;
    --test-console) test_console=1; shift ;;
    -h|--help) usage; exit 0 ;;
    *) echo "image: unknown option '$1'; see --help" >&2; exit 2 ;;
  esac
done
[ "$(id -u)" -eq 0 ] || { echo "image: run me as root (debootstrap and chroot need it)" >&2; exit 1; }
say() { echo "image: $(date +%T) $*"; }

deploy-pi/install-image-deps.sh
if [ -z "$deb" ]; then
  deploy-pi/install-cross-deps.sh
  say "cross-building the kiosk .deb"
  deb=$(deploy-pi/build-deb.sh --arch arm64 --out "$out/deb" | tail -n 1)
fi
[ -f "$deb" ] || { echo "image: $deb: no such file" >&2; exit 1; }
deb=$(cd "$(dirname "$deb")" && pwd)/$(basename "$deb")

mkdir -p "$out"
out=$(cd "$out" && pwd)
root=$out/root
cache=$out/debootstrap-cache
mkdir -p "$cache"

# Everything mounted below root is unmounted again, whatever happens.
mounts=()
unmount_all() {
  local i
  for ((i = ${#mounts[@]} - 1; i >= 0; i--)); do umount -l "${mounts[i]}" 2>/dev/null || true; done
  mounts=()
}
trap unmount_all EXIT
bind() { mount --bind "$1" "$2"; mounts+=("$2"); }
in_root() { chroot "$root" env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 "$@"; }

# arm64 programs run through qemu-user-static; the kernel must know (binfmt_misc).
if [ ! -e /proc/sys/fs/binfmt_misc/qemu-aarch64 ]; then
  mountpoint -q /proc/sys/fs/binfmt_misc || mount -t binfmt_misc binfmt_misc /proc/sys/fs/binfmt_misc
  cat /usr/lib/binfmt.d/qemu-aarch64.conf >/proc/sys/fs/binfmt_misc/register
fi

# --- 1. the base system ---------------------------------------------------------------------
rm -rf "$root"
packages=systemd-sysv,udev,dbus,kmod,linux-image-arm64,systemd-timesyncd,ca-certificates
packages+=,apt-utils,sqlite3,procps,iproute2,less,nano,locales,tzdata,e2fsprogs
# The read-only root (provision.sh --overlay). On a Pi raspi-config installs it from the
# network; the emulated machine has none, and boots the initramfs made here, so it is in
# the image (off until provision.sh turns it on).
packages+=,overlayroot
# initramfs-tools recommends busybox and every normal install has it; overlayroot's boot
# script needs its grep (minbase leaves recommended packages out).
packages+=,busybox
say "debootstrap, first stage (downloads)"
debootstrap --foreign --arch=arm64 --variant=minbase --cache-dir="$cache" \
  --include="$packages" bookworm "$root" http://deb.debian.org/debian >"$out/debootstrap.log"
# The initramfs holds only what -M virt needs to find the root file system: built with
# Debian's default (most modules) under qemu-user it takes many minutes. A real Pi boots
# without one (docs/deploy-pi.md).
# udev in the initramfs loads the virtio drivers by their ids, mount loads ext4.
mkdir -p "$root/etc/initramfs-tools/conf.d" "$root/etc/initramfs-tools/hooks"
echo MODULES=list >"$root/etc/initramfs-tools/conf.d/kiosk-vm.conf"
cat >"$root/etc/initramfs-tools/hooks/kiosk-vm" <<'EOF'
#!/bin/sh
# deploy-pi/image.sh: the drivers the emulated machine's root file system needs.
[ "$1" = prereqs ] && exit 0
. /usr/share/initramfs-tools/hook-functions
manual_add_modules virtio_pci virtio_blk ext4
EOF
chmod 0755 "$root/etc/initramfs-tools/hooks/kiosk-vm"
say "debootstrap, second stage (arm64 programs under qemu-user-static)"
in_root /debootstrap/debootstrap --second-stage >>"$out/debootstrap.log"
# The kernel's initramfs may have been made before overlayroot was unpacked.
if ! in_root lsinitramfs /initrd.img | grep -q 'scripts/init-bottom/overlayroot$'; then
  say "initramfs again, with overlayroot"
  in_root update-initramfs -u >>"$out/debootstrap.log"
fi

# --- 2. what a Raspberry Pi OS Lite card has before provisioning ----------------------------
cat >"$root/etc/apt/sources.list" <<'EOF'
deb http://deb.debian.org/debian bookworm main
deb http://deb.debian.org/debian bookworm-updates main
deb http://deb.debian.org/debian-security bookworm-security main
EOF
echo kiosk-vm >"$root/etc/hostname"
printf '127.0.0.1 localhost\n127.0.1.1 kiosk-vm\n' >"$root/etc/hosts"
# The root file system is the whole of the first virtio disk; the data partition (when the
# check adds one) is LABEL=kiosk-data, as provision.sh --data-device would write it.
echo 'LABEL=kiosk-root / ext4 defaults,noatime 0 1' >"$root/etc/fstab"
cat >"$root/etc/systemd/network/20-wired.network" <<'EOF'
[Match]
Name=en* eth*

[Network]
DHCP=yes
EOF
in_root systemctl enable systemd-networkd.service >/dev/null
in_root systemctl enable systemd-timesyncd.service >/dev/null
in_root passwd -l root >/dev/null

# --- 3. the kiosk, through provision.sh as on a real card -----------------------------------
bind /proc "$root/proc"
bind /sys "$root/sys"
bind /dev "$root/dev"
bind /dev/pts "$root/dev/pts"
cp /etc/resolv.conf "$root/etc/resolv.conf"
cp deploy-pi/provision.sh "$root/tmp/provision.sh"
cp "$deb" "$root/tmp/"
say "provision.sh $(basename "$deb")"
in_root bash /tmp/provision.sh --kiosk-id vm-1 --location "Emulated Pi" \
  --server-url "$server_url" --token "$token" --timezone Europe/Amsterdam \
  "/tmp/$(basename "$deb")" | tee "$out/provision.log"
rm -f "$root/tmp/provision.sh" "$root/tmp/$(basename "$deb")"
in_root apt-get clean

if ((test_console)); then
  say "test console: root on ttyAMA0 without a password, UI dump in /run/kiosk"
  mkdir -p "$root/etc/systemd/system/serial-getty@ttyAMA0.service.d"
  cat >"$root/etc/systemd/system/serial-getty@ttyAMA0.service.d/autologin.conf" <<'EOF'
# Only in images made with image.sh --test-console: boot-check.sh drives the machine here.
[Service]
ExecStart=
ExecStart=-/sbin/agetty --autologin root --keep-baud 115200,57600,38400,9600 %I $TERM
EOF
  mkdir -p "$root/etc/systemd/system/kiosk.service.d"
  cat >"$root/etc/systemd/system/kiosk.service.d/ui-dump.conf" <<'EOF'
# Only in images made with image.sh --test-console: the kiosk tells boot-check.sh what is
# on screen.
[Service]
ExecStart=
ExecStart=/usr/bin/cage -d -- /usr/bin/env -u WATCHDOG_PID /usr/bin/kiosk --config /etc/kiosk/kiosk.toml --ui-dump /run/kiosk/ui.json
EOF
fi
# The emulated machine's virtio GPU has no 3D: wlroots' GLES renderer on Mesa's kms_swrast
# crashes cage there, so cage draws with pixman. A Pi's vc4 has GLES; a card has no such file.
mkdir -p "$root/etc/systemd/system/kiosk.service.d"
cat >"$root/etc/systemd/system/kiosk.service.d/emulated-gpu.conf" <<'EOF'
# Only in images made with deploy-pi/image.sh for qemu's virtio GPU (no 3D).
[Service]
Environment=WLR_RENDERER=pixman
EOF
if ((test_console)); then
  # The kiosk sends plain http:// only to this machine: a proxy on 127.0.0.1:8080 passes
  # it on to 10.0.2.100:80, which qemu forwards to the receiver boot-check.sh runs.
  cat >"$root/etc/systemd/system/receiver-proxy.socket" <<'EOF'
# Only in images made with image.sh --test-console (boot-check.sh's receiver).
[Socket]
ListenStream=127.0.0.1:8080

[Install]
WantedBy=sockets.target
EOF
  cat >"$root/etc/systemd/system/receiver-proxy.service" <<'EOF'
# Only in images made with image.sh --test-console (boot-check.sh's receiver).
[Service]
ExecStart=/lib/systemd/systemd-socket-proxyd 10.0.2.100:80
EOF
  in_root systemctl enable receiver-proxy.socket >/dev/null
fi
unmount_all
rm -f "$root/etc/resolv.conf"

# --- 4. the disk image and the kernel qemu boots ----------------------------------------------
cp -L "$root/vmlinuz" "$out/vmlinuz"
cp -L "$root/initrd.img" "$out/initrd.img"
rm -f "$out/root.img"
say "root.img ($size, ext4 filled from the folder)"
mkfs.ext4 -q -L kiosk-root -d "$root" "$out/root.img" "$size"
say "done: $out/root.img, $out/vmlinuz, $out/initrd.img"
