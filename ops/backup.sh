#!/usr/bin/env bash
# Backs up the API's database with pg_dump's custom format (compressed; pg_restore can restore all of it or a
# part). The app may keep running: pg_dump reads one consistent snapshot.
#
#   ops/backup.sh [-o FILE] --embedded [DATA_DIR]    the embedded database (while the app runs)
#   ops/backup.sh [-o FILE] postgresql://user@host:port/db
#   ops/backup.sh [-o FILE]                          SPRING_DATASOURCE_URL/USERNAME/PASSWORD, else PGHOST, PGPORT...
#
# FILE defaults to backups/kzcz-<UTC time>.dump. Prints the file, its size and how long it took.
source "$(dirname "$0")/lib.sh"

out=""
if [ "${1:-}" = -o ]; then out=$2; shift 2; fi
out=${out:-backups/kzcz-$(date -u +%Y%m%dT%H%M%SZ).dump}
locate_database "$@"
pick_client
mkdir -p "$(dirname "$out")"

start=$(now_ms)
# Owners and grants stay out: the restore makes every object belong to whoever restores it.
"$PG_CLIENT/pg_dump" --format=custom --no-owner --no-privileges --file="$out.partial" --dbname="$DB" \
  || { rm -f "$out.partial"; die "pg_dump of $TARGET failed"; }
mv "$out.partial" "$out"
elapsed=$(( $(now_ms) - start ))
echo "backup: $out ($(stat -c %s "$out") bytes) of $TARGET in $elapsed ms (pg_dump $CLIENT_MAJOR, server $SERVER_MAJOR)"
