#!/usr/bin/env bash
# =====================================================================================================================
# factcheck import benchmark: POST /api/v1/evidence/import against `psql \copy` of the same file, same server, same run.
#
#   src/bench/import-benchmark.sh                       # 1,000,000 synthetic rows
#   ROWS=100000 REPEAT=3 src/bench/import-benchmark.sh  # 100k rows, three alternating rounds, medians
#
# What it does
#   1. builds target/quarkus-app/quarkus-run.jar if it is missing (mvn -o -q package -DskipTests);
#   2. generates ROWS synthetic evidence rows (src/bench/generate-synthetic-evidence.py; ~575 bytes a row, SYNTHETIC
#      data, ~ROWS/200 synthetic places);
#   3. creates two fresh databases on the system PostgreSQL: $DB for the service, $BASE_DB for the baseline;
#   4. starts the service against $DB (FACTCHECK_DEMO_DATA=false, HTTP on 127.0.0.1:$PORT only), waits until ready,
#      optionally warms the JVM up with a small import of other synthetic places and empties the tables again;
#   5. per round: CHECKPOINT, times
#      `curl --data-binary @file -H 'Content-Type: text/csv' .../api/v1/evidence/import?onError=$ON_ERROR` (with a
#      bootstrap admin key made for the run), checks that it stored ROWS rows, empties the service's tables; then
#      CHECKPOINT, times the baseline (`psql \copy` into $BASE_DB's table evidence) and checks it stored ROWS rows;
#   6. prints rows/s for both, the ratio service/baseline, the per-step SQL timing of the service's import (read from
#      the server log: log_min_duration_statement is set on $DB only), CPU seconds used by the JVM and by the
#      database backends, and the two targets of the issue (>= 50,000 rows/s, >= 0.5 x psql \copy);
#   7. with TABLE_COST=1 (default), breaks the cost of the table down: the same rows, their search document computed
#      beforehand, are inserted with INSERT ... SELECT into a copy of table evidence (its indexes, checks and foreign
#      keys), then again with one part fewer at a time (the full-text GIN index, the two foreign keys, the other
#      secondary indexes), and the quote's tsvector is computed alone; each part's cost is the difference, in
#      microseconds per row; their sum bounds the rows/s of any import into this table in one transaction, with and
#      without the parts that a design change could take out of it;
#   8. cleans up on any exit: stops the service it started (by pid), drops both databases, removes the work dir.
#
# The baseline: `psql \copy` into the real table evidence, as the service's schema has it
#   $BASE_DB gets the schema of $DB as Flyway left it (pg_dump --schema-only): table evidence with every index, its
#   search trigger (which computes the tsvector for rows that arrive without one, as \copy's do) and both foreign
#   keys. After the first service round, the rows the service stored are written out once as CSV in the table's own
#   columns (place_id and source_id instead of the place and source text; about 40 % fewer bytes than the input
#   file), and the service's places and sources are copied into $BASE_DB with the same ids (untimed). Each round then
#   times `\copy evidence (metric, place_id, period_start, period_end, period_label, value, unit, source_id, quote,
#   notes) from that CSV` into the emptied table. So the baseline pays for everything the rows cost PostgreSQL in that
#   table - parsing, the search document, heap, WAL, every index and foreign-key check - and not for what the service
#   adds: reading the request, checking every field in Java, the staging table, resolving and creating places and
#   sources, the checks that need the database, and the second pass (INSERT ... SELECT). Both start with an empty
#   evidence table, and a CHECKPOINT precedes each timed load.
#   BASE_RAW=1 (default) also times \copy of the input CSV into an unindexed, non-temporary table with the staging
#   table's columns: the floor for the service's COPY phase.
#
# Settings (environment)
#   ROWS=1000000   rows to generate            PLACES=ROWS/200  synthetic places       SEED=42
#   PLACE_MODE=create   create: the import creates the places (kind unknown); preload: the synthetic gazetteer is
#                       inserted first (with kinds and parents) and the import resolves the places
#   TABLE_COST=1 (step 7; 0 skips it)
#   ON_ERROR=fail  REPEAT=1 (rounds: service, then baseline; medians reported)   WARMUP=1 (20k-row warm-up)
#   PORT=18080  DB=factcheck_bench  BASE_DB=factcheck_bench_copy
#   PGHOST=127.0.0.1 PGPORT=5432 PGUSER=root      JAVA_OPTS=   (e.g. -Xmx4g)
#   JDBC_PARAMS=   appended to the service's JDBC URL, to try server settings for its sessions without code changes,
#                  e.g. JDBC_PARAMS='options=-c%20temp_buffers%3D1GB' 
#   MAX_SECONDS=900  per timed step (curl --max-time, statement_timeout)    KEEP=1 keeps work dir and databases
#   JAR=target/quarkus-app/quarkus-run.jar  (a copy elsewhere lets a build run meanwhile)
#   WORK_DIR=  (default: a new mktemp -d under /tmp; the CSV for 1M rows is ~575 MB)
# Needs: java 17, python3, curl, psql and pg_dump (PostgreSQL client), a PostgreSQL server on PGHOST:PGPORT where
# PGUSER may create databases (pg_trgm extension available); Maven with the project's dependencies for the build.
# Per-step timing needs the server log readable (logging to /var/log/postgresql/postgresql-<ver>-main.log as on
# Debian, or pg_current_logfile()); without it the rest of the benchmark runs and the step table is skipped.
# The service's HTTP body limit is 1024 MiB (quarkus.http.limits.max-body-size): ROWS above ~1.8M will be refused.
# =====================================================================================================================
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
ROWS="${ROWS:-1000000}"
PLACES="${PLACES:-$(( ROWS / 200 > 4 ? ROWS / 200 : 4 ))}"
SEED="${SEED:-42}"
PLACE_MODE="${PLACE_MODE:-create}"
ON_ERROR="${ON_ERROR:-fail}"
REPEAT="${REPEAT:-1}"
WARMUP="${WARMUP:-1}"
BASE_RAW="${BASE_RAW:-1}"
TABLE_COST="${TABLE_COST:-1}"
PORT="${PORT:-18080}"
DB="${DB:-factcheck_bench}"
BASE_DB="${BASE_DB:-factcheck_bench_copy}"
export PGHOST="${PGHOST:-127.0.0.1}" PGPORT="${PGPORT:-5432}" PGUSER="${PGUSER:-root}"
MAX_SECONDS="${MAX_SECONDS:-900}"
KEEP="${KEEP:-0}"
JAVA_OPTS="${JAVA_OPTS:-}"
JDBC_PARAMS="${JDBC_PARAMS:-}"
JAR="${JAR:-$ROOT/target/quarkus-app/quarkus-run.jar}"
BASE_URL="http://127.0.0.1:$PORT"
# the service's bootstrap admin key for this run only (the import needs a checker or admin key)
API_KEY="bench-$(python3 -c 'import secrets; print(secrets.token_hex(16))')"

