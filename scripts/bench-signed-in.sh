#!/usr/bin/env bash
# Measures the pages a signed-in member reads most, as docs/benchmarks.md records them:
# starts the application on a demo organization (loaded on the first run into the data directory), signs in as a
# demo member who lives in the 500-member chapter (Porto Alegre), and runs wrk on that chapter's page, its branch's
# page (Brazil), the member's own page (/me), the home page, and two of the chapter's polls (DemoPolls): an open one
# (the member on its roll, with its voting form) and a closed one's results: a 10 s warm-up, then 20 s measured.
#
#   scripts/bench-signed-in.sh [jar] [data dir] [members] [port]
#   scripts/bench-signed-in.sh target/iops-platform-0.1.0-SNAPSHOT.jar /tmp/bench-20k 20000 8106
#
# BENCH_PAGES (for example "chapter home") measures only the pages named (chapter, branch, own-page, home, poll-open,
# poll-results); all of them by default.
#
# Needs wrk (apt-get install -y wrk), curl and psql. Prints one table row per page; wrk's full output goes to
# <data dir>-wrk.txt. The application is stopped at the end.
#
# Besides wrk's figures, each row gives the CPU time that the application and its embedded PostgreSQL spent per
# request (from /proc, during the measured 20 s): on a machine shared with other work, requests per second say
# more about the neighbours than about the page; CPU per request does not (2 cores give 2,000 ms of CPU a second).
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/bench-lib.sh

bench_args "$@"
bench_start

CHAPTER=$(bench_sql "SELECT id FROM units WHERE level = 'CHAPTER' AND name = 'Porto Alegre'")
BRANCH=$(bench_sql "SELECT branch_id FROM units WHERE id = '$CHAPTER'")
EMAIL=$(bench_sql "SELECT m.email FROM member m JOIN unit_memberships um ON um.member_id = m.id AND um.until IS NULL
             WHERE um.unit_id = '$CHAPTER' AND m.email LIKE 'member%' AND m.email_verified_at IS NOT NULL
               AND m.suspended_at IS NULL AND NOT EXISTS (SELECT 1 FROM unit_roles r WHERE r.member_id = m.id)
             ORDER BY m.email LIMIT 1")
SESSION=$(bench_sign_in "$EMAIL")
[ -n "$SESSION" ] || { echo "could not sign in as $EMAIL" >&2; exit 1; }
# the chapter's polls as the demo made them: the open one the member is on the roll of, and a counted one
OPEN_POLL=$(bench_sql "SELECT p.id FROM polls p JOIN poll_roll r ON r.poll_id = p.id JOIN member m ON m.id = r.member_id
             WHERE p.unit_id = '$CHAPTER' AND p.state = 'OPEN' AND m.email = '$EMAIL' ORDER BY p.created_at, p.id LIMIT 1")
CLOSED_POLL=$(bench_sql "SELECT id FROM polls WHERE unit_id = '$CHAPTER' AND state = 'CLOSED' AND outcome <> 'CANCELLED'
             AND result IS NOT NULL ORDER BY created_at, id LIMIT 1")
[ -n "$OPEN_POLL" ] && [ -n "$CLOSED_POLL" ] || { echo "no open or no closed demo poll in Porto Alegre" >&2; exit 1; }

echo "$(date -u +%FT%TZ) $MEMBERS members, signed in as $EMAIL, $JAR ($(sha1sum < "$JAR_COPY" | cut -c1-8))" | tee "$OUT"
bench_header
for PAGE in "chapter /units/$CHAPTER" "branch /units/$BRANCH" "own-page /me" "home /"; do
    # a signed-in page: it has the logout form
    if bench_wanted "${PAGE%% *}"; then bench_measure "${PAGE%% *}" "$BASE${PAGE#* }" "$SESSION" /logout; fi
done
# the open poll's page shows its voting form to a member on its roll, the closed one its result
if bench_wanted poll-open; then bench_measure "poll-open" "$BASE/polls/$OPEN_POLL" "$SESSION" "/polls/$OPEN_POLL/vote"; fi
if bench_wanted poll-results; then bench_measure "poll-results" "$BASE/polls/$CLOSED_POLL" "$SESSION" 'class="poll-result"'; fi
