# syntax=docker/dockerfile:1
# WebAttention: one image for the web app and the worker (pick by argument).
# Build stage: .NET 10 SDK; the GPU flavour of ONNX Runtime (CUDA 13) is selected by property.
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY . .
# onnxruntime-web (browser inference) comes from npm and must be in wwwroot before the build lists static assets.
RUN apt-get update && apt-get install -y --no-install-recommends nodejs npm && rm -rf /var/lib/apt/lists/* \
 && bash scripts/fetch-web-deps.sh
RUN dotnet publish src/WebAttention.Server -c Release -o /app/server -p:OnnxRuntimeFlavor=Gpu -r linux-x64 --self-contained false \
 && dotnet publish src/WebAttention.Cli -c Release -o /app/cli -p:OnnxRuntimeFlavor=Gpu -r linux-x64 --self-contained false \
 && dotnet publish src/WebAttention.Worker -c Release -o /app/worker -p:OnnxRuntimeFlavor=Gpu -r linux-x64 --self-contained false \
 && test -f /app/server/wwwroot/lib/blazeface/face_detection_back_256x256_barracuda.onnx \
 && test -f /app/cli/wwwroot/lib/blazeface/face_detection_back_256x256_barracuda.onnx
# Both publish the BlazeFace model (the server in its wwwroot, the CLI as content beside its binary): checked above.

# Runtime stage: CUDA 13 + cuDNN 9 (ONNX Runtime GPU 1.31 needs them), ASP.NET Core 10 runtime, ffmpeg.
FROM nvidia/cuda:13.0.0-cudnn-runtime-ubuntu24.04 AS runtime
ARG DOTNET_CHANNEL=10.0
RUN apt-get update \
 && apt-get install -y --no-install-recommends ca-certificates curl ffmpeg libicu74 \
 && curl -fsSL https://dot.net/v1/dotnet-install.sh -o /tmp/dotnet-install.sh \
 && bash /tmp/dotnet-install.sh --channel ${DOTNET_CHANNEL} --runtime aspnetcore --install-dir /usr/share/dotnet \
 && ln -s /usr/share/dotnet/dotnet /usr/bin/dotnet \
 && rm -rf /var/lib/apt/lists/* /tmp/dotnet-install.sh
WORKDIR /app
COPY --from=build /app/server ./server
COPY --from=build /app/cli ./cli
COPY --from=build /app/worker ./worker
ENV ASPNETCORE_URLS=http://0.0.0.0:8080 \
    Storage__DataRoot=/data \
    Inference__Device=Auto
VOLUME ["/data"]
EXPOSE 8080
# The server runs from its own folder: that is its content root (appsettings.json, wwwroot with _framework and _content).
# "web" runs the app with its in-process job worker; "web-only" a web node without worker; "worker" a headless
# scale-out worker (src/WebAttention.Worker); "cli" the CLI.
ENTRYPOINT ["/bin/sh", "-c", "case \"$0\" in web) cd /app/server && exec dotnet WebAttention.Server.dll ;; web-only) cd /app/server && exec dotnet WebAttention.Server.dll --Jobs:RunWorker=false ;; worker) cd /app/worker && exec dotnet WebAttention.Worker.dll ;; cli) exec dotnet cli/webattention.dll \"$@\" ;; *) echo \"usage: web | web-only | worker | cli ARGS\" >&2; exit 2 ;; esac"]
CMD ["web"]
