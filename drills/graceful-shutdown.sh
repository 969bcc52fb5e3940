#!/usr/bin/env bash
# Drill 3: SIGTERM while requests are in flight. Expect: they complete; 0 5xx among accepted requests; the process
# exits with 0 within the configured shutdown phase timeout (spring.lifecycle.timeout-per-shutdown-phase).
source "$(dirname "$0")/lib.sh"

PHASE_TIMEOUT_SECONDS=${PHASE_TIMEOUT_SECONDS:-20}
pg_init
app_start --spring.lifecycle.timeout-per-shutdown-phase="${PHASE_TIMEOUT_SECONDS}s"

log "load: 8 connections on search and timeline"
hey -z 15s -c 4 -o csv "$BASE/api/v1/search?q=Przewalski" >"$WORK/search.csv" 2>/dev/null &
h1=$!
hey -z 15s -c 4 -o csv "$BASE/api/v1/timeline?size=50" >"$WORK/timeline.csv" 2>/dev/null &
h2=$!
sleep 4
log "SIGTERM"
term_at=$(now_ms)
kill -TERM "$APP_PID"
set +e
wait "$APP_PID"
exit_code=$?
set -e
exited_ms=$(( $(now_ms) - term_at ))
APP_PID=""
wait "$h1" "$h2" 2>/dev/null || true

python3 - "$WORK/search.csv" "$WORK/timeline.csv" <<'PY'
import csv, sys
rows = [r for p in sys.argv[1:] for r in csv.DictReader(open(p))]
fivexx = [r for r in rows if r['status-code'].startswith('5')]
print(f"accepted requests answered: {len(rows)}, 5xx among them: {len(fivexx)}")
if fivexx: print("FAIL: 5xx during shutdown"); sys.exit(1)
PY
[ "$exit_code" = 0 ] || fail "exit code $exit_code (expected 0)"
[ "$exited_ms" -le $((PHASE_TIMEOUT_SECONDS * 1000 + 5000)) ] || fail "took ${exited_ms} ms to exit"
echo "graceful-shutdown: PASS (exit 0, ${exited_ms} ms after SIGTERM, phase timeout ${PHASE_TIMEOUT_SECONDS} s)"
