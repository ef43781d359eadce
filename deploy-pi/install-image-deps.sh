#!/usr/bin/env bash
# Installs what building the arm64 disk image and booting it in full-system emulation need,
# all from Debian 12: debootstrap, qemu-user-static (to finish the arm64 system on x86),
# qemu-system-aarch64, e2fsprogs (mkfs.ext4 -d), netpbm (screen dumps to PNG), netcat (the
# guest's connections to the receiver) and Tesseract
# (reading the screen). Idempotent: asks apt only for what is missing.
set -euo pipefail
cd "$(dirname "$0")/.."
exec scripts/apt-install-missing.sh install-image-deps \
  debootstrap qemu-user-static qemu-system-arm qemu-utils e2fsprogs netpbm netcat-openbsd \
  tesseract-ocr tesseract-ocr-eng tesseract-ocr-nld python3 sqlite3
