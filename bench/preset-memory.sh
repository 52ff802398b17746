#!/usr/bin/env bash
# Memory of runs with PodPresets: time and peak RSS of `podlint lint --format json` on 100,000
# documents with -Xmx256m, without a preset, with bench/presets/few.yaml and with many.yaml.
#
#   bench/preset-memory.sh [JAR...]      (default cli/target/podlint.jar; several jars run interleaved)
#
# Corpora, made once under $PODLINT_BENCH_DIR (default /tmp/podlint-bench) with
# ../shared/tools/gen-corpus.sh: "mixed" (-n 100000: 744 Pods among the 11 core kinds) and "pods"
# (-k '^Pod$': 100,000 Pods). In both, the nginx and security-context Pods whose generated name ends
# in 0 (mixed) or 000 (pods) get the label tier: rare, which few.yaml selects (50 and 66 Pods);
# many.yaml selects every Pod of the namespace (its env conflicts with the mysql Pods'). JVM flags
# as bin/podlint's (C1, serial collector); PODLINT_JAVA_OPTS adds more. Prints the load average.
set -uo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
work="${PODLINT_BENCH_DIR:-/tmp/podlint-bench}"
gen="$root/../shared/tools/gen-corpus.sh"
jars=("$@")
[[ ${#jars[@]} -eq 0 ]] && jars=("$root/cli/target/podlint.jar")

corpus() { # NAME SUFFIX_REGEX [gen-corpus options] -> folder
  local dir="$work/preset-$1" suffix="$2"; shift 2
  if [[ ! -d "$dir" ]]; then
    mkdir -p "$work"
    "$gen" -n 100000 "$@" -o "$dir" >/dev/null || exit 2
    sed -i -E "s/^  name: ((nginx|security-context-demo-2)-g[0-9]*$suffix)\$/  name: \\1\\n  labels:\\n    tier: rare/" "$dir"/*.yaml
  fi
  echo "$dir"
}

mixed="$(corpus mixed 0)"
pods="$(corpus pods 000 -k '^Pod$')"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
printf '%-13s %-5s %-40s %8s %9s %s\n' corpus preset jar seconds "RSS (MB)" result
for dir in "$mixed" "$pods"; do
  for preset in none few many; do
    for jar in "${jars[@]}"; do
      args=(lint "$dir" --format json)
      [[ "$preset" != none ]] && args+=(--preset "$root/bench/presets/$preset.yaml")
      err="$(mktemp)"
      # shellcheck disable=SC2086 # PODLINT_JAVA_OPTS holds several words on purpose
      /usr/bin/time -f '%e %M' -o "$err.time" java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xmx256m \
        ${PODLINT_JAVA_OPTS:-} -jar "$jar" "${args[@]}" >/dev/null 2>"$err"
      result="exit $?"
      grep -q OutOfMemoryError "$err" && result="OutOfMemoryError"
      read -r secs rss < <(tail -1 "$err.time")
      printf '%-13s %-5s %-40s %8s %9s %s\n' "$(basename "$dir")" "$preset" "$jar" "$secs" "$((rss / 1024))" "$result"
      rm -f "$err" "$err.time"
    done
  done
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
