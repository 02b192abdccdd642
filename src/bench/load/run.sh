#!/usr/bin/env bash
# =====================================================================================================================
# factcheck mixed-load benchmark (not CI): the packaged service on 1M SYNTHETIC evidence rows (+ the demo data) and
# 100k SYNTHETIC stored claims, under a newsroom's mixed load (wrk + mixed.lua) at 16 and 64 connections, against
# pgbench replaying the SQL the service runs for the same operations, same database, same run.
#
#   src/bench/load/run.sh                                   # 1,000,000 rows, 100,000 claims, 60 s at 16 and 64
#   ROWS=20000 CLAIMS=2000 DURATION=10 src/bench/load/run.sh   # a quick try
#
# Steps
#   1. builds the jar if missing; writes the wrk inputs from the 238 labelled claims (src/test/resources/benchmark);
#      generates ROWS synthetic rows and their synthetic gazetteer (src/bench/generate-synthetic-evidence.py);
#   2. creates database $DB on the system PostgreSQL, starts the service on it (demo data loads), inserts the
#      synthetic places (as import-benchmark.sh PLACE_MODE=preload does), imports the rows through
#      POST /api/v1/evidence/import in requests of CHUNK rows, stores CLAIMS synthetic claims
#      with their match terms (src/bench/claims/MatchBench.java, store only: batched JDBC, about 10x faster than the
#      API, whose every POST runs the engine) and gives them assessments, history and 30 % verdicts in SQL
#      (claims.sql); VACUUM ANALYZE; samples the ids the load reads;
#   3. capture: clones the database (CREATE DATABASE ... TEMPLATE), runs the service on the clone with
#      log_min_duration_statement=0 on its connections only, drives each operation alone (wrk -t1 -c1, CAPTURE s)
#      and turns the logged statements into one pgbench script per operation (report.py scripts; one transaction =
#      one captured request; writing requests replayed inside BEGIN ... ROLLBACK); drops the clone (so the replayed
#      writes meet the same rows as the service's);
#   4. load: the database read into shared_buffers (pg_prewarm; see warm_database), the service on $DB, a WARMUP s
#      warm-up (150 s: after 30 s of this load the JIT compiler still took 44 % of the JVM's CPU, after 150 s about 7 %;
#      the same code measured 296 requests/s after 30 s and 384 after 150 s), then for each of CONNS: wrk -tN -cN -d
#      DURATION (one connection per wrk thread: mixed.lua times every request), with the service's RSS sampled every
#      second and the Agroal acquisition timeouts counted in its log;
#   5. baseline: the service stopped, the database read into shared_buffers again, pgbench -M simple -cN -j2 -T DURATION
#      with the per-operation scripts weighted by the operation counts of the service's first run (so the SQL mix is the
#      same), per-transaction logs (-l);
#   6. prints per-operation throughput, p50/p99, errors, RSS and pool timeouts, the service/pgbench ratios and the
#      issue's targets; with pg_stat_statements loaded in the server (shared_preload_libraries, and
#      pg_stat_statements.track_planning = on to count planning), the service's statements by database time over each
#      measured run. Cleans up on any exit (service by pid, databases, work dir); KEEP=1 keeps them.
#
# Why per-request timing in Lua rather than one wrk run per operation: the operations must share the service (its
# pool, its CPU, the database) as in production, so one mixed run; wrk's own histogram cannot tell operations apart,
# so mixed.lua timestamps each request (clock_gettime via LuaJIT FFI) with one connection per wrk thread, where
# request() and response() strictly alternate. wrk (like the service's clients) waits for each answer before sending
# the next request on a connection (closed loop), so the latencies are those of a saturated system at N clients, not
# of a fixed arrival rate.
#
# Settings: ROWS=1000000 CLAIMS=100000 SEED=42 PORT=18282 DB=factcheck_load_$$ DURATION=60 WARMUP=150 CAPTURE=8
#           CONNS="16 64" CHUNK=100000 (rows per import request) GENERATED= (dir with evidence.csv and places.sql)
#           JAVA_OPTS= KEEP=0 REUSE_DB= (an existing database from KEEP=1: skips step 2)
# Needs: java 17, python3, curl, psql, pgbench, wrk (apt-get install -y wrk; Debian's links LuaJIT), PostgreSQL on
# 127.0.0.1:5432 where root may create databases and read the server log; about 3 GB of disk for the database;
# shared_buffers of 2 GB or more, so that the database fits in it (see warm_database).
# =====================================================================================================================
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../../.." && pwd)"
ROWS="${ROWS:-1000000}"
CLAIMS="${CLAIMS:-100000}"
SEED="${SEED:-42}"
PORT="${PORT:-18282}"
REUSE_DB="${REUSE_DB:-}"
DB="${REUSE_DB:-${DB:-factcheck_load_$$}}"
DURATION="${DURATION:-60}"
WARMUP="${WARMUP:-150}"
CAPTURE="${CAPTURE:-8}"
CONNS="${CONNS:-16 64}"
KEEP="${KEEP:-0}"
CHUNK="${CHUNK:-100000}"
GENERATED="${GENERATED:-}"
KEY="load-bench-admin-key-0123456789"   # stored by the first start; must stay the same for REUSE_DB
export PGHOST=127.0.0.1 PGPORT=5432 PGUSER=root
CLAIMS_JSONL="$ROOT/src/test/resources/benchmark/claims.jsonl"
OPS="check claim_submit claim_similar evidence_search evidence_get claim_get claims_list verdict_get verdict_put"

