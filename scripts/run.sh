#!/usr/bin/env bash
# Runs WebAttention on its embedded defaults: SQLite + media under ./data, job worker in process,
# CUDA if it loads else CPU, on http://127.0.0.1:5080. Extra arguments go to the server.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-tools.sh ffmpeg node
bash scripts/fetch-web-deps.sh
# The data folder is the repository's data/ (git-ignored), whatever folder `dotnet run` starts the server in;
# an environment variable or a --Storage:DataRoot=... argument still overrides it.
export Storage__DataRoot="${Storage__DataRoot:-$PWD/data}"
exec dotnet run --project src/WebAttention.Server -c Release --no-launch-profile -- "$@"
