#!/usr/bin/env bash
# Fetches real photos for tests into .cache/test-assets/ (git-ignored), from Debian packages:
#   astronaut.png — Eileen Collins, NASA portrait (public domain), from python3-skimage's data folder.
# Uses `apt-get download` + `dpkg-deb -x` (no install, no root needed). Idempotent. Tests that need an
# asset skip with a reason when it is absent, so a failure here only warns.
set -uo pipefail
cd "$(dirname "$0")/.."

target=.cache/test-assets
mkdir -p "$target"
if [ -s "$target/astronaut.png" ]; then
  echo "Test assets present in $target"
  exit 0
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
if (cd "$work" && apt-get download python3-skimage >/dev/null 2>&1) \
  && dpkg-deb -x "$work"/python3-skimage_*.deb "$work/x" \
  && cp "$work/x/usr/lib/python3/dist-packages/skimage/data/astronaut.png" "$target/astronaut.png"; then
  echo "astronaut.png (python3-skimage, public domain) in $target"
else
  echo "warning: could not fetch python3-skimage (apt-get download); face-photo tests will skip." >&2
fi
exit 0
