#!/usr/bin/env bash
# Installs the browser's npm dependencies (web/package.json, pinned by web/package-lock.json) and copies
# only the onnxruntime-web variant the app uses into wwwroot/lib/onnxruntime-web/ (git-ignored):
#   ort.wasm.min.mjs (API, wasm backend only) + ort-wasm-simd-threaded.mjs/.wasm (CPU, SIMD, threads).
# Run before `dotnet build`: static assets are listed at build time. Idempotent; skips npm when present.
set -euo pipefail
cd "$(dirname "$0")/.."

dist=web/node_modules/onnxruntime-web/dist
files=(ort.wasm.min.mjs ort-wasm-simd-threaded.mjs ort-wasm-simd-threaded.wasm)
target=wwwroot/lib/onnxruntime-web

installed=$(node -p "require('./web/node_modules/onnxruntime-web/package.json').version" 2>/dev/null || true)
wanted=$(node -p "require('./web/package.json').dependencies['onnxruntime-web']")
if [ "$installed" != "$wanted" ]; then
  echo "Installing onnxruntime-web $wanted (npm ci)..."
  npm ci --prefix web --no-audit --no-fund --loglevel=error
fi

mkdir -p "$target"
for f in "${files[@]}"; do
  # Copy only when changed, so the build's static-asset manifest stays valid.
  cmp -s "$dist/$f" "$target/$f" || cp "$dist/$f" "$target/$f"
done
echo "onnxruntime-web $wanted: ${files[*]} in $target"
