#!/usr/bin/env bash
# Two CollabAcademy nodes behind nginx on the local PostgreSQL, without Docker (what compose-two-nodes.yaml runs).
#   docker/two-nodes.sh [start]   start both nodes and nginx, print the address (data is kept between runs)
#   docker/two-nodes.sh load [N] [FIRST]  the same with the benchmark profile (generated learner accounts), then the
#                                 load driver through the proxy with N learners (default 100) from account FIRST (1);
#                                 a learner has three quiz attempts, so a second run takes later accounts
#   docker/two-nodes.sh stop      stop nginx and both nodes
# Settings (environment): PROXY_PORT (8080), NODE1_PORT (8081), NODE2_PORT (8082), SPRING_DATASOURCE_URL
# (jdbc:postgresql://127.0.0.1:5432/test), SPRING_DATASOURCE_USERNAME (postgres), SPRING_DATASOURCE_PASSWORD,
# COLLABACADEMY_SCHEMA (collabacademy_two_nodes), SPRING_PROFILES_ACTIVE (demo), COLLABACADEMY_TWO_NODES_DIR
# (logs, pids, nginx files; /tmp/collabacademy-two-nodes), NGINX (nginx), JAVA_HOME (a JDK 21+), LOAD_OPTIONS (more
# load driver options, e.g. "--think 1-2").
set -euo pipefail
cd "$(dirname "$0")/.."

STATE=${COLLABACADEMY_TWO_NODES_DIR:-${TMPDIR:-/tmp}/collabacademy-two-nodes}
PROXY_PORT=${PROXY_PORT:-8080}
NODE1_PORT=${NODE1_PORT:-8081}
NODE2_PORT=${NODE2_PORT:-8082}
SCHEMA=${COLLABACADEMY_SCHEMA:-collabacademy_two_nodes}
NGINX=${NGINX:-$(command -v nginx || echo /usr/sbin/nginx)}
JAVA=${JAVA_HOME:+$JAVA_HOME/bin/}java
JAR=app/target/collabacademy.jar

stop_pid() { # name: TERM, then KILL after 20 s
  local file=$STATE/$1.pid
  [ -f "$file" ] || return 0
  local pid; pid=$(cat "$file")
  if kill "$pid" 2>/dev/null; then
    for _ in $(seq 1 40); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
    kill -9 "$pid" 2>/dev/null || true
    echo "stopped $1 (pid $pid)"
  fi
  rm -f "$file"
}

stop_all() {
  if [ -f "$STATE/nginx/nginx.pid" ]; then
    kill "$(cat "$STATE/nginx/nginx.pid")" 2>/dev/null && echo "stopped nginx" || true
  fi
  stop_pid node2
  stop_pid node1
}

wait_healthy() { # name url pid-file
  for _ in $(seq 1 360); do
    if [ -n "${3:-}" ] && ! kill -0 "$(cat "$3")" 2>/dev/null; then
      echo "$1 stopped while starting; the end of its log:" >&2; tail -n 40 "$STATE/$1.log" >&2; exit 1
    fi
    curl -fsS -o /dev/null "$2/actuator/health" 2>/dev/null && return 0
    sleep 0.5
  done
  echo "$1 did not become healthy in 3 minutes ($2)" >&2; exit 1
}

start_node() { # n port; node1 imports the course content, node2 uses what node1 imported
  local name=node$1
  if [ -f "$STATE/$name.pid" ] && kill -0 "$(cat "$STATE/$name.pid")" 2>/dev/null; then
    echo "$name runs already (pid $(cat "$STATE/$name.pid"))"; return
  fi
  mkdir -p "$STATE/$name"
  env SERVER_PORT="$2" COLLABACADEMY_NODE_NAME="$name" COLLABACADEMY_DATA_DIR="$STATE/$name" \
      COLLABACADEMY_PUBLIC_URL="http://127.0.0.1:$PROXY_PORT" SPRING_PROFILES_ACTIVE="${SPRING_PROFILES_ACTIVE-demo}" \
      COLLABACADEMY_CONTENT_IMPORT_AT_START="$([ "$1" = 1 ] && echo true || echo false)" \
      SPRING_DATASOURCE_URL="${SPRING_DATASOURCE_URL:-jdbc:postgresql://127.0.0.1:5432/test}" \
      SPRING_DATASOURCE_USERNAME="${SPRING_DATASOURCE_USERNAME:-postgres}" SPRING_DATASOURCE_PASSWORD="${SPRING_DATASOURCE_PASSWORD:-}" \
      SPRING_DATASOURCE_HIKARI_SCHEMA="$SCHEMA" SPRING_FLYWAY_SCHEMAS="$SCHEMA" SPRING_FLYWAY_DEFAULT_SCHEMA="$SCHEMA" \
      nohup "$JAVA" -jar "$JAR" >"$STATE/$name.log" 2>&1 &
  echo $! >"$STATE/$name.pid"
  echo "started $name on port $2 (log: $STATE/$name.log)"
}

