#!/usr/bin/env bash
# Drill 2: slow queries and an exhausted pool. A lock held elsewhere blocks every meetings query; with a pool of 2,
# a 1 s connection wait and a 2 s statement timeout, every request is answered 503 (no connection in time) or
# 504 (statement timed out) as problem+json, within the configured bound.
source "$(dirname "$0")/lib.sh"

pg_init
DB_POOL_SIZE=2 DB_CONNECTION_TIMEOUT_MS=1000 DB_STATEMENT_TIMEOUT_MS=2000 app_start
log "holding an exclusive lock on meeting for 20 s"
psql -h 127.0.0.1 -p "$PG_PORT" -U postgres -d kzcz -qc "begin; lock table meeting in access exclusive mode; select pg_sleep(20); commit;" >/dev/null &
locker=$!
sleep 1
: >"$WORK/results"
clients=()
for i in $(seq 1 12); do
  curl -s -o "$WORK/body-$i" -w '%{http_code} %{time_total} %{content_type}\n' "$BASE/api/v1/meetings?size=5&i=$i" >>"$WORK/results" &
  clients+=($!)
done
wait "${clients[@]}" 2>/dev/null || true
kill "$locker" 2>/dev/null || true
awk '{print "  " $1 " in " $2 " s"}' "$WORK/results" | sort >&2
bound=3.5
awk -v bound="$bound" '
  { total++; if ($1 != 503 && $1 != 504) bad++; if ($2 + 0 > bound) slow++; if ($3 !~ /problem\+json/) notproblem++;
    if ($1 == 503) s503++; if ($1 == 504) s504++; if ($2 + 0 > max) max = $2 + 0 }
  END { printf "requests %d: 503 %d, 504 %d, slowest %.2f s (bound %.1f s)\n", total, s503, s504, max, bound;
        exit (bad > 0 || slow > 0 || notproblem > 0) }' "$WORK/results" || fail "answers outside 503/504 problem+json within ${bound}s"
echo "pool-exhaustion: PASS"
