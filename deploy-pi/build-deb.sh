#!/usr/bin/env bash
# Builds the kiosk .deb: Release build, installed paths (/usr, /usr/share/kiosk/assets),
# then CPack. Usage: deploy-pi/build-deb.sh [--arch arm64|native] [--out DIR]
#   --arch arm64   cross-compile for the Raspberry Pi (needs deploy-pi/install-cross-deps.sh)
#   --arch native  build for this machine (the default; on a Pi this is arm64 too)
# Prints the path of the .deb. Build trees: build-deb-<arch>/ in the repository.
set -euo pipefail
cd "$(dirname "$0")/.."

arch=native
out=dist
usage() { sed -n '2,6s/^# \{0,1\}//p' "$0"; }
while [ $# -gt 0 ]; do
  case "$1" in
    --arch) arch=${2:?--arch needs arm64 or native}; shift 2 ;;
    --out) out=${2:?--out needs a folder}; shift 2 ;;
    -h|--help) usage; exit 0 ;;
    *) echo "build-deb: unknown option '$1'; see --help" >&2; exit 2 ;;
  esac
done

cmake_args=(-DCMAKE_BUILD_TYPE=Release -DCMAKE_INSTALL_PREFIX=/usr
            -DKIOSK_ASSETS_DIR=/usr/share/kiosk/assets -DKIOSK_BUILD_RECEIVER=OFF
            -DKIOSK_BUILD_TESTS=OFF)
case "$arch" in
  native) deb_arch=$(dpkg --print-architecture) ;;
  arm64)
    deb_arch=arm64
    if [ "$(dpkg --print-architecture)" != arm64 ]; then
      command -v aarch64-linux-gnu-g++ >/dev/null || {
        echo "build-deb: aarch64-linux-gnu-g++ not found; run deploy-pi/install-cross-deps.sh first" >&2
        exit 1
      }
      cmake_args+=(-DCMAKE_TOOLCHAIN_FILE="$PWD/deploy-pi/toolchain-arm64.cmake")
    fi ;;
  *) echo "build-deb: --arch '$arch' is not supported; use arm64 or native" >&2; exit 2 ;;
esac

build="build-deb-$deb_arch"
cmake -S . -B "$build" "${cmake_args[@]}" >/dev/null
cmake --build "$build" -j"$(nproc)" --target kiosk
# The package's kiosk must find its assets where the package puts them.
grep -q /usr/share/kiosk/assets "$build/kiosk/app/kiosk" || {
  echo "build-deb: $build/kiosk/app/kiosk does not point at /usr/share/kiosk/assets" >&2
  exit 1
}
mkdir -p "$out"
out=$(cd "$out" && pwd)
(cd "$build" && cpack -G DEB -B "$out" >/dev/null)
rm -rf "$out/_CPack_Packages"
ls -1 "$out"/kiosk_*_"$deb_arch".deb
