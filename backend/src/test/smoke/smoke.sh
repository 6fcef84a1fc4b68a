#!/usr/bin/env bash
# Smoke test of a running Gongkai: calls the main endpoints the way an integrator or a browser would.
# Usage: smoke.sh BASE_URL production|demo USERNAME PASSWORD
# Prints "ok <check>" per passed check; exits non-zero at the first failure. Needs curl and node.
set -euo pipefail
base=${1:?base url}
mode=${2:?production or demo}
user=${3:?username}
pass=${4:?password}

ok() { echo "ok $*"; }
die() { echo "FAIL $*" >&2; exit 1; }
json() { node -e 'let d="";process.stdin.on("data",c=>d+=c).on("end",()=>{const v=JSON.parse(d);const r=(new Function("v","return "+process.argv[1]))(v);console.log(typeof r==="object"?JSON.stringify(r):r)})' "$1"; }
get() { curl -fsS -H 'Accept-Language: zh-CN' "$@"; }
status() { curl -s -o /dev/null -w '%{http_code}' "$@"; }
# Reads the whole body before matching: piping curl into `grep -q` lets grep exit at the first hit, and under
# pipefail curl's write error on the closed pipe (exit 23) would fail a check that actually passed.
contains() { local body; body=$(cat); grep -qi -- "$1" <<<"$body"; }

[ "$(get "$base/q/health" | json 'v.status')" = "UP" ] || die "health is not UP"
ok "GET /q/health is UP"

get "$base/q/openapi?format=json" | json 'v.openapi' | contains '^3\.' || die "OpenAPI document missing"
ok "GET /q/openapi serves an OpenAPI 3 document"

token=$(curl -fsS -H 'Content-Type: application/json' -d "{\"username\":\"$user\",\"password\":\"$pass\"}" \
  "$base/api/v1/auth/token" | json 'v.accessToken') || die "sign-in as $user failed"
ok "POST /api/v1/auth/token signs $user in"

[ "$(get -H "Authorization: Bearer $token" "$base/api/v1/users/me" | json 'v.username')" = "$user" ] || die "/users/me"
ok "GET /api/v1/users/me answers for the token"

[ "$(status "$base/api/v1/users")" = "401" ] || die "staff list without a token is not 401"
ok "staff endpoints answer 401 without a token"

[ "$(status -H 'Content-Type: application/json' -d '{"username":' "$base/api/v1/auth/token")" = "400" ] || die "bad JSON is not 400"
ok "malformed JSON is a 400 problem"

items=$(get "$base/api/v1/items?size=5" | json 'v.items.length') || die "catalogue"
ok "GET /api/v1/items lists the public catalogue ($items items on the first page)"

hits=$(get -G --data-urlencode "q=政府信息公开" "$base/api/v1/items/search" | json 'v.items.length') || die "search"
ok "GET /api/v1/items/search answers a Chinese query ($hits hits on the first page)"

[ "$(status "$base/api/v1/calendar/working-days/add?from=2024-09-27&days=20")" = "200" ] || die "calendar"
ok "GET /api/v1/calendar/working-days/add computes a deadline"

# Checked after the API calls: the HTTP timers only exist once an application endpoint has been called
# (requests to /q/* are not timed).
metrics=$(get "$base/q/metrics")
contains '^jvm_memory_used_bytes' <<<"$metrics" || die "Prometheus JVM metrics missing"
contains '^http_server_requests_seconds_count.*uri="/api/v1/items"' <<<"$metrics" || die "Prometheus HTTP metrics missing"
ok "GET /q/metrics exposes Prometheus metrics (JVM and HTTP timers)"

if [ "$mode" = "demo" ]; then
  [ "$items" -gt 0 ] || die "the demo catalogue is empty"
  [ "$hits" -gt 0 ] || die "the demo search found nothing for 政府信息公开"
  ok "demo data present (catalogue and search)"
  get -H 'Accept: text/html' "$base/" | contains '<div id="app"' || die "the portal page is not served"
  get -H 'Accept: text/html' "$base/admin/login" | contains '<div id="app"' || die "the console URL is not served (history fallback)"
  ok "GET / and /admin/login serve the single-page app"
else
  [ "$(status -H 'Content-Type: application/json' -d '{"username":"admin","password":"gongkai-demo"}' "$base/api/v1/auth/token")" = "401" ] \
    || die "a demo account signs in outside the demo profile"
  ok "production has no demo accounts"
fi
