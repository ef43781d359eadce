#!/usr/bin/env bash
# Installs what building the arm64 disk image and booting it in full-system emulation need,
# all from Debian 12: debootstrap, qemu-user-static (to finish the arm64 system on x86),
# qemu-system-aarch64, e2fsprogs (mkfs.ext4 -d), netpbm (screen dumps to PNG), netcat (the
# guest's connections to the receiver) and Tesseract
# (reading the screen). Idempotent: asks apt only for what is missing.
set -euo pipefail

sudo=()
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null || { echo "install-image-deps: need root or sudo" >&2; exit 1; }
  sudo=(sudo)
fi
packages=(debootstrap qemu-user-static qemu-system-arm qemu-utils e2fsprogs netpbm netcat-openbsd
          tesseract-ocr tesseract-ocr-eng tesseract-ocr-nld python3 sqlite3)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  echo "install-image-deps: all ${#packages[@]} packages are already installed."
  exit 0
fi
echo "install-image-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -qq
"${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
