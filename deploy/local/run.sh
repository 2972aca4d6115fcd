#!/usr/bin/env bash
# One command to run the whole system locally, without Docker:
#   deploy/local/run.sh [--no-build]
# builds the services, makes sure PostgreSQL runs (see postgres.sh), starts Keycloak from its server
# distribution (realm deploy/keycloak/sakip-realm.json with the demo users, its data in database
# sakip_keycloak), a real Kafka broker (KRaft) from the Kafka jars, the four services, loads the demo
# data and prints where everything is and how to log in.
# Ctrl-C stops everything it started. State (broker data, logs) lives in .local/.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
cd "$ROOT"
STATE=$ROOT/.local
mkdir -p "$STATE/logs"
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
sakip_pg_create_databases sakip_indicator sakip_collection sakip_measurement sakip_reporting sakip_keycloak

# Keycloak (Java 21+: Temurin 25 under /usr/lib/jvm, or KEYCLOAK_JAVA_HOME), unpacked and built once
# into ~/.cache/sakip; the realm is imported afresh from the committed file on every start
KEYCLOAK_PORT=${KEYCLOAK_PORT:-8180}
SWAGGER_ORIGINS=$(for svc in "${SERVICES[@]}"; do printf 'http://localhost:%s,' "${PORTS[$svc]}"; done)
# browsers on the usual dev-server origins (Vite, Create React App/Next, Angular) may call the services
export SAKIP_CORS_ORIGINS=${SAKIP_CORS_ORIGINS:-http://localhost:5173,http://127.0.0.1:5173,http://localhost:3000,http://localhost:4200}
echo "Keycloak: starting on http://localhost:$KEYCLOAK_PORT (first start unpacks and builds it, about a minute)"
java -cp "test-support/target/classes:$(cat test-support/target/runtime-classpath.txt)" \
  id.sakip.testsupport.KeycloakServer --root "$ROOT" --port "$KEYCLOAK_PORT" \
  --management-port "${KEYCLOAK_MANAGEMENT_PORT:-9180}" \
  --db-url "jdbc:postgresql://$SAKIP_PG_HOST:$SAKIP_PG_PORT/sakip_keycloak" \
  --db-user "$SAKIP_PG_USER" --db-password "$SAKIP_PG_PASSWORD" \
  --origins "$SAKIP_CORS_ORIGINS" --swagger-origins "${SWAGGER_ORIGINS%,}" \
  --log "$STATE/logs/keycloak-server.log" --admin-password-file "$STATE/keycloak-admin.pass" \
  > "$STATE/logs/keycloak.log" 2>&1 &
PIDS+=($!)
KEYCLOAK_PID=$!
export JWT_ISSUER="http://localhost:$KEYCLOAK_PORT/realms/sakip"
export JWT_PUBLIC_KEY_LOCATION="$JWT_ISSUER/protocol/openid-connect/certs"
export KEYCLOAK_URL="http://localhost:$KEYCLOAK_PORT"

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

for svc in "${SERVICES[@]}"; do
  db=sakip_${svc%-service}
  PORT=${PORTS[$svc]} DB_URL="jdbc:postgresql://$SAKIP_PG_HOST:$SAKIP_PG_PORT/$db" \
    DB_USER=$SAKIP_PG_APP_USER DB_PASSWORD=$SAKIP_PG_APP_PASSWORD \
    DB_OWNER_USER=$SAKIP_PG_USER DB_OWNER_PASSWORD=$SAKIP_PG_PASSWORD \
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

for i in $(seq 1 360); do
  grep -q "Keycloak ready on" "$STATE/logs/keycloak.log" 2>/dev/null && break
  kill -0 "$KEYCLOAK_PID" 2>/dev/null || { cat "$STATE/logs/keycloak.log" >&2; exit 1; }
  [ "$i" = 360 ] && { echo "Keycloak did not become ready; see $STATE/logs/keycloak-server.log" >&2; exit 1; }
  sleep 0.5
done
echo "keycloak: ready on $KEYCLOAK_URL (realm sakip)"

"$ROOT/deploy/local/demo-data.sh"

cat <<INFO

SAKIP is running. API documents and Swagger UI: docs/api/index.html (or each service's own):
  indicator-service    http://localhost:8081/q/swagger-ui
  collection-service   http://localhost:8082/q/swagger-ui
  measurement-service  http://localhost:8083/q/swagger-ui
  reporting-service    http://localhost:8084/q/swagger-ui
Log in (Keycloak, realm sakip, $KEYCLOAK_URL): in Swagger UI press Authorize, choose "keycloak" (client
sakip-swagger, PKCE) and log in as a demo user; password for every demo user: sakip-demo-2026
  rizky.pratama    Tim SAKIP           syahrial.anwar  Kepala (Camat)     nurhayati  Sekretaris (+ unit)
  dewi.lestari     unit SEKRETARIAT    ahmad.fauzi     unit SEKRETARIAT   m.yusuf    unit SEKSI-PEMERINTAHAN
  siti.aminah      unit SEKSI-PMD      hendra.gunawan  unit SEKSI-TRANTIB putri.ayu  staf SEKRETARIAT
  bambang.sutrisno Kepala, Kec. Betara rina.marlina    Tim SAKIP, Betara  fadli.rahman provinsi 15 (Jambi)
  admin.sakip      admin
Tokens for curl:  TOKEN=\$(deploy/local/token.sh rizky.pratama); curl -H "Authorization: Bearer \$TOKEN" http://localhost:8082/rounds
Keycloak admin console: $KEYCLOAK_URL/admin (user admin, password in $STATE/keycloak-admin.pass)
Browsers may call the services from: $SAKIP_CORS_ORIGINS
Kafka: $KAFKA_BOOTSTRAP_SERVERS   PostgreSQL: $SAKIP_PG_HOST:$SAKIP_PG_PORT   Logs: $STATE/logs
Press Ctrl-C to stop everything.
INFO
wait
