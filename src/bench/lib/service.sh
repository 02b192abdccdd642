# Shell helpers for the benchmarks that run the packaged service (source it; bash). Used by src/bench/load/run.sh
# and src/bench/check/run.sh.
# Expects: ROOT (the checkout), WORK (a work dir), PORT, DB, KEY; PGHOST/PGPORT/PGUSER exported.
# Sets SVC_PID while a service runs; stop_service stops it by that pid only.

JAR="${JAR:-$ROOT/target/quarkus-app/quarkus-run.jar}"
URL="http://127.0.0.1:$PORT"
SVC_PID=""

log() { printf '[%(%H:%M:%S)T] %s\n' -1 "$*" >&2; }
psql_q() { psql -X -q -v ON_ERROR_STOP=1 "$@"; }
elapsed() { python3 -c "import sys; print('%.1f' % (float(sys.argv[2]) - float(sys.argv[1])))" "$1" "$(date +%s.%N)"; }

stop_service() {
    if [[ -n "$SVC_PID" ]] && kill -0 "$SVC_PID" 2>/dev/null; then
        kill "$SVC_PID"
        for _ in $(seq 1 30); do kill -0 "$SVC_PID" 2>/dev/null || break; sleep 1; done
        kill -0 "$SVC_PID" 2>/dev/null && kill -9 "$SVC_PID"
        wait "$SVC_PID" 2>/dev/null || true
    fi
    SVC_PID=""
}

# start_service NAME DATABASE [extra JDBC URL query]: java -jar against DATABASE on PGHOST, HTTP on 127.0.0.1:$PORT,
# log in $WORK/service-NAME.log; waits up to 240 s for /q/health/ready. The per-key rate limit is off: one key sends
# every benchmark request, and the limiter would answer most of them 429. JAVA_OPTS and SERVICE_ENV (VAR=value ...)
# are passed on.
start_service() {
    local name=$1 db=$2 q=${3:-}
    if curl -s -o /dev/null "$URL/q/health/live"; then echo "something already listens on 127.0.0.1:$PORT" >&2; exit 2; fi
    (
        cd "$WORK"
        # shellcheck disable=SC2086
        exec env QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://$PGHOST:$PGPORT/$db$q" QUARKUS_DATASOURCE_USERNAME="$PGUSER" \
            QUARKUS_DATASOURCE_PASSWORD= FACTCHECK_BOOTSTRAP_ADMIN_KEY="$KEY" PORT="$PORT" QUARKUS_HTTP_HOST=127.0.0.1 \
            FACTCHECK_RATE_LIMIT_ENABLED=false \
            ${SERVICE_ENV:-} java ${JAVA_OPTS:-} -jar "$JAR"
    ) > "$WORK/service-$name.log" 2>&1 &
    SVC_PID=$!
    for i in $(seq 1 480); do
        curl -sf -o /dev/null "$URL/q/health/ready" && break
        if ! kill -0 "$SVC_PID" 2>/dev/null; then
            tail -30 "$WORK/service-$name.log" >&2; SVC_PID=""; echo "the service exited before it was ready" >&2; exit 1
        fi
        (( i == 480 )) && { tail -30 "$WORK/service-$name.log" >&2; echo "service not ready in 240 s" >&2; exit 1; }
        sleep 0.5
    done
    log "service ($name, database $db) ready, pid $SVC_PID"
}

# The server log that log_min_duration_statement writes to (Debian: /var/log/postgresql/postgresql-<ver>-main.log)
server_log() {
    local f
    f="$(psql -X -At -d postgres -c "select coalesce(current_setting('data_directory') || '/' || pg_current_logfile(), '')")"
    if [[ -z "$f" || ! -r "$f" ]]; then
        f="/var/log/postgresql/postgresql-$(( $(psql -X -At -d postgres -c 'show server_version_num') / 10000 ))-main.log"
    fi
    echo "$f"
}
