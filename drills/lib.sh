# Shared helpers for the drills: a throw-away PostgreSQL cluster of their own (never the machine's shared server),
# the packaged app started against it, and small assertions. Source it; don't run it.
set -euo pipefail

DRILLS_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$DRILLS_DIR/.." && pwd)
WORK=${DRILLS_WORK:-$(mktemp -d /tmp/kzcz-drill.XXXXXX)}
PG_BIN=${PG_BIN:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)}
free_port() { python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
PG_PORT=${PG_PORT:-$(free_port)}
APP_PORT=${APP_PORT:-$(free_port)}
ADMIN_KEY="kzcz_drill-$(head -c 12 /dev/urandom | od -An -tx1 | tr -d ' \n')"
BASE="http://127.0.0.1:$APP_PORT"
JAVA=$("$ROOT/.ci/find-java")
JAR=$(ls "$ROOT"/target/kzcz-relations-*.jar 2>/dev/null | grep -v plain | head -1 || true)
APP_PID=""

log() { printf '[%s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
fail() { log "FAIL: $*"; exit 1; }
now_ms() { date +%s%3N; }

# PostgreSQL refuses to run as root: run its commands as the postgres user when we are root.
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

pg_init() {
  mkdir -p "$WORK/pg"
  [ "$(id -u)" = 0 ] && chown postgres "$WORK" "$WORK/pg"
  as_pg "$PG_BIN/initdb" -D "$WORK/pg/data" -A trust -U postgres >/dev/null
  pg_start
  psql -h 127.0.0.1 -p "$PG_PORT" -U postgres -qc "create database kzcz" >/dev/null
}
pg_start() {
  as_pg "$PG_BIN/pg_ctl" -D "$WORK/pg/data" -l "$WORK/pg/log" -w \
    -o "-p $PG_PORT -k $WORK/pg -c listen_addresses=127.0.0.1 -c fsync=on" start >/dev/null
}
pg_stop() { as_pg "$PG_BIN/pg_ctl" -D "$WORK/pg/data" -m fast -w stop >/dev/null; }
sql() { psql -h 127.0.0.1 -p "$PG_PORT" -U postgres -d kzcz -qAtc "$1"; }

app_start() {
  [ -n "$JAR" ] || fail "no packaged jar: run ./mvnw -DskipTests package first"
  SPRING_DATASOURCE_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/kzcz" SPRING_DATASOURCE_USERNAME=postgres \
    APP_SECURITY_BOOTSTRAP_ADMIN_KEY="$ADMIN_KEY" APP_RATE_LIMIT_ENABLED=false \
    "$JAVA" -Xmx512m -jar "$JAR" --server.port="$APP_PORT" "$@" >>"$WORK/app.log" 2>&1 &
  APP_PID=$!
  wait_ready "${APP_READY_SECONDS:-90}" || { tail -40 "$WORK/app.log" >&2; fail "the app did not become ready"; }
}
wait_ready() {
  local deadline=$(( $(date +%s) + $1 ))
  while [ "$(date +%s)" -lt "$deadline" ]; do
    curl -fsS -o /dev/null "$BASE/actuator/health/readiness" 2>/dev/null && return 0
    sleep 0.2
  done
  return 1
}
curator_key() {
  curl -fsS -X POST "$BASE/api/v1/admin/api-keys" -H "X-API-Key: $ADMIN_KEY" -H 'Content-Type: application/json' \
    -d '{"name":"drill curator","role":"CURATOR"}' | sed -E 's/.*"secret":"([^"]+)".*/\1/'
}

cleanup() {
  local status=$?
  # || true: an app that already died must not stop the clean-up (set -e) and leave the cluster running.
  [ -n "$APP_PID" ] && kill -9 "$APP_PID" 2>/dev/null || true
  [ -d "$WORK/pg/data" ] && pg_stop 2>/dev/null
  [ -z "${DRILLS_KEEP:-}" ] && rm -rf "$WORK"
  exit "$status"
}
trap cleanup EXIT
