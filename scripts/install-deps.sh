#!/usr/bin/env bash
# Installs the Debian 12 packages the kiosk needs to build, run and test.
# Idempotent: asks apt only for what is missing, and does nothing when all is there.
set -euo pipefail

packages=(
  # build
  build-essential cmake pkg-config
  # libraries (the same versions Raspberry Pi OS Bookworm ships)
  libimgui-dev libstb-dev libglfw3-dev libgles-dev libegl-dev libsqlite3-dev
  libcurl4-openssl-dev libtomlplusplus-dev nlohmann-json3-dev libsodium-dev uuid-dev
  libqrencode-dev
  # Arabic and Persian: bidi order, shaping (kiosk/ui/text)
  libfribidi-dev libharfbuzz-dev
  # read aloud: offline speech in every language, played through ALSA (kiosk/speech, platform)
  libespeak-ng-dev espeak-ng-data libasound2-dev
  # calendar and time zones from the system's zoneinfo (kiosk/common)
  libhowardhinnant-date-dev tzdata
  # sd_notify: the systemd watchdog and readiness (platform/watchdog.cpp)
  libsystemd-dev
  # the event receiver (receiver/): HTTP(S) server (GNU libmicrohttpd with GnuTLS), gzip,
  # and PostgreSQL's client library for its PostgreSQL store
  libmicrohttpd-dev libssl-dev zlib1g-dev libpq-dev
  # fonts for every enabled language
  fonts-noto-core
  # tests: Catch2, a virtual X server with software GL, and a way to tap it; nginx, run in
  # front of the receiver by tests/receiver/nginx_front_test.py; the PostgreSQL server, a
  # throwaway one of which the receiver tests start (tests/receiver/postgres_server.sh)
  catch2 xvfb xauth libgl1-mesa-dri xdotool python3 nginx postgresql-15
  # the console's browser test (tests/console): Debian's headless Chromium
  chromium
  # measuring spoken audio in tests and benches (tests/e2e, bench)
  sox
  # screen shots of the real kiosk under Xvfb (tests/e2e, tests/soak): xwd, then netpbm
  x11-apps netpbm
  # reading Arabic and Persian screenshots back (tests/e2e/ocr)
  tesseract-ocr tesseract-ocr-ara tesseract-ocr-fas
  # packaging tests (tests/deploy): CPack's dependency scan, unit checks, script checks
  dpkg-dev file systemd shellcheck
  # code shape (tools/check-code-shape.sh)
  universal-ctags git
)

exec "$(dirname "$0")/apt-install-missing.sh" install-deps "${packages[@]}"
