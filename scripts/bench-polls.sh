#!/usr/bin/env bash
# Measures the polls of issue 10, as docs/benchmarks.md records them: starts the application on a demo organization
# (loaded on the first run into the data directory) and
#   - casting ballots: an admin opens a secret yes/no poll in Porto Alegre (its roll: the chapter's 500 members);
#     VOTERS of them (default 128) are signed in and share 32 connections (wrk, 2 threads, 10 s warm-up, 20 s
#     measured), each request a ballot by the next member (their first, then changed votes: the last one counts);
#   - counting a closed poll of BALLOTS ballots (default 1,000,000): a yes/no poll of the international with that many
#     ballots made by SQL (generate_series) and its close task due 10 s after; the application's log says how long
#     after the deadline it was counted and how long counting took. Then the same for a ranked poll (4 options,
#     instant runoff) and a single transferable vote (4 options, 2 seats). The counting polls of an earlier run are
#     deleted first, so every run counts against a table of the same size. At the end one table gives, per poll type,
#     deadline to result, counting, and the load average at that moment;
#   - the idle cost: the database transactions a second of the idle application (db-scheduler's polls, the deadline
#     alarm's look every 10 s, the notification sweeps) over 60 s after the counting.
#
#   scripts/bench-polls.sh [jar] [data dir] [members] [port]
#   scripts/bench-polls.sh target/iops-platform-0.1.0-SNAPSHOT.jar /tmp/bench-polls 20000 8211
#
# BENCH_COUNT_ONLY=1 skips casting. Needs wrk, curl and psql. Use a disposable data directory: the benchmark's polls and ballots stay in it.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/bench-lib.sh

bench_args "$@"
VOTERS=${BENCH_VOTERS_COUNT:-128}
BALLOTS=${BENCH_BALLOTS:-1000000}
bench_start --iops.web.trusted-proxies=127.0.0.1,::1

CHAPTER=$(bench_sql "SELECT id FROM units WHERE level = 'CHAPTER' AND name = 'Porto Alegre'")
# sign-in limits live in the database and outlast a restart: each run signs in from addresses of its own
RUN=$(( $(date +%s) / 60 % 200 + 20 ))
ADMIN=$(bench_sign_in "admin@demo.iops.example" "10.3.$RUN.1")
token() { curl -s -H "Cookie: SESSION=$1" "$BASE$2" | grep -o 'name="_csrf" value="[^"]*' | head -1 \
    | sed 's/.*value="//; s/=/%3D/g; s/+/%2B/g; s/\//%2F/g'; }
FORM_TOKEN=$(token "$ADMIN" "/units/$CHAPTER/polls/new")
POLL=$(curl -s -o /dev/null -w '%{redirect_url}' -H "Cookie: SESSION=$ADMIN" \
    --data "_csrf=$FORM_TOKEN&title=Benchmark+ballot&description=&language=en&type=YES_NO&options=&seats=1&opensOn=&days=7&secrecy=SECRET&weighting=DIRECT&quorum=0&threshold=SIMPLE_MAJORITY" \
    "$BASE/units/$CHAPTER/polls/new" | sed 's#.*/polls/##')
[ -n "$POLL" ] || { echo "could not open the poll" >&2; exit 1; }
if [ -z "${BENCH_COUNT_ONLY:-}" ]; then
ROLL="SELECT m.email FROM member m JOIN poll_roll r ON r.member_id = m.id WHERE r.poll_id = '$POLL'
      AND m.email LIKE 'member%' AND m.suspended_at IS NULL ORDER BY m.email"
LIST=$DATA-voters.txt
: > "$LIST"
i=0
while read -r voter; do
    session=$(bench_sign_in "$voter" "10.$RUN.$((i / 10 + 100)).$((i % 10 + 1))")
    csrf=$(token "$session" "/polls/$POLL")
    [ -n "$session" ] && [ -n "$csrf" ] && echo "$session $csrf $POLL" >> "$LIST"
    i=$((i + 1))
done < <(bench_sql "$ROLL LIMIT $VOTERS")

echo "$(date -u +%FT%TZ) $MEMBERS members, poll $POLL ($(wc -l < "$LIST") voters signed in), $JAR ($(sha1sum < "$JAR_COPY" | cut -c1-8))" | tee "$OUT"
bench_header
BENCH_POSTERS=$LIST bench_measure "casting a ballot, 32 connections" "$BASE/" "" "" scripts/bench-vote.lua
echo "($(bench_sql "SELECT count(*) FROM poll_participation WHERE poll_id = '$POLL'") members voted, \
$(bench_sql "SELECT count(*) FROM poll_ballots WHERE poll_id = '$POLL'") ballots stored)"
fi

# earlier runs' counting polls go (their ballots with them), so the table is the same size for every run
bench_sql "DELETE FROM polls WHERE title LIKE 'Benchmark count %'" > /dev/null
bench_sql "DELETE FROM scheduled_tasks WHERE task_name IN ('polls-close', 'polls-open') AND task_instance NOT IN (SELECT id::text FROM polls)" > /dev/null
bench_sql "VACUUM ANALYZE poll_ballots" > /dev/null
SUMMARY=$(mktemp)

