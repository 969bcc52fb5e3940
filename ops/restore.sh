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

# The data version before: after the restore it must move past both it and the restored one, so no ETag or cached
# answer of what was there before can name what is there now (two databases may count to the same version).
before=0
if [ "$("$PG_CLIENT/psql" -X -d "$DB" -Atc "select to_regclass('data_version') is not null")" = t ]; then
  before=$("$PG_CLIENT/psql" -X -d "$DB" -Atc "select coalesce(max(version), 0) from data_version")
fi
start=$(now_ms)
"$PG_CLIENT/pg_restore" --no-owner --no-privileges --exit-on-error --single-transaction \
  ${clean:+--clean --if-exists} --dbname="$DB" "$file" || die "pg_restore into $TARGET failed: nothing was changed"
"$PG_CLIENT/psql" -X -q -d "$DB" -v ON_ERROR_STOP=1 -Atc "with moved as (update data_version
  set version = greatest(version, ${before:-0}) + 1, changed_at = now() where id returning version)
  select pg_notify('data_version', version::text) from moved" >/dev/null \
  || die "restored, but the data version could not be moved: restart the app before serving"
elapsed=$(( $(now_ms) - start ))
echo "restore: $file into $TARGET in $elapsed ms (pg_restore $CLIENT_MAJOR, server $SERVER_MAJOR)"
