#!/usr/bin/env bash
# Times podlint jars, one after the other, on each alias-amplified file of a folder (made by
# AliasAmplificationTest with -Dpodlint.alias.dir): the median wall time of RUNS runs per file and
# jar, and the run's exit code. A run over TIMEOUT seconds is stopped and shown as ">TIMEOUT".
# A file's options, one a line, are in NAME.args next to NAME.yaml when it needs any.
#
#   bench/run-alias.sh DIR RUNS TIMEOUT JAR...
set -euo pipefail
dir=$1 runs=$2 limit=$3
shift 3
java_cmd="java"
[[ -n "${JAVA_HOME:-}" && -x "$JAVA_HOME/bin/java" ]] && java_cmd="$JAVA_HOME/bin/java"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
printf '%-28s' file
for jar in "$@"; do printf ' %16s' "$(basename "$jar")"; done
echo
for file in "$dir"/*.yaml; do
  printf '%-28s' "$(basename "$file" .yaml)"
  options=()
  [[ -f "${file%.yaml}.args" ]] && mapfile -t options < "${file%.yaml}.args"
  for jar in "$@"; do
    times=()
    shown=""
    for ((r = 0; r < runs; r++)); do
      start=$(date +%s%N)
      code=0
      timeout "$limit" "$java_cmd" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -jar "$jar" \
        lint --no-color --fail-on none "${options[@]}" "$file" >/dev/null 2>&1 || code=$?
      if ((code == 124)); then shown=">${limit}s"; break; fi
      times+=($(( ($(date +%s%N) - start) / 1000000 )))
    done
    if [[ -z "$shown" ]]; then
      shown="$(printf '%s\n' "${times[@]}" | sort -n | sed -n "$(( (${#times[@]} + 1) / 2 ))p") ms (rc $code)"
    fi
    printf ' %16s' "$shown"
  done
  echo
done
