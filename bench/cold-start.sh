#!/usr/bin/env bash
# Cold starts of podlint jars compared, interleaved run by run: before/after a start-up change.
#
#   bench/cold-start.sh RUNS FILE JAR...
#
# Each jar runs `lint FILE` with bin/podlint's JVM flags and its own AppCDS archive (made on first
# use beside the jar, trained on testdata/ as bin/podlint trains it; JDK 17). Prints per jar the
# medians of wall and CPU time (user + system) and the classes a run loads (-Xlog:class+load). CPU
# time and class counts mean more than wall time on a shared machine. With PROFILE=1 it also writes a
# JFR recording of each jar's runs (method samples every millisecond) under $PODLINT_BENCH_DIR.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
if (($# < 3)); then
  echo "usage: bench/cold-start.sh RUNS FILE JAR..." >&2
  exit 2
fi
runs="$1" file="$2"
shift 2
work="${PODLINT_BENCH_DIR:-/tmp/podlint-bench}/cold-start"
mkdir -p "$work"
if [[ ! -x /usr/bin/time ]]; then
  echo "cold-start: GNU time (/usr/bin/time) is not installed: CPU time cannot be measured"; exit 0
fi
flags=(-XX:TieredStopAtLevel=1 -XX:-UsePerfData -XX:C1MaxInlineSize=20 -XX:CICompilerCount=1 -XX:+UseSerialGC -Xmn64m)
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : int((a[NR/2]+a[NR/2+1])/2))}'; }
id() { echo "$1" | md5sum | cut -c1-8; }

for jar in "$@"; do
  archive="$work/$(id "$jar").jsa"
  [[ -f "$archive" && "$archive" -nt "$jar" ]] \
    || java "${flags[@]}" -XX:ArchiveClassesAtExit="$archive" -jar "$jar" lint --format json "$root/testdata" \
      >/dev/null 2>&1 || true
  : >"$work/$(id "$jar").runs"
done
for i in $(seq "$runs"); do
  for jar in "$@"; do
    share=(-Xshare:auto -Xlog:cds=off -Xlog:cds+dynamic=off -XX:SharedArchiveFile="$work/$(id "$jar").jsa")
    start=$EPOCHREALTIME
    /usr/bin/time -f '%U %S' -o "$work/time.out" java "${flags[@]}" "${share[@]}" -jar "$jar" lint "$file" \
      >/dev/null 2>&1 || true
    end=$EPOCHREALTIME
    # wall from bash's microsecond clock (GNU time's %e counts in 10 ms steps)
    tail -1 "$work/time.out" | awk -v us=$(( ${end/./} - ${start/./} )) '{printf "%d %d\n", us / 1000, ($1 + $2) * 1000}' \
      >>"$work/$(id "$jar").runs"
    if [[ -n "${PROFILE:-}" ]]; then
      java "${flags[@]}" "${share[@]}" \
        -XX:StartFlightRecording=filename="$work/$(id "$jar")-$i.jfr",settings="$root/bench/cold-start.jfc" \
        -jar "$jar" lint "$file" >/dev/null 2>&1 || true
    fi
  done
done
echo "cold start of 'lint $file', $runs runs each, medians; load average $(cut -d' ' -f1-3 /proc/loadavg)"
for jar in "$@"; do
  runs_file="$work/$(id "$jar").runs"
  share=(-Xshare:auto -Xlog:cds=off -Xlog:cds+dynamic=off -XX:SharedArchiveFile="$work/$(id "$jar").jsa")
  classes=$(java "${flags[@]}" "${share[@]}" -Xlog:class+load:file="$work/classes.txt" -jar "$jar" lint "$file" \
    >/dev/null 2>&1; wc -l <"$work/classes.txt")
  echo "$jar: wall $(awk '{print $1}' "$runs_file" | median) ms, CPU $(awk '{print $2}' "$runs_file" | median) ms," \
    "$classes classes loaded"
done
