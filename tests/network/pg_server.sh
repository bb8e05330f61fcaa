#!/usr/bin/env bash
# A real PostgreSQL 15 for the network tests, as a CTest fixture:
#
#   pg_server.sh start|restart|stop DIR [PORT]
#
# start: initdb in DIR/data, pg_ctl start listening on a Unix socket in DIR/socket,
# superuser "postgres", trust authentication there (the socket's folder is reachable by
# its owner alone, and root). With PORT, also on 127.0.0.1:PORT (loopback only), where
# every login needs its password (scram-sha-256): the wrong-password tests. The socket is
# then .s.PGSQL.PORT: clients set PGPORT (the test program does). PostgreSQL refuses to run as root: when run as root (CI,
# a fresh Debian 12 container) the server runs as the unprivileged "postgres" user the
# postgresql-15 package creates. Any failure exits 1: the tests that need it then fail,
# they are never skipped.
# stop: pg_ctl stop (fast, then immediate), then DIR is removed.
set -uo pipefail
action="$1"
dir="$2"
port="${3:-}"
bin=${PASSAGES_PG_BIN:-/usr/lib/postgresql/15/bin}

fail() { echo "FAILED: PostgreSQL test server: $*" >&2; exit 1; }

as_owner() {
  if [ "$(id -u)" -eq 0 ]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

stop_server() {
  if [ -f "$dir/data/postmaster.pid" ]; then
    as_owner "$bin/pg_ctl" -D "$dir/data" -m fast -w -t 20 stop > /dev/null 2>&1 ||
      as_owner "$bin/pg_ctl" -D "$dir/data" -m immediate -w -t 20 stop > /dev/null 2>&1
  fi
}

case "$action" in
start)
  [ -x "$bin/initdb" ] || fail "$bin/initdb not found (install postgresql-15)"
  # A folder left by a crashed run: its server stops first.
  [ -d "$dir" ] && { stop_server; rm -rf "$dir"; }
  mkdir -p "$dir/socket" || fail "cannot create $dir"
  if [ "$(id -u)" -eq 0 ]; then
    id postgres > /dev/null 2>&1 || fail "no 'postgres' user to run the server as (install postgresql-15)"
    chown -R postgres: "$dir" || fail "chown $dir"
  fi
  chmod 700 "$dir" "$dir/socket"
  as_owner "$bin/initdb" -D "$dir/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 \
    > "$dir/initdb.log" 2>&1 || { cat "$dir/initdb.log" >&2; fail "initdb"; }
  listen=''
  if [ -n "$port" ]; then
    listen='127.0.0.1'
    # First match wins: TCP on loopback asks for a password, the socket stays trusted.
    { echo "host all all 127.0.0.1/32 scram-sha-256"; cat "$dir/data/pg_hba.conf"; } \
      > "$dir/data/pg_hba.conf.new" && mv "$dir/data/pg_hba.conf.new" "$dir/data/pg_hba.conf" ||
      fail "pg_hba.conf"
    [ "$(id -u)" -eq 0 ] && chown postgres: "$dir/data/pg_hba.conf"
  fi
  cat >> "$dir/data/postgresql.conf" <<CONF
listen_addresses = '$listen'
${port:+port = $port}
unix_socket_directories = '$dir/socket'
fsync = off
synchronous_commit = off
full_page_writes = off
max_connections = 60
shared_buffers = 64MB
CONF
  as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 start > /dev/null 2>&1 ||
    { cat "$dir/server.log" >&2; fail "pg_ctl start"; }
  as_owner "$bin/pg_isready" -h "$dir/socket" ${port:+-p "$port"} -q || fail "server not ready"
  echo "PostgreSQL test server up, socket in $dir/socket"
  ;;
restart)
  # DIR only: the port is in postgresql.conf. Stopped at once (as a crash or an admin's restart would), then started again.
  as_owner "$bin/pg_ctl" -D "$dir/data" -m immediate -w -t 20 stop > /dev/null 2>&1 ||
    fail "pg_ctl stop"
  as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 start > /dev/null 2>&1 ||
    { cat "$dir/server.log" >&2; fail "pg_ctl start"; }
  ;;
stop)
  stop_server
  rm -rf "$dir"
  ;;
*)
  fail "usage: pg_server.sh start|restart|stop DIR [PORT]"
  ;;
esac
