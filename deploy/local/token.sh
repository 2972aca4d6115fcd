#!/usr/bin/env bash
# Logs a demo user in to the run command's Keycloak and prints the access token (the password grant of
# the local-only client sakip-cli; production has no such client: people log in through the browser).
#   deploy/local/token.sh USERNAME [PASSWORD]
# Users and the local password: README ("Demo users"). Tokens live 5 minutes.
# Example: curl -H "Authorization: Bearer $(deploy/local/token.sh rizky.pratama)" http://localhost:8081/agencies
set -euo pipefail
user=${1:?usage: token.sh USERNAME [PASSWORD]  (e.g. rizky.pratama; see the README for the demo users)}
password=${2:-${SAKIP_DEMO_PASSWORD:-sakip-demo-2026}}
issuer=${KEYCLOAK_URL:-http://localhost:8180}/realms/sakip
out=$(curl -sS -X POST "$issuer/protocol/openid-connect/token" --data-urlencode grant_type=password \
  --data-urlencode client_id=sakip-cli --data-urlencode "username=$user" --data-urlencode "password=$password" \
  --data-urlencode scope=openid) || { echo "Keycloak at $issuer is not reachable: start deploy/local/run.sh" >&2; exit 1; }
token=$(printf '%s' "$out" | sed -n 's/.*"access_token":"\([^"]*\)".*/\1/p')
[ -n "$token" ] || { echo "login of $user failed: $out" >&2; exit 1; }
printf '%s\n' "$token"
