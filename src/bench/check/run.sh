#!/usr/bin/env bash
# =====================================================================================================================
# factcheck claim-check speed benchmark: POST /api/v1/checks (wrk) against pgbench running the engine's own candidate
# queries (metrics + series, captured from the service) for the same 238 labelled claims, same server, same run.
#
#   src/bench/check/run.sh                    # 1,000,000 synthetic rows + the demo data, 30 s runs at 16 connections
#   ROWS=100000 DURATION=10 src/bench/check/run.sh
#
# Steps: builds the jar if missing; creates a fresh database; starts the service on it (demo data loads); loads the
# synthetic gazetteer (psql); imports ROWS SYNTHETIC rows through POST /api/v1/evidence/import (timed); VACUUM ANALYZE; restarts the service with
# log_min_duration_statement=0 on its connections only (JDBC `options`), POSTs every claim once and reads the SQL and
# parameters from the server log (capture.py -> pgbench script with literal values, one transaction = one claim's
# candidate queries, claims picked uniformly as wrk cycles uniformly); restarts the service without logging; warms up
# (wrk, with a few jcmd Thread.print samples); then wrk -c16 (-t2, DURATION s), pgbench -c16 -j2 -M prepared
# (DURATION s; each captured query planned once per connection, as the service's generic plans are), wrk -c1 and pgbench -c1 (DURATION/3 s each) for the unloaded latencies; prints the figures, the ratio
# and EXPLAIN (ANALYZE, BUFFERS) of the slowest and the median metrics query and the slowest series query.
# Cleans up on any exit: stops the service (by pid) and drops the database (KEEP=1 keeps them and the work dir).
#
# Settings: ROWS=1000000 SEED=42 PORT=18181 DB=factcheck_checkbench_$$ DURATION=30 WARMUP=15 CONNS=16
#           JAVA_OPTS= KEEP=0 PROFILE=1 (jcmd samples during the warm-up) JAR=target/quarkus-app/quarkus-run.jar
#           PGBENCH_MODE=prepared (or extended: every query planned at every execution)
#           REUSE=1 with DB=name: use that database as it is if it exists (left by KEEP=1: no generation, no import,
#           never dropped); otherwise it is created as usual and kept
# Needs: java 17, python3, curl, psql, pgbench, wrk (apt-get install -y wrk), PostgreSQL on 127.0.0.1:5432 where
# root may create databases and read the server log (Debian: /var/log/postgresql/postgresql-<ver>-main.log).
# Load: 127.0.0.1 only, every run bounded in time.
# =====================================================================================================================
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../../.." && pwd)"
ROWS="${ROWS:-1000000}"
SEED="${SEED:-42}"
PORT="${PORT:-18181}"
DB="${DB:-factcheck_checkbench_$$}"
DURATION="${DURATION:-30}"
WARMUP="${WARMUP:-15}"
CONNS="${CONNS:-16}"
KEEP="${KEEP:-0}"
REUSE="${REUSE:-0}"
PGBENCH_MODE="${PGBENCH_MODE:-prepared}"
PROFILE="${PROFILE:-1}"
JAVA_OPTS="${JAVA_OPTS:-}"
KEY="checkbench-admin-key-$RANDOM$RANDOM-0123456789"
export PGHOST=127.0.0.1 PGPORT=5432 PGUSER=root
CLAIMS="$ROOT/src/test/resources/benchmark/claims.jsonl"

for tool in java python3 curl psql pgbench wrk; do
    command -v "$tool" >/dev/null || { echo "missing: $tool" >&2; exit 2; }
done
[[ "$DB" =~ ^[a-z_][a-z0-9_]*$ ]] || { echo "DB: lower-case identifier only" >&2; exit 2; }

