#!/usr/bin/env bash
# Mining throughput through the coordinator against independent local jobs, on the shipped
# data, each from an empty programs folder (or a copy of FROM), release build:
#   1. N independent local miners (miner --jobs 1, each with its own folder and seed) for M minutes;
#   2. a coordinator (SQLite) and N worker processes (--jobs 1 each) for M minutes.
# Prints both candidate rates (per second of mining, data loading excluded) and their ratio.
#   Scripts/distributed-throughput.sh [MINUTES] [N] [FROM]
set -euo pipefail
cd "$(dirname "$0")/.."
MIN=${1:-2}
N=${2:-2}
FROM=${3:-}
swift build -c release --product miner >/dev/null
swift build -c release --product miner-serve >/dev/null
BIN=.build/release
T=$(mktemp -d /tmp/lodestone-throughput.XXXXXX)
trap 'kill $(jobs -p) 2>/dev/null || true; rm -rf "$T"' EXIT
folder() { mkdir -p "$1"; if [ -n "$FROM" ]; then cp -r "$FROM"/. "$1"/; fi; }

pids=()
for i in $(seq 1 "$N"); do
  folder "$T/local$i"
  "$BIN/miner" --minutes "$MIN" --jobs 1 --seed "$i" --programs "$T/local$i" > "$T/local$i.log" &
  pids+=($!)
done
wait "${pids[@]}"
LOCAL=0
for i in $(seq 1 "$N"); do
  echo "local job $i: $(grep '^mined' "$T/local$i.log")"
  R=$(grep -o 'candidates ([0-9]* per second)' "$T/local$i.log" | grep -o '[0-9]*' | head -1)
  LOCAL=$((LOCAL + R))
done

folder "$T/coordinator"
"$BIN/miner" serve --listen 127.0.0.1:0 --db "$T/coordinator.sqlite" --programs "$T/coordinator" \
  --token-file "$T/token" --unit-candidates 50000 > "$T/serve.log" 2>&1 &
for _ in $(seq 1 600); do grep -q "listening on" "$T/serve.log" && break; sleep 0.1; done
URL=$(grep -o 'http://127.0.0.1:[0-9]*' "$T/serve.log" | head -1)
pids=()
for i in $(seq 1 "$N"); do
  folder "$T/w$i"
  "$BIN/miner" worker --coordinator "$URL" --token-file "$T/token" --jobs 1 --minutes "$MIN" \
    --programs "$T/w$i" --journal "$T/w$i.journal" --name "w$i" > "$T/w$i.log" 2>&1 &
  pids+=($!)
done
wait "${pids[@]}"
TOTAL=0
for i in $(seq 1 "$N"); do
  echo "worker w$i: $(grep '^worker w' "$T/w$i.log" | sed 's/^worker w[0-9]*: //')"
  R=$(grep -o 'of mining ([0-9]* per second)' "$T/w$i.log" | grep -o '[0-9]*' | head -1)
  TOTAL=$((TOTAL + R))
done
"$BIN/miner" status --coordinator "$URL" | head -4
echo "candidates per second: local $LOCAL, through the coordinator $TOTAL (ratio $(python3 -c "print(f'{$TOTAL/$LOCAL:.2f}')"))"
