#!/usr/bin/env bash
# A throwaway PostgreSQL server for the receiver's tests and benchmark: initdb in DIR, listening
# only on a Unix socket in DIR (no TCP port), trust for the local user "kiosk"; stop removes it.
#   postgres_server.sh start DIR [--durable]   prints the base URI (database "postgres")
#   postgres_server.sh stop DIR
# Tests skip fsync (the server's durability is PostgreSQL's own business); --durable keeps it,
# for the benchmark, so PostgreSQL is measured as it runs for real. As root (CI), the server runs
# as the unprivileged user "nobody", since PostgreSQL refuses to run as root. DIR must be short
# (a socket path has at most 107 bytes) and, as root, under a folder nobody can reach (/tmp).
set -euo pipefail

action=${1:?usage: postgres_server.sh start|stop DIR [--durable]}
dir=${2:?usage: postgres_server.sh start|stop DIR [--durable]}
bindir=$(pg_config --bindir)

as_server_user=()
if [ "$(id -u)" -eq 0 ]; then
  as_server_user=(runuser -u nobody --)
fi

stop_server() {
  if [ -f "$dir/data/postmaster.pid" ]; then
    "${as_server_user[@]}" "$bindir/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
  fi
  rm -rf "$dir"
}

case "$action" in
start)
  stop_server # what an interrupted earlier run left
  mkdir -p "$dir"
  if [ ${#as_server_user[@]} -gt 0 ]; then
    chown nobody "$dir"
  fi
  chmod 700 "$dir"
  durable=off
  if [ "${3:-}" = "--durable" ]; then
    durable=on
  fi
  "${as_server_user[@]}" "$bindir/initdb" -D "$dir/data" -U kiosk -A trust -E UTF8 --no-locale \
    --no-sync >"$dir/initdb.log" 2>&1 || { cat "$dir/initdb.log" >&2; exit 1; }
  "${as_server_user[@]}" "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
    -o "-k $dir -c listen_addresses='' -c max_connections=300 -c fsync=$durable \
        -c synchronous_commit=$durable -c full_page_writes=$durable" start >/dev/null ||
    { cat "$dir/server.log" >&2; exit 1; }
  chmod 755 "$dir" # the socket in it, for the tests' own user
  echo "postgresql://kiosk@/postgres?host=$dir"
  ;;
stop)
  stop_server
  ;;
*)
  echo "postgres_server.sh: unknown action $action (start or stop)" >&2
  exit 2
  ;;
esac
