#!/usr/bin/env bash
# Measures the pages a signed-in member reads most, as docs/benchmarks.md records them:
# starts the application on a demo organization (loaded on the first run into the data directory), signs in as a
# demo member who lives in the 500-member chapter (Porto Alegre), and runs wrk on that chapter's page, its branch's
# page (Brazil), the member's own page (/me) and the home page: a 10 s warm-up, then 20 s measured.
#
#   scripts/bench-signed-in.sh [jar] [data dir] [members] [port]
#   scripts/bench-signed-in.sh target/iops-platform-0.1.0-SNAPSHOT.jar /tmp/bench-20k 20000 8106
#
# Needs wrk (apt-get install -y wrk), curl and psql. Prints one table row per page; wrk's full output goes to
# <data dir>-wrk.txt. The application is stopped at the end.
#
# Besides wrk's figures, each row gives the CPU time that the application and its embedded PostgreSQL spent per
# request (from /proc, during the measured 20 s): on a machine shared with other work, requests per second say
# more about the neighbours than about the page; CPU per request does not (2 cores give 2,000 ms of CPU a second).
set -euo pipefail

JAR=${1:-target/iops-platform-0.1.0-SNAPSHOT.jar}
DATA=${2:-/tmp/bench-20k}
MEMBERS=${3:-20000}
PORT=${4:-8106}
BASE=http://localhost:$PORT
LOG=$DATA-app.log
OUT=$DATA-wrk.txt
JAR_COPY=$(mktemp /tmp/bench-app-XXXX.jar) # the build may change under us while we measure
cp "$JAR" "$JAR_COPY"

java -jar "$JAR_COPY" --server.port="$PORT" --iops.data-dir="$DATA" --iops.demo.members="$MEMBERS" > "$LOG" 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null; wait $APP 2>/dev/null; rm -f "$JAR_COPY"' EXIT

# loading 1,000,000 members the first time takes a few minutes
for _ in $(seq 1 900); do
    curl -sf "$BASE/actuator/health" > /dev/null && break
    kill -0 $APP 2>/dev/null || { echo "the application stopped; see $LOG" >&2; exit 1; }
    sleep 1
done
curl -sf "$BASE/actuator/health" > /dev/null || { echo "not up after 15 minutes; see $LOG" >&2; exit 1; }

PG_PORT=$(grep -o 'listening on localhost:[0-9]*' "$LOG" | head -1 | cut -d: -f2)
# CPU ticks (1/100 s) used so far by the application and every process below it (the embedded PostgreSQL and its backends)
cpu_ticks() {
    local pids=$APP next=$APP
    while next=$(pgrep -d, -P "$next"); [ -n "$next" ]; do pids="$pids,$next"; done
    for pid in ${pids//,/ }; do cat "/proc/$pid/stat" 2>/dev/null; done | awk '{ s += $14 + $15 } END { print s }'
}
sql() { psql -h localhost -p "$PG_PORT" -U postgres -d postgres -Atc "$1"; }
CHAPTER=$(sql "SELECT id FROM units WHERE level = 'CHAPTER' AND name = 'Porto Alegre'")
BRANCH=$(sql "SELECT branch_id FROM units WHERE id = '$CHAPTER'")
EMAIL=$(sql "SELECT m.email FROM member m JOIN unit_memberships um ON um.member_id = m.id AND um.until IS NULL
             WHERE um.unit_id = '$CHAPTER' AND m.email LIKE 'member%' AND m.email_verified_at IS NOT NULL
               AND m.suspended_at IS NULL AND NOT EXISTS (SELECT 1 FROM unit_roles r WHERE r.member_id = m.id)
             ORDER BY m.email LIMIT 1")

# sign in: the login form's CSRF token, then the form itself
JAR_COOKIES=$(mktemp)
TOKEN=$(curl -s -c "$JAR_COOKIES" -b "$JAR_COOKIES" "$BASE/login" | grep -o 'name="_csrf" value="[^"]*' | head -1 | sed 's/.*value="//')
curl -s -o /dev/null -c "$JAR_COOKIES" -b "$JAR_COOKIES" --data-urlencode "_csrf=$TOKEN" \
    --data-urlencode "email=$EMAIL" --data-urlencode "password=demo-password-2026" "$BASE/login"
SESSION=$(awk '$6 == "SESSION" { print $7 }' "$JAR_COOKIES")
rm -f "$JAR_COOKIES"
[ -n "$SESSION" ] || { echo "could not sign in as $EMAIL" >&2; exit 1; }

echo "$(date -u +%FT%TZ) $MEMBERS members, signed in as $EMAIL, $JAR ($(sha1sum < "$JAR_COPY" | cut -c1-8))" | tee "$OUT"
echo "| page | req/s | p50 | p99 | CPU per request | load before |"
echo "| --- | --- | --- | --- | --- | --- |"
for PAGE in "chapter /units/$CHAPTER" "branch /units/$BRANCH" "own-page /me" "home /"; do
    NAME=${PAGE%% *}
    URL=$BASE${PAGE#* }
    # a signed-in page: it has the logout form
    BODY=$(curl -sf -H "Cookie: SESSION=$SESSION" "$URL")
    grep -q '/logout' <<< "$BODY" || { echo "$NAME: not signed in" >&2; exit 1; }
    wrk -t2 -c32 -d10s -H "Cookie: SESSION=$SESSION" "$URL" > /dev/null
    LOAD=$(cut -d' ' -f1-3 /proc/loadavg)
    BEFORE=$(cpu_ticks)
    RESULT=$(wrk -t2 -c32 -d20s --latency -H "Cookie: SESSION=$SESSION" "$URL")
    AFTER=$(cpu_ticks)
    printf '%s %s (load %s)\n%s\n' "$NAME" "$URL" "$LOAD" "$RESULT" >> "$OUT"
    RPS=$(echo "$RESULT" | awk '/Requests\/sec/ { printf "%\047d", $2 }')
    P50=$(echo "$RESULT" | awk '$1 == "50%" { print $2 }')
    P99=$(echo "$RESULT" | awk '$1 == "99%" { print $2 }')
    REQUESTS=$(echo "$RESULT" | awk '/requests in/ { print $1 }')
    CPU=$(awk -v t=$((AFTER - BEFORE)) -v n="$REQUESTS" 'BEGIN { printf "%.2f ms", t * 10 / n }')
    ERRORS=$(echo "$RESULT" | grep -E 'Non-2xx|Socket errors' || true)
    echo "| $NAME | $RPS | $P50 | $P99 | $CPU | $LOAD |${ERRORS:+ $ERRORS}"
done
