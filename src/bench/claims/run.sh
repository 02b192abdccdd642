#!/usr/bin/env bash
# Claim-matching speed bench (not a test): 100,000 SYNTHETIC claims in a fresh database on the PostgreSQL at
# 127.0.0.1:5432 (trust auth, user root), the packaged service on it, GET /api/v1/claims/similar timed over HTTP.
# Usage: src/bench/claims/run.sh [claims] [queries]   (after ./mvnw package -DskipTests)
set -euo pipefail
cd "$(dirname "$0")/../../.."
claims="${1:-100000}"
queries="${2:-500}"
db="factcheck_match_bench_$$"
key="match-bench-admin-key-0123456789"
port=18099
psql -h 127.0.0.1 -U root -d test -q -c "create database $db"
java_pid=""
cleanup() {
  [ -n "$java_pid" ] && kill "$java_pid" 2>/dev/null && wait "$java_pid" 2>/dev/null || true
  psql -h 127.0.0.1 -U root -d test -q -c "drop database if exists $db with (force)" || true
}
trap cleanup EXIT
QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://127.0.0.1:5432/$db" QUARKUS_DATASOURCE_USERNAME=root \
  QUARKUS_DATASOURCE_PASSWORD= FACTCHECK_BOOTSTRAP_ADMIN_KEY="$key" PORT=$port \
  java -jar target/quarkus-app/quarkus-run.jar > target/match-bench-service.log 2>&1 &
java_pid=$!
for _ in $(seq 1 240); do
  curl -sf "http://127.0.0.1:$port/q/health/ready" > /dev/null && break
  sleep 1
done
java -cp "target/classes:target/quarkus-app/lib/main/*" src/bench/claims/MatchBench.java \
  "jdbc:postgresql://127.0.0.1:5432/$db" root "http://127.0.0.1:$port" "$key" "$claims" "$queries"
