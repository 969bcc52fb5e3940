#!/usr/bin/env bash
# Drill 5: a backup that is proven to restore. On a throw-away cluster: the app loads the seeds into an empty
# database, a curator changes things (creates, patches, deletes), every GET of the data is read (every list page,
# every detail and history reachable from the lists, the trade endpoints); ops/backup.sh, the database dropped,
# ops/restore.sh into a new one, the app started on it, and every GET read again and compared byte for byte.
# Then the move from the embedded default to an external server: the app on its embedded PostgreSQL (port fixed
# with APP_EMBEDDED_DB_PORT, and read back from postmaster.pid by ops/backup.sh --embedded), backed up, restored
# into a new database of the cluster, compared the same way; and the first backup restored with --clean into the
# running embedded database, which must then answer as the first app did. Last, a data directory made by another major version
# of PostgreSQL (an older release embedded 17) is refused at start-up, untouched, with a message saying what to do.
# Four app starts: on a machine busy with other work each may take minutes.
APP_READY_SECONDS=${APP_READY_SECONDS:-240}
source "$(dirname "$0")/lib.sh"

json_field() { python3 -c "import json,sys; print(json.load(sys.stdin)$1)"; }
etag() { curl -fsS -o /dev/null -D - "$BASE$1" -H "X-API-Key: $2" | tr -d '\r' | sed -n 's/^[Ee][Tt][Aa][Gg]: //p'; }
call() { # METHOD PATH KEY [BODY [IF-MATCH [CONTENT-TYPE]]] -> status
  curl -s -o "$WORK/last-body" -w '%{http_code}' -X "$1" "$BASE$2" -H "X-API-Key: $3" \
    -H "Content-Type: ${6:-application/json}" ${5:+-H "If-Match: $5"} ${4:+-d "$4"}
}
expect() { [ "$1" = "$2" ] || fail "$3: expected $2, got $1: $(head -c 300 "$WORK/last-body")"; }

# Creates, changes and deletes a few things as a curator; echoes the paths that no list reaches (deleted ones).
curate() {
  local key=$1 tag=$2 e
  expect "$(call POST /api/v1/sources "$key" "{\"slug\":\"drill-backup-$tag\",\"title\":\"Backup drill $tag\",\"kind\":\"OTHER\",\"language\":\"en\"}")" 201 "create a source"
  e=$(etag "/api/v1/sources/drill-backup-$tag" "$key")
  expect "$(call PATCH "/api/v1/sources/drill-backup-$tag" "$key" '{"title":"Backup drill, patched"}' "$e" application/merge-patch+json)" 200 "patch the source"
  expect "$(call POST /api/v1/sources "$key" "{\"slug\":\"drill-gone-$tag\",\"title\":\"Deleted\",\"kind\":\"OTHER\",\"language\":\"en\"}")" 201 "create a second source"
  e=$(etag "/api/v1/sources/drill-gone-$tag" "$key")
  expect "$(call DELETE "/api/v1/sources/drill-gone-$tag" "$key" "" "$e")" 204 "delete it"
  e=$(etag /api/v1/meetings/globsec-forum-prague-2024 "$key")
  expect "$(call PATCH /api/v1/meetings/globsec-forum-prague-2024 "$key" "{\"city\":\"Prague ($tag)\"}" "$e" application/merge-patch+json)" 200 "patch a seeded meeting"
  expect "$(call POST /api/v1/trade-figures "$key" "{\"reporter\":\"KZ\",\"country\":\"KZ\",\"partner\":\"CZ\",\"indicator\":\"EXPORTS\",\"periodKind\":\"YEAR\",\"periodStart\":\"2031-01-01\",\"periodEnd\":\"2031-12-31\",\"value\":512.4,\"currency\":\"USD\",\"scale\":\"MILLION\",\"sources\":[{\"source\":\"drill-backup-$tag\",\"statedChangePct\":9.7}]}")" 201 "create a trade figure"
  echo "/api/v1/sources/drill-gone-$tag /api/v1/sources/drill-gone-$tag/history"
}

