#!/usr/bin/env bash
# pgserver.sh - throwaway PostgreSQL server for the test suite.
#
# Usage:
#   pgserver.sh start DIR   Create DIR (0755), initdb a fresh cluster and start it on
#                           127.0.0.1 on a free port (55432 upward). Writes the URL
#                           postgresql://pingan_test@127.0.0.1:PORT/postgres to DIR/url
#                           (mode 0644, one line) and prints it. Idempotent: if the
#                           cluster of DIR is already running, only prints the URL.
#   pgserver.sh stop DIR    Stop the server (pg_ctl stop -m fast) and delete its data
#                           directory. Exit 0 when nothing was running.
#
# The server runs as an unprivileged user: as root, the `postgres` system user of
# Debian's postgresql package (runuser, else setpriv, else su); otherwise the current user.
# Auth is `trust` for superuser pingan_test, TCP on 127.0.0.1 only; the Unix socket is
# put in the cluster's own directory, never in /var/run/postgresql.
#
# Layout: DIR/data (cluster), DIR/server.log (+ initdb.log, pg_ctl.log), socket in DIR;
# as root, DIR is chowned to postgres (still 0755). If the postgres user cannot
# reach DIR (e.g. a 0700 parent), or DIR is too long for a Unix socket path, everything
# but DIR/url goes to a `mktemp -d /tmp/pingan-pg.XXXXXX` directory whose path is
# recorded in DIR/datadir; `stop` removes it and copies its server.log to DIR/server.log.
#
# Environment: PINGAN_PG_BINDIR overrides the binaries directory (default: newest
# /usr/lib/postgresql/*/bin). PINGAN_PG_PORT_BASE overrides the first port tried (55432).
#
# CTest: tests/pg/pgserver.cmake registers it as the pg_server fixture.
set -euo pipefail
umask 022
# Keep the caller's libpq settings from redirecting pg_isready/pg_ctl.
unset PGHOST PGHOSTADDR PGPORT PGUSER PGDATABASE PGDATA PGSERVICE PGOPTIONS

PG_SUPERUSER=pingan_test
PORT_BASE=${PINGAN_PG_PORT_BASE:-55432}
PORT_TRIES=100
START_ATTEMPTS=5

die() { echo "pgserver.sh: $*" >&2; exit 1; }
log() { echo "pgserver.sh: $*" >&2; }

usage() { die "usage: pgserver.sh {start|stop} DIR"; }

