#!/usr/bin/env bash
# The whole-machine check: builds the arm64 Pi image from this tree (deploy-pi/image.sh
# --test-console), boots it under qemu-system-aarch64 -M virt and runs
# deploy-pi/boot_check.py against the real receiver built for this machine. Installs what
# it needs itself. Slow (see docs/deploy-pi.md "The whole machine under emulation"), so not
# part of .ci/run. Usage: sudo deploy-pi/boot-check.sh [--reuse-image] [WORK_DIR]
#   --reuse-image   boot the image already in build-image/ instead of building it again
# Screen dumps, the serial log and report.md land in WORK_DIR (default build-image/check).
set -euo pipefail
cd "$(dirname "$0")/.."

reuse=0
if [ "${1:-}" = --reuse-image ]; then reuse=1; shift; fi
work=${1:-build-image/check}
[ "$(id -u)" -eq 0 ] || { echo "boot-check: run me as root (image.sh needs chroot)" >&2; exit 1; }

scripts/install-deps.sh
deploy-pi/install-image-deps.sh
t0=$(date +%s)
if ((reuse == 0)) || [ ! -f build-image/root.img ]; then
  deploy-pi/image.sh --test-console --out build-image
fi
t1=$(date +%s)
cmake -S . -B build-boot-check -DCMAKE_BUILD_TYPE=Release -DKIOSK_BUILD_TESTS=OFF >/dev/null
cmake --build build-boot-check -j"$(nproc)" --target kiosk_receiver >/dev/null
rm -rf "$work"
status=0
python3 deploy-pi/boot_check.py build-image build-boot-check/receiver/kiosk_receiver "$work" ||
  status=$?
t2=$(date +%s)
echo "boot-check: image $((t1 - t0)) s, receiver build and boot checks $((t2 - t1)) s"
exit "$status"
