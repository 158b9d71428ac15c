#!/usr/bin/env bash
# Runs every test project (unit, bUnit, hubs over real sockets, Playwright in Debian's Chromium)
# and ends with one line: "N passed, M failed, K skipped". Exits non-zero on any failure.
set -uo pipefail
cd "$(dirname "$0")/.."
started=$(date +%s)

bash scripts/ensure-tools.sh ffmpeg chromium compose node || exit 1
bash scripts/fetch-web-deps.sh || { echo "0 passed, 1 failed"; exit 1; }
# Real photos for the face tests (skipped with a reason when this cannot fetch them).
bash scripts/fetch-test-assets.sh

# Container and infra files must at least parse (no Docker engine runs here).
bash infra/check.sh || { echo "0 passed, 1 failed"; exit 1; }

results=artifacts/test-results
rm -rf "$results"
mkdir -p "$results"

dotnet build WebAttention.sln -c Release -nologo -clp:ErrorsOnly
build=$?
if [ $build -ne 0 ]; then
  echo "0 passed, 1 failed"
  exit 1
fi

# Two phases: every project but the browser tests in parallel, then the browser tests on their own, so
# Chromium booting the WebAssembly app does not compete with six other test hosts for two cores.
run_tests() {
  dotnet test "$@" -c Release --no-build -nologo \
    --logger "trx" --logger "console;verbosity=minimal" --results-directory "$results"
}
run_tests WebAttention.sln --filter "FullyQualifiedName!~WebAttention.E2E.Tests"
status=$?
run_tests tests/WebAttention.E2E.Tests/WebAttention.E2E.Tests.csproj
status=$(( status | $? ))

passed=0; failed=0; skipped=0
for trx in "$results"/*.trx; do
  [ -f "$trx" ] || continue
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -1)
  get() { echo "$counters" | sed -n "s/.* $1=\"\([0-9]*\)\".*/\1/p"; }
  passed=$((passed + $(get passed)))
  failed=$((failed + $(get failed) + $(get error) + $(get timeout) + $(get aborted)))
  skipped=$((skipped + $(get total) - $(get executed)))
done
projects=$(ls "$results"/*.trx 2>/dev/null | wc -l)
expected=$(ls -d tests/*/ | grep -c Tests)
if [ "$projects" -lt "$expected" ]; then
  echo "Only $projects of $expected test projects reported results."
  failed=$((failed + expected - projects))
fi
echo "Test wall time: $(( $(date +%s) - started )) s"
echo "$passed passed, $failed failed, $skipped skipped"
if [ $status -ne 0 ] || [ $failed -ne 0 ]; then exit 1; fi
