#!/usr/bin/env bash
# Mints an editor token for telebarometer: a JWT (RS256) with the role "editor", signed by the private key whose
# public half the service trusts (MP_JWT_VERIFY_PUBLICKEY_LOCATION). Needs only openssl.
#
#   scripts/editor-token.sh PRIVATE_KEY.pem SUBJECT [HOURS]     (HOURS defaults to 8)
#
# The issuer is "telebarometer" unless TELEBAROMETER_ISSUER says otherwise (it must match MP_JWT_VERIFY_ISSUER).
set -euo pipefail

if [ $# -lt 2 ]; then
  echo "usage: $0 PRIVATE_KEY.pem SUBJECT [HOURS]" >&2
  exit 64
fi
key=$1
subject=$2
hours=${3:-8}
issuer=${TELEBAROMETER_ISSUER:-telebarometer}
if ! [[ $subject =~ ^[A-Za-z0-9._@:-]+$ ]]; then
  echo "SUBJECT may hold letters, digits and . _ @ : - only" >&2
  exit 64
fi
if ! [[ $hours =~ ^[0-9]+$ ]]; then
  echo "HOURS must be a whole number" >&2
  exit 64
fi

base64url() { openssl base64 -A | tr '+/' '-_' | tr -d '='; }

now=$(date +%s)
header=$(printf '{"alg":"RS256","typ":"JWT"}' | base64url)
payload=$(printf '{"iss":"%s","sub":"%s","upn":"%s","groups":["editor"],"iat":%d,"exp":%d,"jti":"%s"}' \
  "$issuer" "$subject" "$subject" "$now" "$((now + hours * 3600))" "$(openssl rand -hex 12)" | base64url)
signature=$(printf '%s.%s' "$header" "$payload" | openssl dgst -sha256 -sign "$key" | base64url)
printf '%s.%s.%s\n' "$header" "$payload" "$signature"