for tool in java python3 curl psql pgbench wrk; do
    command -v "$tool" >/dev/null || { echo "missing: $tool" >&2; exit 2; }
done
[[ "$DB" =~ ^[a-z_][a-z0-9_]*$ ]] || { echo "DB: lower-case identifier only" >&2; exit 2; }

WORK="$(mktemp -d /tmp/factcheck-load.XXXXXX)"
CAPTURE_DB="${DB}_capture"
DB_CREATED=0
# shellcheck source=../lib/service.sh
source "$ROOT/src/bench/lib/service.sh"

cleanup() {
    local rc=$?
    set +e
    [[ -n "$SVC_PID" ]] && log "stopping the service (pid $SVC_PID)"
    stop_service
    [[ -n "${SAMPLER_PID:-}" ]] && kill "$SAMPLER_PID" 2>/dev/null
    psql_q -d postgres -c "drop database if exists $CAPTURE_DB with (force)" >/dev/null 2>&1
    if [[ "$KEEP" != 1 ]]; then
        [[ "$DB_CREATED" == 1 ]] && psql_q -d postgres -c "drop database if exists $DB with (force)" >/dev/null 2>&1 \
            && log "dropped database $DB"
        rm -rf "$WORK"
    else
        log "KEEP=1: kept $WORK and database $DB (REUSE_DB=$DB skips the loading next time)"
    fi
    exit $rc
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# --- 1. jar and inputs ------------------------------------------------------------------------------------------------
if [[ ! -f "$JAR" ]]; then
    log "building $JAR"
    (cd "$ROOT" && ./mvnw -o -q -B package -DskipTests)
fi
python3 "$ROOT/src/bench/check/capture.py" bodies "$CLAIMS_JSONL" "$WORK/bodies.jsonl" >/dev/null
python3 "$HERE/report.py" inputs "$CLAIMS_JSONL" "$WORK"
SERVER_LOG="$(server_log)"
[[ -r "$SERVER_LOG" ]] || { echo "server log not readable ($SERVER_LOG): cannot capture the service's SQL" >&2; exit 1; }

# --- 2. data ----------------------------------------------------------------------------------------------------------
if [[ -z "$REUSE_DB" ]]; then
    if [[ -n "$GENERATED" ]]; then  # a directory holding evidence.csv and places.sql of an earlier KEEP=1 run
        cp "$GENERATED/evidence.csv" "$GENERATED/places.sql" "$WORK/"
    else
        log "generating $ROWS SYNTHETIC evidence rows (seed $SEED)"
        python3 "$ROOT/src/bench/generate-synthetic-evidence.py" -n "$ROWS" --seed "$SEED" -o "$WORK/evidence.csv" \
            --places-sql "$WORK/places.sql" 2>/dev/null
    fi
    PGOPTIONS="-c client_min_messages=warning" psql_q -d postgres -c "drop database if exists $DB with (force)"
    psql_q -d postgres -c "create database $DB"
    DB_CREATED=1
    start_service load "$DB"
    # the synthetic gazetteer first, as import-benchmark.sh's PLACE_MODE=preload does: an import that creates 5,000
    # places hits the slow LINK_NEW_PLACES plan (src/bench/README.md), which took over 12 minutes on a busy machine
    psql_q -d "$DB" -f "$WORK/places.sql" >/dev/null
    psql_q -d "$DB" -c "analyze place"
    log "importing the synthetic rows through POST /api/v1/evidence/import (places loaded first)"
    # in requests of CHUNK rows, as a newsroom would send its files: each is all or nothing (onError=fail), so a
    # retry after a lost connection is safe, and no single request holds one transaction open for many minutes
    python3 - "$WORK/evidence.csv" "$CHUNK" <<'PY'
import sys
path, chunk = sys.argv[1], int(sys.argv[2])
with open(path, "rb") as f:
    header, n, part, out = f.readline(), 0, 0, None
    for line in f:
        if n % chunk == 0:
            if out:
                out.close()
            part += 1
            out = open("%s.%03d" % (path, part), "wb")
            out.write(header)
        out.write(line)
        n += 1
    out.close()
PY
    rm -f "$WORK/evidence.csv"
    t0=$(date +%s.%N)
    for part in "$WORK"/evidence.csv.*; do
        for attempt in 1 2 3; do
            code=$(curl -sS -o "$WORK/import.json" -w '%{http_code}' --max-time 1800 -X POST -H "Authorization: Bearer $KEY" \
                -H 'Content-Type: text/csv' --data-binary @"$part" "$URL/api/v1/evidence/import?onError=fail") || code=000
            [[ "$code" == 200 ]] && break
            log "import of $(basename "$part") failed (HTTP $code, attempt $attempt): $(head -c 300 "$WORK/import.json" 2>/dev/null)"
        done
        [[ "$code" == 200 ]] || { echo "import failed: HTTP $code" >&2; exit 1; }
        rm -f "$part"
    done
    IMPORT_S=$(elapsed "$t0")
    log "import ${IMPORT_S}s; storing $CLAIMS SYNTHETIC claims (MatchBench.java, store only)"
    t0=$(date +%s.%N)
    java -cp "$ROOT/target/classes:$ROOT/target/quarkus-app/lib/main/*" "$ROOT/src/bench/claims/MatchBench.java" \
        "jdbc:postgresql://$PGHOST:$PGPORT/$DB" "$PGUSER" "$URL" "$KEY" "$CLAIMS" 0 >&2
    psql_q -d "$DB" -f "$HERE/claims.sql"
    CLAIMS_S=$(elapsed "$t0")
    stop_service
    t0=$(date +%s.%N)
    psql_q -d "$DB" -c "vacuum analyze"
    log "claims ${CLAIMS_S}s, vacuum analyze $(elapsed "$t0")s"
else
    IMPORT_S="(reused)"; CLAIMS_S="(reused)"
    log "reusing database $DB"
fi
psql -X -At -d "$DB" -c "select id from evidence order by random() limit 20000" > "$WORK/evidence-ids.txt"
psql -X -At -d "$DB" -c "select id from claim order by random() limit 20000" > "$WORK/claim-ids.txt"
psql -X -At -d "$DB" -c "select claim_id from verdict order by random() limit 20000" > "$WORK/verdict-ids.txt"
psql -X -At -d "$DB" -c "select name from place order by random() limit 500" \
    | python3 -c "import sys, urllib.parse; [print(urllib.parse.quote_plus(l.strip())) for l in sys.stdin if l.strip()]" \
    > "$WORK/places.txt"
COUNTS=$(psql -X -At -F' ' -d "$DB" -c "select (select count(*) from evidence), (select count(*) from claim),
    (select count(*) from verdict), (select count(*) from claim_history), pg_size_pretty(pg_database_size('$DB'))")
log "database $DB: evidence, claims, verdicts, history, size: $COUNTS"
export LOAD_DIR="$WORK" LOAD_KEY="$KEY"

# --- 3. capture the SQL of each operation ------------------------------------------------------------------------------
log "cloning $DB for the capture"
psql_q -d postgres -c "drop database if exists $CAPTURE_DB with (force)" -c "create database $CAPTURE_DB template $DB strategy file_copy"
# every request authenticates with a lookup of its key, the statement report.py splits the log into requests by;
# the measured service trusts a key for 10 s instead, so that lookup is left out of the pgbench scripts
SERVICE_ENV="FACTCHECK_AUTH_KEY_CACHE_TTL=0S" start_service capture "$CAPTURE_DB" "?options=-c%20log_min_duration_statement%3D0"
: > "$WORK/windows.txt"
for op in $OPS; do
    start=$(stat -c %s "$SERVER_LOG")
    LOAD_ONLY=$op LOAD_RUN="capture-$$" LOAD_OUT="$WORK/capture-$op.txt" \
        wrk -t1 -c1 -d"${CAPTURE}s" --timeout 30s -s "$HERE/mixed.lua" "$URL" > "$WORK/wrk-capture-$op.txt" 2>&1
    sleep 0.5
    echo "$op $start $(stat -c %s "$SERVER_LOG")" >> "$WORK/windows.txt"
done
stop_service
psql_q -d postgres -c "drop database if exists $CAPTURE_DB with (force)"
log "capture: statements per request (read from $SERVER_LOG)"
python3 "$HERE/report.py" scripts "$SERVER_LOG" "$CAPTURE_DB" "$WORK/windows.txt" "$WORK" > "$WORK/capture.txt"
cat "$WORK/capture.txt" >&2

# --- 4. load ----------------------------------------------------------------------------------------------------------
# The database in PostgreSQL's own cache before each measured part. These VMs page out file-cache pages that no one
# touched for about a minute (a DAMON pageout scheme: `cat /sys/kernel/mm/damon/admin/kdamonds/0/contexts/0/schemes/0/
# action`), so with the stock 128 MB of shared_buffers the rarely read parts of a 1.2 GB database come from disk in
# the middle of a run: one evidence search in about 1,400 requests took 3.5-4 s, and p99 said more about the disk than
# about the service (and pgbench's). pg_prewarm reads every table and index of the database into shared_buffers; it
# only helps when they fit (ALTER SYSTEM SET shared_buffers = '2GB' and a restart), and the report says whether they do.
warm_database() {
    local fits
    fits=$(psql -X -At -d "$DB" -c "select pg_database_size(current_database()) <= pg_size_bytes(current_setting('shared_buffers'))")
    if [[ "$(psql -X -At -d "$DB" -c "select count(*) from pg_available_extensions where name = 'pg_prewarm'")" == 1 ]]; then
        psql_q -d "$DB" -c "create extension if not exists pg_prewarm"
        log "pg_prewarm: $(psql -X -At -d "$DB" -c "select sum(pg_prewarm(c.oid::regclass)) || ' pages of ' || current_database()
            || ' read into shared_buffers (' || current_setting('shared_buffers') || ')' from pg_class c
            where c.relkind in ('r', 'i', 't', 'm') and c.relpersistence = 'p'
              and c.relnamespace not in ('pg_catalog'::regnamespace, 'information_schema'::regnamespace)")"
    fi
    [[ "$fits" == t ]] || log "WARNING: database $DB ($(psql -X -At -d "$DB" -c "select pg_size_pretty(pg_database_size(current_database()))")) is larger than shared_buffers ($(psql -X -At -d "$DB" -c 'show shared_buffers')): parts of it will be read from disk during the runs"
}
warm_database
start_service bench "$DB"
log "warm-up: mixed load, 16 connections, ${WARMUP}s"
LOAD_RUN="warmup-$$" LOAD_OUT="$WORK/timings-warmup.txt" \
    wrk -t16 -c16 -d"${WARMUP}s" --timeout 30s -s "$HERE/mixed.lua" "$URL" > "$WORK/wrk-warmup.txt" 2>&1
rss() { awk '/^VmRSS/ {print $2}' "/proc/$SVC_PID/status"; }
# where the database's time went during a measured run, when the server has pg_stat_statements loaded
# (shared_preload_libraries; track_planning on counts planning too); otherwise nothing is printed
PGSS=0
if [[ "$(psql -X -At -d "$DB" -c "select count(*) from pg_available_extensions where name = 'pg_stat_statements'" 2>/dev/null)" == 1 ]] \
    && psql -X -q -d "$DB" -c "create extension if not exists pg_stat_statements" -c "select 1 from pg_stat_statements limit 1" \
        >/dev/null 2>&1; then
    PGSS=1
fi
pgss_reset() { [[ "$PGSS" == 1 ]] && psql -X -q -At -d "$DB" -c "select pg_stat_statements_reset()" >/dev/null || true; }
pgss_report() {
    [[ "$PGSS" == 1 ]] || return 0
    psql -X -q -d "$DB" > "$1" <<SQL
select round((sum(total_plan_time + total_exec_time) over ())::numeric / 1000, 1) as "all s",
       round((100 * (total_plan_time + total_exec_time) / nullif(sum(total_plan_time + total_exec_time) over (), 0))::numeric, 1) as "%",
       calls, round((total_plan_time / nullif(calls, 0))::numeric, 2) as "plan ms", round((total_exec_time / nullif(calls, 0))::numeric, 2) as "exec ms",
       shared_blks_hit + shared_blks_read as blocks, left(regexp_replace(query, '\s+', ' ', 'g'), 110) as statement
from pg_stat_statements where dbid = (select oid from pg_database where datname = current_database())
order by total_plan_time + total_exec_time desc limit 15;
SQL
}
for c in $CONNS; do
    log "wrk -t$c -c$c -d${DURATION}s (mixed)"
    offset=$(stat -c %s "$WORK/service-bench.log")
    ( while :; do rss >> "$WORK/rss-c$c.txt"; sleep 1; done ) &
    SAMPLER_PID=$!
    pgss_reset
    LOAD_RUN="c$c-$$" LOAD_OUT="$WORK/timings-c$c.txt" \
        wrk -t"$c" -c"$c" -d"${DURATION}s" --timeout 30s -s "$HERE/mixed.lua" "$URL" > "$WORK/wrk-c$c.txt" 2>&1
    pgss_report "$WORK/statements-c$c.txt"
    kill "$SAMPLER_PID"; wait "$SAMPLER_PID" 2>/dev/null || true; SAMPLER_PID=""
    tail -c +"$((offset + 1))" "$WORK/service-bench.log" > "$WORK/service-c$c.log"
    grep -q WRKRESULT "$WORK/wrk-c$c.txt" || { echo "wrk failed:" >&2; cat "$WORK/wrk-c$c.txt" >&2; exit 1; }
    python3 "$HERE/report.py" wrk "$WORK/timings-c$c.txt" "$DURATION" "$WORK/summary-wrk-c$c.json" > "$WORK/table-wrk-c$c.txt"
    cat "$WORK/table-wrk-c$c.txt" >&2
    [[ -s "$WORK/statements-c$c.txt" ]] && cat "$WORK/statements-c$c.txt" >&2
done
curl -s "$URL/q/metrics" > "$WORK/metrics.txt" || true
RSS_END=$(rss)
stop_service

# --- 5. baseline: the same SQL under pgbench ---------------------------------------------------------------------------
first=${CONNS%% *}
weights=$(python3 -c "
import json, sys
s = json.load(open(sys.argv[1]))
print(' '.join('%s@%d' % (op, max(1, s.get(op, {}).get('n', 0))) for op in sys.argv[2].split()))" \
    "$WORK/summary-wrk-c$first.json" "$OPS")
pgb_args=()
for w in $weights; do pgb_args+=(-f "$WORK/${w%@*}.pgbench@${w#*@}"); done
warm_database
log "pgbench warm-up 10s (weights from the service's run: $weights)"
PGOPTIONS="-c client_min_messages=warning" pgbench -n -M simple -c 16 -j 2 -T 10 "${pgb_args[@]}" "$DB" \
    > "$WORK/pgbench-warmup.txt" 2>&1 || { cat "$WORK/pgbench-warmup.txt" >&2; exit 1; }
for c in $CONNS; do
    log "pgbench -M simple -c$c -j2 -T$DURATION"
    (cd "$WORK" && PGOPTIONS="-c client_min_messages=warning" pgbench -n -M simple -c "$c" -j 2 -T "$DURATION" \
        -l --log-prefix="pgblog-c$c" "${pgb_args[@]}" "$DB" > "$WORK/pgbench-c$c.txt" 2>&1) \
        || { cat "$WORK/pgbench-c$c.txt" >&2; exit 1; }
done

# --- 6. report --------------------------------------------------------------------------------------------------------
echo
echo "factcheck mixed-load benchmark  $(date -u '+%Y-%m-%d %H:%M UTC')  $(nproc) cores, $(free -g | awk '/^Mem/ {print $2}') GiB,"\
     "load avg $(cut -d' ' -f1-3 /proc/loadavg)"
echo "  PostgreSQL $(psql -X -At -d postgres -c 'show server_version'), shared_buffers $(psql -X -At -d postgres -c 'show shared_buffers'); $(java -version 2>&1 | head -1); JAVA_OPTS='${JAVA_OPTS:-}'"
echo "  data (SYNTHETIC + demo): evidence, claims, verdicts, history rows, database size: $COUNTS"
echo "  loading: import of $ROWS synthetic rows ${IMPORT_S}s; $CLAIMS synthetic claims + assessments/verdicts ${CLAIMS_S}s"
echo
echo "capture (each operation alone, wrk -t1 -c1 ${CAPTURE}s, on a clone of the database):"
cat "$WORK/capture.txt"
ops_csv=$(for w in $weights; do printf '%s,' "${w%@*}"; done); ops_csv=${ops_csv%,}
for c in $CONNS; do
    echo
    echo "== $c connections, ${DURATION}s"
    echo "  service (wrk -t$c -c$c, mixed.lua; errors = any other status than the operation's success, by status):"
    cat "$WORK/table-wrk-c$c.txt"
    grep WRKRESULT "$WORK/wrk-c$c.txt" | sed 's/^/    wrk: /'
    python3 - "$WORK/rss-c$c.txt" <<'PY'
import sys
v = [int(x) for x in open(sys.argv[1]) if x.strip()]
print("    service RSS during the run: max %.0f MiB, last %.0f MiB (%d samples)" % (max(v) / 1024, v[-1] / 1024, len(v)))
PY
    echo "    Agroal acquisition timeouts in the service log: $(grep -ci 'acquisition timeout' "$WORK/service-c$c.log" || true);" \
         "ERROR lines: $(grep -c ' ERROR ' "$WORK/service-c$c.log" || true)"
    if [[ -s "$WORK/statements-c$c.txt" ]]; then
        echo "  the service's statements by database time (pg_stat_statements over the run; planning included):"
        sed 's/^/    /' "$WORK/statements-c$c.txt"
    fi
    echo "  pgbench (-M simple -c$c -j2, the captured SQL, same mix; one transaction = one request's statements):"
    python3 "$HERE/report.py" pgbench "$WORK/pgblog-c$c" "$DURATION" "$ops_csv" "$WORK/summary-pgb-c$c.json"
    grep -E '^(number of failed|tps)' "$WORK/pgbench-c$c.txt" | sed 's/^/    pgbench: /'
    echo "  service / pgbench:"
    python3 "$HERE/report.py" compare "$WORK/summary-wrk-c$c.json" "$WORK/summary-pgb-c$c.json"
done
echo
echo "service RSS after the runs: $(( RSS_END / 1024 )) MiB; JVM max heap: $(java ${JAVA_OPTS:-} -XX:+PrintFlagsFinal -version 2>/dev/null | awk '/ MaxHeapSize / {printf "%.0f MiB", $4 / 1048576}')"
grep -E '^agroal_' "$WORK/metrics.txt" | sed 's/^/  /' || echo "  (no agroal_* pool metrics at /q/metrics)"
first_summary="$WORK/summary-wrk-c$first.json"
python3 - "$first_summary" "$first" "$WORK/rss-c$first.txt" "$WORK/service-c$first.log" <<'PY'
import json, sys
s = json.load(open(sys.argv[1]))
conns = sys.argv[2]
rss = max(int(x) for x in open(sys.argv[3]) if x.strip()) / 1024
timeouts = sum(1 for l in open(sys.argv[4], errors="replace") if "acquisition timeout" in l.lower())
errors = sum(s["ALL"]["errors"].values())
print()
print("targets at %s connections:" % conns)
print("  zero errors:                  %s (%d)" % ("MET" if errors == 0 else "MISSED", errors))
slow = {op: o["p99"] for op, o in s.items() if op != "ALL" and o["p99"] >= 100}
print("  p99 < 100 ms per operation:   %s%s" % ("MET" if not slow else "MISSED",
      "" if not slow else " (" + ", ".join("%s %.0f ms" % kv for kv in sorted(slow.items(), key=lambda kv: -kv[1])) + ")"))
print("  RSS < 512 MiB:                %s (max %.0f MiB)" % ("MET" if rss < 512 else "MISSED", rss))
print("  no pool timeouts:             %s (%d)" % ("MET" if timeouts == 0 else "MISSED", timeouts))
PY
