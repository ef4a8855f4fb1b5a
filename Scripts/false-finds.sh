#!/usr/bin/env bash
# False-find experiment: cut every row of the shipped data to its first K terms (K = 20 and 40),
# mine from an empty folder for MINUTES with and without the full rows as b-files, and count the
# finds that compute a different term within the full row.
# Usage: Scripts/false-finds.sh [minutes] [parallel-runs]      (run after `swift build -c release`)
set -euo pipefail
cd "$(dirname "$0")/.."
MINUTES=${1:-10}; PARALLEL=${2:-2}
MINER=${MINER:-.build/release/miner}
OUT=$(mktemp -d)
runs=()
for k in 20 40; do
  runs+=("--cut $k")
  runs+=("--cut $k --with-bfiles")
done
i=0
for args in "${runs[@]}"; do
  # shellcheck disable=SC2086
  "$MINER" bench --suite false-finds $args --seconds $((MINUTES * 60)) > "$OUT/run$i.txt" 2>&1 &
  i=$((i + 1))
  if (( i % PARALLEL == 0 )); then wait; fi
done
wait
cat "$OUT"/run*.txt | grep -v '^wrote '
rm -rf "$OUT"
