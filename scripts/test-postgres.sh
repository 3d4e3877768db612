#!/bin/sh
# A throwaway PostgreSQL server for the team store's tests: a new cluster in a temporary folder,
# owned by an unprivileged user, listening on a free port on 127.0.0.1 with password logins.
#   sh scripts/test-postgres.sh start   # prints RAPPORT_TEST_DATABASE_URL=… and RAPPORT_TEST_DATABASE_DIR=…
#   sh scripts/test-postgres.sh restart DIR   # stop at once and start again, as after a crash
#   sh scripts/test-postgres.sh stop DIR
set -eu
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
if [ -z "$bin" ] || [ ! -x "$bin/initdb" ]; then
    echo "no PostgreSQL server here (apt-get install postgresql)" >&2
    exit 3
fi
as_owner() {
    if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}
case "${1:-}" in
start)
    dir=$(mktemp -d /tmp/rapport-pg.XXXXXX)
    chmod 700 "$dir"
    [ "$(id -u)" -eq 0 ] && chown postgres "$dir"
    password=$(head -c 18 /dev/urandom | od -An -tx1 | tr -d ' \n')
    printf '%s\n' "$password" > "$dir/pw"
    [ "$(id -u)" -eq 0 ] && chown postgres "$dir/pw"
    port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')
    as_owner "$bin/initdb" -D "$dir/data" -U postgres --auth-local=trust --auth-host=scram-sha-256 --pwfile="$dir/pw" >"$dir/initdb.log" 2>&1
    as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w \
        -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off" start >/dev/null
    echo "RAPPORT_TEST_DATABASE_URL=postgres://postgres:$password@127.0.0.1:$port/postgres?sslmode=disable"
    echo "RAPPORT_TEST_DATABASE_DIR=$dir"
    ;;
restart)
    # As after a crash: stopped at once, then started again on the same port.
    dir=${2:?the folder start printed}
    case "$dir" in /tmp/rapport-pg.*) ;; *) echo "not a test server folder: $dir" >&2; exit 2 ;; esac
    as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -m immediate -w restart >/dev/null
    ;;
stop)
    dir=${2:?the folder start printed}
    case "$dir" in /tmp/rapport-pg.*) ;; *) echo "not a test server folder: $dir" >&2; exit 2 ;; esac
    as_owner "$bin/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
    rm -rf "$dir"
    ;;
*)
    echo "usage: sh scripts/test-postgres.sh start | stop DIR" >&2
    exit 2
    ;;
esac
