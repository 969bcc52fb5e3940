#!/usr/bin/env bash
# Drill 1: the database goes away for 10 s under steady load, then comes back.
# Expect: 503 problem+json with Retry-After while it is down, no request hanging more than ~2 s, readiness DOWN;
# healthy again within 5 s of the database's return without restarting the app; 0 errors afterwards; every write
# acknowledged before the outage still there.
source "$(dirname "$0")/lib.sh"

OUTAGE_SECONDS=${OUTAGE_SECONDS:-10}
pg_init
app_start
key=$(curator_key)

log "writing 20 sources before the outage"
acknowledged=()
for i in $(seq 1 20); do
  slug="drill-outage-$i-$$"
  code=$(curl -s -o /dev/null -w '%{http_code}' -X POST "$BASE/api/v1/sources" -H "X-API-Key: $key" \
    -H 'Content-Type: application/json' -d "{\"slug\":\"$slug\",\"title\":\"Drill source $i\",\"kind\":\"OTHER\",\"language\":\"en\"}")
  [ "$code" = 201 ] && acknowledged+=("$slug")
done
[ "${#acknowledged[@]}" = 20 ] || fail "only ${#acknowledged[@]} of 20 writes were acknowledged before the outage"

load_seconds=$((OUTAGE_SECONDS + 25))
log "steady load for ${load_seconds}s (hey, 4 connections)"
hey -z "${load_seconds}s" -c 4 -q 50 -o csv "$BASE/api/v1/meetings?size=5" >"$WORK/load.csv" &
hey_pid=$!
load_start=$(now_ms)
sleep 5

log "stopping the database"
outage_start=$(now_ms)
pg_stop
sleep 1
problem=$(curl -s -D "$WORK/outage-headers" "$BASE/api/v1/countries/KZ" -H 'Cache-Control: no-cache')
status=$(head -1 "$WORK/outage-headers" | awk '{print $2}')
grep -qi '^retry-after:' "$WORK/outage-headers" || fail "no Retry-After during the outage (status $status)"
grep -qi 'content-type: application/problem+json' "$WORK/outage-headers" || fail "no problem+json during the outage"
[ "$status" = 503 ] || fail "expected 503 during the outage, got $status"
readiness=$(curl -s -o /dev/null -w '%{http_code}' "$BASE/actuator/health/readiness")
[ "$readiness" = 503 ] || fail "readiness should be DOWN (503) during the outage, was $readiness"
sleep $((OUTAGE_SECONDS - 1))

log "starting the database again"
pg_start
outage_end=$(now_ms)
recovered=""
while [ $(( $(now_ms) - outage_end )) -lt 15000 ]; do
  if [ "$(curl -s -o /dev/null -w '%{http_code}' "$BASE/api/v1/countries/KZ")" = 200 ] \
    && curl -fsS -o /dev/null "$BASE/actuator/health/readiness"; then
    recovered=$(now_ms); break
  fi
  sleep 0.1
done
[ -n "$recovered" ] || fail "not healthy 15 s after the database came back"
recovery_ms=$((recovered - outage_end))
wait "$hey_pid" || true

for slug in "${acknowledged[@]}"; do
  [ "$(curl -s -o /dev/null -w '%{http_code}' "$BASE/api/v1/sources/$slug")" = 200 ] || fail "acknowledged write $slug is gone"
done

python3 - "$WORK/load.csv" "$load_start" "$outage_start" "$outage_end" "$recovered" <<'PY'
import csv, sys
path, load_start, outage_start, outage_end, recovered = sys.argv[1], *map(int, sys.argv[2:])
rows = list(csv.DictReader(open(path)))
def at(r):  # hey's offset is seconds since the load started
    return load_start + float(r['offset']) * 1000
slowest = max(float(r['response-time']) for r in rows)
# hey starts a moment after load_start, so allow a second of slack at each boundary.
during = [r for r in rows if outage_start - 1000 <= at(r) <= recovered + 1000]
after = [r for r in rows if at(r) > recovered + 1000]
before = [r for r in rows if at(r) < outage_start - 1000]
bad_during = [r for r in during if r['status-code'] not in ('200', '503')]
bad_after = [r for r in after if r['status-code'] != '200']
bad_before = [r for r in before if r['status-code'] != '200']
print(f"requests {len(rows)}: before {len(before)}, during {len(during)} "
      f"({sum(r['status-code'] == '503' for r in during)} answered 503), after {len(after)}; "
      f"slowest {slowest:.2f} s; errors after recovery {len(bad_after)}")
problems = []
if slowest > 2.5: problems.append(f"a request took {slowest:.2f} s")
if bad_during: problems.append(f"{len(bad_during)} answers other than 200/503 during the outage: " + ", ".join(sorted({r["status-code"] for r in bad_during})))
if bad_after: problems.append(f"{len(bad_after)} errors after recovery")
if bad_before: problems.append(f"{len(bad_before)} errors before the outage")
if not any(r['status-code'] == '503' for r in during): problems.append("no 503 seen during the outage")
if problems:
    print("FAIL: " + "; ".join(problems)); sys.exit(1)
PY
echo "db-outage: PASS (database down ${OUTAGE_SECONDS} s; healthy again ${recovery_ms} ms after it returned; ${#acknowledged[@]}/20 acknowledged writes kept)"
