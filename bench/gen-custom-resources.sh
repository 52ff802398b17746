#!/usr/bin/env bash
# Writes N Istio custom resources (VirtualService, DestinationRule, Gateway in turn), 50 a file, to DIR:
# the corpus of the custom-resource benchmark (validated against Istio's CRDs with --crd).
# Usage: bench/gen-custom-resources.sh N DIR
set -euo pipefail
n="${1:?N}"
dir="${2:?DIR}"
mkdir -p "$dir"
for ((file = 0; file * 50 < n; file++)); do
  {
    for ((j = 0; j < 50 && file * 50 + j < n; j++)); do
      i=$((file * 50 + j))
      [[ $j -gt 0 ]] && echo "---"
      case $((i % 3)) in
        0) printf '%s\n' "apiVersion: networking.istio.io/v1" "kind: VirtualService" "metadata:" \
             "  name: reviews-$i" "  namespace: ns$((i % 50))" "spec:" "  hosts: [reviews-$i]" "  gateways: [mesh]" \
             "  http:" "  - match:" "    - uri: {prefix: /api/$i}" "      headers:" "        end-user: {exact: jason}" \
             "    route:" "    - destination: {host: reviews, subset: v1, port: {number: 9080}}" "      weight: 75" \
             "    - destination: {host: reviews, subset: v2}" "      weight: 25" "    timeout: 10s" \
             "    retries: {attempts: 3, perTryTimeout: 2s}" ;;
        1) printf '%s\n' "apiVersion: networking.istio.io/v1" "kind: DestinationRule" "metadata:" \
             "  name: reviews-$i" "spec:" "  host: reviews-$i" "  trafficPolicy:" "    loadBalancer: {simple: LEAST_REQUEST}" \
             "    connectionPool:" "      tcp: {maxConnections: 100}" "  subsets:" "  - name: v1" \
             "    labels: {version: v1}" "  - name: v2" "    labels: {version: v2}" ;;
        2) printf '%s\n' "apiVersion: networking.istio.io/v1" "kind: Gateway" "metadata:" "  name: gw-$i" "spec:" \
             "  selector: {istio: ingressgateway}" "  servers:" "  - port: {number: 80, name: http, protocol: HTTP}" \
             "    hosts: [\"app$i.example.com\"]" ;;
      esac
    done
  } > "$dir/f$(printf '%03d' "$file").yaml"
done
