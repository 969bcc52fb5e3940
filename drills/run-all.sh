#!/usr/bin/env bash
# Runs every process drill in turn against the packaged jar (build it first: ./mvnw -DskipTests package).
set -uo pipefail
cd "$(dirname "$0")"
status=0
for drill in db-outage pool-exhaustion graceful-shutdown crash backup-restore cluster; do
  echo "== $drill"
  bash "./$drill.sh" || status=1
done
exit $status
