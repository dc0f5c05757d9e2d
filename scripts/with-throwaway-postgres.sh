#!/usr/bin/env bash
# Usage: scripts/with-throwaway-postgres.sh COMMAND [ARGS...]
#
# Starts a private PostgreSQL cluster in a temporary folder (loopback only, a free port, trust auth,
# fsync off: test data is disposable), creates database `zhichan`, runs COMMAND with
# DATABASE_URL=postgres://postgres@127.0.0.1:PORT/zhichan, then stops the cluster and deletes it,
# whatever COMMAND's outcome. Exits with COMMAND's status. Never touches a PostgreSQL already
# running on this machine (its own port, data folder and socket folder).
# PG_BIN overrides where the server binaries are (default: newest /usr/lib/postgresql/*/bin).
set -euo pipefail
# runuser and useradd live in /usr/sbin, which a non-login PATH may lack.
export PATH="$PATH:/usr/sbin:/sbin"

[ $# -gt 0 ] || { echo "usage: $0 COMMAND [ARGS...]" >&2; exit 2; }

pg_bin=${PG_BIN:-$(printf '%s\n' /usr/lib/postgresql/*/bin | sort -V | tail -n1)}
if [ ! -x "$pg_bin/initdb" ]; then
  echo "PostgreSQL server binaries not found (looked in /usr/lib/postgresql/*/bin): apt-get install -y postgresql" >&2
  exit 1
fi

# initdb refuses to run as root: as root, run the cluster as the `postgres` OS user.
if [ "$(id -u)" = 0 ]; then
  if ! id -u postgres >/dev/null 2>&1; then
    useradd --system --user-group --no-create-home --home-dir /var/lib/postgresql --shell /usr/sbin/nologin postgres
  fi
  as_pg() { runuser -u postgres -- "$@"; }
else
  as_pg() { "$@"; }
fi

caller_dir=$PWD
dir=$(mktemp -d /tmp/zhichan-pg.XXXXXX)
mkdir -p "$dir/sock"
if [ "$(id -u)" = 0 ]; then chown -R postgres: "$dir"; fi
cd "$dir" # the postgres user may not be allowed into the caller's folder

cleanup() {
  local rc=$?
  if [ -f "$dir/data/postmaster.pid" ]; then
    as_pg "$pg_bin/pg_ctl" -D "$dir/data" -m fast -w -t 30 stop >/dev/null 2>&1 ||
      as_pg "$pg_bin/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
  fi
  cd / && rm -rf "$dir"
  echo "throwaway PostgreSQL stopped and removed" >&2
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

if ! as_pg "$pg_bin/initdb" -D "$dir/data" -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1; then
  cat "$dir/initdb.log" >&2
  exit 1
fi

free_port() { python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'; }

# A free port can be taken between asking and binding: try a few.
started=
for _ in 1 2 3; do
  port=$(free_port)
  opts="-p $port -k $dir/sock -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200"
  if as_pg "$pg_bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 -o "$opts" start >/dev/null; then
    started=1
    break
  fi
done
if [ -z "$started" ]; then
  echo "throwaway PostgreSQL did not start; its log:" >&2
  cat "$dir/server.log" >&2 || true
  exit 1
fi

"$pg_bin/createdb" -h 127.0.0.1 -p "$port" -U postgres zhichan
export DATABASE_URL="postgres://postgres@127.0.0.1:$port/zhichan"
echo "throwaway PostgreSQL $("$pg_bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$port (data in $dir): DATABASE_URL=$DATABASE_URL" >&2

cd "$caller_dir"
"$@"
