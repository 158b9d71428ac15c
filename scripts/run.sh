#!/usr/bin/env bash
# Runs WebAttention on its embedded defaults: SQLite + media under ./data, job worker in process,
# CUDA if it loads else CPU, on http://127.0.0.1:5080. Extra arguments go to the server.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-tools.sh ffmpeg node
bash scripts/fetch-web-deps.sh
exec dotnet run --project src/WebAttention.Server -c Release -- "$@"
