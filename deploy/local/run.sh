#!/usr/bin/env bash
# One command to run the whole system locally, without Docker:
#   deploy/local/run.sh [--no-build]
# builds the services, makes sure PostgreSQL runs (see postgres.sh), starts a real Kafka broker
# (KRaft) from the Kafka jars, the four services, loads the demo data and prints where everything is.
# Ctrl-C stops everything it started. State (broker data, keys, logs) lives in .local/.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
cd "$ROOT"
STATE=$ROOT/.local
mkdir -p "$STATE/logs" "$STATE/jwt"
# shellcheck source=postgres.sh
. "$ROOT/deploy/local/postgres.sh"

SERVICES=(indicator-service collection-service measurement-service reporting-service)
declare -A PORTS=([indicator-service]=8081 [collection-service]=8082 [measurement-service]=8083 [reporting-service]=8084)
PIDS=()

cleanup() {
  trap - INT TERM EXIT
  echo; echo "Stopping..."
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${PIDS[@]}"; do wait "$pid" 2>/dev/null || true; done
  sakip_pg_stop_private
  echo "Stopped."
}
trap cleanup INT TERM EXIT

if [ "${1:-}" != "--no-build" ]; then
  echo "Building (./mvnw package, tests skipped; ./mvnw verify runs them)..."
  ./mvnw -B -q -DskipTests package
fi

sakip_pg_ensure "$ROOT"
sakip_pg_create_databases sakip_indicator sakip_collection sakip_measurement sakip_reporting

if [ ! -f "$STATE/jwt/private.pem" ]; then
  openssl genrsa -out "$STATE/jwt/private.pem" 2048 2>/dev/null
  openssl rsa -in "$STATE/jwt/private.pem" -pubout -out "$STATE/jwt/public.pem" 2>/dev/null
fi

# a self-signed signing key for the demo agency (production: the PKCS#12 the certification authority issues)
mkdir -p "$STATE/signing"
DEMO_AGENCY=1506-KEC-KUALA-BETARA
if [ ! -f "$STATE/signing/$DEMO_AGENCY.p12" ]; then
  openssl req -x509 -newkey rsa:2048 -nodes -days 730 -subj "/CN=Camat Kuala Betara/O=$DEMO_AGENCY/C=ID" \
    -keyout "$STATE/signing/demo.key" -out "$STATE/signing/demo.crt" 2>/dev/null
  echo "demo-only" > "$STATE/signing/$DEMO_AGENCY.pass"
  openssl pkcs12 -export -inkey "$STATE/signing/demo.key" -in "$STATE/signing/demo.crt" -name ttd \
    -passout pass:demo-only -out "$STATE/signing/$DEMO_AGENCY.p12" 2>/dev/null
  rm -f "$STATE/signing/demo.key"
fi
export SIGNING_DIR="$STATE/signing"

if [ -z "${KAFKA_BOOTSTRAP_SERVERS:-}" ]; then
  KAFKA_PORT=${KAFKA_PORT:-9092}
  echo "Kafka: starting a broker (KRaft) on localhost:$KAFKA_PORT, data in $STATE/kafka"
  java -Xmx512m -cp "test-support/target/classes:$(cat test-support/target/runtime-classpath.txt)" \
    id.sakip.testsupport.KafkaBroker --dir "$STATE/kafka" --port "$KAFKA_PORT" \
    --controller-port "${KAFKA_CONTROLLER_PORT:-9093}" > "$STATE/logs/kafka.log" 2>&1 &
  PIDS+=($!)
  for _ in $(seq 1 120); do
    grep -q "ready on" "$STATE/logs/kafka.log" 2>/dev/null && break
    kill -0 "${PIDS[-1]}" 2>/dev/null || { cat "$STATE/logs/kafka.log"; exit 1; }
    sleep 0.5
  done
  export KAFKA_BOOTSTRAP_SERVERS=localhost:$KAFKA_PORT
fi

# the audit chain's key (a Kubernetes Secret in production): one per checkout, kept with the local state
[ -s "$STATE/audit.key" ] || { head -c 48 /dev/urandom | base64 -w0 > "$STATE/audit.key"; chmod 600 "$STATE/audit.key"; }
export SAKIP_AUDIT_KEY; SAKIP_AUDIT_KEY=$(cat "$STATE/audit.key")

# browsers on the usual dev-server origins (Vite, Create React App/Next, Angular) may call the services
export SAKIP_CORS_ORIGINS=${SAKIP_CORS_ORIGINS:-http://localhost:5173,http://127.0.0.1:5173,http://localhost:3000,http://localhost:4200}

for svc in "${SERVICES[@]}"; do
  db=sakip_${svc%-service}
  PORT=${PORTS[$svc]} DB_URL="jdbc:postgresql://$SAKIP_PG_HOST:$SAKIP_PG_PORT/$db" \
    DB_USER=$SAKIP_PG_APP_USER DB_PASSWORD=$SAKIP_PG_APP_PASSWORD \
    DB_OWNER_USER=$SAKIP_PG_USER DB_OWNER_PASSWORD=$SAKIP_PG_PASSWORD \
    JWT_PUBLIC_KEY_LOCATION="file:$STATE/jwt/public.pem" \
    java -Xmx256m -jar "$svc/target/quarkus-app/quarkus-run.jar" > "$STATE/logs/$svc.log" 2>&1 &
  PIDS+=($!)
done
for svc in "${SERVICES[@]}"; do
  url="http://localhost:${PORTS[$svc]}/q/health/ready"
  for i in $(seq 1 240); do
    curl -sf "$url" >/dev/null 2>&1 && break
    [ "$i" = 240 ] && { echo "$svc did not become ready; see $STATE/logs/$svc.log" >&2; exit 1; }
    sleep 0.5
  done
  echo "$svc: ready on http://localhost:${PORTS[$svc]}"
done

"$ROOT/deploy/local/demo-data.sh"

cat <<INFO

SAKIP is running. API documents and Swagger UI: docs/api/index.html (or each service's own):
  indicator-service    http://localhost:8081/q/swagger-ui
  collection-service   http://localhost:8082/q/swagger-ui
  measurement-service  http://localhost:8083/q/swagger-ui
  reporting-service    http://localhost:8084/q/swagger-ui
Tokens (Authorize button in Swagger UI, or curl -H "Authorization: Bearer \$TOKEN"):
  deploy/local/token.sh tim-sakip 1506-KEC-KUALA-BETARA
  deploy/local/token.sh unit 1506-KEC-KUALA-BETARA SEKRETARIAT
  deploy/local/token.sh sekretaris 1506-KEC-KUALA-BETARA
  deploy/local/token.sh admin
Browsers may call the services from: $SAKIP_CORS_ORIGINS
Kafka: $KAFKA_BOOTSTRAP_SERVERS   PostgreSQL: $SAKIP_PG_HOST:$SAKIP_PG_PORT   Logs: $STATE/logs
Press Ctrl-C to stop everything.
INFO
wait
