#!/usr/bin/env bash
# The scale-out stack on this machine, without Docker: PostgreSQL, Redis and an S3 server (s3rver from npm) on
# 127.0.0.1 ports, then two web processes and two workers, all on loopback.
#
#   infra/stack.sh services   # PostgreSQL, Redis, s3rver only (what the data tests need)
#   infra/stack.sh start      # services + web A, web B, $WORKERS workers (default 2; builds Release once if needed)
#   infra/stack.sh stop       # stops whatever this stack folder started (by pid, never by name)
#   infra/stack.sh env        # prints the stack's settings as shell exports
#
# State, data and logs live in $STACK_DIR (default .stack/, git-ignored); logs under $STACK_DIR/logs.
# Ports are free ones picked at start (override with PG_PORT, REDIS_PORT, S3_PORT, WEB_A_PORT, WEB_B_PORT).
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
STACK_DIR="$(mkdir -p "${STACK_DIR:-$ROOT/.stack}" && cd "${STACK_DIR:-$ROOT/.stack}" && pwd)"
LOGS="$STACK_DIR/logs"
ENV_FILE="$STACK_DIR/stack.env"
BUCKET="${S3_BUCKET:-webattention-media}"
S3_KEY="S3RVER" S3_SECRET="S3RVER"   # s3rver's fixed development credentials
CONFIG="${CONFIGURATION:-Release}"

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
wait_port() {  # name port seconds
  for _ in $(seq 1 $(( $3 * 5 ))); do (echo >"/dev/tcp/127.0.0.1/$2") 2>/dev/null && return 0; sleep 0.2; done
  echo "stack: $1 did not open port $2; see $LOGS" >&2; return 1
}
wait_alive() {  # name url seconds
  for _ in $(seq 1 $(( $3 * 2 ))); do curl -fsS "$2/alive" >/dev/null 2>&1 && return 0; sleep 0.5; done
  echo "stack: $1 not alive at $2; see $LOGS/$1.log" >&2; return 1
}
as_postgres() {  # initdb and postgres refuse to run as root
  if [ "$(id -u)" -eq 0 ]; then su postgres -s /bin/sh -c "$*"; else sh -c "$*"; fi
}
pg_bin() { command -v "$1" 2>/dev/null || ls /usr/lib/postgresql/*/bin/"$1" 2>/dev/null | tail -1; }

start_services() {
  bash "$ROOT/scripts/ensure-tools.sh" postgres redis node
  mkdir -p "$LOGS"
  PG_PORT="${PG_PORT:-$(free_port)}"; REDIS_PORT="${REDIS_PORT:-$(free_port)}"; S3_PORT="${S3_PORT:-$(free_port)}"

  # PostgreSQL: a cluster of our own in the stack folder, trust auth on loopback only.
  local pgdata="$STACK_DIR/postgres"
  if [ ! -f "$pgdata/PG_VERSION" ]; then
    mkdir -p "$pgdata"; [ "$(id -u)" -eq 0 ] && chown postgres "$pgdata" "$LOGS"
    as_postgres "$(pg_bin initdb) -D '$pgdata' -U webattention --auth=trust -E UTF8 >'$LOGS/initdb.log' 2>&1"
  fi
  [ "$(id -u)" -eq 0 ] && chown postgres "$LOGS"
  as_postgres "$(pg_bin pg_ctl) -D '$pgdata' -l '$LOGS/postgres.log' -o \"-h 127.0.0.1 -p $PG_PORT -k '$pgdata'\" -w start >/dev/null"
  as_postgres "$(pg_bin psql) -h 127.0.0.1 -p $PG_PORT -U webattention -d postgres -tAc \"SELECT 1 FROM pg_database WHERE datname='webattention'\"" | grep -q 1 \
    || as_postgres "$(pg_bin createdb) -h 127.0.0.1 -p $PG_PORT -U webattention webattention"

  # Redis: no persistence, loopback only.
  redis-server --bind 127.0.0.1 --port "$REDIS_PORT" --save "" --appendonly no --daemonize yes \
    --pidfile "$STACK_DIR/redis.pid" --logfile "$LOGS/redis.log"
  wait_port redis "$REDIS_PORT" 20

  # s3rver (npm, pinned) installed into the stack folder.
  local s3="$ROOT/.stack/s3rver"
  [ -x "$s3/node_modules/.bin/s3rver" ] || npm install --prefix "$s3" --no-audit --no-fund s3rver@3.7.1 >"$LOGS/npm.log" 2>&1
  mkdir -p "$STACK_DIR/s3"
  nohup "$s3/node_modules/.bin/s3rver" -d "$STACK_DIR/s3" -a 127.0.0.1 -p "$S3_PORT" --configure-bucket "$BUCKET" \
    >"$LOGS/s3rver.log" 2>&1 &
  echo $! >"$STACK_DIR/s3rver.pid"
  wait_port s3rver "$S3_PORT" 30

  cat >"$ENV_FILE" <<ENV
export WEBATTENTION_TEST_POSTGRES='Host=127.0.0.1;Port=$PG_PORT;Username=webattention;Database=postgres'
export Database__Provider=PostgreSql
export ConnectionStrings__App='Host=127.0.0.1;Port=$PG_PORT;Username=webattention;Database=webattention'
export Jobs__Storage=PostgreSql
export ConnectionStrings__Jobs='Host=127.0.0.1;Port=$PG_PORT;Username=webattention;Database=webattention'
export ConnectionStrings__Redis='127.0.0.1:$REDIS_PORT'
export Storage__Media=S3
export Storage__S3__ServiceUrl='http://127.0.0.1:$S3_PORT'
export Storage__S3__Bucket='$BUCKET'
export Storage__S3__AccessKey='$S3_KEY'
export Storage__S3__SecretKey='$S3_SECRET'
export Storage__S3__ForcePathStyle=true
ENV
  echo "stack: PostgreSQL :$PG_PORT, Redis :$REDIS_PORT, s3rver :$S3_PORT (settings in $ENV_FILE)"
}

build_apps() {
  local server="$ROOT/src/WebAttention.Server/bin/$CONFIG/net10.0/WebAttention.Server.dll"
  local worker="$ROOT/src/WebAttention.Worker/bin/$CONFIG/net10.0/WebAttention.Worker.dll"
  if [ ! -f "$server" ] || [ ! -f "$worker" ]; then
    dotnet build "$ROOT/src/WebAttention.Worker" -c "$CONFIG" -nologo -clp:ErrorsOnly >&2
    dotnet build "$ROOT/src/WebAttention.Server" -c "$CONFIG" -nologo -clp:ErrorsOnly >&2
  fi
}

start_app() {  # name dll port extra-args...
  local name=$1 dll=$2 port=$3; shift 3
  ( set -a; . "$ENV_FILE"; set +a
    cd "$(dirname "$dll")"
    # Each node its own HOME, as on separate machines: nothing (e.g. a data-protection key ring) is shared by accident.
    mkdir -p "$STACK_DIR/nodes/$name/home"; export HOME="$STACK_DIR/nodes/$name/home"
    exec env ASPNETCORE_ENVIRONMENT="${ASPNETCORE_ENVIRONMENT:-Production}" DOTNET_NOLOGO=1 \
      dotnet "$dll" --urls "http://127.0.0.1:$port" --Storage:DataRoot "$STACK_DIR/nodes/$name" "$@" \
      >"$LOGS/$name.log" 2>&1 ) &
  echo $! >"$STACK_DIR/$name.pid"
  echo "export STACK_${name//-/_}_URL=http://127.0.0.1:$port" >>"$ENV_FILE"
  echo "export STACK_${name//-/_}_PID=$!" >>"$ENV_FILE"
}

start_all() {
  start_services
  build_apps
  local server="$ROOT/src/WebAttention.Server/bin/$CONFIG/net10.0/WebAttention.Server.dll"
  local worker="$ROOT/src/WebAttention.Worker/bin/$CONFIG/net10.0/WebAttention.Worker.dll"
  local a="${WEB_A_PORT:-$(free_port)}" b="${WEB_B_PORT:-$(free_port)}"
  # Web A migrates the database; the others start once it is up, so two migrations never race.
  start_app web_a "$server" "$a" --Jobs:RunWorker false
  wait_alive web_a "http://127.0.0.1:$a" 120
  start_app web_b "$server" "$b" --Jobs:RunWorker false
  local nodes="web_b:$b" port
  for i in $(seq 1 "${WORKERS:-2}"); do
    port="$(free_port)"
    start_app "worker_$i" "$worker" "$port" ${WORKER_ARGS:-}
    nodes="$nodes worker_$i:$port"
  done
  for n in $nodes; do wait_alive "${n%%:*}" "http://127.0.0.1:${n##*:}" 120; done
  echo "stack: web A http://127.0.0.1:$a, web B http://127.0.0.1:$b, ${WORKERS:-2} worker(s): $nodes"
}

stop_all() {
  # Apps first, and wait for them (a job hands itself back on shutdown), then the services they use.
  local pids=()
  for f in "$STACK_DIR"/worker_*.pid "$STACK_DIR"/web_*.pid "$STACK_DIR"/s3rver.pid; do
    if [ -f "$f" ]; then pids+=("$(cat "$f")"); kill "$(cat "$f")" 2>/dev/null || true; rm -f "$f"; fi
  done
  for _ in $(seq 1 100); do
    local alive=0
    for pid in "${pids[@]}"; do kill -0 "$pid" 2>/dev/null && alive=1; done
    [ $alive -eq 0 ] && break; sleep 0.2
  done
  if [ -f "$STACK_DIR/redis.pid" ]; then kill "$(cat "$STACK_DIR/redis.pid")" 2>/dev/null || true; rm -f "$STACK_DIR/redis.pid"; fi
  if [ -f "$STACK_DIR/postgres/postmaster.pid" ]; then
    as_postgres "$(pg_bin pg_ctl) -D '$STACK_DIR/postgres' -m fast -w stop >/dev/null" || true
  fi
  echo "stack: stopped"
}

case "${1:-}" in
  services) start_services ;;
  start) start_all ;;
  stop) stop_all ;;
  env) cat "$ENV_FILE" ;;
  *) sed -n '2,12p' "$0"; exit 2 ;;
esac
