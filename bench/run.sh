#!/usr/bin/env bash
# Benchmarks as ratios, loopback only, about 4 minutes: see bench/RESULTS.md.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -DskipTests install
exec java -jar bench/target/antq-bench.jar "$@"