# Compares two snapshots; prints how many responses matched, fails on any difference.
compare() {
  python3 - "$1" "$2" <<'PY'
import json, sys
before, after = (json.load(open(p, encoding='utf-8')) for p in sys.argv[1:3])
missing = sorted(set(before) - set(after)); added = sorted(set(after) - set(before))
changed = sorted(p for p in set(before) & set(after) if before[p] != after[p])
for p in (missing + added + changed)[:10]:
    print(f"  differs: {p}\n    before: {before.get(p, '(none)')[:200]}\n    after:  {after.get(p, '(none)')[:200]}")
if missing or added or changed:
    print(f"FAIL: {len(missing)} missing, {len(added)} new, {len(changed)} changed of {len(before)}"); sys.exit(1)
print(len(before))
PY
}

app_stop() { kill "$APP_PID" && wait "$APP_PID" 2>/dev/null; APP_PID=""; }

pg_init
log "the app on an empty database: migrations and seeds"
app_start
key=$(curator_key)
gone_ext=$(curate "$key" ext)
log "snapshot before"
python3 "$DRILLS_DIR/snapshot.py" "$BASE" "$WORK/before.json" $gone_ext >&2

log "backup"
"$ROOT/ops/backup.sh" -o "$WORK/kzcz.dump" "postgresql://postgres@127.0.0.1:$PG_PORT/kzcz" | tee "$WORK/backup.out"
backup_ms=$(sed -E 's/.* in ([0-9]+) ms.*/\1/' "$WORK/backup.out")
dump_bytes=$(stat -c %s "$WORK/kzcz.dump")
app_stop
log "wipe: drop the database"
psql -h 127.0.0.1 -p "$PG_PORT" -U postgres -qc "drop database kzcz" >/dev/null
psql -h 127.0.0.1 -p "$PG_PORT" -U postgres -qc "create database kzcz_restored" >/dev/null
"$ROOT/ops/restore.sh" "$WORK/kzcz.dump" "postgresql://postgres@127.0.0.1:$PG_PORT/kzcz_restored" | tee "$WORK/restore.out"
restore_ms=$(sed -E 's/.* in ([0-9]+) ms.*/\1/' "$WORK/restore.out")

log "the app on the restored database, with structured (ECS) logs"
LOG_FORMAT=ecs app_start --spring.datasource.url="jdbc:postgresql://127.0.0.1:$PG_PORT/kzcz_restored"
log "snapshot after"
python3 "$DRILLS_DIR/snapshot.py" "$BASE" "$WORK/after.json" $gone_ext >&2
compared=$(compare "$WORK/before.json" "$WORK/after.json") || { echo "$compared"; fail "the restored data differs"; }

curl -fsS -o /dev/null "$BASE/api/v1/countries/KZ" -H 'X-Request-Id: drill-ecs-line'
sleep 0.5
grep -q '^{.*"requestId":"drill-ecs-line".*"status_code":200' "$WORK/app.log" \
  || fail "no ECS access-log line naming the request id (LOG_FORMAT=ecs)"
app_stop

log "moving from the embedded default to an external server"
# Not under $WORK, which belongs to the postgres user: run as root, the embedded PostgreSQL's initdb runs in a user
# namespace of its own (unshare -U) and may only enter root's directories.
EMBEDDED_DIR=$(mktemp -d /tmp/kzcz-drill-embedded.XXXXXX)
stop_embedded() {
  local pid
  pid=$(head -1 "$EMBEDDED_DIR/postmaster.pid" 2>/dev/null || true)
  [ -n "$pid" ] && kill "$pid" 2>/dev/null || true
  rm -rf "$EMBEDDED_DIR"
}
trap 'status=$?; { [ -n "$APP_PID" ] && kill -9 "$APP_PID" 2>/dev/null; } || true; APP_PID=""; stop_embedded
  (exit $status); cleanup' EXIT
EMBEDDED_PORT=$(free_port)
APP_EMBEDDED_DB_DATA_DIR="$EMBEDDED_DIR" APP_EMBEDDED_DB_PORT="$EMBEDDED_PORT" \
  APP_SECURITY_BOOTSTRAP_ADMIN_KEY="$ADMIN_KEY" APP_RATE_LIMIT_ENABLED=false \
  "$JAVA" -Xmx512m -jar "$JAR" --server.port="$APP_PORT" >>"$WORK/app.log" 2>&1 &
