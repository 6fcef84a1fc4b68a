# Helpers of .ci/test (sourced). Every function fails the run with a clear message.
LOGS="${LOGS:-$(mktemp -d /tmp/gongkai-test.XXXXXX)}"
PIDS=()
RESULTS=()

step() { printf '\n\033[1m==> %s\033[0m\n' "$*"; }
fail() { printf '\n\033[31mFAILED: %s\033[0m\n' "$*" >&2; exit 1; }
note() { RESULTS+=("$*"); }

cleanup() {
  for pid in "${PIDS[@]:-}"; do
    [ -n "$pid" ] && kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null || true
  done
}
trap cleanup EXIT

# Sets PG_ARGS, the Maven arguments for the PostgreSQL run. Uses GONGKAI_TEST_PG_URL when given; otherwise
# starts the local server (pg_ctlcluster) and creates the role and database. Under CI=true a missing server fails.
prepare_postgres() {
  PG_ARGS="-Dpgtests.skip=false"
  if [ -n "${GONGKAI_TEST_PG_URL:-}" ]; then
    return
  fi
  if command -v pg_ctlcluster >/dev/null 2>&1 && pg_lsclusters -h 2>/dev/null | grep -q .; then
    local ver cluster
    read -r ver cluster _ < <(pg_lsclusters -h | head -n 1)
    pg_ctlcluster "$ver" "$cluster" start >/dev/null 2>&1 || true
    for _ in $(seq 1 30); do
      pg_isready -q -h localhost && break
      sleep 1
    done
    pg_isready -q -h localhost || fail "PostgreSQL $ver/$cluster did not start"
    as_postgres "psql -tAc \"select 1 from pg_roles where rolname='gongkai'\"" | grep -q 1 \
      || as_postgres "psql -qc \"create role gongkai login password 'gongkai' createdb\"" >&2
    as_postgres "psql -tAc \"select 1 from pg_database where datname='gongkai_test'\"" | grep -q 1 \
      || as_postgres "createdb -O gongkai gongkai_test" >&2
    return
  fi
  if [ "${CI:-}" = "true" ]; then
    fail "PostgreSQL is not installed, and CI=true requires the PostgreSQL run (install postgresql-15 or set GONGKAI_TEST_PG_URL)"
  fi
  echo "WARNING: no PostgreSQL here; the PostgreSQL run of the backend suite is SKIPPED (it is required in CI)." >&2
  note "PostgreSQL run: SKIPPED (no server on this machine)"
  PG_ARGS="-Dpgtests.skip=true"
}

as_postgres() {
  if [ "$(id -u)" = "0" ]; then su postgres -c "$1"; else sudo -u postgres bash -c "$1"; fi
}

free_port() {
  node -e 'const s=require("net").createServer().listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})'
}

# Starts the packaged jar in the background; waits for /q/health/ready.
start_app() { # name port folder [env…] — the app runs in the (emptied) folder; its data go to folder/data
  local name=$1 port=$2 data=$3
  shift 3
  rm -rf "$data" && mkdir -p "$data"
  # Started from inside the fresh folder without GONGKAI_DATA_DIR, so the default data directory (./data, as
  # .ci/demo uses it) is what gets tested. exec: the recorded PID is the JVM itself, so cleanup stops it even
  # when a later step fails.
  (cd "$data" && exec env PORT="$port" GONGKAI_PUBLIC_URL="http://localhost:$port" "$@" \
    java -jar "$root/backend/target/quarkus-app/quarkus-run.jar" >"$LOGS/$name.log" 2>&1) &
  PIDS+=($!)
  local started=$SECONDS
  until curl -fs "http://localhost:$port/q/health/ready" >/dev/null 2>&1; do
    if ! kill -0 "${PIDS[-1]}" 2>/dev/null; then
      tail -n 60 "$LOGS/$name.log"
      fail "$name did not start (log above)"
    fi
    if [ $((SECONDS - started)) -gt 300 ]; then fail "$name did not become ready within 300 s"; fi
    sleep 1
  done
  echo "$name ready on port $port after $((SECONDS - started)) s"
}

stop_app() {
  local pid=${PIDS[-1]}
  kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null || true
  unset 'PIDS[-1]'
}

run_smoke_production() {
  local port; port=$(free_port)
  start_app production "$port" "$LOGS/prod-data" QUARKUS_PROFILE=prod \
    GONGKAI_ADMIN_USERNAME=ops GONGKAI_ADMIN_PASSWORD=smoke-test-password
  bash "$root/backend/src/test/smoke/smoke.sh" "http://localhost:$port" production ops smoke-test-password \
    | tee "$LOGS/smoke-production.log"
  stop_app
  note "Smoke (production mode): $(grep -c '^ok ' "$LOGS/smoke-production.log") checks passed"
}

run_demo_and_e2e() {
  local port; port=$(free_port)
  start_app demo "$port" "$LOGS/demo-data" QUARKUS_PROFILE=demo
  bash "$root/backend/src/test/smoke/smoke.sh" "http://localhost:$port" demo admin "${GONGKAI_DEMO_PASSWORD:-gongkai-demo}" \
    | tee "$LOGS/smoke-demo.log"
  note "Smoke (demo mode, as .ci/demo runs it): $(grep -c '^ok ' "$LOGS/smoke-demo.log") checks passed"
  (cd "$root/frontend" && E2E_BASE_URL="http://localhost:$port" npm run test:e2e 2>&1 | tee "$LOGS/vitest-e2e.log")
  stop_app
}

surefire_totals() { # dir → "tests failures errors skipped", from the first line of each TEST-*.xml report
  node -e '
    const fs = require("fs"), dir = process.argv[1]; let t = 0, f = 0, e = 0, s = 0;
    for (const n of fs.readdirSync(dir).filter(n => /^TEST-.*\.xml$/.test(n))) {
      const head = fs.readFileSync(dir + "/" + n, "utf8").match(/<testsuite[^>]*>/)[0];
      const a = k => Number((head.match(new RegExp(" " + k + "=\"(\\d+)\"")) || [0, 0])[1]);
      t += a("tests"); f += a("failures"); e += a("errors"); s += a("skipped");
    }
    console.log(t, f, e, s);' "$1"
}

vitest_totals() { # log → vitest's "Test Files" and "Tests" lines, colour codes removed (vitest colours under CI)
  sed 's/\x1b\[[0-9;]*m//g' "$1" | grep -E '^\s+(Test Files|Tests)\s' | tail -n 2 | sed 's/^ *//; s/  */ /g' | paste -sd ';' - | sed 's/;/; /'
}

summary() {
  step "Summary"
  local t f e s
  read -r t f e s < <(surefire_totals "$root/backend/target/surefire-reports")
  echo "Backend on H2:          $t tests, $f failures, $e errors, $s skipped"
  if [ -d "$root/backend/target/surefire-reports-postgresql" ]; then
    read -r t f e s < <(surefire_totals "$root/backend/target/surefire-reports-postgresql")
    echo "Backend on PostgreSQL:  $t tests, $f failures, $e errors, $s skipped"
  fi
  echo "Frontend unit (vitest): $(vitest_totals "$LOGS/vitest-unit.log")"
  echo "End-to-end (Chromium):  $(vitest_totals "$LOGS/vitest-e2e.log")"
  for r in "${RESULTS[@]:-}"; do [ -n "$r" ] && echo "$r"; done
  echo "Logs and screenshots:   $LOGS, frontend/e2e/artifacts/"
  printf '\033[32mALL TESTS PASSED\033[0m\n'
}
