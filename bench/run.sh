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
command -v h2load > /dev/null || echo "h2load not found: figure 1 with JVM clients only (Debian: apt-get install nghttp2-client)"
# The load generator's own GC pauses would count as the platform's latency (figure 2): ZGC keeps them
# under a millisecond.
exec java -XX:+UseZGC -Xmx2g -jar bench/target/antq-bench.jar "$@"
