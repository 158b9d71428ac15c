#!/usr/bin/env bash
# Checks that the container and infra files parse (CI has no Docker engine).
set -euo pipefail
cd "$(dirname "$0")/.."
docker-compose -f infra/compose.yaml config -q
yamllint -d '{extends: relaxed, rules: {line-length: disable}}' infra/compose.yaml
# Scale-out: compose file (web x2, worker x2, PostgreSQL, Redis, object store) and Kubernetes manifests.
docker-compose -f infra/compose.scaleout.yaml config -q
yamllint -d '{extends: relaxed, rules: {line-length: disable}}' infra/compose.scaleout.yaml infra/k8s/
/usr/bin/python3 infra/check-k8s.py infra/k8s
bash -n infra/stack.sh
# The Dockerfile must keep its two stages and the CUDA 13 runtime base.
grep -q '^FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build' Dockerfile
grep -q '^FROM nvidia/cuda:13' Dockerfile
echo "infra: compose files, Kubernetes manifests and Dockerfile check out"
