#!/usr/bin/env bash
# podlint against kubeconform, whole process, in the same run and interleaved run by run.
#
#   bench/vs-kubeconform.sh [RUNS]          (default 5; the small cold file gets 4x as many)
#
# kubeconform (v0.7.0, `go install`ed under $PODLINT_BENCH_DIR/bin on first use) runs strict with
# -ignore-missing-schemas and its default workers, against local schemas written from the schemas
# podlint bundles for the same Kubernetes version (dev.podlint.bench.KubeconformSchemas), so both
# check the same API. podlint runs as shipped (bin/podlint lint --format json), with every rule.
# Cases: 10,000 and 100,000 synthetic documents (../shared/tools/gen-corpus.sh), the real corpus in
# ../shared/corpus, and one small file from a cold start (with `java -version` as its baseline).
# Reports medians of wall time, CPU time (user + system) and peak RSS, and podlint / kubeconform.
# Without go, or without ../shared, it says so in one line and exits 0.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
runs="${1:-5}"
version="${PODLINT_BENCH_K8S:-1.36}"
work="${PODLINT_BENCH_DIR:-/tmp/podlint-bench}"
shared="$root/../shared"
kubeconform="$work/bin/kubeconform"
schemas="$work/kubeconform-schemas-$version"

if ! command -v go >/dev/null 2>&1; then
  echo "vs-kubeconform: go is not on the PATH, kubeconform cannot be built: nothing compared"; exit 0
fi
if [[ ! -x "$shared/tools/gen-corpus.sh" ]]; then
  echo "vs-kubeconform: $shared/tools/gen-corpus.sh is missing: no corpora to compare on"; exit 0
fi
if [[ ! -x /usr/bin/time ]]; then
  echo "vs-kubeconform: GNU time (/usr/bin/time) is not installed: CPU time and peak RSS cannot be measured"; exit 0
fi
mkdir -p "$work/bin"
[[ -x "$kubeconform" ]] || GOBIN="$work/bin" go install github.com/yannh/kubeconform/cmd/kubeconform@v0.7.0
if [[ ! -d "$schemas" ]]; then
  [[ -f "$root/bench/target/benchmarks.jar" ]] || (cd "$root" && mvn -q -DskipTests -pl bench -am package)
  java -cp "$root/bench/target/benchmarks.jar" dev.podlint.bench.KubeconformSchemas "$version" "$schemas" >/dev/null
fi
corpus() { # DOCS -> a synthetic corpus folder with that many documents, generated once
  local dir="$work/synth-$1"
  [[ -d "$dir" ]] || "$shared/tools/gen-corpus.sh" -n "$1" -o "$dir" >/dev/null
  echo "$dir"
}
podlint=("$root/bin/podlint" lint --format json --kubernetes-version "$version")
kc=("$kubeconform" -strict -ignore-missing-schemas -summary -output json
    -schema-location "$schemas/{{ .ResourceKind }}{{ .KindSuffix }}.json")
java_cmd="java"
[[ -n "${JAVA_HOME:-}" && -x "$JAVA_HOME/bin/java" ]] && java_cmd="$JAVA_HOME/bin/java"
"${podlint[@]}" "$root/testdata/core/valid-deployment.yaml" >/dev/null 2>&1 || true # builds jar and CDS archive

# One run: "wall_ms cpu_ms rss_kb" of a command (its output discarded, its exit code ignored). Wall
# time from bash's microsecond clock: GNU time's %e counts in 10 ms steps, too coarse for a cold start.
measure() {
  local start end
  start=$EPOCHREALTIME
  /usr/bin/time -f '%U %S %M' -o "$work/time.out" "$@" >/dev/null 2>&1 || true
  end=$EPOCHREALTIME
  # the last line: GNU time writes "Command exited with non-zero status N" above it when the lint
  # finds something (read as a run of 0 ms, that line once halved the medians of the big inputs)
  tail -1 "$work/time.out" \
    | awk -v us=$(( ${end/./} - ${start/./} )) '{printf "%d %d %d\n", us / 1000, ($1 + $2) * 1000, $3}'
}
java_version=("$java_cmd" -XX:TieredStopAtLevel=1 -XX:-UsePerfData -XX:C1MaxInlineSize=20 -XX:CICompilerCount=1 -XX:+UseSerialGC -Xmn64m -version)
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : int((a[NR/2]+a[NR/2+1])/2))}'; }
column_median() { awk -v c="$1" '{print $c}' "$2" | median; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf (b > 0 ? "%.2f" : "n/a"), a / b}'; }

# case LABEL RUNS PATH [j]: podlint and kubeconform interleaved (with j, `java -version` too, into
# $work/j.runs: the cold start's baseline, measured in the same minutes), then one table row.
compare() {
  local label="$1" n="$2" path="$3" p="$work/p.runs" k="$work/k.runs"
  : >"$p"; : >"$k"
  [[ -n "${4:-}" ]] && : >"$work/j.runs"
  for _ in $(seq "$n"); do
    measure "${podlint[@]}" "$path" >>"$p"
    measure "${kc[@]}" "$path" >>"$k"
    [[ -n "${4:-}" ]] && measure "${java_version[@]}" >>"$work/j.runs"
  done
  local pw pc pr kw kc_ kr
  pw=$(column_median 1 "$p"); pc=$(column_median 2 "$p"); pr=$(( $(column_median 3 "$p") / 1024 ))
  kw=$(column_median 1 "$k"); kc_=$(column_median 2 "$k"); kr=$(( $(column_median 3 "$k") / 1024 ))
  echo "| $label | $n | $pw | $kw | **$(ratio "$pw" "$kw")** | $pc | $kc_ | $(ratio "$pc" "$kc_") | $pr | $kr | $(ratio "$pr" "$kr") |"
}

echo "podlint vs kubeconform v0.7.0, Kubernetes $version schemas, medians; $(nproc) cores;" \
  "$("$java_cmd" -version 2>&1 | head -1); load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
echo
echo "| case | runs | podlint wall ms | kubeconform wall ms | wall ratio | podlint CPU ms | kubeconform CPU ms | CPU ratio | podlint RSS MB | kubeconform RSS MB | RSS ratio |"
echo "|---|---|---|---|---|---|---|---|---|---|---|"
compare "one small file, cold" $(( runs * 4 )) "$root/testdata/core/valid-deployment.yaml" j
jv=$(column_median 1 "$work/j.runs")
cp "$work/p.runs" "$work/p.runs.cold"
compare "10,000 documents" "$runs" "$(corpus 10000)"
compare "100,000 documents" $(( (runs + 1) / 2 )) "$(corpus 100000)"
[[ -d "$shared/corpus" ]] && compare "../shared/corpus" "$runs" "$shared/corpus"
echo
echo "java -version (the launcher's flags), interleaved with the cold small file: $jv ms wall" \
  "(the cold small file: $(ratio "$(column_median 1 "$work/p.runs.cold")" "$jv") times it);" \
  "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
