#!/usr/bin/env bash
# Installs what cross-compiling for the Raspberry Pi (arm64) and running the result under
# qemu needs, all from Debian 12: the cross toolchain, the :arm64 -dev packages of every
# library the kiosk links (multiarch, beside the amd64 ones), qemu-user, and arm64 Mesa
# for the screenshot under Xvfb. Idempotent: asks apt only for what is missing.
set -euo pipefail

sudo=()
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null || { echo "install-cross-deps: need root or sudo" >&2; exit 1; }
  sudo=(sudo)
fi

libs=(libimgui-dev libstb-dev libglfw3-dev libgles-dev libegl-dev libsqlite3-dev
      libcurl4-openssl-dev libtomlplusplus-dev libsodium-dev uuid-dev libqrencode-dev
      libfribidi-dev libharfbuzz-dev libespeak-ng-dev libasound2-dev
      libsystemd-dev libhowardhinnant-date-dev)
packages=(crossbuild-essential-arm64 qemu-user)
for l in "${libs[@]}"; do packages+=("$l:arm64"); done
# To run the arm64 kiosk under Xvfb: arm64 Mesa (software rendering through GLX).
packages+=(libgl1-mesa-dri:arm64 libglx-mesa0:arm64 libegl-mesa0:arm64)

if ! dpkg --print-foreign-architectures | grep -qx arm64; then
  echo "install-cross-deps: adding the arm64 architecture to dpkg"
  "${sudo[@]}" dpkg --add-architecture arm64
  "${sudo[@]}" apt-get update -qq
fi
exec "$(dirname "$0")/../scripts/apt-install-missing.sh" install-cross-deps "${packages[@]}"
