# Helpers for the end-to-end scripts that need PostgreSQL (sourced after e2e.sh; not a test itself).
#   require_pg          the test server of scripts/pg_test_server.sh (STIPPLE_TEST_PG), else: with
#                       STIPPLE_REQUIRE_PG set a failure, without it "SKIP" and exit 0
#   make_pg_gradebook   a fresh database and role prefix for this script, dropped on exit; sets $pg_url
#   pg_sql SQL          one query on that database as the test server's admin, unaligned output

require_pg() {
  require_tools psql
  if [ -z "${STIPPLE_TEST_PG:-}" ]; then
    [ -n "${STIPPLE_REQUIRE_PG:-}" ] && fail "STIPPLE_REQUIRE_PG is set but no PostgreSQL test server is up"
    echo "SKIP: $e2e_name: no PostgreSQL test server (scripts/pg_test_server.sh starts one)"
    exit 0
  fi
}

pg_admin_option() { # KEY: one key=value of $STIPPLE_TEST_PG
  local kv
  for kv in $STIPPLE_TEST_PG; do [ "${kv%%=*}" = "$1" ] && echo "${kv#*=}"; done
  return 0
}

pg_drop_gradebook() {
  psql "$STIPPLE_TEST_PG" -qAtc "DROP DATABASE IF EXISTS $pg_db WITH (FORCE)" >/dev/null 2>&1 || true
  local roles
  roles=$(psql "$STIPPLE_TEST_PG" -qAtc "SELECT string_agg(quote_ident(rolname), ',') FROM pg_roles WHERE rolname LIKE '${STIPPLE_PG_ROLE_PREFIX}%'" 2>/dev/null || true)
  [ -n "$roles" ] && psql "$STIPPLE_TEST_PG" -qAtc "DROP ROLE $roles" >/dev/null 2>&1
  true
}

make_pg_gradebook() {
  pg_db="stipple_e2e_$$_${e2e_name//[^a-z0-9_]/_}"
  export STIPPLE_PG_ROLE_PREFIX="e$$_"
  psql "$STIPPLE_TEST_PG" -qAtc "CREATE DATABASE $pg_db" >/dev/null || fail "cannot create database $pg_db"
  at_exit pg_drop_gradebook
  pg_url="postgresql:///$pg_db?host=$(pg_admin_option host)&port=$(pg_admin_option port)&user=$(pg_admin_option user)&sslmode=disable"
}

pg_sql() { psql "$STIPPLE_TEST_PG dbname=$pg_db" -qAtc "SET search_path = stipple; $1"; }
