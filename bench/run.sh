#!/usr/bin/env bash
# The benchmark (issue 9; not part of the test command): builds the services, starts them the way
# the run command does (four packaged services as processes, a Kafka broker, PostgreSQL), seeds a
# province and measures. Prints a table and writes bench/target/bench-result.json and bench-table.md.
#   bench/run.sh [--no-build] [-Dkabupaten=24 -Dagencies=40 -Dindicators=60 -Drates=100,200,... -DstepSeconds=10]
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
. deploy/local/postgres.sh
if [ "${1:-}" = "--no-build" ]; then shift; else ./mvnw -B -q -DskipTests package; fi
sakip_pg_ensure "$ROOT"
trap sakip_pg_stop_private EXIT
export SAKIP_TEST_DB_URL=${SAKIP_TEST_DB_URL:-jdbc:postgresql://$SAKIP_PG_HOST:$SAKIP_PG_PORT/postgres}
export SAKIP_TEST_DB_USER=${SAKIP_TEST_DB_USER:-$SAKIP_PG_USER} SAKIP_TEST_DB_PASSWORD=${SAKIP_TEST_DB_PASSWORD:-$SAKIP_PG_PASSWORD}
java -Xmx1g -Dsakip.root="$ROOT" -Dsakip.service.jvm-options=-Xmx256m -Dsakip.service.log-dir=bench/target/logs "$@" -cp "bench/target/classes:$(cat bench/target/runtime-classpath.txt)" id.sakip.bench.Bench
