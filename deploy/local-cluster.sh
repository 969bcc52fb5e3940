#!/usr/bin/env bash
# Three replicas of the packaged jar behind HAProxy, over one throw-away PostgreSQL cluster, on this machine and
# without Docker (docker-compose.yml runs the same topology with containers; both read deploy/haproxy.cfg).
#
#   deploy/local-cluster.sh up            PostgreSQL, the three replicas (started together), HAProxy; prints the
#                                         addresses (and the admin key, when one was generated)
#   deploy/local-cluster.sh status        each replica's process, readiness, and state in HAProxy
#   deploy/local-cluster.sh restart N     replica N drains (SIGTERM: readiness DOWN, in-flight requests complete),
#                                         exits, starts again and is back in HAProxy
#   deploy/local-cluster.sh stop N | start N | kill N (kill -9)
#   deploy/local-cluster.sh lb-restart    HAProxy again, with the environment of now (its budgets start afresh)
#   deploy/local-cluster.sh down          everything stops; the data stays in CLUSTER_DIR unless CLUSTER_CLEAN=true
#
# Needs: the packaged jar (./mvnw -DskipTests package), a JDK 21+, PostgreSQL's server binaries (PG_BIN, default
# /usr/lib/postgresql/15/bin) and haproxy (apt-get install haproxy).
# Settings: CLUSTER_DIR (default /tmp/kzcz-cluster), CLUSTER_BASE_PORT (default 19700: PostgreSQL on +0,
# replicas on +11, +12, +13, HAProxy on +80, its statistics on +81), APP_SECURITY_BOOTSTRAP_ADMIN_KEY (passed on),
# RATE_LIMIT_ANONYMOUS_PER_MINUTE and RATE_LIMIT_KEY_PER_MINUTE (HAProxy's budgets), TRUSTED_PROXIES (whose
# X-Forwarded-For HAProxy believes), APP_HEAP (default 384m), CLUSTER_READY_SECONDS (how long a start may take,
# default 600).
set -euo pipefail

DEPLOY_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$DEPLOY_DIR/.." && pwd)
CLUSTER_DIR=${CLUSTER_DIR:-/tmp/kzcz-cluster}
BASE=${CLUSTER_BASE_PORT:-19700}
PG_PORT=$BASE
LB_PORT=$((BASE + 80))
STATS_PORT=$((BASE + 81))
PG_BIN=${PG_BIN:-/usr/lib/postgresql/15/bin}
REPLICAS=(1 2 3)