render() { # template target: fills in the placeholders of docker/nginx/*.template
  sed -e "s|\${COLLABACADEMY_NODE1}|127.0.0.1:$NODE1_PORT|g" -e "s|\${COLLABACADEMY_NODE2}|127.0.0.1:$NODE2_PORT|g" \
      -e "s|\${COLLABACADEMY_LISTEN}|127.0.0.1:$PROXY_PORT|g" -e "s|\${COLLABACADEMY_NGINX_DIR}|$STATE/nginx|g" "$1" >"$2"
}

start_all() {
  [ -x "$NGINX" ] || { echo "no nginx at $NGINX: apt-get install nginx-light (or set NGINX)" >&2; exit 1; }
  if [ ! -f "$JAR" ]; then ./mvnw -q -pl app package -DskipTests; fi
  mkdir -p "$STATE/nginx/temp"
  # the first start on an empty schema migrates it and creates the demo accounts: node1 alone, then node2
  start_node 1 "$NODE1_PORT"
  wait_healthy node1 "http://127.0.0.1:$NODE1_PORT" "$STATE/node1.pid"
  start_node 2 "$NODE2_PORT"
  wait_healthy node2 "http://127.0.0.1:$NODE2_PORT" "$STATE/node2.pid"
  render docker/nginx/local.conf.template "$STATE/nginx/nginx.conf"
  render docker/nginx/collabacademy.conf.template "$STATE/nginx/collabacademy.conf"
  if [ -f "$STATE/nginx/nginx.pid" ] && kill -0 "$(cat "$STATE/nginx/nginx.pid")" 2>/dev/null; then
    "$NGINX" -p "$STATE/nginx/" -c "$STATE/nginx/nginx.conf" -e "$STATE/nginx/error.log" -s reload
  else
    "$NGINX" -p "$STATE/nginx/" -c "$STATE/nginx/nginx.conf" -e "$STATE/nginx/error.log"
  fi
  wait_healthy nginx "http://127.0.0.1:$PROXY_PORT"
  # new visitors are shared round-robin: two first requests land on the two nodes
  for _ in 1 2; do
    curl -fsS -o /dev/null -D - "http://127.0.0.1:$PROXY_PORT/" | sed -n 's/^[Ss]et-[Cc]ookie: JSESSIONID=[^.;]*\.\([^;]*\).*/a new visitor landed on \1/p'
  done
  echo "CollabAcademy on two nodes: http://127.0.0.1:$PROXY_PORT (stop with: docker/two-nodes.sh stop)"
}

case "${1:-start}" in
  start) start_all ;;
  stop) stop_all ;;
  load)
    # nodes that already run keep their profiles: stop them first to get the benchmark accounts
    export SPRING_PROFILES_ACTIVE=${SPRING_PROFILES_ACTIVE-demo,benchmark} COLLABACADEMY_BENCHMARK_LEARNERS=${COLLABACADEMY_BENCHMARK_LEARNERS:-3000}
    start_all
    ./mvnw -q -pl app test-compile exec:java -Dexec.mainClass=org.collabacademy.load.LoadDriver -Dexec.classpathScope=test \
      -Dexec.args="--url http://127.0.0.1:$PROXY_PORT --learners ${2:-100} --first-account ${3:-1} ${LOAD_OPTIONS:-}"
    ;;
  *) sed -n '2,9p' "$0" >&2; exit 2 ;;
esac