# counting: a poll of the international with BALLOTS ballots, made by SQL, closed by its own task 10 s later
count_poll() {
    local type=$1 options=$2 choice=$3 seats=${4:-1} id
    id=$(bench_sql "SELECT gen_random_uuid()")
    bench_sql "INSERT INTO polls (id, unit_id, title, description, language, type, seats, opens_at, closes_at, secrecy,
        weighting, quorum_ballots, threshold_comparison, threshold_numerator, threshold_denominator, threshold_base,
        state, roll_size, roll_hash, created_at)
        VALUES ('$id', '00000000-0000-0000-0000-000000000001', 'Benchmark count $type $seats', '', 'en', '$type', $seats,
        now() - interval '1 day', now() + interval '1 day', 'SECRET', 'DIRECT', 0, 'MORE_THAN', 1, 2,
        'FOR_AND_AGAINST', 'OPEN', $BALLOTS, 'benchmark', now())" > /dev/null
    [ -n "$options" ] && bench_sql "INSERT INTO poll_options (poll_id, position, label)
        SELECT '$id', p, 'Option ' || (p + 1) FROM generate_series(0, $options - 1) p" > /dev/null
    local started=$(date +%s)
    bench_sql "INSERT INTO poll_ballots (id, poll_id, voter_key, receipt, choice, mixed)
        SELECT gen_random_uuid(), '$id', decode(md5('$id' || i), 'hex'), upper(substr(md5(i || '$id'), 1, 20)),
        $choice, true FROM generate_series(1, $BALLOTS) i" > /dev/null
    bench_sql "ANALYZE poll_ballots" > /dev/null
    echo "($BALLOTS $type ballots written in $(( $(date +%s) - started )) s)"
    # the deadline comes 10 s after the ballots are in (not before: the sweep would count a poll still being filled)
    bench_sql "UPDATE polls SET closes_at = now() + interval '10 seconds' WHERE id = '$id'" > /dev/null
    bench_sql "INSERT INTO scheduled_tasks (task_name, task_instance, execution_time, picked, version)
        SELECT 'polls-close', '$id', closes_at, false, 1 FROM polls WHERE id = '$id'" > /dev/null
    for _ in $(seq 1 300); do
        [ "$(bench_sql "SELECT state FROM polls WHERE id = '$id'")" = CLOSED ] && break
        sleep 1
    done
    local load line
    load=$(cut -d' ' -f1-3 /proc/loadavg)
    line=$(grep "Poll $id counted" "$LOG" | sed 's/.*: Poll/Poll/')
    echo "load $load: $line"
    bench_sql "SELECT 'outcome ' || outcome || ', winners ' || winners::text || ', counted_at - closes_at = '
        || (counted_at - closes_at) FROM polls WHERE id = '$id'"
    # "Poll <id> counted: <n> ballots, <a> ms after its deadline, in <c> ms (tally <t> ms, board hash <h> ms)"
    echo "$line" | sed -E "s/.*counted: ([0-9]+) ballots, ([0-9]+) ms after its deadline, in ([0-9]+) ms \(tally ([0-9]+) ms, board hash ([0-9]+) ms\).*/| $type, $seats seat(s) | \1 | \2 ms | \3 ms | \4 ms | \5 ms | $load |/" >> "$SUMMARY"
}
count_poll YES_NO "" "(ARRAY['YES', 'NO', 'ABSTAIN'])[1 + (i % 7) % 3]"
count_poll RANKED 4 "(ARRAY['0>1>2', '1>0', '2>3>1>0', '3', '1>2'])[1 + (i % 11) % 5]"
count_poll RANKED 4 "(ARRAY['0>1>2', '1>0', '2>3>1>0', '3', '1>2', '0>2', '0'])[1 + (i % 13) % 7]" 2

echo
echo "$(date -u +%FT%TZ), $JAR ($(sha1sum < "$JAR_COPY" | cut -c1-8)), $(nproc) cores" | tee -a "$OUT"
echo "| poll | ballots | deadline to result | counting (lock to commit) | tally | board hash | load average then |" | tee -a "$OUT"
echo "| --- | --- | --- | --- | --- | --- | --- |" | tee -a "$OUT"
tee -a "$OUT" < "$SUMMARY"
rm -f "$SUMMARY"

# the idle cost: transactions committed by everyone (the application idle, this script's two queries) over 60 s, once the
# counting is done and the notices of the casting poll have left
idle_xacts() { bench_sql "SELECT sum(xact_commit + xact_rollback) FROM pg_stat_database"; }
xacts_before=$(idle_xacts); sleep 60; xacts_after=$(idle_xacts)
echo "idle: $(( (xacts_after - xacts_before - 1) )) database transactions in 60 s \
($(awk "BEGIN { printf \"%.2f\", ($xacts_after - $xacts_before - 1) / 60 }")/s), load $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$OUT"