app_port() { echo $((BASE + 10 + $1)); }
say() { printf '[%s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
die() { say "ERROR: $*"; exit 1; }
# PostgreSQL refuses to run as root: its commands run as the postgres user when we are root.
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

pg_up() {
  mkdir -p "$CLUSTER_DIR/pg"
  [ "$(id -u)" = 0 ] && chown postgres "$CLUSTER_DIR" "$CLUSTER_DIR/pg"
  if [ ! -d "$CLUSTER_DIR/pg/data" ]; then
    as_pg "$PG_BIN/initdb" -D "$CLUSTER_DIR/pg/data" -A trust -U postgres >/dev/null
  fi
  as_pg "$PG_BIN/pg_ctl" -D "$CLUSTER_DIR/pg/data" -l "$CLUSTER_DIR/pg/log" -w \
    -o "-p $PG_PORT -k $CLUSTER_DIR/pg -c listen_addresses=127.0.0.1 -c max_connections=100" start >/dev/null
  if [ "$(psql -h 127.0.0.1 -p "$PG_PORT" -U postgres -qAtc "select count(*) from pg_database where datname = 'kzcz'")" = 0 ]; then
    psql -h 127.0.0.1 -p "$PG_PORT" -U postgres -qc "create database kzcz" >/dev/null
  fi
}

pg_down() {
  [ -f "$CLUSTER_DIR/pg/data/postmaster.pid" ] && as_pg "$PG_BIN/pg_ctl" -D "$CLUSTER_DIR/pg/data" -m fast -w stop >/dev/null
  return 0
}

pid_of() { cat "$CLUSTER_DIR/app$1.pid" 2>/dev/null || true; }
alive() { [ -n "$1" ] && kill -0 "$1" 2>/dev/null; }

app_start() {
  local n=$1 java jar
  java=$("$ROOT/.ci/find-java")
  jar=$(ls "$ROOT"/target/kzcz-relations-*.jar 2>/dev/null | grep -v plain | head -1 || true)
  [ -n "$jar" ] || die "no packaged jar: run ./mvnw -DskipTests package first"
  alive "$(pid_of "$n")" && die "replica $n is already running"
  # Rate limits are HAProxy's (one budget per client across the replicas), and the app trusts X-Forwarded-For
  # from the balancer alone.
  SPRING_DATASOURCE_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/kzcz" SPRING_DATASOURCE_USERNAME=postgres \
    APP_RATE_LIMIT_ENABLED=false SERVER_TOMCAT_REMOTEIP_INTERNAL_PROXIES='127\.0\.0\.1' \
    APP_PUBLIC_BASE_URL="http://127.0.0.1:$LB_PORT" \
    "$java" "-Xmx${APP_HEAP:-384m}" -XX:+UseSerialGC -jar "$jar" --server.port="$(app_port "$n")" \
    >>"$CLUSTER_DIR/app$n.log" 2>&1 &
  echo $! >"$CLUSTER_DIR/app$n.pid"
}

app_ready() { curl -fsS -o /dev/null "http://127.0.0.1:$(app_port "$1")/actuator/health/readiness" 2>/dev/null; }

wait_ready() {
  local n=$1 limit=${CLUSTER_READY_SECONDS:-600} deadline
  deadline=$(( $(date +%s) + limit ))
  while [ "$(date +%s)" -lt "$deadline" ]; do
    app_ready "$n" && return 0
    alive "$(pid_of "$n")" || { tail -30 "$CLUSTER_DIR/app$n.log" >&2; die "replica $n exited"; }
    sleep 0.2
  done
  tail -30 "$CLUSTER_DIR/app$n.log" >&2
  die "replica $n not ready after $limit s"
}

# HAProxy's view of replica N: UP, DOWN, MAINT, ... (from the statistics CSV).
lb_state() {
  curl -fsS "http://127.0.0.1:$STATS_PORT/stats;csv" 2>/dev/null | awk -F, -v s="app$1" '$1 == "replicas" && $2 == s {print $18}'
}

wait_lb_up() {
  local n=$1 deadline=$(( $(date +%s) + 30 ))
  while [ "$(date +%s)" -lt "$deadline" ]; do
    [ "$(lb_state "$n")" = UP ] && return 0
    sleep 0.1
  done
  die "HAProxy did not take replica $n back within 30 s (state $(lb_state "$n"))"
}

app_stop() {
  local n=$1 pid
  pid=$(pid_of "$n")
  alive "$pid" || return 0
  kill -TERM "$pid"
  for _ in $(seq 1 600); do alive "$pid" || return 0; sleep 0.1; done
  die "replica $n did not exit within 60 s of SIGTERM"
}

lb_up() {
  APP1_ADDR="127.0.0.1:$(app_port 1)" APP2_ADDR="127.0.0.1:$(app_port 2)" APP3_ADDR="127.0.0.1:$(app_port 3)" \
    HAPROXY_BIND="127.0.0.1:$LB_PORT" HAPROXY_STATS_BIND="127.0.0.1:$STATS_PORT" \
    haproxy -f "$DEPLOY_DIR/haproxy.cfg" -D -p "$CLUSTER_DIR/haproxy.pid"
}

lb_down() {
  local pid
  pid=$(cat "$CLUSTER_DIR/haproxy.pid" 2>/dev/null || true)
  alive "$pid" || return 0
  # SIGUSR1: a soft stop (stops listening, lets the connections in flight finish), then gone.
  kill -USR1 "$pid"
  for _ in $(seq 1 100); do alive "$pid" || return 0; sleep 0.1; done
  kill -TERM "$pid" 2>/dev/null || true
}

status() {
  for n in "${REPLICAS[@]}"; do
    local pid ready=no
    pid=$(pid_of "$n")
    app_ready "$n" && ready=yes
    printf 'app%s  port %s  pid %-8s alive %-3s ready %-3s haproxy %s\n' "$n" "$(app_port "$n")" "${pid:--}" \
      "$(alive "$pid" && echo yes || echo no)" "$ready" "$(lb_state "$n")"
  done
}

up() {
  command -v haproxy >/dev/null || die "haproxy is not installed (apt-get install haproxy)"
  [ -x "$PG_BIN/initdb" ] || die "no PostgreSQL server binaries in $PG_BIN (set PG_BIN)"
  mkdir -p "$CLUSTER_DIR"
  say "PostgreSQL on 127.0.0.1:$PG_PORT (data in $CLUSTER_DIR/pg)"
  pg_up
  say "three replicas, started together, on ports $(app_port 1), $(app_port 2), $(app_port 3)"
  for n in "${REPLICAS[@]}"; do app_start "$n"; done
  for n in "${REPLICAS[@]}"; do wait_ready "$n"; done
  lb_up
  for n in "${REPLICAS[@]}"; do wait_lb_up "$n"; done
  say "HAProxy on http://127.0.0.1:$LB_PORT (statistics: http://127.0.0.1:$STATS_PORT/stats)"
  local key
  key=$(grep -ho 'keep it safe: [^ ]*' "$CLUSTER_DIR"/app*.log 2>/dev/null | head -1 | sed 's/keep it safe: //' || true)
  [ -n "$key" ] && say "admin key (generated at the first start, shown once): $key"
  return 0
}

down() {
  lb_down
  for n in "${REPLICAS[@]}"; do app_stop "$n" || kill -9 "$(pid_of "$n")" 2>/dev/null || true; done
  pg_down
  [ "${CLUSTER_CLEAN:-false}" = true ] && rm -rf "$CLUSTER_DIR"
  return 0
}

case "${1:-}" in
  up) up ;;
  down) down ;;
  status) status ;;
  start) app_start "$2"; wait_ready "$2"; wait_lb_up "$2" ;;
  stop) app_stop "$2" ;;
  restart) app_stop "$2"; app_start "$2"; wait_ready "$2"; wait_lb_up "$2" ;;
  kill) kill -9 "$(pid_of "$2")" ;;
  lb-restart) lb_down; lb_up; for n in "${REPLICAS[@]}"; do alive "$(pid_of "$n")" && wait_lb_up "$n"; done ;;
  *) sed -n '2,20p' "$0" >&2; exit 2 ;;
esac
