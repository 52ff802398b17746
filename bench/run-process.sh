#!/usr/bin/env bash
# Whole-process timings of bin/podlint (what a user waits for), each case the median of RUNS.
#
#   bench/run-process.sh [RUNS]
#
# Cases, in this order:
#   1. JVM start baseline: `java -version` and `podlint --version` (JVM + CLI, nothing linted),
#      with the launcher's JVM flags and class-data sharing archive;
#   2. one small file from a cold start (what the pre-commit hook pays);
#   3. 10,000 documents (200 files) with schemas and every rule, JSON report;
#   4. 100,000 documents (2,000 files) with -Xmx256m (bounded memory), JSON report; also peak RSS.
# The synthetic corpora are made with ../shared/tools/gen-corpus.sh on first use, under
# $PODLINT_BENCH_DIR (default /tmp/podlint-bench). Extra JVM flags: PODLINT_JAVA_OPTS, as for
# bin/podlint. The load average is printed with the results: on a busy machine they mean little.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
runs="${1:-11}"
podlint="$root/bin/podlint"
small="$root/testdata/core/valid-deployment.yaml"
work="${PODLINT_BENCH_DIR:-/tmp/podlint-bench}"
gen="$root/../shared/tools/gen-corpus.sh"

corpus() { # DOCS -> a corpus folder with that many documents, generated once
  local dir="$work/synth-$1"
  if [[ ! -d "$dir" ]]; then
    mkdir -p "$work"
    "$gen" -n "$1" -o "$dir" >/dev/null
  fi
  echo "$dir"
}

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : int((a[NR/2]+a[NR/2+1])/2))}'; }

# Median wall time in ms of RUNS runs of a command (output discarded, exit code ignored).
time_runs() {
  local n="$1"; shift
  for _ in $(seq "$n"); do
    local s e
    s=$(date +%s%N)
    "$@" >/dev/null 2>&1 || true
    e=$(date +%s%N)
    echo $(( (e - s) / 1000000 ))
  done | median
}

# Peak resident memory (MB) of one run, from GNU time when it is installed.
peak_rss() {
  if [[ -x /usr/bin/time ]]; then
    /usr/bin/time -f '%M' "$@" 2>&1 >/dev/null | tail -1 | awk '{printf "%d MB", $1 / 1024}'
  else
    echo "n/a"
  fi
}

"$podlint" --version >/dev/null   # builds the jar and the class-data sharing archive if needed
synth10k="$(corpus 10000)"
synth100k="$(corpus 100000)"
java_cmd="java"
[[ -n "${JAVA_HOME:-}" && -x "$JAVA_HOME/bin/java" ]] && java_cmd="$JAVA_HOME/bin/java"

echo "podlint whole-process timings, median of $runs runs (ms); $(nproc) cores; $("$java_cmd" -version 2>&1 | head -1)"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "java -version (bare JVM start):     $(time_runs "$runs" "$java_cmd" -XX:TieredStopAtLevel=1 -XX:-UsePerfData -XX:C1MaxInlineSize=20 -XX:CICompilerCount=1 -XX:+UseSerialGC -Xmn64m -version)"
echo "podlint --version (JVM + CLI):      $(time_runs "$runs" "$podlint" --version)"
echo "one small file, cold:               $(time_runs "$runs" "$podlint" lint "$small")"
echo "10,000 documents:                   $(time_runs "$(( runs / 2 | 1 ))" "$podlint" lint --format json "$synth10k")"
echo "100,000 documents, -Xmx256m:        $(PODLINT_JAVA_OPTS="${PODLINT_JAVA_OPTS:-} -Xmx256m" \
  time_runs 3 "$podlint" lint --format json "$synth100k")"
echo "  peak RSS, 100,000 documents:      $(PODLINT_JAVA_OPTS="${PODLINT_JAVA_OPTS:-} -Xmx256m" \
  peak_rss "$podlint" lint --format json "$synth100k")"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
