#!/bin/sh
# Writes an Xcursor file holding one transparent 1x1 image (68 bytes), used as cage's
# "left_ptr" so that no pointer is ever drawn on the kiosk screen. Usage: make-blank-cursor.sh OUT
# Layout (little-endian 32-bit words): file header "Xcur", 16, 0x10000, 1 entry;
# table of contents: image type 0xfffd0002, nominal size 24, chunk at byte 28;
# image chunk: 36, 0xfffd0002, 24, version 1, width 1, height 1, hotspot 0 0, delay 0;
# one ARGB pixel 0x00000000.
set -eu
{
  printf 'Xcur\020\000\000\000\000\000\001\000\001\000\000\000'
  printf '\002\000\375\377\030\000\000\000\034\000\000\000'
  printf '\044\000\000\000\002\000\375\377\030\000\000\000\001\000\000\000'
  printf '\001\000\000\000\001\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000'
  printf '\000\000\000\000'
} >"$1"
