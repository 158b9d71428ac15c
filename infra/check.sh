#!/usr/bin/env bash
# Checks that the container and infra files parse (CI has no Docker engine).
set -euo pipefail
cd "$(dirname "$0")/.."
docker-compose -f infra/compose.yaml config -q
yamllint -d '{extends: relaxed, rules: {line-length: disable}}' infra/compose.yaml
# The Dockerfile must keep its two stages and the CUDA 13 runtime base.
grep -q '^FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build' Dockerfile
grep -q '^FROM nvidia/cuda:13' Dockerfile
echo "infra: compose file and Dockerfile parse"
