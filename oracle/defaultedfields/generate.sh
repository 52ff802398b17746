#!/usr/bin/env bash
# Writes the fields the defaulting code of each bundled Kubernetes minor fills in (stdout), for
# schemas/src/main/resources/dev/podlint/schemas/generator/defaulted-fields.tsv. The modules come
# from the Go module cache (downloaded through the Go module proxy when missing).
set -euo pipefail
cd "$(dirname "$0")/.."
releases="1.27.16 1.28.15 1.30.14 1.31.14 1.32.13 1.33.9 1.34.5 1.35.2 1.36.3"
mod="$(go env GOMODCACHE)"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
for release in $releases; do
  minor="${release%.*}"
  staging="v0.${release#1.}"
  for module in k8s.io/kubernetes@v$release k8s.io/api@$staging k8s.io/apimachinery@$staging; do
    [[ -d "$mod/$module" ]] || (cd "$tmp" && GOFLAGS=-mod=mod go mod download "$module")
  done
  go run ./defaultedfields "$mod/k8s.io/kubernetes@v$release" "$mod/k8s.io/api@$staging" \
    "$mod/k8s.io/apimachinery@$staging" | sed "s/\$/\t$minor/"
done > "$tmp/all"
echo "# Fields the API server's defaulting (SetDefaults_* in pkg/apis/*/v1*/defaults.go of k8s.io/kubernetes)"
echo "# fills in before it validates an object, so they are never required. Written by"
echo "# oracle/defaultedfields/generate.sh ($releases)."
echo "# definition	JSON name	Go function	Kubernetes minors"
sort "$tmp/all" | awk -F'\t' '
  { key = $1 "\t" $2 "\t" $3; if (key in minors) minors[key] = minors[key] "," $4; else { minors[key] = $4; order[n++] = key } }
  END { for (i = 0; i < n; i++) print order[i] "\t" minors[order[i]] }'
