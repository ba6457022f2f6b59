# Shared by the bench-*.sh scripts (sourced, not run): starting the application on a demo organization, signing in
# members, and measuring one page with wrk (a 10 s warm-up, then 20 s measured) as one row of a Markdown table.
# Needs wrk, curl and psql. bench_args sets JAR, DATA, MEMBERS, PORT, OUT; bench_start sets BASE, APP, PG_PORT.

# The scripts' arguments: [jar] [data dir] [members] [port]; wrk's whole output goes to <data dir>-wrk.txt.
bench_args() {
    JAR=${1:-target/iops-platform-0.1.0-SNAPSHOT.jar}
    DATA=${2:-/tmp/bench-20k}
    MEMBERS=${3:-20000}
    PORT=${4:-8106}
    OUT=$DATA-wrk.txt
}

# Starts the application (loading the demo organization on the first run into DATA) and waits until it is up.
# Extra arguments go to the application.
bench_start() {
    BASE=http://localhost:$PORT
    LOG=$DATA-app.log
    JAR_COPY=$(mktemp /tmp/bench-app-XXXX.jar) # the build may change under us while we measure
    cp "$JAR" "$JAR_COPY"
    java ${BENCH_JAVA_OPTS:-} -jar "$JAR_COPY" --server.port="$PORT" --iops.data-dir="$DATA" \
        --iops.demo.members="$MEMBERS" "$@" > "$LOG" 2>&1 &
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
}

bench_sql() { psql -h localhost -p "$PG_PORT" -U postgres -d postgres -Atc "$1"; }

# CPU ticks (1/100 s) used so far by the application's JVM, then by its embedded PostgreSQL (the server and its
# backends; the server is not the JVM's child: it runs detached, found by its data directory)
bench_cpu_ticks() {
    local postmaster jvm db
    jvm=$(awk '{ print $14 + $15 }' "/proc/$APP/stat")
    postmaster=$(pgrep -f "postgres -D $DATA/pg" | head -1)
    db=0
    if [ -n "$postmaster" ]; then
        db=$(for pid in $postmaster $(pgrep -P "$postmaster"); do cat "/proc/$pid/stat" 2>/dev/null; done \
            | awk '{ s += $14 + $15 } END { print s + 0 }')
    fi
    echo "$jvm $db"
}

# Signs in with the demo password; prints the SESSION cookie's value. A second argument is sent as the
# X-Forwarded-For address (the application must trust 127.0.0.1 as a proxy), since sign-ins are limited per address.
bench_sign_in() {
    local email=$1 from=${2:-} cookies token
    local -a forwarded=()
    [ -n "$from" ] && forwarded=(-H "X-Forwarded-For: $from")
    cookies=$(mktemp)
    token=$(curl -s "${forwarded[@]}" -c "$cookies" -b "$cookies" "$BASE/login" \
        | grep -o 'name="_csrf" value="[^"]*' | head -1 | sed 's/.*value="//')
    curl -s -o /dev/null "${forwarded[@]}" -c "$cookies" -b "$cookies" --data-urlencode "_csrf=$token" \
        --data-urlencode "email=$email" --data-urlencode "password=demo-password-2026" "$BASE/login"
    awk '$6 == "SESSION" { print $7 }' "$cookies"
    rm -f "$cookies"
}

# Whether a row is to be measured: BENCH_PAGES (for example "chapter home") names the rows wanted; all by default.
bench_wanted() { [ -z "${BENCH_PAGES:-}" ] || [[ " $BENCH_PAGES " == *" $1 "* ]]; }

bench_header() {
    echo "| page | req/s | p50 | p99 | CPU per request: application + database | load before |"
    echo "| --- | --- | --- | --- | --- | --- |"
}

# One measured page: bench_measure NAME URL [SESSION] [MUST_CONTAIN] [wrk script] prints a table row; wrk's whole
# output goes to $OUT.
bench_measure() {
    local name=$1 url=$2 session=${3:-} expect=${4:-} script=${5:-} body load before after result
    local -a cookie=() lua=()
    [ -n "$session" ] && cookie=(-H "Cookie: SESSION=$session")
    [ -n "$script" ] && lua=(-s "$script")
    if [ -n "$expect" ]; then
        body=$(curl -sf "${cookie[@]}" "$url") || { echo "$name: $url failed" >&2; return 1; }
        grep -q -- "$expect" <<< "$body" || { echo "$name: $url does not show \"$expect\"" >&2; return 1; }
    fi
    wrk -t2 -c32 -d10s "${cookie[@]}" "${lua[@]}" "$url" > /dev/null
    load=$(cut -d' ' -f1-3 /proc/loadavg)
    before=$(bench_cpu_ticks)
    result=$(wrk -t2 -c32 -d20s --latency "${cookie[@]}" "${lua[@]}" "$url")
    after=$(bench_cpu_ticks)
    printf '%s %s (load %s)\n%s\n' "$name" "$url" "$load" "$result" >> "$OUT"
    local rps p50 p99 requests cpu errors
    rps=$(echo "$result" | awk '/Requests\/sec/ { printf "%\047d", $2 }')
    p50=$(echo "$result" | awk '$1 == "50%" { print $2 }')
    p99=$(echo "$result" | awk '$1 == "99%" { print $2 }')
    requests=$(echo "$result" | awk '/requests in/ { print $1 }')
    cpu=$(awk -v a="$before" -v b="$after" -v n="$requests" 'BEGIN { split(a, x, " "); split(b, y, " ");
        printf "%.2f + %.2f ms", (y[1] - x[1]) * 10 / n, (y[2] - x[2]) * 10 / n }')
    errors=$(echo "$result" | grep -E 'Non-2xx|Socket errors' | tr -s ' ' | tr '\n' ' ' || true)
    echo "| $name | $rps | $p50 | $p99 | $cpu | $load |${errors:+ $errors}"
}