WORK="$(mktemp -d /tmp/factcheck-checkbench.XXXXXX)"
DB_CREATED=0
# shellcheck source=../lib/service.sh
source "$ROOT/src/bench/lib/service.sh"
cleanup() {
    local rc=$?
    set +e
    [[ -n "$SVC_PID" ]] && log "stopping the service (pid $SVC_PID)"
    stop_service
    if [[ "$KEEP" != 1 ]]; then
        [[ "$DB_CREATED" == 1 ]] && psql_q -d postgres -c "drop database if exists $DB with (force)" >/dev/null 2>&1 \
            && log "dropped database $DB"
        rm -rf "$WORK"
    else
        log "KEEP=1: kept $WORK and database $DB"
    fi
    exit $rc
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# --- 1. jar, data, database, service, import ---------------------------------------------------------------------------
if [[ ! -f "$JAR" ]]; then
    log "building $JAR"
    (cd "$ROOT" && mvn -o -q package -DskipTests)
fi
python3 "$HERE/capture.py" bodies "$CLAIMS" "$WORK/bodies.jsonl" >/dev/null
NCLAIMS=$(wc -l < "$WORK/bodies.jsonl")
SERVER_LOG="$(psql -X -At -d postgres -c "select coalesce(current_setting('data_directory') || '/' || pg_current_logfile(), '')")"
if [[ -z "$SERVER_LOG" || ! -r "$SERVER_LOG" ]]; then
    SERVER_LOG="/var/log/postgresql/postgresql-$(( $(psql -X -At -d postgres -c 'show server_version_num') / 10000 ))-main.log"
fi
[[ -r "$SERVER_LOG" ]] || { echo "server log not readable ($SERVER_LOG): cannot capture the engine's SQL" >&2; exit 1; }
if [[ "$REUSE" == 1 ]] && psql -X -At -d postgres -c "select 1 from pg_database where datname = '$DB'" | grep -q 1; then
    TOTAL_ROWS=$(psql -X -At -d "$DB" -c "select count(*) from evidence")
    DEMO_ROWS=$(psql -X -At -d "$DB" -c "select count(*) from evidence e join source s on s.id = e.source_id
        where s.publisher <> 'SYNTHETIC benchmark data - not real statistics'")
    ROWS=$(( TOTAL_ROWS - DEMO_ROWS )); IMPORT_S="(reused)"; VACUUM_S="(reused)"
    log "REUSE=1: database $DB as it is ($DEMO_ROWS demo + $ROWS synthetic evidence rows)"
else
[[ "$REUSE" == 1 ]] && KEEP=1
log "generating $ROWS SYNTHETIC evidence rows (seed $SEED)"
python3 "$ROOT/src/bench/generate-synthetic-evidence.py" -n "$ROWS" --seed "$SEED" -o "$WORK/evidence.csv" \
    --places-sql "$WORK/places.sql" 2>/dev/null

PGOPTIONS="-c client_min_messages=warning" psql_q -d postgres -c "drop database if exists $DB with (force)"
psql_q -d postgres -c "create database $DB"
DB_CREATED=1

start_service load "$DB"
DEMO_ROWS=$(psql -X -At -d "$DB" -c "select count(*) from evidence")
# the synthetic gazetteer first (kinds, parents), so the import resolves every place rather than creating them
psql_q -d "$DB" -f "$WORK/places.sql" >/dev/null
psql_q -d "$DB" -c "analyze place" >/dev/null
log "demo data: $DEMO_ROWS evidence rows; synthetic places loaded; importing $ROWS synthetic rows"
t0=$(date +%s.%N)
code=$(curl -sS -o "$WORK/import.json" -w '%{http_code}' --max-time 1200 -X POST -H "Authorization: Bearer $KEY" \
    -H 'Content-Type: text/csv' --data-binary @"$WORK/evidence.csv" "$URL/api/v1/evidence/import?onError=fail" 2>"$WORK/curl-import.err") || { tail -5 "$WORK/curl-import.err" >&2; code=000; }
t1=$(date +%s.%N)
if [[ "$code" != 200 ]]; then
    echo "import failed after $(python3 -c "import sys; print('%.1f' % (float(sys.argv[2]) - float(sys.argv[1])))" "$t0" "$t1") s: HTTP $code $(head -c 800 "$WORK/import.json" 2>/dev/null)" >&2
    echo "--- service log (tail) ---" >&2; tail -40 "$WORK/service-load.log" >&2; exit 1
fi
IMPORT_S=$(python3 -c "import sys; print('%.1f' % (float(sys.argv[2]) - float(sys.argv[1])))" "$t0" "$t1")
TOTAL_ROWS=$(psql -X -At -d "$DB" -c "select count(*) from evidence")
log "import: ${IMPORT_S}s; evidence rows now $TOTAL_ROWS"
rm -f "$WORK/evidence.csv"
t0=$(date +%s.%N)
psql_q -d "$DB" -c "vacuum analyze"
VACUUM_S=$(python3 -c "import sys; print('%.1f' % (float(sys.argv[2]) - float(sys.argv[1])))" "$t0" "$(date +%s.%N)")
stop_service
fi

# --- 2. capture the engine's SQL ---------------------------------------------------------------------------------------
start_service capture "$DB" "?options=-c%20log_min_duration_statement%3D0"
log "capture: POSTing each of the $NCLAIMS claims once (statements read from $SERVER_LOG)"
python3 "$HERE/capture.py" capture "$URL" "$KEY" "$WORK/bodies.jsonl" "$SERVER_LOG" "$DB" "$WORK" > "$WORK/capture.txt"
stop_service
QPC=$(python3 -c "import json,sys; print(json.load(open(sys.argv[1]))['queries_per_check'])" "$WORK/summary.json")

# --- 3. load ----------------------------------------------------------------------------------------------------------
start_service bench "$DB"
export CHECK_BODIES="$WORK/bodies.jsonl" CHECK_KEY="$KEY"
log "warm-up: wrk -c$CONNS ${WARMUP}s"
jsample() { # PREFIX: 8 jcmd Thread.print samples, 1 s apart, of the service
    [[ "$PROFILE" == 1 ]] && command -v jcmd >/dev/null || return 0
    for s in $(seq 1 8); do jcmd "$SVC_PID" Thread.print > "$WORK/$1-$s.txt" 2>>"$WORK/jcmd.err" || true; sleep 1; done
}
wrk -t2 -c"$CONNS" -d"${WARMUP}s" -s "$HERE/checks.lua" "$URL" > "$WORK/wrk-warmup.txt" 2>&1 &
WRK_PID=$!
sleep 3; jsample warmup
wait "$WRK_PID" || true

jcpu() { awk '{print $14 + $15}' "/proc/$SVC_PID/stat"; }  # JVM CPU in clock ticks
log "wrk -t2 -c$CONNS -d${DURATION}s --latency"
bpids=$(psql -X -At -d postgres -c "select pid from pg_stat_activity where datname = '$DB' and pid <> pg_backend_pid()")
bcpu() { local t=0 p; for p in $bpids; do [[ -r /proc/$p/stat ]] && t=$(( t + $(awk '{print $14 + $15}' "/proc/$p/stat") )); done; echo $t; }
c0=$(jcpu); b0=$(bcpu)
wrk -t2 -c"$CONNS" -d"${DURATION}s" --latency -s "$HERE/checks.lua" "$URL" > "$WORK/wrk-c$CONNS.txt" 2>&1
JVM_TICKS=$(( $(jcpu) - c0 )); DB_TICKS=$(( $(bcpu) - b0 ))
SHORT=$(( DURATION / 3 > 5 ? DURATION / 3 : 5 ))
log "wrk -t1 -c1 -d${SHORT}s"
wrk -t1 -c1 -d"${SHORT}s" --latency -s "$HERE/checks.lua" "$URL" > "$WORK/wrk-c1.txt" 2>&1
if [[ "$PROFILE" == 1 ]]; then
    log "profile (not measured): wrk -c$CONNS 12s with 8 jcmd Thread.print samples"
    wrk -t2 -c"$CONNS" -d12s -s "$HERE/checks.lua" "$URL" > "$WORK/wrk-profile.txt" 2>&1 &
    WRK_PID=$!
    sleep 2; jsample steady
    wait "$WRK_PID" || true
fi
stop_service   # the service is idle during pgbench anyway; stopping it frees its CPU and pool for the baseline

xacts() { psql -X -At -d postgres -c "select pg_stat_force_next_flush(); select xact_commit + xact_rollback from pg_stat_database where datname = '$DB'" | tail -1; }
pgb() { # pgbench CONNS JOBS SECONDS OUT; prints queries executed (from pg_stat_database: one autocommit xact each)
    local x0 x1
    x0=$(xacts)
    PGOPTIONS="-c client_min_messages=warning" pgbench -n -M "$PGBENCH_MODE" -c "$1" -j "$2" -T "$3" -f "$WORK/checks.pgbench" "$DB" > "$4" 2>&1
    sleep 1.5
    x1=$(xacts)
    echo $(( x1 - x0 - 1 ))
}
log "pgbench warm-up 5s"
PGOPTIONS="-c client_min_messages=warning" pgbench -n -M "$PGBENCH_MODE" -c "$CONNS" -j 2 -T 5 -f "$WORK/checks.pgbench" "$DB" > "$WORK/pgbench-warmup.txt" 2>&1
log "pgbench -n -M $PGBENCH_MODE -c$CONNS -j2 -T$DURATION"
PGQ16=$(pgb "$CONNS" 2 "$DURATION" "$WORK/pgbench-c$CONNS.txt")
log "pgbench -c1 -T$SHORT"
PGQ1=$(pgb 1 1 "$SHORT" "$WORK/pgbench-c1.txt")

for f in "$WORK"/explain-*.sql; do
    psql -X -d "$DB" -f "$f" > "${f%.sql}.txt" 2>&1 || true
done

# --- 4. report --------------------------------------------------------------------------------------------------------
echo
echo "factcheck claim-check benchmark  $(date -u '+%Y-%m-%d %H:%M UTC')  $(nproc) cores, load avg $(cut -d' ' -f1-3 /proc/loadavg)"
echo "  PostgreSQL $(psql -X -At -d postgres -c 'show server_version'); $(java -version 2>&1 | head -1); DB $DB"
if [[ "$IMPORT_S" == "(reused)" ]]; then
    echo "  evidence rows: $DEMO_ROWS demo + $ROWS SYNTHETIC = $TOTAL_ROWS (REUSE=1: database reused as it was)"
else
    echo "  evidence rows: $DEMO_ROWS demo + $ROWS SYNTHETIC = $TOTAL_ROWS; import of the synthetic rows ${IMPORT_S}s ($(python3 -c "print('%.0f' % ($ROWS / $IMPORT_S))") rows/s); vacuum analyze ${VACUUM_S}s"
fi
echo
echo "capture (log_min_duration_statement = 0 on the service's connections only):"
cat "$WORK/capture.txt"
echo
for f in "$WORK/wrk-c$CONNS.txt" "$WORK/wrk-c1.txt"; do grep -q WRKRESULT "$f" || { echo "wrk failed:"; cat "$f"; exit 1; }; done
for f in "$WORK/pgbench-c$CONNS.txt" "$WORK/pgbench-c1.txt"; do grep -q '^tps' "$f" || { echo "pgbench failed:"; cat "$f"; exit 1; }; done
python3 - "$WORK" "$CONNS" "$DURATION" "$SHORT" "$QPC" "$PGQ16" "$PGQ1" "$JVM_TICKS" "$(getconf CLK_TCK)" "$DB_TICKS" <<'PY'
import re, sys
work, conns, dur, short, qpc, pgq16, pgq1, ticks, hz, dbticks = sys.argv[1:]
qpc, pgq16, pgq1 = float(qpc), int(pgq16), int(pgq1)
def wrk(f):
    line = [l for l in open(f) if l.startswith("WRKRESULT")][0]
    return {k: float(v) for k, v in (kv.split("=") for kv in line.split()[1:])}
def pgb(f):
    t = open(f).read()
    tps = float(re.search(r"^tps = ([0-9.]+)", t, re.M).group(1))
    lat = float(re.search(r"^latency average = ([0-9.]+) ms", t, re.M).group(1))
    n = int(re.search(r"^number of transactions actually processed: (\d+)", t, re.M).group(1))
    failed = re.search(r"^number of failed transactions: (\d+)", t, re.M)
    return tps, lat, n, int(failed.group(1)) if failed else 0, t
w16, w1 = wrk("%s/wrk-c%s.txt" % (work, conns)), wrk("%s/wrk-c1.txt" % work)
tps16, lat16, n16, f16, _ = pgb("%s/pgbench-c%s.txt" % (work, conns))
tps1, lat1, n1, f1, _ = pgb("%s/pgbench-c1.txt" % work)
qps16 = pgq16 / float(dur)
qps1 = pgq1 / float(short)
for name, w in (("c%s" % conns, w16), ("c1", w1)):
    print("service  wrk -%s: %.1f checks/s  p50 %.2f ms  p90 %.2f ms  p99 %.2f ms  max %.2f ms  mean %.2f ms  "
          "errors: non-2xx %d, socket %d  (%d requests)" % (name, w["rps"], w["p50_ms"], w["p90_ms"], w["p99_ms"],
          w["max_ms"], w["mean_ms"], w["non2xx"], w["connect_err"] + w["read_err"] + w["write_err"] + w["timeout_err"],
          w["requests"]))
print("pgbench -c%s: %.1f queries/s (%d queries counted in pg_stat_database), mean %.3f candidate queries per check ->"
      " %.1f checks/s equivalent (queries/s / mean); pgbench tps (1 tx = 1 claim's queries) %.1f, latency avg %.2f ms"
      " per check, failed %d" % (conns, qps16, pgq16, qpc, qps16 / qpc, tps16, lat16, f16))
print("pgbench -c1:  %.1f queries/s -> %.1f checks/s equivalent; tps %.1f, latency avg %.2f ms per check"
      % (qps1, qps1 / qpc, tps1, lat1))
ratio = w16["rps"] / (qps16 / qpc)
print("CPU during wrk -c%s: JVM %.1f s = %.2f ms per check; the service's PostgreSQL backends %.1f s = %.2f ms per check"
      % (conns, int(ticks) / int(hz), int(ticks) / int(hz) * 1000 / w16["requests"], int(dbticks) / int(hz),
         int(dbticks) / int(hz) * 1000 / w16["requests"]))
print()
print("ratio service/pgbench at %s connections: %.3f (checks/s / per-check-equivalent; vs pgbench tps: %.3f)"
      % (conns, ratio, w16["rps"] / tps16))
print("unloaded: service mean %.2f ms per check (wrk -c1) vs DB work %.2f ms per check (pgbench -c1) -> %.2f ms outside"
      " the candidate queries" % (w1["mean_ms"], lat1, w1["mean_ms"] - lat1))
print("target p99 < 50 ms at %s connections: %s (p99 %.2f ms)" % (conns, "MET" if w16["p99_ms"] < 50 else
      "MISSED by %.2f ms" % (w16["p99_ms"] - 50), w16["p99_ms"]))
print("target throughput >= 0.5 x pgbench:  %s (%.3f)" % ("MET" if ratio >= 0.5 else "MISSED", ratio))
PY
echo
echo "wrk -c$CONNS output:"; sed 's/^/  /' "$WORK/wrk-c$CONNS.txt"
echo "pgbench -c$CONNS output:"; grep -v '^pgbench (' "$WORK/pgbench-c$CONNS.txt" | sed 's/^/  /'
for phase in warmup steady; do
    compgen -G "$WORK/$phase-*.txt" >/dev/null || continue
    echo
    echo "jcmd Thread.print, 8 samples during the $phase wrk -c$CONNS run: request threads (executor-thread-*) by state"
    python3 - "$WORK" "$phase" <<'PY'
import glob, re, sys, collections
state, top, own, eng = collections.Counter(), collections.Counter(), collections.Counter(), collections.Counter()
for f in glob.glob("%s/%s-*.txt" % (sys.argv[1], sys.argv[2])):
    for block in open(f).read().split("\n\n"):
        if not block.lstrip().startswith('"executor-thread'):
            continue
        frames = re.findall(r"^\s+at (\S+)", block, re.M)
        if not any(x.startswith("org.factcheck") for x in frames):
            state["idle (no request)"] += 1
            continue
        if any(x.startswith("org.postgresql") for x in frames[:12]) and frames[0].startswith(("sun.nio.ch.Net.poll", "sun.nio.ch.SocketDispatcher", "java.net.SocketInputStream", "sun.nio.ch.NioSocketImpl")):
            state["waiting for PostgreSQL (socket read)"] += 1
        elif "io.agroal" in block and ("LockSupport.park" in block or "State: WAITING" in block or "TIMED_WAITING" in block):
            state["waiting for a pooled connection"] += 1
        elif "State: RUNNABLE" in block:
            state["running Java"] += 1
            top[frames[0]] += 1
            own[next(x for x in frames if x.startswith("org.factcheck"))] += 1
            e = next((x for x in frames if x.startswith("org.factcheck.engine")), None)
            if e: eng[e] += 1
        else:
            state["other blocked: " + frames[0]] += 1
for k, v in state.most_common(): print("   %4d  %s" % (v, k))
print("  running Java, top frame:")
for k, v in top.most_common(10): print("   %4d  %s" % (v, k))
print("  running Java, innermost org.factcheck frame:")
for k, v in own.most_common(10): print("   %4d  %s" % (v, k))
print("  running Java, innermost org.factcheck.engine frame:")
for k, v in eng.most_common(10): print("   %4d  %s" % (v, k))
PY
done
for f in "$WORK"/explain-*.txt; do
    echo
    echo "== $(basename "$f" .txt)  ($(head -1 "${f%.txt}.sql"))"
    cat "$f"
done
