#!/usr/bin/env bash
# Measures the discussion pages of issue 9, as docs/benchmarks.md records them: starts the application on a demo
# organization (loaded on the first run into the data directory, with its blogs, forums, comments and likes) and
# runs wrk (a 10 s warm-up, then 20 s measured, 2 threads, 32 connections) on
#   - Porto Alegre's 101-post topic, 20 to a page and whole on one page (?all), for a visitor and a signed-in member;
#   - Porto Alegre's front page (its blog, featured and forum sections), for a visitor and a signed-in member;
#   - the signed-in member's "what is new" page (/new);
#   - posting replies: 240 established members of Porto Alegre (no role, confirmed long ago) are signed in and share
#     the 32 connections, each request a reply by the next member to one of the chapter's other open topics.
#     (Each member may post 60 times an hour, so 240 members allow about 14,000 replies: the warm-up and the
#     measured 20 s at up to 450 replies a second.) The replies stay in the database; the 101-post topic is left alone.
#
#   scripts/bench-discussions.sh [jar] [data dir] [members] [port]
#   scripts/bench-discussions.sh target/iops-platform-0.1.0-SNAPSHOT.jar /tmp/bench-1m 1000000 8106
#
# BENCH_PAGES names the rows wanted (topic-visitor topic-member whole-visitor whole-member long-visitor long-member
# front-visitor front-member new posting); all by default.
#
# Needs wrk, curl and psql. Prints one table row per page; wrk's full output goes to <data dir>-wrk.txt.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/bench-lib.sh

bench_args "$@"
POSTERS=${BENCH_POSTERS_COUNT:-240}
# sign-ins are limited per address: the posters come "through" a proxy on this machine, each address signing in 10
bench_start --iops.web.trusted-proxies=127.0.0.1,::1