[ $# -eq 2 ] || usage
cmd=$1
[ -n "$2" ] || usage
ME=$(id -un 2>/dev/null || id -u)
if [ "$cmd" = start ]; then
    # shellcheck disable=SC2174  # only DIR itself must be 0755
    mkdir -p -m 0755 -- "$2" || die "start: cannot create directory $2"
    chmod 0755 -- "$2" 2>/dev/null || true
fi
if [ -d "$2" ]; then
    DIR=$(cd -- "$2" && pwd -P)
else
    DIR=$2   # stop on a directory that never existed: nothing to do
fi

# ---------------------------------------------------------------- helpers

find_bindir() {
    if [ -n "${PINGAN_PG_BINDIR:-}" ]; then
        echo "$PINGAN_PG_BINDIR"; return
    fi
    local d best=""
    best=$(for d in /usr/lib/postgresql/*/bin; do
               [ -x "$d/initdb" ] && [ -x "$d/pg_ctl" ] && echo "$d"
           done | sort -V | tail -n 1)
    echo "$best"
}

BINDIR=$(find_bindir)
have_binaries() {
    [ -n "$BINDIR" ] && [ -x "$BINDIR/initdb" ] && [ -x "$BINDIR/pg_ctl" ] && [ -x "$BINDIR/pg_isready" ]
}

# as_user USER CMD...: run CMD as USER (from /, so a root-only cwd does not matter).
as_user() {
    local user=$1; shift
    if [ "$ME" = "$user" ]; then
        (cd / && "$@")
    elif command -v runuser >/dev/null 2>&1; then
        (cd / && runuser -u "$user" -- "$@")
    elif command -v setpriv >/dev/null 2>&1; then
        local home
        home=$(getent passwd "$user" | cut -d: -f6)
        (cd / && HOME=${home:-/} USER=$user LOGNAME=$user \
            setpriv --reuid="$user" --regid="$(id -g "$user")" --init-groups -- "$@")
    elif command -v su >/dev/null 2>&1; then
        # shellcheck disable=SC2016  # expanded by the target user's bash
        (cd / && su -s /bin/bash "$user" -c 'exec "$0" "$@"' -- "$@")
    else
        die "cannot switch to user $user: none of runuser, setpriv, su is available"
    fi
}

# The user the server runs as, when starting a new one.
server_user() {
    if [ "$(id -u)" -eq 0 ]; then
        getent passwd postgres >/dev/null 2>&1 \
            || die "start: running as root but there is no 'postgres' system user; run resources/install-deps.sh (installs Debian's postgresql package)"
        echo postgres
    else
        echo "$ME"
    fi
}

# Directory holding data/, server.log and the socket for DIR (DIR itself or a /tmp dir).
base_dir() {
    local b
    if [ -f "$DIR/datadir" ]; then
        b=$(head -n 1 "$DIR/datadir")
        case "$b" in
            /tmp/pingan-pg.*) [ -d "$b" ] && { echo "$b"; return; } ;;
        esac
        echo ""; return
    fi
    echo "$DIR"
}

port_in_use() {
    local p=$1
    if (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; then
        return 0
    fi
    if command -v ss >/dev/null 2>&1; then
        [ -n "$(ss -Hltn "sport = :$p" 2>/dev/null)" ] && return 0
    fi
    return 1
}

pick_port() {
    local p=$1 last=$(( $1 + PORT_TRIES ))
    while [ "$p" -lt "$last" ]; do
        port_in_use "$p" || { echo "$p"; return 0; }
        p=$((p + 1))
    done
    return 1
}

# Port of the running server of data dir $1 (postmaster.pid line 4).
pid_port() { sed -n 4p "$1/postmaster.pid" 2>/dev/null; }

url_for() { echo "postgresql://$PG_SUPERUSER@127.0.0.1:$1/postgres"; }

write_url() {
    local url=$1 tmp
    tmp=$(mktemp "$DIR/.url.XXXXXX") || die "start: cannot write $DIR/url"
    printf '%s\n' "$url" >"$tmp"
    chmod 0644 "$tmp"
    mv -f "$tmp" "$DIR/url"
}

# running DATA OWNER: is the cluster in DATA running? A killed postmaster can linger as a
# zombie (pid 1 of a container may reap late); kill -0 and pg_ctl status count it alive.
running() {
    local pid state
    [ -f "$1/postmaster.pid" ] || return 1
    pid=$(head -n 1 "$1/postmaster.pid" 2>/dev/null || true)
    [ -n "$pid" ] && [ -r "/proc/$pid/stat" ] || return 1
    state=$(sed -E 's/^.*\) ([A-Za-z]).*$/\1/' "/proc/$pid/stat" 2>/dev/null || true)
    case "$state" in Z|X|x|"") return 1 ;; esac
    as_user "$2" "$BINDIR/pg_ctl" -D "$1" status >/dev/null 2>&1
}

owner_of() { stat -c %U -- "$1"; }

show_log() {
    local f=$1
    if [ -f "$f" ]; then
        echo "----- last lines of $f -----" >&2
        tail -n 20 "$f" >&2 || true
        echo "-----" >&2
    fi
}

# Remove a stale/stopped cluster of DIR (data and any /tmp base dir).
remove_cluster() {
    local base=$1
    if [ -n "$base" ] && [ "$base" != "$DIR" ]; then
        if [ -f "$base/server.log" ]; then
            cp -f -- "$base/server.log" "$DIR/server.log" 2>/dev/null || true
            chmod 0644 "$DIR/server.log" 2>/dev/null || true
        fi
        case "$base" in /tmp/pingan-pg.*) rm -rf -- "$base" ;; esac
    fi
    rm -rf -- "$DIR/data"
    rm -f -- "$DIR/datadir" "$DIR/url"
    chmod a+r -- "$DIR/server.log" 2>/dev/null || true
}

# ---------------------------------------------------------------- start

do_start() {
    have_binaries || die "start: PostgreSQL server binaries (initdb, pg_ctl, pg_isready) not found under /usr/lib/postgresql/*/bin; run resources/install-deps.sh (installs Debian's postgresql package)"
    local user base data logf port url
    user=$(server_user)

    # Already running? Just report the URL.
    base=$(base_dir)
    if [ -n "$base" ] && [ -d "$base/data" ]; then
        data=$base/data
        if running "$data" "$(owner_of "$data")"; then
            port=$(pid_port "$data")
            [ -n "$port" ] || die "start: server in $data is running but its port is unknown (postmaster.pid)"
            url=$(url_for "$port")
            write_url "$url"
            echo "$url"
            return 0
        fi
        log "removing stale cluster $data (server not running)"
    fi
    remove_cluster "$base"

    # Where the cluster lives: DIR itself if the server user can use it, else /tmp.
    base=$DIR
    # Unix socket paths are limited to 107 bytes: DIR/.s.PGSQL.NNNNN must fit.
    if [ $(( ${#DIR} + 18 )) -gt 100 ]; then
        log "$DIR is too long for a Unix socket path; using a directory in /tmp"
        base=""
    elif [ "$user" != "$ME" ]; then
        local orig_owner
        orig_owner=$(stat -c %u:%g -- "$DIR")
        chown "$user:" -- "$DIR" 2>/dev/null || true
        if ! as_user "$user" test -x "$DIR" -a -w "$DIR" 2>/dev/null; then
            chown "$orig_owner" -- "$DIR" 2>/dev/null || true
            log "user $user cannot use $DIR (a parent is not searchable?); using a directory in /tmp"
            base=""
        fi
    fi
    if [ -z "$base" ]; then
        base=$(mktemp -d /tmp/pingan-pg.XXXXXX) || die "start: mktemp -d /tmp/pingan-pg.XXXXXX failed"
        chmod 0755 "$base"
        [ "$user" = "$ME" ] || chown "$user:" -- "$base" || die "start: cannot chown $base to $user"
        printf '%s\n' "$base" >"$DIR/datadir"
        chmod 0644 "$DIR/datadir"
    fi
    data=$base/data
    logf=$base/server.log

    # initdb (--no-sync: like fsync=off below, durability is pointless for a throwaway
    # cluster, and syncing ~1000 files costs seconds on a busy CI disk).
    rm -f -- "$logf"
    if ! as_user "$user" "$BINDIR/initdb" -D "$data" -E UTF8 --locale=C -A trust \
            -U "$PG_SUPERUSER" --no-sync >"$base/initdb.log" 2>&1; then
        show_log "$base/initdb.log"
        die "start: initdb failed (as user $user, data $data); see $base/initdb.log"
    fi

    # Start on a free port; retry on the next one if another process grabs it first.
    local attempt=1 next=$PORT_BASE ok=0
    while [ $attempt -le $START_ATTEMPTS ]; do
        port=$(pick_port "$next") || die "start: no free TCP port in $next..$((next + PORT_TRIES - 1))"
        # fsync/synchronous_commit/full_page_writes off: a throwaway test server, durability
        # across a crash does not matter and the tests run much faster.
        if as_user "$user" "$BINDIR/pg_ctl" -D "$data" -w -t 60 -l "$logf" -o \
                "-p $port -k '$base' -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
                start >"$base/pg_ctl.log" 2>&1; then
            ok=1; break
        fi
        if grep -qi 'address already in use' "$logf" 2>/dev/null; then
            log "port $port was taken meanwhile; retrying"
            as_user "$user" "$BINDIR/pg_ctl" -D "$data" stop -m immediate >/dev/null 2>&1 || true
            next=$((port + 1)); attempt=$((attempt + 1))
            continue
        fi
        break
    done
    if [ $ok -ne 1 ]; then
        cat "$base/pg_ctl.log" >&2 || true
        show_log "$logf"
        die "start: pg_ctl start failed (as user $user, data $data, port $port); see $logf"
    fi

    # Wait until it accepts TCP connections.
    local i=0
    until "$BINDIR/pg_isready" -q -h 127.0.0.1 -p "$port" -U "$PG_SUPERUSER" -d postgres; do
        i=$((i + 1))
        if [ $i -ge 120 ]; then
            show_log "$logf"
            die "start: pg_isready -h 127.0.0.1 -p $port still fails after 60 s; see $logf"
        fi
        sleep 0.5
    done

    chmod a+r -- "$logf" 2>/dev/null || true
    url=$(url_for "$port")
    write_url "$url"
    echo "$url"
}

# ---------------------------------------------------------------- stop

do_stop() {
    [ -d "$DIR" ] || return 0
    local base data owner pid i
    base=$(base_dir)
    if [ -z "$base" ]; then
        # DIR/datadir points to a directory that is gone: just clean up the records.
        rm -f -- "$DIR/datadir" "$DIR/url"
        return 0
    fi
    data=$base/data
    if [ -d "$data" ] && [ -f "$data/postmaster.pid" ]; then
        owner=$(owner_of "$data")
        if have_binaries; then
            if running "$data" "$owner"; then
                if ! as_user "$owner" "$BINDIR/pg_ctl" -D "$data" stop -m fast -w -t 60 >&2; then
                    log "fast shutdown failed; trying immediate (log: $base/server.log)"
                    as_user "$owner" "$BINDIR/pg_ctl" -D "$data" stop -m immediate -w -t 30 >&2 \
                        || die "stop: pg_ctl stop failed for $data; see $base/server.log"
                fi
            fi
        else
            # Binaries gone (package removed?): signal the postmaster directly (SIGINT = fast).
            pid=$(head -n 1 "$data/postmaster.pid" 2>/dev/null || true)
            if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null \
                    && [ "$(readlink "/proc/$pid/cwd" 2>/dev/null)" = "$data" ]; then
                kill -INT "$pid" 2>/dev/null || true
                for i in $(seq 1 120); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
                kill -0 "$pid" 2>/dev/null && die "stop: postmaster $pid of $data did not exit; see $base/server.log"
            fi
        fi
    fi
    if [ -d "$data" ]; then
        remove_cluster "$base"
        log "stopped; removed $data"
    else
        remove_cluster "$base"
        log "no server for $DIR; nothing to stop"
    fi
}

case "$cmd" in
    start) do_start ;;
    stop)  do_stop ;;
    *)     usage ;;
esac
