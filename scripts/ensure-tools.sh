#!/usr/bin/env bash
# Installs what the app and its tests need from Debian, only when missing.
# Usage: scripts/ensure-tools.sh ffmpeg [chromium] [compose] [node] [postgres] [redis]
set -euo pipefail

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi

need=()
for tool in "$@"; do
  case "$tool" in
    ffmpeg)   command -v ffmpeg >/dev/null && command -v ffprobe >/dev/null || need+=(ffmpeg) ;;
    chromium) [ -x /usr/bin/chromium ] || need+=(chromium) ;;
    compose)  command -v docker-compose >/dev/null || need+=(docker-compose)
              command -v yamllint >/dev/null || need+=(yamllint) ;;
    node)     command -v node >/dev/null && command -v npm >/dev/null || need+=(nodejs npm) ;;
    postgres) command -v initdb >/dev/null || ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || need+=(postgresql) ;;
    redis)    command -v redis-server >/dev/null || need+=(redis-server) ;;
    *) echo "ensure-tools: unknown tool $tool" >&2; exit 2 ;;
  esac
done

if [ ${#need[@]} -gt 0 ]; then
  echo "Installing ${need[*]} (Debian packages)..."
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi
