#!/usr/bin/env bash
# README command 1: build the jars (tests skipped) and start the whole platform with demo data.
# Needs only Java 17 and Maven: PostgreSQL comes as an embedded server from Maven artifacts.
set -euo pipefail
cd "$(dirname "$0")"
mvn -B -q -DskipTests install
exec java -jar launcher/target/antq-launcher-exec.jar "$@"