APP_PID=$!
wait_ready "$APP_READY_SECONDS" || { tail -40 "$WORK/app.log" >&2; fail "the app did not start on its embedded database"; }
[ "$(sed -n 4p "$EMBEDDED_DIR/postmaster.pid")" = "$EMBEDDED_PORT" ] || fail "postmaster.pid does not name the port"
grep -q "Embedded PostgreSQL listening on localhost:$EMBEDDED_PORT" "$WORK/app.log" || fail "the port is not logged"
key=$(curator_key)
gone=$(curate "$key" emb)
python3 "$DRILLS_DIR/snapshot.py" "$BASE" "$WORK/embedded-before.json" $gone >&2
"$ROOT/ops/backup.sh" -o "$WORK/embedded.dump" --embedded "$EMBEDDED_DIR" | tee "$WORK/move.out"
move_backup_ms=$(sed -E 's/.* in ([0-9]+) ms.*/\1/' "$WORK/move.out")
move_bytes=$(stat -c %s "$WORK/embedded.dump")
log "restore --clean into the running embedded database: the first part's backup replaces what it holds"
"$ROOT/ops/restore.sh" --clean "$WORK/kzcz.dump" --embedded "$EMBEDDED_DIR"
python3 "$DRILLS_DIR/snapshot.py" "$BASE" "$WORK/embedded-replaced.json" $gone_ext >&2
replaced=$(compare "$WORK/before.json" "$WORK/embedded-replaced.json") \
  || { echo "$replaced"; fail "the embedded database restored with --clean differs"; }
app_stop
psql -h 127.0.0.1 -p "$PG_PORT" -U postgres -qc "create database kzcz_moved" >/dev/null
"$ROOT/ops/restore.sh" "$WORK/embedded.dump" "postgresql://postgres@127.0.0.1:$PG_PORT/kzcz_moved" \
  | tee "$WORK/move-restore.out"
move_restore_ms=$(sed -E 's/.* in ([0-9]+) ms.*/\1/' "$WORK/move-restore.out")
app_start --spring.datasource.url="jdbc:postgresql://127.0.0.1:$PG_PORT/kzcz_moved"
python3 "$DRILLS_DIR/snapshot.py" "$BASE" "$WORK/embedded-after.json" $gone >&2
moved=$(compare "$WORK/embedded-before.json" "$WORK/embedded-after.json") || { echo "$moved"; fail "the moved data differs"; }
app_stop

log "a data directory made by PostgreSQL 17 is refused, untouched"
rm -rf "$EMBEDDED_DIR" && mkdir -p "$EMBEDDED_DIR/base/1"
echo 17 >"$EMBEDDED_DIR/PG_VERSION" && echo "curated rows" >"$EMBEDDED_DIR/base/1/1259"
listing() { (cd "$EMBEDDED_DIR" && find . -printf '%p %s %T@\n' | sort && cat PG_VERSION base/1/1259); }
listing >"$WORK/old-dir.before"
if APP_EMBEDDED_DB_DATA_DIR="$EMBEDDED_DIR" timeout 120 "$JAVA" -Xmx512m -jar "$JAR" --server.port="$APP_PORT" \
  >"$WORK/refused.log" 2>&1; then
  fail "the app started on a data directory of PostgreSQL 17"
fi
grep -q "was made by PostgreSQL 17, and the app embeds PostgreSQL 15" "$WORK/refused.log" \
  && grep -q "ops/backup.sh --embedded $EMBEDDED_DIR" "$WORK/refused.log" \
  || { cat "$WORK/refused.log" >&2; fail "no failure analysis naming the versions and the way out"; }
listing | cmp -s - "$WORK/old-dir.before" || fail "the refused data directory was changed"

echo "backup-restore: PASS (dump $dump_bytes bytes; backup $backup_ms ms; restore $restore_ms ms; $compared responses \
identical after the restore; embedded -> external: dump $move_bytes bytes, backup $move_backup_ms ms, restore \
$move_restore_ms ms, $moved responses identical; restored --clean into the running embedded database: $replaced \
responses identical; a PostgreSQL 17 data directory refused untouched)"
