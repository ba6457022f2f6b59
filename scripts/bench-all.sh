#!/usr/bin/env bash
# Retakes every web figure of docs/benchmarks.md on the current build, at 20,000 and at 1,000,000 members: the
# signed-in pages (scripts/bench-signed-in.sh) and the discussion pages with posting (scripts/bench-discussions.sh).
# The demo organizations are loaded into /tmp/bench-20k and /tmp/bench-1m the first time (about 1 and 4 minutes on
# a quiet machine) and reused after; the posting benchmark adds its replies to them.
#
#   scripts/bench-all.sh [jar] [port]        # about 25 minutes once the data is loaded
set -euo pipefail
cd "$(dirname "$0")/.."
JAR=${1:-target/iops-platform-0.1.0-SNAPSHOT.jar}
PORT=${2:-8106}
echo "build $(git rev-parse --short HEAD), $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
scripts/bench-signed-in.sh "$JAR" /tmp/bench-20k 20000 "$PORT"
scripts/bench-signed-in.sh "$JAR" /tmp/bench-1m 1000000 "$PORT"
scripts/bench-discussions.sh "$JAR" /tmp/bench-1m 1000000 "$PORT"
