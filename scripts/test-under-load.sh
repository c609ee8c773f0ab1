#!/usr/bin/env bash
# The suite as a contributor's laptop or a shared CI runner runs it: `npm test` with CPU-bound processes
# beside it (issue 27: a suite that passes only on an idle machine is a flaky suite).
#   scripts/test-under-load.sh [RUNS] [LOOPS]   RUNS times in a row (default 1), LOOPS busy loops (default 1)
# Exits with the first failing run's status; each run's time and status are printed.
set -uo pipefail
runs=${1:-1}
loops=${2:-1}
pids=()
stop() { for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null; done; }
trap stop EXIT
for _ in $(seq "$loops"); do
  node -e 'for (;;) {}' &
  pids+=("$!")
done
for run in $(seq "$runs"); do
  started=$(date +%s)
  npm test
  status=$?
  echo "test-under-load: run ${run}/${runs} with ${loops} busy loop(s): exit ${status} in $(( $(date +%s) - started )) s"
  if [ "$status" -ne 0 ]; then exit "$status"; fi
done