case "$PLACE_MODE" in create|preload) ;; *) echo "PLACE_MODE must be create or preload" >&2; exit 2 ;; esac
for tool in java python3 curl psql; do
    command -v "$tool" >/dev/null || { echo "missing: $tool (apt-get install -y postgresql-client curl python3 openjdk-17-jre-headless)" >&2; exit 2; }
done
[[ "$DB" =~ ^[a-z_][a-z0-9_]*$ && "$BASE_DB" =~ ^[a-z_][a-z0-9_]*$ ]] || { echo "DB names: lower-case identifiers only" >&2; exit 2; }

WORK_DIR="${WORK_DIR:-$(mktemp -d /tmp/factcheck-bench.XXXXXX)}"
mkdir -p "$WORK_DIR"
SVC_PID=""
CREATED_DBS=()

log() { printf '[%(%H:%M:%S)T] %s\n' -1 "$*" >&2; }
psql_q() { psql -X -q -v ON_ERROR_STOP=1 "$@"; }
now() { date +%s.%N; }
secs() { python3 -c "import sys; print('%.3f' % (float(sys.argv[2]) - float(sys.argv[1])))" "$1" "$2"; }
rate() { python3 -c "import sys; print('%.0f' % (float(sys.argv[1]) / float(sys.argv[2])))" "$1" "$2"; }

