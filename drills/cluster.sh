#!/usr/bin/env bash
# Drill: three replicas of the packaged jar behind HAProxy over one PostgreSQL (deploy/local-cluster.sh).
# Expect: started together on an empty database, one schema, one seed load, one admin key; a write through replica
# A moves the ETags of B and C within 1 s; a rolling restart of all three under load fails no request; kill -9 of
# one under load fails no GET and loses no acknowledged write; one client's budget across the three replicas is
# within 5% of 600 a minute; two clients behind one trusted proxy get a budget each, and an untrusted client
# cannot get more by writing X-Forwarded-For.
set -euo pipefail
DRILLS_DIR=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$DRILLS_DIR/.." && pwd)
CLUSTER="$ROOT/deploy/local-cluster.sh"
export CLUSTER_DIR=${CLUSTER_DIR:-$(mktemp -d /tmp/kzcz-cluster-drill.XXXXXX)}
mkdir -p "$CLUSTER_DIR"
export CLUSTER_BASE_PORT=${CLUSTER_BASE_PORT:-19800}
# HAProxy believes X-Forwarded-For from 127.0.0.1 only, so 127.0.0.2 can play an untrusted client.
export TRUSTED_PROXIES=127.0.0.1/32
# The load phases come from one address; the budget phases restart HAProxy with the real budget.
export RATE_LIMIT_ANONYMOUS_PER_MINUTE=100000000
BUDGET=600
LB="http://127.0.0.1:$((CLUSTER_BASE_PORT + 80))"
app() { echo "http://127.0.0.1:$((CLUSTER_BASE_PORT + 10 + $1))"; }
CLIENT="python3 $DRILLS_DIR/cluster-client.py"
PSQL="psql -h 127.0.0.1 -p $CLUSTER_BASE_PORT -U postgres -d kzcz -qAtc"
HEY_PID=""

