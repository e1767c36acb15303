#!/usr/bin/env bash
# Benchmarks as ratios, loopback only, about 9 minutes (three platform starts): see bench/RESULTS.md.
#
#   bench/run.sh [gateway] [profile] [national]
#
# gateway: figures 1 and 2 only; profile: the gateway also writes a flight recording per transport
# to .antq/bench-gateway-native-{on,off}.jfr; national: figures 5 and 6 only.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -DskipTests package
exec java -jar bench/target/antq-bench.jar "$@"
