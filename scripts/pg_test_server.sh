#!/usr/bin/env bash
# A throw-away PostgreSQL server for the tests: initdb in a temporary folder, a Unix socket only (in that
# folder), a random password for the stipple_dba role (CREATEDB CREATEROLE, not the app's login).
#   source scripts/pg_test_server.sh   starts it, exports PGPASSFILE, STIPPLE_TEST_PG and STIPPLE_REQUIRE_PG,
#                                       and defines pg_test_server_stop (the caller's EXIT trap runs it).
#   scripts/pg_test_server.sh CMD...   runs CMD with the server up, then stops it (by hand: ctest, psql ...).
# As root (CI) the server runs as the postgres user, since initdb refuses root. pg_ctl -w waits for
# readiness, so there are no sleeps.
pg_test_server_stop() {
  [ -n "${stipple_pgtmp:-}" ] || return 0
  if [ -f "$stipple_pgtmp/data/postmaster.pid" ]; then
    "${stipple_as_pg[@]}" "$stipple_pg_bin/pg_ctl" -D "$stipple_pgtmp/data" -m fast -w stop >/dev/null 2>&1 || true
  fi
  rm -rf "$stipple_pgtmp"
  stipple_pgtmp=""
  unset STIPPLE_TEST_PG STIPPLE_REQUIRE_PG PGPASSFILE
}

pg_test_server_start() {
  stipple_pg_bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
  if [ -z "$stipple_pg_bin" ] || [ ! -x "$stipple_pg_bin/initdb" ]; then
    echo "pg_test_server: no PostgreSQL server installed (apt install postgresql)" >&2
    return 1
  fi
  stipple_pgtmp=$(mktemp -d /tmp/stipple-pg.XXXXXX)
  stipple_as_pg=()
  if [ "$(id -u)" -eq 0 ]; then
    stipple_as_pg=(runuser -u postgres --)
    chown postgres "$stipple_pgtmp"
  fi
  (umask 077; head -c 24 /dev/urandom | base64 > "$stipple_pgtmp/pw")
  [ ${#stipple_as_pg[@]} -gt 0 ] && chown postgres "$stipple_pgtmp/pw"
  if ! "${stipple_as_pg[@]}" "$stipple_pg_bin/initdb" -D "$stipple_pgtmp/data" -U stipple_dba \
      --pwfile="$stipple_pgtmp/pw" --auth-local=scram-sha-256 --auth-host=reject -E UTF8 --locale=C.UTF-8 \
      > "$stipple_pgtmp/initdb.log" 2>&1; then
    echo "pg_test_server: initdb failed:" >&2; cat "$stipple_pgtmp/initdb.log" >&2
    pg_test_server_stop; return 1
  fi
  if ! "${stipple_as_pg[@]}" "$stipple_pg_bin/pg_ctl" -D "$stipple_pgtmp/data" -l "$stipple_pgtmp/server.log" \
      -w -t 60 -o "-c listen_addresses='' -k $stipple_pgtmp -p 5432 -c fsync=off" start >/dev/null; then
    echo "pg_test_server: the server did not start:" >&2; cat "$stipple_pgtmp/server.log" >&2
    pg_test_server_stop; return 1
  fi
  (umask 077; printf '%s:5432:*:stipple_dba:%s\n' "$stipple_pgtmp" "$(cat "$stipple_pgtmp/pw")" \
      > "$stipple_pgtmp/pgpass")
  export PGPASSFILE="$stipple_pgtmp/pgpass"
  export STIPPLE_TEST_PG="host=$stipple_pgtmp port=5432 user=stipple_dba dbname=postgres sslmode=disable"
  export STIPPLE_TEST_PG_BIN="$stipple_pg_bin"
  export STIPPLE_REQUIRE_PG=1
  echo "PostgreSQL test server in $stipple_pgtmp" >&2
}

if [ "${BASH_SOURCE[0]}" = "$0" ]; then
  set -euo pipefail
  trap pg_test_server_stop EXIT
  pg_test_server_start
  "$@"
else
  pg_test_server_start
fi
