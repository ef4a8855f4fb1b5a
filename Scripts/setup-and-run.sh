#!/usr/bin/env bash
# One command on a fresh machine: install the system libraries, build Lodestone in
# release mode, and run the main job on the shipped data: mine for programs (into
# programs/, for MINUTES minutes, default 2, on 2 jobs).
set -euo pipefail
cd "$(dirname "$0")/.."

need=()
for pkg in libgmp-dev zlib1g-dev libedit-dev; do
  dpkg -s "$pkg" >/dev/null 2>&1 || need+=("$pkg")
done
if [ ${#need[@]} -gt 0 ]; then
  if [ "$(id -u)" -eq 0 ]; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}"
  else
    sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}"
  fi
fi

swift build -c release --product miner   # the coordinator (miner-serve) builds with `swift build -c release`
.build/release/miner --minutes "${MINUTES:-2}" --jobs 2 --seed "${SEED:-1}"
