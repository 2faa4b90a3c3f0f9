#!/usr/bin/env bash
# Starts or stops a throwaway PostgreSQL cluster for the test suite.
#
#   eval "$(scripts/pg-test-cluster.sh start)"   # prints the exports for the tests
#   scripts/pg-test-cluster.sh stop              # uses BD_PG_TEST_DIR from start
#
# start: initdb in a fresh temporary folder as a normal user (PostgreSQL refuses to run as
# root: as root the cluster runs as "nobody"), listens on 127.0.0.1 on a free port with trust
# authentication, and prints BALLOTDESK_TEST_PG_URL (superuser "ballotdesk", database
# "postgres") and BD_PG_TEST_DIR. Tuned for throwaway data: no fsync.
set -euo pipefail

pg_bin="${BD_PG_BIN:-}"
if [ -z "$pg_bin" ]; then
    for dir in /usr/lib/postgresql/*/bin; do
        [ -x "$dir/initdb" ] && pg_bin="$dir"
    done
fi
if [ -z "$pg_bin" ] || [ ! -x "$pg_bin/initdb" ]; then
    echo "pg-test-cluster: PostgreSQL's initdb not found (apt-get install postgresql)" >&2
    exit 1
fi

as_user=()
if [ "$(id -u)" -eq 0 ]; then
    as_user=(runuser -u nobody --)
fi
run() { "${as_user[@]}" "$@"; }

case "${1:-}" in
start)
    dir="$(mktemp -d /tmp/ballotdesk-pg.XXXXXX)"
    chmod 755 "$dir"
    [ ${#as_user[@]} -gt 0 ] && chown nobody "$dir"
    run "$pg_bin/initdb" -D "$dir/data" -U ballotdesk --auth=trust -E UTF8 --locale=C.UTF-8 \
        >"$dir/initdb.log" 2>&1 || { cat "$dir/initdb.log" >&2; exit 1; }
    started=""
    for _ in $(seq 1 20); do
        port=$((20000 + RANDOM % 20000))
        if run "$pg_bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 30 start \
            -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off \
                -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
            >/dev/null 2>&1; then
            started="$port"
            break
        fi
    done
    if [ -z "$started" ]; then
        echo "pg-test-cluster: the server did not start; see $dir/server.log" >&2
        tail -20 "$dir/server.log" >&2 || true
        exit 1
    fi
    echo "export BD_PG_TEST_DIR=$dir"
    echo "export BALLOTDESK_TEST_PG_URL=postgresql://ballotdesk@127.0.0.1:$started/postgres"
    echo "pg-test-cluster: PostgreSQL on 127.0.0.1:$started, data in $dir" >&2
    ;;
stop)
    dir="${2:-${BD_PG_TEST_DIR:-}}"
    if [ -z "$dir" ] || [ ! -d "$dir/data" ]; then
        echo "pg-test-cluster: no cluster to stop (BD_PG_TEST_DIR unset)" >&2
        exit 0
    fi
    run "$pg_bin/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
    rm -rf "$dir"
    echo "pg-test-cluster: stopped and removed $dir" >&2
    ;;
*)
    echo "usage: $0 start|stop [dir]" >&2
    exit 2
    ;;
esac
