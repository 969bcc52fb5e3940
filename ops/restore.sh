#!/usr/bin/env bash
# Restores a backup made by ops/backup.sh into an empty database, in one transaction: all of it or nothing.
# Then start the app on that database (Flyway finds the schema history in the backup and has nothing to do).
#
#   ops/restore.sh FILE postgresql://user@host:port/newdb      (create it first: createdb, or create database ...)
#   ops/restore.sh FILE                                         SPRING_DATASOURCE_URL..., else PGHOST, PGPORT...
#   ops/restore.sh [--clean] FILE --embedded [DATA_DIR]        into the running embedded database
#
# A database that already holds tables is refused; --clean replaces what is there (the embedded database always
# holds the seeds the app loaded at its first start, so it needs --clean; stop writes meanwhile).
source "$(dirname "$0")/lib.sh"

clean=""
if [ "${1:-}" = --clean ]; then clean=yes; shift; fi
file=${1:-}
[ -f "$file" ] || die "usage: $0 [--clean] FILE [--embedded [DATA_DIR] | postgresql://...]"
shift
locate_database "$@"
pick_client

tables=$("$PG_CLIENT/psql" -X -d "$DB" -Atc "select count(*) from pg_tables where schemaname = 'public'")
if [ "$tables" != 0 ] && [ -z "$clean" ]; then
  die "$TARGET already holds $tables tables: restore into a new, empty database, or pass --clean to replace them"
fi

start=$(now_ms)
"$PG_CLIENT/pg_restore" --no-owner --no-privileges --exit-on-error --single-transaction \
  ${clean:+--clean --if-exists} --dbname="$DB" "$file" || die "pg_restore into $TARGET failed: nothing was changed"
elapsed=$(( $(now_ms) - start ))
echo "restore: $file into $TARGET in $elapsed ms (pg_restore $CLIENT_MAJOR, server $SERVER_MAJOR)"