CHAPTER=$(bench_sql "SELECT id FROM units WHERE level = 'CHAPTER' AND name = 'Porto Alegre'")
# the demo's 101-post topic: 100 replies, none of them posted by a benchmark
# Porto Alegre's if it has one, else the first in the tree; visitors see it only if it is public
TOPIC=$(bench_sql "SELECT id FROM forum_topic WHERE last_number = 100 AND state = 'PUBLISHED'
                   AND last_activity_at <= '2026-11-01'
                   ORDER BY unit_id <> '$CHAPTER', visibility <> 'PUBLIC', created_at LIMIT 1")
[ -n "$TOPIC" ] || { echo "no 101-post topic in the demo data" >&2; exit 1; }
TOPIC_UNIT=$(bench_sql "SELECT unit_id FROM forum_topic WHERE id = '$TOPIC'")
PUBLIC_TOPIC=$(bench_sql "SELECT visibility = 'PUBLIC' FROM forum_topic WHERE id = '$TOPIC'")
[ "$TOPIC_UNIT" = "$CHAPTER" ] || echo "(no 101-post topic in Porto Alegre: measuring one of unit $TOPIC_UNIT)"
[ "$PUBLIC_TOPIC" = t ] || echo "(the demo's 101-post topic is for members only: the visitor rows are left out)"
ESTABLISHED="SELECT m.email FROM member m JOIN unit_memberships um ON um.member_id = m.id AND um.until IS NULL
             WHERE um.unit_id = '$CHAPTER' AND m.email LIKE 'member%' AND m.email_verified_at < now() - interval '30 days'
               AND m.suspended_at IS NULL AND NOT EXISTS (SELECT 1 FROM unit_roles r WHERE r.member_id = m.id)
               AND NOT EXISTS (SELECT 1 FROM moderation_suspension s WHERE s.member_id = m.id)
             ORDER BY m.email"
EMAIL=$(bench_sql "$ESTABLISHED LIMIT 1")
# sign-in limits live in the database and outlast a restart: each run signs in from addresses of its own
RUN=$(( $(date +%s) / 60 % 200 + 20 ))
SESSION=$(bench_sign_in "$EMAIL" "10.1.$RUN.1")
[ -n "$SESSION" ] || { echo "could not sign in as $EMAIL" >&2; exit 1; }

echo "$(date -u +%FT%TZ) $MEMBERS members, signed in as $EMAIL, $JAR ($(sha1sum < "$JAR_COPY" | cut -c1-8))" | tee "$OUT"
bench_header
set +e # a page that fails its check is reported and the next one measured
[ "$PUBLIC_TOPIC" = t ] && bench_wanted topic-visitor && bench_measure "topic, 20 posts, visitor" "$BASE/topics/$TOPIC" "" "</article>"
# page 1 asked for: a returning member who asks for the topic is sent to their first unread reply (a redirect)
bench_wanted topic-member && bench_measure "topic, 20 posts, member" "$BASE/topics/$TOPIC?page=1" "$SESSION" /logout
[ "$PUBLIC_TOPIC" = t ] && bench_wanted whole-visitor && bench_measure "topic, 101 posts, visitor" "$BASE/topics/$TOPIC?all" "" "</article>"
bench_wanted whole-member && bench_measure "topic, 101 posts, member" "$BASE/topics/$TOPIC?all" "$SESSION" /logout
# the demo's longest public topic (benchmark replies of earlier runs make it long): its first page, as fast as a short one?
LONG=$(bench_sql "SELECT id || ' ' || (last_number + 1) FROM forum_topic WHERE visibility = 'PUBLIC' AND state = 'PUBLISHED'
                  ORDER BY last_number DESC LIMIT 1")
read -r LONG_TOPIC LONG_POSTS <<< "$LONG"
bench_wanted long-visitor && bench_measure "topic of $LONG_POSTS posts, page 1, visitor" "$BASE/topics/$LONG_TOPIC?page=1" "" "</article>"
bench_wanted long-member && bench_measure "topic of $LONG_POSTS posts, page 1, member" "$BASE/topics/$LONG_TOPIC?page=1" "$SESSION" /logout
bench_wanted front-visitor && bench_measure "chapter front page, visitor" "$BASE/units/$CHAPTER" "" "/topics/"
bench_wanted front-member && bench_measure "chapter front page, member" "$BASE/units/$CHAPTER" "$SESSION" /logout
bench_wanted new && bench_measure "what is new, member" "$BASE/new" "$SESSION" /logout

bench_wanted posting || exit 0
# posting: sign the posters in, each with a form token from a page of theirs (page 1 asked for: a member who read
# the topic before is sent on to their first unread reply)
TOPICS=($(bench_sql "SELECT id FROM forum_topic WHERE unit_id = '$CHAPTER' AND id <> '$TOPIC' AND NOT closed
                     AND state = 'PUBLISHED' ORDER BY id"))
LIST=$DATA-posters.txt
: > "$LIST"
i=0
while read -r poster; do
    session=$(bench_sign_in "$poster" "10.$RUN.$((i / 10)).$((i % 10 + 1))")
    token=$(curl -s -H "Cookie: SESSION=$session" "$BASE/topics/${TOPICS[$((i % ${#TOPICS[@]}))]}?page=1" \
        | grep -o 'name="_csrf" value="[^"]*' | head -1 | sed 's/.*value="//; s/=/%3D/g; s/+/%2B/g; s/\//%2F/g')
    [ -n "$session" ] && [ -n "$token" ] && echo "$session $token ${TOPICS[$((i % ${#TOPICS[@]}))]}" >> "$LIST"
    i=$((i + 1))
done < <(bench_sql "$ESTABLISHED OFFSET 1 LIMIT $POSTERS")
echo "($(wc -l < "$LIST") posters signed in, replying to ${#TOPICS[@]} topics)"
BEFORE=$(bench_sql "SELECT count(*) FROM forum_reply")
BENCH_POSTERS=$LIST bench_measure "posting a reply, 32 connections" "$BASE/" "" "" scripts/bench-post.lua
echo "($(( $(bench_sql "SELECT count(*) FROM forum_reply") - BEFORE )) replies written, warm-up included)"
