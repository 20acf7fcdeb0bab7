#!/usr/bin/env bash
# Entry point of `npm run bench`: installs wrk if missing, then runs bench/run.ts pinned to core 0.
# The trap kills every process group the run started (pids in a file written by bench/lib/proc.ts)
# and drops the run's database, even if run.ts itself was killed.
# Scenario selection and sizes: see the header of bench/run.ts (e.g. BENCH_SCENARIOS=list npm run bench).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
export PATH="$ROOT/node_modules/.bin:$PATH" # Node 24 from the `node` devDependency, as under npm

if [ "$(nproc)" -lt 2 ]; then
  echo "bench: needs 2 cores (server on core 1, load generator on core 0)" >&2
  exit 1
fi
if ! command -v wrk >/dev/null 2>&1; then
  apt-get install -y wrk >/dev/null 2>&1 || { apt-get update >/dev/null && apt-get install -y wrk >/dev/null; }
fi
for tool in taskset psql redis-cli; do
  command -v "$tool" >/dev/null || { echo "bench: $tool is required" >&2; exit 1; }
done

export BENCH_PID_FILE
BENCH_PID_FILE="$(mktemp /tmp/trcr-bench-pids.XXXXXX)"
export BENCH_DB_NAME="trcr_bench_$(date +%s)_$$"
ADMIN_URL="${BENCH_ADMIN_DATABASE_URL:-postgres://postgres@127.0.0.1:5432/postgres}"

cleanup() {
  local pid
  while read -r pid; do
    [ -n "$pid" ] && kill -KILL -- "-$pid" 2>/dev/null || true
  done <"$BENCH_PID_FILE"
  rm -f "$BENCH_PID_FILE"
  psql "$ADMIN_URL" -qAtc "drop database if exists \"$BENCH_DB_NAME\" with (force)" >/dev/null 2>&1 || true
}
trap cleanup EXIT
trap 'exit 130' INT TERM

taskset -c 0 tsx bench/run.ts
