#!/usr/bin/env bash
# Whole-process timings of podlint, each reported with parse-only measured in the same run.
#
#   bench/run-process.sh [CORPUS_DIR] [RUNS]
#
# CORPUS_DIR defaults to ../shared/corpus; RUNS (default 7) per case, median reported.
# Cases: one small file from a cold JVM (what the pre-commit hook pays), the corpus with every
# check, and the corpus with only loading (--disable of every check is not possible, so the
# parse-only baseline is the JMH PARSE stage; here the baseline is `podlint rules`, a JVM start
# that loads nothing).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
corpus="${1:-$root/../shared/corpus}"
runs="${2:-7}"
podlint="$root/bin/podlint"
small="$root/testdata/core/valid-deployment.yaml"

"$podlint" --version >/dev/null   # builds the jar (and the CDS archive) if needed

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
time_runs() {
  for _ in $(seq "$runs"); do
    local s e
    s=$(date +%s%N)
    "$@" >/dev/null 2>&1 || true
    e=$(date +%s%N)
    echo $(( (e - s) / 1000000 ))
  done | median
}

start=$(time_runs "$podlint" rules)
one=$(time_runs "$podlint" lint --no-color "$small")
all=$(time_runs "$podlint" lint --no-color "$corpus")
docs=$("$podlint" lint --format json "$corpus" 2>/dev/null | sed -n 's/.*"documents" : \([0-9]*\).*/\1/p' | tail -1)
echo "runs per case:                 $runs (median, ms)"
echo "JVM start + CLI (podlint rules): ${start} ms"
echo "one small file, cold:           ${one} ms"
echo "corpus ($docs documents):       ${all} ms"
