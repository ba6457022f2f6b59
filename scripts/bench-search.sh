#!/usr/bin/env bash
# Measures search (issue 9) as docs/benchmarks.md records it: starts the application on a demo organization (loaded
# on the first run; its search index built by the start-up task, which this script waits for) and searches, as a
# visitor, for 200 distinct real words of the four languages taken from the public pages, one word a request:
# first each word once, in turn, on whatever the operating system has cached (cold after a reboot: this machine's disk
# reads a few hundred random pages a second), then with the search table and its indexes read into the cache
# (pg_prewarm, as a database server with the index in memory would have it): each word once again, 1 connection for
# 15 s, then 8 connections for 20 s (wrk, 10 s warm-up each), printing p50, p95 and p99 and the slowest words.
#
#   scripts/bench-search.sh [jar] [data dir] [members] [port]
#   scripts/bench-search.sh target/iops-platform-0.1.0-SNAPSHOT.jar /tmp/bench-1m 1000000 8106
#
# Needs wrk, curl and psql. wrk's full output goes to <data dir>-wrk.txt.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/bench-lib.sh

bench_args "$@"
# searches are limited per visitor address (120 a minute): each request comes "through" a proxy on this machine from
# an address of its own (bench-search.lua), and the cold and warm passes name one address per word
bench_start --iops.web.trusted-proxies=127.0.0.1,::1
# the index is built by a start-up task: wait until it has nothing left to do
for _ in $(seq 1 360); do
    [ "$(bench_sql "SELECT count(*) FROM scheduled_tasks WHERE task_name = 'search-index-missing'")" = 0 ] && break
    sleep 10
done
ITEMS=$(bench_sql "SELECT count(*) FROM search_item")
WORDS=$DATA-search-words.txt
bench_sql "SELECT word FROM (SELECT DISTINCT word FROM content_page_text, regexp_split_to_table(lower(body),
             '[^[:alpha:]]+') AS word WHERE length(word) > 3) w ORDER BY md5(word) LIMIT 200" \
    | python3 -c 'import sys, urllib.parse; [print(urllib.parse.quote(w.strip())) for w in sys.stdin if w.strip()]' > "$WORDS"
echo "$(date -u +%FT%TZ) $MEMBERS members, $ITEMS items indexed, $(wc -l < "$WORDS") words, $JAR ($(sha1sum < "$JAR_COPY" | cut -c1-8))" | tee "$OUT"
# each word once, sequentially: p50, p95, max and the three slowest words
one_by_one() {
    while read -r word; do
        curl -s -o /dev/null -w "%{time_total} $word\n" -H "X-Forwarded-For: 10.9.$((RANDOM % 250)).$((RANDOM % 250 + 1))" "$BASE/search?q=$word"
    done < "$WORDS" | sort -n | awk '{ t[NR] = $1 * 1000; w[NR] = $2 } END {
        printf "p50 %.0f ms, p95 %.0f ms, max %.0f ms; slowest: %s %.0f, %s %.0f, %s %.0f\n", t[int(NR * 0.5)],
            t[int(NR * 0.95)], t[NR], w[NR], t[NR], w[NR - 1], t[NR - 1], w[NR - 2], t[NR - 2] }'
}
echo "| each word once, as cached | $(one_by_one) |" | tee -a "$OUT"
bench_sql "CREATE EXTENSION IF NOT EXISTS pg_prewarm" > /dev/null
bench_sql "SELECT sum(pg_prewarm(c.oid, 'read')) FROM pg_class c WHERE c.oid = 'search_item'::regclass
             OR c.oid IN (SELECT indexrelid FROM pg_index WHERE indrelid = 'search_item'::regclass)" > /dev/null
echo "| each word once, index prewarmed | $(one_by_one) |" | tee -a "$OUT"
for run in "1 1 15s" "2 8 20s"; do
    read -r threads connections duration <<< "$run"
    BENCH_WORDS=$WORDS wrk -t"$threads" -c"$connections" -d10s -s scripts/bench-search.lua "$BASE/" > /dev/null
    load=$(cut -d' ' -f1-3 /proc/loadavg)
    before=$(bench_cpu_ticks)
    result=$(BENCH_WORDS=$WORDS wrk -t"$threads" -c"$connections" -d"$duration" --latency -s scripts/bench-search.lua "$BASE/")
    after=$(bench_cpu_ticks)
    echo "$result" >> "$OUT"
    requests=$(echo "$result" | awk '/requests in/ { print $1 }')
    cpu=$(awk -v a="$before" -v b="$after" -v n="$requests" 'BEGIN { split(a, x, " "); split(b, y, " ");
        printf "%.2f + %.2f ms", (y[1] - x[1]) * 10 / n, (y[2] - x[2]) * 10 / n }')
    echo "| $connections connection(s), $duration | $(echo "$result" | awk '/Requests\/sec/ { print $2 }') req/s | $(echo "$result" | grep percentiles) | CPU $cpu | load $load |"
done
