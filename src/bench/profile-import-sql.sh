#!/usr/bin/env bash
# =====================================================================================================================
# Where does an import's time go on the database side? Replays ImportService's SQL with psql, statement by statement,
# under EXPLAIN (ANALYZE, BUFFERS, WAL), on a fresh database with the service's schema, and times each step (wall and
# backend CPU). No Java: the rows reach the staging table by psql \copy, so comparing this COPY step with the service's
# COPY step (import-benchmark.sh's step table) separates the Java side (reading, parsing, checking) from the SQL side.
#
#   src/bench/profile-import-sql.sh                     # 1,000,000 synthetic rows, places created by the import
#   ROWS=100000 PLACE_MODE=preload src/bench/profile-import-sql.sh
#   FILE=my.csv src/bench/profile-import-sql.sh         # any file in the import's CSV format
#
# EXPERIMENTS=1 (default) also runs, each inside a savepoint rolled back before the service's own statement, the
# alternatives proposed in src/bench/README.md: work_mem for the in-file duplicate check, ANALYZE place before
# LINK_NEW_PLACES, a cheaper CREATE_SOURCES, the cost of the search tsvector alone, and jit = off for INSERT_EVIDENCE.
# TEMP_BUFFERS= (e.g. 1GB) starts the psql session with that temp_buffers (the service's sessions use the server
# default, 8MB on a stock server).
#
# The schema comes from src/main/resources/db/migration/*.sql (what Flyway applies); the transaction is rolled back.
# Needs python3, psql, and a PostgreSQL server on this host (PGHOST/PGPORT/PGUSER, default 127.0.0.1:5432 root) whose
# backends' /proc/<pid>/stat this user can read (for CPU times; otherwise the CPU column is meaningless).
# Output: a summary table on stdout; the full EXPLAIN output in $OUT (default ./import-profile-<rows>.txt).
# =====================================================================================================================
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
ROWS="${ROWS:-1000000}"
SEED="${SEED:-42}"
PLACE_MODE="${PLACE_MODE:-create}"
EXPERIMENTS="${EXPERIMENTS:-1}"
DB="${DB:-factcheck_bench_profile}"
export PGHOST="${PGHOST:-127.0.0.1}" PGPORT="${PGPORT:-5432}" PGUSER="${PGUSER:-root}"
MAX_SECONDS="${MAX_SECONDS:-1800}"
KEEP="${KEEP:-0}"
TEMP_BUFFERS="${TEMP_BUFFERS:-}"
JAVA_SRC="$ROOT/src/main/java/org/factcheck/evidence/importer/ImportService.java"

[[ "$DB" =~ ^[a-z_][a-z0-9_]*$ ]] || { echo "DB: a lower-case identifier" >&2; exit 2; }
for tool in python3 psql; do command -v "$tool" >/dev/null || { echo "missing: $tool" >&2; exit 2; }; done
WORK_DIR="$(mktemp -d /tmp/factcheck-profile.XXXXXX)"
CREATED=0
cleanup() {
    local rc=$?
    set +e
    if [[ "$KEEP" != 1 ]]; then
        [[ "$CREATED" == 1 ]] && psql -X -q -d postgres -c "drop database if exists $DB with (force)" >/dev/null 2>&1
        rm -rf "$WORK_DIR"
    else
        echo "KEEP=1: kept $WORK_DIR and database $DB" >&2
    fi
    exit $rc
}
trap cleanup EXIT
trap 'exit 130' INT TERM

if [[ -z "${FILE:-}" ]]; then
    FILE="$WORK_DIR/evidence-$ROWS.csv"
    python3 "$HERE/generate-synthetic-evidence.py" -n "$ROWS" --seed "$SEED" -o "$FILE" \
        --places-sql "$WORK_DIR/places.sql"
else
    FILE="$(cd "$(dirname "$FILE")" && pwd)/$(basename "$FILE")"
    ROWS=$(( $(wc -l < "$FILE") - 1 ))  # approximate when fields hold line breaks
    [[ "$PLACE_MODE" == preload ]] && { echo "PLACE_MODE=preload needs the generated file (unset FILE)" >&2; exit 2; }
fi
OUT="${OUT:-$PWD/import-profile-$ROWS.txt}"

PGOPTIONS="-c client_min_messages=warning" psql -X -q -d postgres -c "drop database if exists $DB with (force)" >/dev/null
psql -X -q -d postgres -c "create database $DB"
CREATED=1
for m in "$ROOT"/src/main/resources/db/migration/V*.sql; do
    psql -X -q -v ON_ERROR_STOP=1 -d "$DB" -f "$m" >/dev/null
done
[[ "$PLACE_MODE" == preload ]] && psql -X -q -v ON_ERROR_STOP=1 -d "$DB" -f "$WORK_DIR/places.sql" >/dev/null
psql -X -q -d "$DB" -c "analyze" -c "checkpoint"

flags=(--explain)
[[ "$EXPERIMENTS" == 1 ]] && flags+=(--experiments)
python3 "$HERE/lib/import-sql.py" script --java "$JAVA_SRC" --csv "$FILE" "${flags[@]}" > "$WORK_DIR/profile.psql"

opts="-c statement_timeout=${MAX_SECONDS}s"
[[ -n "$TEMP_BUFFERS" ]] && opts="$opts -c temp_buffers=$TEMP_BUFFERS"
echo "profiling ImportService SQL: $ROWS rows ($FILE), places $PLACE_MODE, database $DB, PGOPTIONS='$opts'" >&2
started=$(date +%s)
PGOPTIONS="$opts" psql -X -d "$DB" -f "$WORK_DIR/profile.psql" > "$OUT" 2>&1 || { tail -20 "$OUT" >&2; exit 1; }
echo
echo "ImportService SQL profile  $(date -u '+%Y-%m-%d %H:%M UTC')  $(nproc) cores  PostgreSQL $(psql -X -At -d postgres -c 'show server_version' | cut -d' ' -f1)"
echo "  $ROWS rows, places $PLACE_MODE, temp_buffers ${TEMP_BUFFERS:-server default}, $(( $(date +%s) - started )) s in all;" \
     "load average $(cut -d' ' -f1-3 /proc/loadavg)"
python3 "$HERE/lib/import-sql.py" report < "$OUT"
echo "  (wall: psql \\timing, including EXPLAIN ANALYZE's own overhead; CPU: the backend's user+system time)"
echo "  full EXPLAIN output: $OUT"
