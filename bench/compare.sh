#!/usr/bin/env bash
# Interleaved A/B of this checkout against another commit, on the same machine in the same hour:
#   bash bench/compare.sh <commit> [rounds]          (default 3 rounds)
# The other commit is checked out in a temporary git worktree that shares this checkout's node_modules; each
# round runs `npm run bench`'s list scenario once on each side (LIST_RUNS=2, no statement count); the side that
# goes first alternates from round to round, so neither always runs on a box that has just been idle.
# BENCH_SCENARIOS and the other knobs of bench/run.ts may be overridden. Prints the throughput ratio of each run.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
REV="${1:?usage: bench/compare.sh <commit> [rounds]}"
ROUNDS="${2:-3}"
OTHER="$(mktemp -d /tmp/trcr-compare.XXXXXX)"
cleanup() { git -C "$ROOT" worktree remove --force "$OTHER" >/dev/null 2>&1 || rm -rf "$OTHER"; }
trap cleanup EXIT
git -C "$ROOT" worktree add --detach --force "$OTHER" "$REV" >/dev/null
ln -s "$ROOT/node_modules" "$OTHER/node_modules"
export BENCH_SCENARIOS="${BENCH_SCENARIOS:-list}" LIST_RUNS="${LIST_RUNS:-2}" BENCH_COUNT_STATEMENTS="${BENCH_COUNT_STATEMENTS:-0}"
for round in $(seq 1 "$ROUNDS"); do
  order="this other"; [ $((round % 2)) -eq 0 ] && order="other this"
  for side in $order; do
    dir="$ROOT"; [ "$side" = other ] && dir="$OTHER"
    out="$(cd "$dir" && bash bench/run.sh 2>&1 | grep -E 'Throughput|Latency:' || true)"
    echo "round $round, $side ($(git -C "$dir" rev-parse --short HEAD)): ${out:-no result}"
  done
done
