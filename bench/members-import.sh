#!/usr/bin/env bash
# Members import benchmark: starts the platform on free ports (registry demo data only), imports a
# generated roster of one province's size through the gateway's REST API (dry run, then for real,
# then the same file again), and times name searches over it. Prints the figures as Markdown; the
# last ones measured are in bench/RESULTS.md.
#
#   bench/members-import.sh [rows (22000)] [searches (300)]
#
# Needs Java 17 and Maven, like README command 1. The platform's processes log to .antq/logs/.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -DskipTests package
exec java -Dloader.main=vn.antq.launcher.bench.MembersImportBenchmark -jar launcher/target/antq-launcher-exec.jar "$@"
