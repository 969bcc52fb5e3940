# Shared by backup.sh and restore.sh: where the database is, and PostgreSQL client programs able to talk to it.
# Source it; don't run it.
set -euo pipefail

die() { echo "$(basename "$0"): $*" >&2; exit 1; }

# Sets DB (what the libpq programs get as --dbname: a name or a URI) and PGHOST, PGPORT, PGUSER, PGPASSWORD as
# needed, from one of:
#   --embedded [DATA_DIR]   the app's embedded database (default .data/postgres, or APP_EMBEDDED_DB_DATA_DIR):
#                           it runs while the app runs, on the port named on line 4 of its postmaster.pid
#   postgresql://...        a libpq connection URI (jdbc:postgresql://... is taken too)
#   (nothing)               SPRING_DATASOURCE_URL/USERNAME/PASSWORD as the app reads them, else the PG* variables
# Sets TARGET to a description for messages.
locate_database() {
  if [ "${1:-}" = --embedded ]; then
    local dir=${2:-${APP_EMBEDDED_DB_DATA_DIR:-.data/postgres}}
    [ -f "$dir/postmaster.pid" ] || die "no PostgreSQL running on $dir (no postmaster.pid): start the app first"
    export PGHOST=localhost PGPORT PGUSER=postgres
    PGPORT=$(sed -n 4p "$dir/postmaster.pid")
    DB=postgres
    TARGET="the embedded database ($dir, port $PGPORT)"
  else
    local url=${1:-${SPRING_DATASOURCE_URL:-}}
    if [ -n "$url" ]; then
      url=${url#jdbc:}
      [[ $url == postgresql://* ]] || die "not a postgresql:// URL: $url"
      # Given as --dbname, libpq reads the URI; the variables fill in what it leaves out.
      DB=$url
      [ -n "${SPRING_DATASOURCE_USERNAME:-}" ] && export PGUSER=${PGUSER:-$SPRING_DATASOURCE_USERNAME}
      [ -n "${SPRING_DATASOURCE_PASSWORD:-}" ] && export PGPASSWORD=${PGPASSWORD:-$SPRING_DATASOURCE_PASSWORD}
      TARGET=${url%%\?*}
    else
      DB=${PGDATABASE:-${PGUSER:-$(id -un)}}
      TARGET="database $DB (PGHOST=${PGHOST:-local socket}, PGPORT=${PGPORT:-5432})"
    fi
  fi
}

# Picks the newest PostgreSQL client programs on the machine (PG_BIN overrides), and refuses when they are older
# than the server: pg_dump cannot read a server of a newer major version.
pick_client() {
  local candidates=() dir
  [ -n "${PG_BIN:-}" ] && candidates+=("$PG_BIN")
  for dir in $(ls -d /usr/lib/postgresql/*/bin /usr/local/opt/postgresql@*/bin /opt/homebrew/opt/postgresql@*/bin \
    2>/dev/null | sort -V -r); do candidates+=("$dir"); done
  candidates+=("$(dirname "$(command -v pg_dump 2>/dev/null || echo /nonexistent/pg_dump)")")
  for dir in "${candidates[@]}"; do
    if [ -x "$dir/pg_dump" ] && [ -x "$dir/pg_restore" ] && [ -x "$dir/psql" ]; then
      PG_CLIENT=$dir
      break
    fi
  done
  [ -n "${PG_CLIENT:-}" ] || die "no PostgreSQL client programs (pg_dump, pg_restore, psql) found; set PG_BIN"
  SERVER_MAJOR=$("$PG_CLIENT/psql" -X -d "$DB" -Atc 'show server_version_num' | cut -c1-2) \
    || die "cannot connect to $TARGET"
  CLIENT_MAJOR=$("$PG_CLIENT/pg_dump" --version | sed -E 's/[^0-9]*([0-9]+).*/\1/')
  if [ "$CLIENT_MAJOR" -lt "$SERVER_MAJOR" ]; then
    die "$TARGET is PostgreSQL $SERVER_MAJOR, and the newest client here ($PG_CLIENT) is $CLIENT_MAJOR: \
pg_dump and pg_restore must be of the server's major version or newer. Install the PostgreSQL $SERVER_MAJOR client \
(postgresql-client-$SERVER_MAJOR from apt.postgresql.org, brew install postgresql@$SERVER_MAJOR) and set PG_BIN to \
its bin directory."
  fi
}

now_ms() { date +%s%3N; }
