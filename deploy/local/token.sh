#!/usr/bin/env bash
# Mints a bearer token for the local run, signed with the local key (.local/jwt, made by run.sh).
#   deploy/local/token.sh ROLE [AGENCY] [UNIT] [PROVINCE]
# ROLE: kepala | sekretaris | tim-sakip | unit | staf | admin | provinsi
# Example: curl -H "Authorization: Bearer $(deploy/local/token.sh tim-sakip 1506-KEC-KUALA-BETARA)" \
#            http://localhost:8081/agencies
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
KEY=${SAKIP_JWT_PRIVATE_KEY:-$ROOT/.local/jwt/private.pem}
[ -f "$KEY" ] || { echo "no key at $KEY: start the system once with deploy/local/run.sh" >&2; exit 1; }
role=${1:?usage: token.sh ROLE [AGENCY] [UNIT] [PROVINCE]}
agency=${2:-}; unit=${3:-}; province=${4:-}
now=$(date +%s); exp=$((now + ${SAKIP_TOKEN_TTL:-28800}))
b64url() { openssl base64 -A | tr '+/' '-_' | tr -d '='; }
claims="\"iss\":\"${JWT_ISSUER:-https://sakip.local/issuer}\",\"sub\":\"${role}-local\",\"upn\":\"${role}-local\""
claims="$claims,\"groups\":[\"$role\"],\"iat\":$now,\"exp\":$exp"
[ -n "$agency" ] && claims="$claims,\"agency\":\"$agency\""
[ -n "$unit" ] && claims="$claims,\"unit\":\"$unit\""
[ -n "$province" ] && claims="$claims,\"province\":\"$province\""
header=$(printf '{"alg":"RS256","typ":"JWT","kid":"sakip-local"}' | b64url)
payload=$(printf '{%s}' "$claims" | b64url)
sig=$(printf '%s.%s' "$header" "$payload" | openssl dgst -sha256 -sign "$KEY" | b64url)
printf '%s.%s.%s\n' "$header" "$payload" "$sig"
