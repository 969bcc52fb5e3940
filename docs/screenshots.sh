#!/usr/bin/env bash
# Re-takes the README's screenshots (docs/screenshots/explorer.png and chart.png) in headless Chromium, through the
# explorer's browser tests: the app on the embedded PostgreSQL with the seed data, a 1280-pixel-wide window.
# Needs Debian's chromium and chromium-driver (apt-get install chromium chromium-driver). Every test run leaves the
# same pictures in target/screenshots; this command writes them where the README shows them.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q test -Djacoco.skip=true -Dsurefire.failIfNoSpecifiedTests=false \
  -Dtest='ExplorerBrowserTest#tableShowsTheTurnoverOfKazakhstanAndTheCzechRepublicIn2023+drawsTheTurnoverChartAndTellsHowLongTheFirstChartTook' \
  -Dscreenshots.dir="$PWD/docs/screenshots"
grep -h '^BROWSER' target/surefire-reports/*ExplorerBrowserTest-output.txt 2>/dev/null || true
ls -l docs/screenshots
