#!/usr/bin/env bash
# CPU per request, by tier, for the capacity model of docs/scaling.md: runs a fixed number of requests per endpoint
# against a running deploy/local-cluster.sh (through HAProxy, every replica taking its share) and divides the CPU
# time each tier's processes used (from /proc: the replicas' JVMs, PostgreSQL's processes, HAProxy) by the number
# of requests. CPU time, unlike requests per second, holds up on a machine that other work shares.
# The load comes from one address: lift HAProxy's budget first, or most requests are 429s (counted apart):
#   RATE_LIMIT_ANONYMOUS_PER_MINUTE=100000000 deploy/local-cluster.sh lb-restart
#   bench/cpu-per-request.sh [requests per endpoint, default 2000]
# Run it twice after a start and keep the second table: the first one pays for the JIT compiling the paths.
set -euo pipefail
N=${1:-2000}
CLUSTER_DIR=${CLUSTER_DIR:-/tmp/kzcz-cluster}
BASE=${CLUSTER_BASE_PORT:-19700}
LB="http://127.0.0.1:$((BASE + 80))"
HZ=$(getconf CLK_TCK)

ticks() { # total user+system ticks of the given pids (gone ones count 0)
  local t=0 p
  for p in "$@"; do t=$((t + $(awk '{print $14 + $15}' "/proc/$p/stat" 2>/dev/null || echo 0))); done
  echo "$t"
}
apps() { cat "$CLUSTER_DIR"/app*.pid; }
pg() { local postmaster; postmaster=$(head -1 "$CLUSTER_DIR/pg/data/postmaster.pid"); echo "$postmaster"; pgrep -P "$postmaster"; }
lb() { cat "$CLUSTER_DIR/haproxy.pid"; }

etag=$(curl -s -D - -o /dev/null -H 'Accept:' "$LB/api/v1/countries/KZ" | awk -F': ' 'tolower($1) == "etag" {print $2}' | tr -d '\r')
printf '| endpoint | requests | app ms CPU/request | PostgreSQL ms | HAProxy ms | app req/s per core | PostgreSQL req/s per core |\n|---|---|---|---|---|---|---|\n'
while IFS='|' read -r name path header; do
  # warm-up, so the JIT has compiled the path
  hey -n 300 -c 4 ${header:+-H "$header"} "$LB$path" >/dev/null
  a0=$(ticks $(apps)); p0=$(ticks $(pg)); l0=$(ticks $(lb))
  out=$(hey -n "$N" -c 4 ${header:+-H "$header"} "$LB$path")
  a1=$(ticks $(apps)); p1=$(ticks $(pg)); l1=$(ticks $(lb))
  bad=$(echo "$out" | awk '$1 ~ /^\[[0-9]+\]$/ && $3 == "responses" && $1 != "[200]" && $1 != "[304]" {n += $2} END {print n + 0}')
  python3 - "$name" "$N" "$HZ" "$((a1 - a0))" "$((p1 - p0))" "$((l1 - l0))" "$bad" <<'PY'
import sys
name, n, hz, app, pg, lb, bad = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), *map(int, sys.argv[4:])
ms = lambda t: t * 1000 / hz / n
per_core = lambda t: "%.0f" % (1000 / ms(t)) if ms(t) >= 0.05 else "no statement"
print("| %s | %d%s | %.2f | %.2f | %.3f | %s | %s |" % (name, n, "" if not bad else " (%d not 200/304)" % bad,
      ms(app), ms(pg), ms(lb), per_core(app), per_core(pg)))
PY
done <<EOF
304 (If-None-Match)|/api/v1/countries/KZ|If-None-Match: $etag
country detail|/api/v1/countries/KZ|
series KZ-CZ turnover|/api/v1/trade/series?country=KZ&partner=CZ&indicator=TURNOVER|
balance KZ-CZ|/api/v1/trade/balance?country=KZ&partner=CZ|
meetings page|/api/v1/meetings?size=20|
official by id|/api/v1/officials/bakyt-dyussenbayev|
search|/api/v1/search?q=ambassador|
EOF
