#!/usr/bin/env bash
# One command on a fresh machine: install the system libraries, build Lodestone in
# release mode, and run it on the shipped data (check the bundled programs against
# the OEIS terms in sequences/, then evaluate one of them).
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

swift build -c release
F=Tests/LODATests/Fixtures/programs
.build/release/miner check "$F" --programs "$F" --sequences sequences/stripped.gz --offsets sequences/offsets.gz --jobs 2 --quiet
.build/release/miner eval A000040 --programs "$F" -t 20