cleanup() {
    local rc=$?
    set +e
    if [[ -n "$SVC_PID" ]] && kill -0 "$SVC_PID" 2>/dev/null; then
        log "stopping the service (pid $SVC_PID)"
        kill "$SVC_PID"
        for _ in $(seq 1 30); do kill -0 "$SVC_PID" 2>/dev/null || break; sleep 1; done
        kill -0 "$SVC_PID" 2>/dev/null && kill -9 "$SVC_PID"
    fi
    if [[ "$KEEP" != 1 ]]; then
        for d in "${CREATED_DBS[@]}"; do
            psql_q -d postgres -c "drop database if exists $d with (force)" >/dev/null 2>&1 \
                && log "dropped database $d"
        done
        rm -rf "$WORK_DIR"
    else
        log "KEEP=1: kept $WORK_DIR and databases ${CREATED_DBS[*]}"
    fi
    exit $rc
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# --- 1. jar -----------------------------------------------------------------------------------------------------------
if [[ ! -f "$JAR" ]]; then
    log "building $JAR"
    (cd "$ROOT" && { mvn -o -q package -DskipTests || mvn -q package -DskipTests; })
fi

# --- 2. data ----------------------------------------------------------------------------------------------------------
FILE="$WORK_DIR/evidence-$ROWS.csv"
log "generating $ROWS synthetic rows for $PLACES synthetic places (seed $SEED)"
python3 "$HERE/generate-synthetic-evidence.py" -n "$ROWS" --places "$PLACES" --seed "$SEED" -o "$FILE" \
    --places-out "$WORK_DIR/places.csv" --places-sql "$WORK_DIR/places.sql"
FILE_BYTES=$(stat -c %s "$FILE")
log "file: $FILE ($((FILE_BYTES / 1024 / 1024)) MiB)"
if (( FILE_BYTES > 1024 * 1024 * 1024 )); then
    echo "the file is larger than the service's 1024 MiB body limit; use fewer ROWS" >&2; exit 2
fi
if [[ "$WARMUP" == 1 ]]; then
    # other places (its own seed and names), so nothing it stores collides with the timed file
    python3 "$HERE/generate-synthetic-evidence.py" -n 20000 --places 100 --seed $((SEED + 1)) \
        --place-prefix "Synthetic Warm-up" --code-prefix W -o "$WORK_DIR/warmup.csv" 2>/dev/null
fi

# --- 3. databases -----------------------------------------------------------------------------------------------------
for d in "$DB" "$BASE_DB"; do
    PGOPTIONS="-c client_min_messages=warning" psql_q -d postgres -c "drop database if exists $d with (force)" >/dev/null
    psql_q -d postgres -c "create database $d"
    CREATED_DBS+=("$d")
done
# per-step timing of the service's statements, on the benchmark database only
psql_q -d postgres -c "alter database $DB set log_min_duration_statement = 20"
SERVER_LOG="$(psql -X -At -d postgres -c "select coalesce(current_setting('data_directory') || '/' || pg_current_logfile(), '')" 2>/dev/null || true)"
if [[ -z "$SERVER_LOG" || ! -r "$SERVER_LOG" ]]; then
    ver="$(psql -X -At -d postgres -c "show server_version_num")"
    SERVER_LOG="/var/log/postgresql/postgresql-$((ver / 10000))-main.log"
fi
[[ -r "$SERVER_LOG" ]] || { log "server log not readable: no per-step timing"; SERVER_LOG=""; }

COLS="metric, place, place_code, period_start, period_end, period_label, value, unit, source_title, source_publisher, source_url, source_published_on, quote, notes"
EVIDENCE_COLS="metric, place_id, period_start, period_end, period_label, value, unit, source_id, quote, notes"
ID_FILE="$WORK_DIR/evidence-$ROWS-ids.csv"

# --- 4. service -------------------------------------------------------------------------------------------------------
if curl -s -o /dev/null "$BASE_URL/q/health/live"; then
    echo "something already listens on 127.0.0.1:$PORT; set PORT" >&2; exit 2
fi
log "starting the service on 127.0.0.1:$PORT against $DB"
(
    cd "$WORK_DIR"
    # shellcheck disable=SC2086
    exec env QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://$PGHOST:$PGPORT/$DB${JDBC_PARAMS:+?$JDBC_PARAMS}" \
        QUARKUS_DATASOURCE_USERNAME="$PGUSER" \
        FACTCHECK_BOOTSTRAP_ADMIN_KEY="$API_KEY" FACTCHECK_DEMO_DATA=false FACTCHECK_DATA_DIR="$WORK_DIR/pgdata" PORT="$PORT" QUARKUS_HTTP_HOST=127.0.0.1 \
        java $JAVA_OPTS -jar "$JAR"
) > "$WORK_DIR/service.log" 2>&1 &
SVC_PID=$!
for i in $(seq 1 120); do
    curl -sf -o /dev/null "$BASE_URL/q/health/ready" && break
    if ! kill -0 "$SVC_PID" 2>/dev/null; then
        svc_rc=0; wait "$SVC_PID" || svc_rc=$?
        tail -30 "$WORK_DIR/service.log" >&2
        echo "the service exited with status $svc_rc before it was ready (log above: $WORK_DIR/service.log)" >&2
        SVC_PID=""; exit 1
    fi
    (( i == 120 )) && { tail -30 "$WORK_DIR/service.log" >&2; echo "the service did not become ready in 120 s" >&2; exit 1; }
    sleep 1
done
log "service ready (pid $SVC_PID)"

# the baseline database gets the service's schema as Flyway left it: table evidence with every index, trigger and
# foreign key, plus the floor table for the COPY phase (the staging table's columns, unindexed, not temporary)
pg_dump --schema-only --no-owner --no-privileges -d "$DB" | psql_q -d "$BASE_DB" >/dev/null
psql_q -d "$BASE_DB" <<'SQL'
create table bench_raw (
    metric text not null, place text, place_code text, period_start date not null, period_end date not null,
    period_label text, value numeric not null, unit text not null, source_title text, source_publisher text,
    source_url text, source_published_on date, quote text, notes text
);
SQL

reset_service_db() {
    psql_q -d "$DB" -c "truncate evidence, source, place_alias, place restart identity cascade"
    if [[ "$PLACE_MODE" == preload ]]; then psql_q -d "$DB" -f "$WORK_DIR/places.sql" >/dev/null; fi
}

if [[ "$WARMUP" == 1 ]]; then
    log "warm-up: importing 20,000 rows of other synthetic places, then emptying the tables"
    code=$(curl -sS -o "$WORK_DIR/warmup.json" -w '%{http_code}' --max-time "$MAX_SECONDS" -X POST \
        -H "Authorization: Bearer $API_KEY" -H 'Content-Type: text/csv' --data-binary @"$WORK_DIR/warmup.csv" "$BASE_URL/api/v1/evidence/import?onError=fail")
    [[ "$code" == 200 ]] || { echo "warm-up import failed: HTTP $code $(head -c 600 "$WORK_DIR/warmup.json")" >&2; exit 1; }
fi
reset_service_db

# --- 5. timed rounds --------------------------------------------------------------------------------------------------
proc_cpu() { # utime+stime of pids, in seconds
    local t=0 p
    for p in "$@"; do
        [[ -r /proc/$p/stat ]] || continue
        t=$(( t + $(awk '{print $14 + $15}' "/proc/$p/stat") ))
    done
    python3 -c "import os,sys; print('%.2f' % (int(sys.argv[1]) / os.sysconf('SC_CLK_TCK')))" "$t"
}
wal_lsn() { psql -X -At -d postgres -c "select pg_current_wal_lsn()"; }
wal_mb() { psql -X -At -d postgres -c "select round(pg_wal_lsn_diff(pg_current_wal_lsn(), '$1') / 1048576)"; }
backend_pids() { psql -X -At -d postgres -c "select pid from pg_stat_activity where datname = '$DB'" | tr '\n' ' '; }
declare -A BACK_CPU0

# \copy FILE into TABLE (COLUMNS) of DB: timed_copy DB 'TABLE (COLUMNS)' FILE; prints "wall-seconds cpu-seconds"
# (cpu: the backend plus psql itself, from /proc)
timed_copy() {
    PGOPTIONS="-c statement_timeout=${MAX_SECONDS}s" psql -X -q -At -v ON_ERROR_STOP=1 -d "$1" <<SQL | python3 -c '
import os, sys
v = {}
for line in sys.stdin:
    k, _, x = line.strip().partition(" ")
    v[k] = float(x)
hz = os.sysconf("SC_CLK_TCK")
print("%.3f %.2f" % (v["t1"] - v["t0"], (v["b1"] - v["b0"] + v["c1"] - v["c0"]) / hz))'
select pg_backend_pid() as bpid \\gset
\\setenv BPID :bpid
\\! awk '{print "b0", \$14 + \$15}' /proc/\$BPID/stat; awk '{print "c0", \$14 + \$15}' /proc/\$PPID/stat; echo "t0 \$(date +%s.%N)"
\\copy $2 from '$3' with (format csv, header true)
\\! echo "t1 \$(date +%s.%N)"; awk '{print "b1", \$14 + \$15}' /proc/\$BPID/stat; awk '{print "c1", \$14 + \$15}' /proc/\$PPID/stat
SQL
}

RESULTS="$WORK_DIR/results.tsv"
: > "$RESULTS"
for round in $(seq 1 "$REPEAT"); do
    log "round $round/$REPEAT: service POST /api/v1/evidence/import ($PLACE_MODE places)"
    psql_q -d "$DB" -c "checkpoint"
    log_offset=0
    [[ -n "$SERVER_LOG" ]] && log_offset=$(stat -c %s "$SERVER_LOG")
    pids0=$(backend_pids)
    for p in $pids0; do BACK_CPU0[$p]=$(proc_cpu "$p"); done
    jcpu0=$(proc_cpu "$SVC_PID")
    w0=$(wal_lsn)
    t0=$(now)
    code=$(curl -sS -o "$WORK_DIR/import.json" -w '%{http_code}' --max-time "$MAX_SECONDS" -X POST \
        -H "Authorization: Bearer $API_KEY" -H 'Content-Type: text/csv' --data-binary @"$FILE" "$BASE_URL/api/v1/evidence/import?onError=$ON_ERROR")
    t1=$(now)
    svc_wal=$(wal_mb "$w0")
    log_end=0
    [[ -n "$SERVER_LOG" ]] && { sleep 0.5; log_end=$(stat -c %s "$SERVER_LOG"); }
    svc_s=$(secs "$t0" "$t1")
    jcpu=$(python3 -c "import sys; print('%.1f' % (float(sys.argv[2]) - float(sys.argv[1])))" "$jcpu0" "$(proc_cpu "$SVC_PID")")
    bcpu=0
    for p in $(backend_pids); do
        bcpu=$(python3 -c "import sys; print('%.2f' % (float(sys.argv[1]) + float(sys.argv[2]) - float(sys.argv[3])))" \
            "$bcpu" "$(proc_cpu "$p")" "${BACK_CPU0[$p]:-0}")
    done
    [[ "$code" == 200 ]] || { echo "import failed: HTTP $code $(head -c 1000 "$WORK_DIR/import.json")" >&2; exit 1; }
    imported=$(python3 -c "import json,sys; print(json.load(open(sys.argv[1]))['imported'])" "$WORK_DIR/import.json")
    svc_n=$(psql -X -At -d "$DB" -c "select count(*) from evidence")
    [[ "$imported" == "$ROWS" && "$svc_n" == "$ROWS" ]] || { echo "service imported $imported (table: $svc_n), expected $ROWS" >&2; exit 1; }
    if [[ -n "$SERVER_LOG" ]]; then
        tail -c +"$((log_offset + 1))" "$SERVER_LOG" | head -c "$((log_end - log_offset))" | python3 "$HERE/lib/step-timing.py" "$DB" > "$WORK_DIR/steps-$round.txt" || true
    fi
    if [[ ! -f "$ID_FILE" ]]; then
        # the baseline's input: the same rows as the service stored them (place and source ids instead of their
        # text), and the same places and sources, with the same ids, in the baseline database (untimed)
        psql_q -d "$DB" -c "\\copy (select $EVIDENCE_COLS from evidence order by id) to '$ID_FILE' with (format csv, header true)"
        psql -X -q -d "$DB" -c "\\copy (select id, name, code, kind, parent_id, created_at from place order by id) to stdout" \
            | psql_q -d "$BASE_DB" -c "\\copy place (id, name, code, kind, parent_id, created_at) from stdin"
        psql -X -q -d "$DB" -c "\\copy (select id, title, publisher, url, published_on, created_at from source order by id) to stdout" \
            | psql_q -d "$BASE_DB" -c "\\copy source (id, title, publisher, url, published_on, created_at) from stdin"
        psql_q -d "$BASE_DB" -c "analyze place" -c "analyze source"
    fi
    reset_service_db

    log "round $round/$REPEAT: baseline psql \\copy into $BASE_DB.evidence (every index, trigger and foreign key)"
    psql_q -d "$BASE_DB" -c "truncate evidence, bench_raw restart identity" -c "checkpoint"
    w0=$(wal_lsn)
    read -r base_s base_cpu < <(timed_copy "$BASE_DB" "evidence ($EVIDENCE_COLS)" "$ID_FILE")
    base_wal=$(wal_mb "$w0")
    base_n=$(psql -X -At -d "$BASE_DB" -c "select count(*) from evidence")
    [[ "$base_n" == "$ROWS" ]] || { echo "baseline stored $base_n rows, expected $ROWS" >&2; exit 1; }
    raw_s=""
    if [[ "$BASE_RAW" == 1 ]]; then
        psql_q -d "$BASE_DB" -c "checkpoint"
        read -r raw_s _ < <(timed_copy "$BASE_DB" "bench_raw ($COLS)" "$FILE")
    fi
    psql_q -d "$BASE_DB" -c "truncate evidence, bench_raw restart identity"

    printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$round" "$base_s" "$svc_s" "${raw_s:--}" "$base_cpu" "$jcpu" "$bcpu" "$base_wal" "$svc_wal" >> "$RESULTS"
    log "round $round: baseline ${base_s}s (CPU ${base_cpu}s, WAL ${base_wal} MiB), service ${svc_s}s (CPU: JVM ${jcpu}s + DB backends ${bcpu}s, WAL ${svc_wal} MiB)"
done

# --- 6. report --------------------------------------------------------------------------------------------------------
echo
echo "factcheck import benchmark  $(date -u '+%Y-%m-%d %H:%M UTC')  $(hostname)  $(nproc) cores  $(free -g | awk '/Mem:/{print $2}') GiB"
echo "  PostgreSQL $(psql -X -At -d postgres -c 'show server_version') at $PGHOST:$PGPORT; $(java -version 2>&1 | head -1)"
echo "  rows $ROWS ($((FILE_BYTES / 1024 / 1024)) MiB CSV), places $PLACES ($PLACE_MODE), seed $SEED, onError=$ON_ERROR, rounds $REPEAT, warm-up $WARMUP${JDBC_PARAMS:+, JDBC_PARAMS=$JDBC_PARAMS}"
echo "  load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)   (shared machine: compare the ratio, not the absolute rates)"
echo
printf '  %-5s %11s %14s %12s | %10s %9s %9s | %8s %8s | %10s\n' round "psql rows/s" "service rows/s" "service/psql" \
    "psql CPU s" "svc CPU s" "CPU ratio" "psql WAL" "svc WAL" "raw COPY/s"
while IFS=$'\t' read -r r b s raw bc jc dc bw sw; do
    python3 - "$ROWS" "$r" "$b" "$s" "$raw" "$bc" "$jc" "$dc" "$bw" "$sw" <<'PY'
import sys
rows, r, b, s, raw, bc, jc, dc, bw, sw = sys.argv[1:]
rows = int(rows)
svc_cpu = float(jc) + float(dc)
print("  %-5s %11.0f %14.0f %12.3f | %10.1f %9.1f %9.3f | %5s MiB %4s MiB | %10s" % (
    r, rows / float(b), rows / float(s), float(b) / float(s), float(bc), svc_cpu, float(bc) / svc_cpu, bw, sw,
    "%.0f" % (rows / float(raw)) if raw != "-" else "-"))
PY
done < "$RESULTS"
echo "  (CPU ratio: psql \\copy CPU seconds (backend + psql) / service CPU seconds (JVM + its DB backends); less"
echo "   sensitive to other load on the machine than the wall-clock ratio. WAL: server-wide WAL written during the load"
echo "   (includes anything else the server did meanwhile). raw COPY: \\copy into an unindexed table.)"
python3 - "$RESULTS" "$ROWS" <<'PY'
import statistics, sys
rows = int(sys.argv[2])
data = [l.rstrip("\n").split("\t") for l in open(sys.argv[1]) if l.strip()]
base = statistics.median(float(d[1]) for d in data)
svc = statistics.median(float(d[2]) for d in data)
ratio = statistics.median(float(d[1]) / float(d[2]) for d in data)
cpu_ratio = statistics.median(float(d[4]) / (float(d[5]) + float(d[6])) for d in data)
jvm = statistics.median(float(d[5]) for d in data)
db = statistics.median(float(d[6]) for d in data)
print()
print("  median of %d: psql \\copy %.0f rows/s (%.1f s), service %.0f rows/s (%.1f s)" % (len(data), rows / base, base, rows / svc, svc))
print("  ratio service/psql: wall %.3f, CPU %.3f (service CPU: JVM %.1f s, DB backends %.1f s)" % (ratio, cpu_ratio, jvm, db))
print("  target >= 50,000 rows/s:       %s (%.0f rows/s; psql \\copy itself: %.0f rows/s)" % ("MET" if rows / svc >= 50000 else "MISSED", rows / svc, rows / base))
print("  target >= 0.5 x psql \\copy:    %s (%.3f)" % ("MET" if ratio >= 0.5 else "MISSED", ratio))
PY
if compgen -G "$WORK_DIR/steps-*.txt" >/dev/null; then
    for f in "$WORK_DIR"/steps-*.txt; do
        r=${f##*steps-}
        echo
        echo "  service import, round ${r%.txt}: SQL statements from the server log (log_min_duration_statement = 20 ms)"
        sed 's/^/  /' "$f"
    done
    echo "  (COPY overlaps the Java side: reading the request, parsing and checking each record; the rest of the"
    echo "   service's time - curl total minus the logged statements - is HTTP, transaction and Java outside COPY)"
fi

# --- 7. what each part of the table costs -------------------------------------------------------------------------------
if [[ "$TABLE_COST" == 1 ]]; then
    log "table cost: INSERT ... SELECT of the same rows into a copy of evidence, one part fewer at a time"
    {
        cat <<SQL
drop table if exists cost_rows, cost_evidence;
create unlogged table cost_rows as select $EVIDENCE_COLS from evidence limit 0;
\\copy cost_rows ($EVIDENCE_COLS) from '$ID_FILE' with (format csv, header true)
\\set ins 'insert into cost_evidence ($EVIDENCE_COLS, search) select $EVIDENCE_COLS, search from cost_rows'
SQL
        cat <<'SQL'
alter table cost_rows add column search tsvector;
update cost_rows set search = evidence_search_document(metric, place_id, source_id, quote);
vacuum analyze cost_rows;
create table cost_evidence (like evidence including defaults including constraints including indexes including identity);
alter table cost_evidence add foreign key (place_id) references place (id),
    add foreign key (source_id) references source (id);
create function pg_temp.timed(p_sql text) returns numeric language plpgsql as $$
declare t0 timestamptz;
begin
    t0 := clock_timestamp();
    execute p_sql;
    return round(extract(epoch from clock_timestamp() - t0)::numeric * 1000, 1);
end $$;
create function pg_temp.drop_parts(p_what text) returns void language plpgsql as $$
declare x text;
begin
    if p_what = 'fk' then
        for x in select conname from pg_constraint where conrelid = 'cost_evidence'::regclass and contype = 'f' loop
            execute 'alter table cost_evidence drop constraint ' || quote_ident(x);
        end loop;
    else
        for x in select indexrelid::regclass::text from pg_index i join pg_class c on c.oid = i.indexrelid
                 join pg_am a on a.oid = c.relam
                 where indrelid = 'cost_evidence'::regclass and not indisprimary
                   and (a.amname = 'gin') = (p_what = 'gin') loop
            execute 'drop index ' || x;
        end loop;
    end if;
end $$;
checkpoint;
select 'all', pg_temp.timed(:'ins');
truncate cost_evidence;
select 'quote_tsvector', pg_temp.timed('select sum(length(to_tsvector(''english''::regconfig, coalesce(quote, '''')))) from cost_rows');
select 'scan', pg_temp.timed('select sum(length(search)) + sum(length(quote)) from cost_rows');
select pg_temp.drop_parts('gin');
checkpoint;
select 'no_gin', pg_temp.timed(:'ins');
truncate cost_evidence;
select pg_temp.drop_parts('fk');
checkpoint;
select 'no_fk', pg_temp.timed(:'ins');
truncate cost_evidence;
select pg_temp.drop_parts('btree');
checkpoint;
select 'pk_only', pg_temp.timed(:'ins');
drop table cost_rows, cost_evidence;
SQL
    } | PGOPTIONS="-c statement_timeout=${MAX_SECONDS}s -c client_min_messages=warning" \
        psql -X -q -At -v ON_ERROR_STOP=1 -d "$BASE_DB" > "$WORK_DIR/table-cost.txt"
    python3 - "$WORK_DIR/table-cost.txt" "$ROWS" <<'PY'
import sys
rows = int(sys.argv[2])
t = {}
for line in open(sys.argv[1]):
    k, _, v = line.strip().partition("|")
    if v:
        t[k] = float(v)
us = lambda ms: ms * 1000.0 / rows
gin_ms, fk_ms = t["all"] - t["no_gin"], t["no_gin"] - t["no_fk"]
parts = [
    ("the full-text GIN index (evidence_search_place_block_idx, V11; V10 and V1 before)", gin_ms),
    ("the two foreign-key checks (place, source)", fk_ms),
    ("the other indexes (evidence_key_uk, evidence_metric_place_idx, evidence_id_brin)", t["no_fk"] - t["pk_only"]),
    ("heap, WAL and the primary key", t["pk_only"]),
]
print()
print("  table cost: INSERT ... SELECT of the %d rows, search document computed beforehand, into a copy of evidence" % rows)
print("    %-80s %9s %8s" % ("part", "ms", "us/row"))
for name, ms in parts:
    print("    %-80s %9.0f %8.1f" % (name, ms, us(ms)))
print("    %-80s %9.0f %8.1f" % ("insert with all of them", t["all"], us(t["all"])))
q = t["quote_tsvector"] - t["scan"]
print("    %-80s %9.0f %8.1f" % ("the quote's english tsvector, computed alone (not in the rows above)", q, us(q)))
gin, fk = us(gin_ms), us(fk_ms)
floor = us(t["all"]) + us(q)
print("  the table's own cost per row (insert with everything + the quote's tsvector), and the rows/s it allows one")
print("  backend before the import's other steps (reading, checking, staging, places, sources) are paid:")
for name, cost in [("as the schema is", floor), ("without the foreign-key checks", floor - fk),
                   ("without the full-text index and the quote's tsvector", floor - gin - us(q)),
                   ("without both", floor - fk - gin - us(q))]:
    print("    %-60s %6.1f us/row  %8.0f rows/s" % (name, cost, 1e6 / cost))
PY
fi
