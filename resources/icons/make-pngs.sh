#!/bin/sh
# Renders icon.svg into the PNGs electron-builder and the Linux window use (needs rsvg-convert:
# apt-get install librsvg2-bin). Run from anywhere; writes next to this script.
set -eu
cd "$(dirname "$0")"
mkdir -p png
for size in 16 24 32 48 64 128 256 512 1024; do
  rsvg-convert --width "$size" --height "$size" icon.svg --output "png/${size}x${size}.png"
done
cp png/1024x1024.png icon.png