log() { printf '[%s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
fail() { log "FAIL: $*"; exit 1; }
cleanup() {
  local status=$?
  [ -n "$HEY_PID" ] && kill "$HEY_PID" 2>/dev/null || true
  "$CLUSTER" down >/dev/null 2>&1 || true
  [ -z "${DRILLS_KEEP:-}" ] && rm -rf "$CLUSTER_DIR"
  exit "$status"
}
trap cleanup EXIT

# Load: hey at a fixed rate (4 workers x 10 req/s), stopped with SIGINT, which prints its summary.
load_start() {
  hey -z 30m -c 4 -q 10 "$LB/api/v1/meetings?size=5" >"$CLUSTER_DIR/$1.hey" 2>&1 &
  HEY_PID=$!
}
# Sets LOAD_OK (answered 200), LOAD_BAD (other statuses) and LOAD_ERRORS (no answer) from hey's summary.
load_stop() {
  kill -INT "$HEY_PID"; wait "$HEY_PID" || true; HEY_PID=""
  local total
  LOAD_OK=$(awk '$1 == "[200]" && $3 == "responses" {n += $2} END {print n + 0}' "$CLUSTER_DIR/$1.hey")
  total=$(awk '$1 ~ /^\[[0-9]+\]$/ && $3 == "responses" {n += $2} END {print n + 0}' "$CLUSTER_DIR/$1.hey")
  LOAD_BAD=$((total - LOAD_OK))
  LOAD_ERRORS=$(awk '/Error distribution/ {e = 1; next} e && $1 ~ /^\[[0-9]+\]$/ {gsub(/[][]/, "", $1); n += $1} END {print n + 0}' "$CLUSTER_DIR/$1.hey")
}

log "== starting three replicas together on an empty database"
start=$(date +%s)
"$CLUSTER" up 2>"$CLUSTER_DIR/up.log" || { cat "$CLUSTER_DIR/up.log" >&2; fail "the cluster did not start"; }
start_s=$(( $(date +%s) - start ))
duplicates=$($PSQL "select count(*) from (select version from flyway_schema_history group by version having count(*) > 1) d")
failed=$($PSQL "select count(*) from flyway_schema_history where not success")
migrations=$($PSQL "select count(*) from flyway_schema_history")
expected=$(ls "$ROOT/src/main/resources/db/migration" "$ROOT/seeds" | grep -c '^V')
# Flyway locks each migration, not the whole run: the replicas may share the work, each migration applied once.
migrating=$(grep -l "Migrating schema" "$CLUSTER_DIR"/app*.log | wc -l)
admins=$($PSQL "select count(*) from api_key where role = 'ADMIN'")
announced=$(grep -l "keep it safe" "$CLUSTER_DIR"/app*.log | wc -l)
[ "$duplicates" = 0 ] && [ "$failed" = 0 ] || fail "schema history has $duplicates duplicate and $failed failed versions"
[ "$migrations" = "$expected" ] || fail "$migrations migrations recorded, $expected expected"
[ "$admins" = 1 ] && [ "$announced" = 1 ] || fail "$admins admin keys stored, $announced announced"
ADMIN_KEY=$(grep -ho 'keep it safe: [^ ]*' "$CLUSTER_DIR"/app*.log | head -1 | sed 's/keep it safe: //')
KEY=$(curl -fsS -X POST "$LB/api/v1/admin/api-keys" -H "X-API-Key: $ADMIN_KEY" -H 'Content-Type: application/json' \
  -d '{"name":"cluster drill","role":"CURATOR"}' | sed -E 's/.*"secret":"([^"]+)".*/\1/')
log "ready in ${start_s} s: each of the $migrations migrations applied once ($migrating of 3 replicas shared the work); 1 admin key"

log "== a write through replica 1, seen by replicas 2 and 3"
worst=0
for round in 1 2 3; do
  read -r b c <<<"$($CLIENT propagation "$(app 1)" "$KEY" "$(app 2)/api/v1/countries/KZ" "$(app 3)/api/v1/countries/KZ")"
  log "round $round: new ETag on replica 2 after $b ms, on replica 3 after $c ms"
  for ms in $b $c; do [ "$ms" -gt "$worst" ] && worst=$ms; done
done
[ "$worst" -lt 1000 ] || fail "a replica's ETag took $worst ms to move"

log "== rolling restart of the three replicas under load"
load_start rolling
sleep 3
for n in 1 2 3; do
  t0=$(date +%s)
  "$CLUSTER" restart "$n" 2>>"$CLUSTER_DIR/restart.log"
  log "replica $n drained, restarted and back in HAProxy in $(( $(date +%s) - t0 )) s"
done
sleep 3
load_stop rolling
rolling_ok=$LOAD_OK rolling_bad=$LOAD_BAD rolling_errors=$LOAD_ERRORS
log "rolling restart: $rolling_ok requests answered 200, $rolling_bad other statuses, $rolling_errors errors"
[ "$rolling_bad" = 0 ] && [ "$rolling_errors" = 0 ] && [ "$rolling_ok" -gt 0 ] \
  || { cat "$CLUSTER_DIR/rolling.hey" >&2; fail "requests failed during the rolling restart"; }

log "== kill -9 of replica 2 under load, with writes"
load_start kill
acknowledged=()
refused=0
deadline=$(( $(date +%s) + 20 ))
killed=""
i=0
while [ "$(date +%s)" -lt "$deadline" ]; do
  i=$((i + 1))
  slug="cluster-drill-kill-$i-$$"
  code=$(curl -s -o /dev/null -w '%{http_code}' -X POST "$LB/api/v1/sources" -H "X-API-Key: $KEY" \
    -H 'Content-Type: application/json' -d "{\"slug\":\"$slug\",\"title\":\"Kill drill $i\",\"kind\":\"OTHER\",\"language\":\"en\"}" || true)
  if [ "$code" = 201 ]; then acknowledged+=("$slug"); else refused=$((refused + 1)); fi
  if [ -z "$killed" ] && [ "$i" -ge 10 ]; then "$CLUSTER" kill 2; killed=$(date +%s); log "replica 2 killed"; fi
done
sleep 2
load_stop kill
kill_ok=$LOAD_OK kill_bad=$LOAD_BAD kill_errors=$LOAD_ERRORS
missing=0
for slug in "${acknowledged[@]}"; do
  [ "$(curl -s -o /dev/null -w '%{http_code}' "$LB/api/v1/sources/$slug")" = 200 ] || missing=$((missing + 1))
done
log "kill -9: GETs $kill_ok answered 200, $kill_bad other statuses, $kill_errors errors; writes ${#acknowledged[@]} acknowledged ($missing missing), $refused not acknowledged"
[ "$kill_bad" = 0 ] && [ "$kill_errors" = 0 ] || { cat "$CLUSTER_DIR/kill.hey" >&2; fail "GETs failed after kill -9"; }
[ "$missing" = 0 ] || fail "$missing acknowledged writes are missing"
"$CLUSTER" start 2 2>>"$CLUSTER_DIR/restart.log"

log "== budgets at the balancer ($BUDGET a minute per client, across the three replicas)"
RATE_LIMIT_ANONYMOUS_PER_MINUTE=$BUDGET "$CLUSTER" lb-restart
served() { curl -fsS "http://127.0.0.1:$((CLUSTER_BASE_PORT + 81))/stats;csv" | awk -F, '$1 == "replicas" && $2 ~ /^app/ {printf "%s ", $8}'; }
URL="$LB/api/v1/countries/KZ"
before=$(served)
read -r one one_refused one_errors <<<"$($CLIENT budget "$URL" 127.0.0.1 700)"
after=$(served)
spread=$(python3 -c "import sys; b, a = sys.argv[1].split(), sys.argv[2].split(); print('/'.join(str(int(y) - int(x)) for x, y in zip(b, a)))" "$before" "$after")
read -r jana _ jana_errors <<<"$($CLIENT budget "$URL" 127.0.0.1 700 203.0.113.61)"
read -r petr _ petr_errors <<<"$($CLIENT budget "$URL" 127.0.0.1 700 203.0.113.62)"
forged=$(for i in $(seq 1 50); do printf '198.51.100.%s ' "$i"; done)
# shellcheck disable=SC2086
read -r untrusted _ untrusted_errors <<<"$($CLIENT budget "$URL" 127.0.0.2 700 $forged)"
log "one client: $one of 700 admitted (budget $BUDGET; replicas served $spread), $one_refused refused"
log "two clients behind one proxy: $jana and $petr admitted; an untrusted client rotating X-Forwarded-For: $untrusted"
within() { python3 -c "import sys; sys.exit(0 if abs(int(sys.argv[1]) - $BUDGET) <= $BUDGET * 0.05 else 1)" "$1"; }
within "$one" || fail "one client got $one requests, not $BUDGET +- 5%"
within "$jana" && within "$petr" || fail "clients behind one proxy got $jana and $petr, not $BUDGET each"
within "$untrusted" || fail "an untrusted client got $untrusted by forging X-Forwarded-For"
[ $((one_errors + jana_errors + petr_errors + untrusted_errors)) = 0 ] || fail "errors in the budget phase"
[ "$(echo "$spread" | tr '/' '\n' | awk '$1 > 0' | wc -l)" = 3 ] || fail "the budget phase did not reach all three replicas ($spread)"

echo "cluster: PASS (3 replicas started together in ${start_s} s: each of ${migrations} migrations applied once, 1 admin key; ETag moved on the other replicas within ${worst} ms; rolling restart under load: ${rolling_ok} requests, 0 failed; kill -9 under load: ${kill_ok} GETs, 0 failed, ${#acknowledged[@]}/${#acknowledged[@]} acknowledged writes kept, ${refused} writes refused; one client across 3 replicas: ${one}/${BUDGET}; two clients behind one proxy: ${jana} and ${petr}; untrusted X-Forwarded-For: ${untrusted})"
