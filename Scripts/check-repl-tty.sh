#!/usr/bin/env bash
# Checks the REPL's interactive mode in a real pseudo-terminal: tmux runs `miner repl`,
# keys are typed (including history recall and in-line editing), and the screen is read.
# Usage: Scripts/check-repl-tty.sh [path/to/miner]   (needs tmux)
set -euo pipefail
cd "$(dirname "$0")/.."
MINER=${1:-.build/debug/miner}
S=lodestone-repl-check
export HOME=$(mktemp -d)   # fresh history file
tmux kill-session -t $S 2>/dev/null || true
tmux new-session -d -s $S -x 120 -y 30 "$MINER repl --programs Tests/LODATests/Fixtures/programs"
sleep 1
tmux send-keys -t $S 'mov $1,5' Enter
tmux send-keys -t $S 'add $0,$1' Enter
# recall the first line with Up Up, move left, replace the 5 by 7: mov $1,7
tmux send-keys -t $S Up Up End BSpace 7 Enter
# Ctrl-A / Ctrl-E editing: type "val 3", go to the start, insert ":e"
tmux send-keys -t $S 'val 3' C-a ':e' C-e Enter
sleep 1
# Ctrl-R history search: find "add" and run it again (appends line 4), then evaluate
tmux send-keys -t $S C-r 'add' Enter
sleep 0.3
tmux send-keys -t $S Enter
tmux send-keys -t $S ':eval 3' Enter
sleep 1
screen=$(tmux capture-pane -p -t $S)
tmux send-keys -t $S C-d
sleep 0.5
tmux kill-session -t $S 2>/dev/null || true
echo "$screen"
grep -q '   3  mov \$1,7' <<<"$screen" && grep -q '^5,6,7$' <<<"$screen" && grep -q '   4  add \$0,\$1' <<<"$screen" \
  && grep -q '^12,13,14$' <<<"$screen" && echo "REPL tty check: ok" || { echo "REPL tty check: FAILED"; exit 1; }
