#!/usr/bin/env bash
# Cold start to ready: time from `java -jar` to the first 200 of /q/health/ready, on the embedded PostgreSQL.
#   first start: empty data directory (initdb, Flyway, demo data load of ~22,800 records)
#   restart:     the same data directory again (PostgreSQL start, Flyway validate, no load)
# Usage: src/bench/cold-start.sh [runs]   (default 3; a free port and a temp directory; cleans up)
set -euo pipefail
cd "$(dirname "$0")/../.."
runs="${1:-3}"
port=$(python3 -c "import socket; s=socket.socket(); s.bind(('127.0.0.1', 0)); print(s.getsockname()[1])")
jar=target/quarkus-app/quarkus-run.jar
[ -f "$jar" ] || ./mvnw -q package -DskipTests
work=$(mktemp -d)
trap 'pkill -f "quarkus-run.jar.*cold-start" 2>/dev/null || true; rm -rf "$work"' EXIT

start_once() { # $1 = data dir; prints milliseconds to ready
  local t0 t1 pid
  t0=$(date +%s%N)
  PORT=$port FACTCHECK_DATA_DIR="$1" java -Dcold-start=1 -jar "$jar" > "$work/log" 2>&1 &
  pid=$!
  until curl -sf "http://127.0.0.1:$port/q/health/ready" > /dev/null; do
    kill -0 $pid 2>/dev/null || { cat "$work/log" >&2; exit 1; }
    sleep 0.05
  done
  t1=$(date +%s%N)
  kill $pid; wait $pid 2>/dev/null || true
  echo $(( (t1 - t0) / 1000000 ))
}

printf "%-6s %14s %12s\n" run first_start_ms restart_ms
for i in $(seq 1 "$runs"); do
  dir="$work/data-$i"
  first=$(start_once "$dir")
  again=$(start_once "$dir")
  printf "%-6s %14s %12s\n" "$i" "$first" "$again"
done
