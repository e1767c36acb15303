#!/usr/bin/env bash
# Operations on provinces (tenants): onboard, offboard. See vn.antq.launcher.ops.Provinces.
#   ./ops.sh onboard  --slug lam-dong --code 68 --name "Lâm Đồng" [--tier standard] [--admin quantri.lamdong]
#   ./ops.sh offboard --slug lam-dong --export exports/lam-dong --database-url jdbc:postgresql://HOST:PORT/postgres
set -euo pipefail
cd "$(dirname "$0")"
[ -f launcher/target/antq-launcher-exec.jar ] || mvn -B -q -DskipTests install
exec java -Dloader.main=vn.antq.launcher.ops.Provinces -jar launcher/target/antq-launcher-exec.jar "$@"
