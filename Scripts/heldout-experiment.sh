#!/usr/bin/env bash
# Held-out experiment: hide a share of the mined programs, mine again on the rest, and
# count how many hidden sequences come back, minute by minute.
# Usage: Scripts/heldout-experiment.sh [minutes] [jobs] [share-percent]   (run after a mining run filled programs/)
set -euo pipefail
cd "$(dirname "$0")/.."
MINUTES=${1:-5}; JOBS=${2:-2}; SHARE=${3:-20}
W=$(mktemp -d)
cp -r programs "$W/programs"
# hold out every A-number whose number's hash lands in the share (deterministic)
find "$W/programs" -name 'A*.asm' | sort | while read -r f; do
  id=$(basename "$f" .asm)
  if [ $(( $(printf '%s' "$id" | cksum | cut -d' ' -f1) % 100 )) -lt "$SHARE" ]; then echo "$id"; rm "$f"; fi
done > "$W/heldout.txt"
echo "held out $(wc -l < "$W/heldout.txt") of $(find programs -name 'A*.asm' | wc -l) programs"
"${MINER:-.build/release/miner}" --programs "$W/programs" --minutes "$MINUTES" --jobs "$JOBS" --seed 2 > "$W/log.txt" 2>&1
start=$(head -1 "$W/log.txt" | cut -d' ' -f1)
python3 - "$W" "$start" "$MINUTES" <<'PY'
import sys, datetime
w, start, minutes = sys.argv[1], sys.argv[2], float(sys.argv[3])
held = set(open(w + "/heldout.txt").read().split())
t0 = datetime.datetime.fromisoformat(start.replace("Z", "+00:00"))
back, total = [], 0
for line in open(w + "/log.txt"):
    parts = line.split()
    if len(parts) > 2 and parts[1] == "new":
        total += 1
        if parts[2] in held:
            t = datetime.datetime.fromisoformat(parts[0].replace("Z", "+00:00"))
            back.append((t - t0).total_seconds())
for m in range(1, int(minutes) + 1):
    print(f"after {m} min: {sum(1 for s in back if s <= 60 * m)} of {len(held)} held-out sequences found again")
print(f"all finds in the run: {total}")
PY
