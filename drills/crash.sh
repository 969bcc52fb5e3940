#!/usr/bin/env bash
# Drill 4: kill -9 during a stream of curator writes. Expect: after a restart every acknowledged write is there,
# and no half-written fact exists (each write, its citations and its history are one transaction).
source "$(dirname "$0")/lib.sh"

pg_init
app_start
key=$(curator_key)
: >"$WORK/acked"

writer() {
  local i=0
  while true; do
    i=$((i + 1))
    slug="drill-crash-$i"
    code=$(curl -s -o /dev/null -w '%{http_code}' -m 5 -X POST "$BASE/api/v1/sources" -H "X-API-Key: $key" \
      -H 'Content-Type: application/json' -d "{\"slug\":\"$slug\",\"title\":\"Crash drill $i\",\"kind\":\"OTHER\",\"language\":\"en\"}")
    [ "$code" = 201 ] && echo "$slug" >>"$WORK/acked"
    [ "$code" = 000 ] && break
  done
}
log "stream of writes from 2 writers"
writer & w1=$!
(sleep 0.05; while true; do
  i=$((${i:-0} + 1)); slug="drill-crash-b$i"
  code=$(curl -s -o /dev/null -w '%{http_code}' -m 5 -X POST "$BASE/api/v1/sources" -H "X-API-Key: $key" \
    -H 'Content-Type: application/json' -d "{\"slug\":\"$slug\",\"title\":\"Crash drill b$i\",\"kind\":\"OTHER\",\"language\":\"en\"}")
  [ "$code" = 201 ] && echo "$slug" >>"$WORK/acked"
  [ "$code" = 000 ] && break
done) & w2=$!
sleep 4
log "kill -9"
kill -9 "$APP_PID"
APP_PID=""
wait "$w1" "$w2" 2>/dev/null || true
acked=$(wc -l <"$WORK/acked")
[ "$acked" -gt 10 ] || fail "only $acked writes acknowledged before the kill"

log "restart"
app_start
missing=0
while read -r slug; do
  [ "$(curl -s -o /dev/null -w '%{http_code}' "$BASE/api/v1/sources/$slug")" = 200 ] || missing=$((missing + 1))
done <"$WORK/acked"
stored=$(sql "select count(*) from source where slug like 'drill-crash-%'")
unaudited=$(sql "select count(*) from source s where slug like 'drill-crash-%' and not exists
  (select 1 from audit_log a where a.table_name = 'source' and a.row_id = s.id and a.action = 'INSERT')")
orphans=$(sql "select count(*) from audit_log a where a.table_name = 'source' and a.row_data->>'slug' like 'drill-crash-%'
  and a.action = 'INSERT' and not exists (select 1 from source s where s.id = a.row_id)")
[ "$missing" = 0 ] || fail "$missing acknowledged writes missing after the crash"
[ "$unaudited" = 0 ] || fail "$unaudited stored writes without their history entry"
[ "$orphans" = 0 ] || fail "$orphans history entries without their write"
echo "crash: PASS ($acked writes acknowledged before kill -9, all present after restart; $stored stored; 0 half-written)"
