#!/usr/bin/env bash
# Installs, from Debian's packages, those of the given packages that are not installed yet;
# does nothing when all are. Shared by every install script
# (scripts/install-deps.sh, deploy-pi/install-*-deps.sh, tests/fuzz/run-fuzzers.sh).
#
# Usage: scripts/apt-install-missing.sh NAME PACKAGE...   (NAME: who asks, for the messages)
set -euo pipefail
name="$1"
shift

missing=()
for p in "$@"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  echo "$name: all $# packages are already installed."
  exit 0
fi

sudo=()
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null || { echo "$name: need root or sudo to install: ${missing[*]}" >&2; exit 1; }
  sudo=(sudo)
fi
echo "$name: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -qq
"${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
