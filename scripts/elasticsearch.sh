#!/usr/bin/env bash
# Elasticsearch 8.19.21 for Svod without Docker: the demo (./svod up), the integration tests and CI.
#
# usage: scripts/elasticsearch.sh COMMAND [--name NAME] [--port PORT]
#   install   download the distribution (Maven Central), unpack it, add Debian's hunspell ru_RU dictionary and
#             build + install the es-plugin/ analysis plugin; quick when all that is done already
#   start     install if needed, start instance NAME on 127.0.0.1:PORT, wait for yellow health (120 s), then
#             run selftest (about 2 s; SVOD_ES_SELFTEST=false skips it)
#   stop      stop instance NAME
#   kill      SIGKILL instance NAME, as the kernel's OOM killer would (./svod bench chaos); start brings it back
#   status    say whether instance NAME is running (exit 0) or not (exit 1)
#   selftest  check the analyzers of index-mappings/analysis.json with _analyze on the server at PORT
# --name NAME  instance name: its data, logs and pid file are its own (default demo; the tests use test)
# --port PORT  HTTP port (default $SVOD_ES_PORT, else 9200); the transport port is PORT+100
# Environment: SVOD_ES_HOME (where it all lives, see below), SVOD_ES_HEAP (heap size, default 1g),
# ES_JAVA_HOME (the JDK to run on; default: the JDK of `java` on PATH; 17 or newer).
#
# Layout. Elasticsearch refuses to run as root, so as root the server runs as the system user svod-es, created
# here. That user cannot read a checkout inside a private directory (CI clones into a mktemp -d, mode 0700), so
# then nothing the server reads or writes is inside the repo; as any other user it all stays in the repo's
# ignored .svod/ folder:
#   BASE = ${SVOD_ES_HOME:-/var/tmp/svod-es}                as root (owned by svod-es)
#          ${SVOD_ES_HOME:-<repo>/.svod/elasticsearch}      otherwise
#   BASE/elasticsearch-8.19.21/                   the unpacked distribution (no bundled JDK, no analysis-common)
#        config/elasticsearch.yml                  + Svod's settings shared by all instances (single node,
#                                                    127.0.0.1, security off); per-instance ones are -E options
#        config/hunspell/ru_RU/ru_RU.{aff,dic}     Debian's hunspell-ru dictionary
#        plugins/svod-analysis-ru/                 the plugin; .svod-plugin-sources: hash of the sources it came from
#   BASE/plugin/svod-analysis-ru-VERSION.zip      the plugin zip, copied out of es-plugin/target to install from
#   BASE/instances/NAME/data, logs/svod-NAME.log, tmp, es.pid, port, console.log
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
ES_VERSION=8.19.21
ES_ARTIFACT=org.elasticsearch.distribution.integ-test-zip:elasticsearch:$ES_VERSION:zip
PLUGIN_NAME=svod-analysis-ru
ES_USER=svod-es
HEALTH_TIMEOUT=120

say() { printf '[elasticsearch] %s\n' "$*"; }
die() { printf '[elasticsearch] error: %s\n' "$*" >&2; exit 1; }

usage() {
  sed -n '2,17s/^# \{0,1\}//p' "${BASH_SOURCE[0]}"
}

COMMAND=${1:-}
[ $# -gt 0 ] && shift
NAME=demo
PORT=${SVOD_ES_PORT:-9200}
while [ $# -gt 0 ]; do
  case "$1" in
    --name) [ $# -ge 2 ] || die "--name needs a value"; NAME=$2; shift 2 ;;
    --name=*) NAME=${1#--name=}; shift ;;
    --port) [ $# -ge 2 ] || die "--port needs a value"; PORT=$2; shift 2 ;;
    --port=*) PORT=${1#--port=}; shift ;;
    -h | --help) usage; exit 0 ;;
    *) usage >&2; exit 2 ;;
  esac
done
[[ $NAME =~ ^[A-Za-z0-9_-]+$ ]] || die "bad instance name '$NAME' (letters, digits, - and _)"
[[ $PORT =~ ^[0-9]+$ ]] && [ "$PORT" -ge 1024 ] && [ "$PORT" -le 65435 ] || die "bad port '$PORT'"

if [ "$(id -u)" -eq 0 ]; then
  AS_ROOT=true
  BASE=${SVOD_ES_HOME:-/var/tmp/svod-es}
else
  AS_ROOT=false
  BASE=${SVOD_ES_HOME:-$ROOT/.svod/elasticsearch}
fi
ES_HOME=$BASE/elasticsearch-$ES_VERSION
INSTANCE=$BASE/instances/$NAME
PID_FILE=$INSTANCE/es.pid
URL=http://127.0.0.1:$PORT

# Runs a command as the user the server runs as.
as_es() {
  if $AS_ROOT; then
    runuser -u "$ES_USER" -- "$@"
  else
    "$@"
  fi
}

own() { # paths: hand them to the server's user when running as root
  if $AS_ROOT; then
    chown -R "$ES_USER:$ES_USER" "$@"
  fi
}

ensure_user() {
  $AS_ROOT || return 0
  id -u "$ES_USER" >/dev/null 2>&1 && return 0
  say "creating the system user $ES_USER (Elasticsearch refuses to run as root)"
  useradd --system --user-group --no-create-home --home-dir "$BASE" --shell /usr/sbin/nologin "$ES_USER" \
    || die "could not create the user $ES_USER"
}

# The JDK the server runs on (the zip has none): ES_JAVA_HOME, else the JDK of `java` on PATH.
find_java() {
  local home=${ES_JAVA_HOME:-} java version
  if [ -z "$home" ]; then
    java=$(command -v java) || die "no java on PATH: install a JDK 17+ (apt-get install openjdk-17-jdk-headless) or set ES_JAVA_HOME"
    home=$(dirname "$(dirname "$(readlink -f "$java")")")
  fi
  [ -x "$home/bin/java" ] || die "ES_JAVA_HOME=$home has no bin/java"
  version=$("$home/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')
  [ -n "$version" ] && [ "${version%%.*}" -ge 17 ] 2>/dev/null \
    || die "Elasticsearch $ES_VERSION needs Java 17 or newer; $home is Java ${version:-unknown} (set ES_JAVA_HOME)"
  ES_JAVA_HOME=$home
  JAVA_VERSION=$version
  export ES_JAVA_HOME
}

apt_install() { # packages…
  $AS_ROOT || return 1
  command -v apt-get >/dev/null || return 1
  export DEBIAN_FRONTEND=noninteractive
  apt-get install -y -qq "$@" >/dev/null 2>&1 && return 0
  apt-get update -qq >/dev/null 2>&1 && apt-get install -y -qq "$@" >/dev/null
}

install_distribution() {
  [ -f "$ES_HOME/.svod-installed" ] && return 0
  command -v unzip >/dev/null || apt_install unzip || die "unzip is missing (apt-get install unzip)"
  command -v mvn >/dev/null || die "Maven is missing (apt-get install maven)"
  say "fetching Elasticsearch $ES_VERSION from Maven Central ($ES_ARTIFACT, ~100 MB unless cached in ~/.m2)…"
  local download=$BASE/download
  mkdir -p "$download"
  # run outside the repo, so that Maven does not load the project's pom
  (cd "$download" && mvn -q -B dependency:copy -Dartifact="$ES_ARTIFACT" -DoutputDirectory="$download") \
    >"$BASE/download.log" 2>&1 || { tail -n 30 "$BASE/download.log" >&2; die "Maven could not fetch $ES_ARTIFACT"; }
  local zip=$download/elasticsearch-$ES_VERSION.zip
  [ -f "$zip" ] || die "Maven did not leave $zip"
  say "unpacking into $ES_HOME"
  rm -rf "$ES_HOME" "$ES_HOME.partial"
  mkdir -p "$ES_HOME.partial"
  unzip -q "$zip" -d "$ES_HOME.partial" || die "could not unpack $zip"
  mv "$ES_HOME.partial/elasticsearch-$ES_VERSION" "$ES_HOME"
  rmdir "$ES_HOME.partial"
  rm -f "$zip"
  cat >>"$ES_HOME/config/elasticsearch.yml" <<'EOF'

# --- Svod (scripts/elasticsearch.sh): a local single-node server shared by all instances; each instance's
# --- cluster/node name, ports and paths are -E options at start.
discovery.type: single-node
network.host: 127.0.0.1
xpack.security.enabled: false
xpack.ml.enabled: false
xpack.graph.enabled: false
xpack.watcher.enabled: false
# no disk watermarks: a nearly full developer disk must not turn indices read-only
cluster.routing.allocation.disk.threshold_enabled: false
# the ru_RU dictionary loads when an index first uses it (~1 s), not at every start
indices.analysis.hunspell.dictionary.lazy: true
EOF
  touch "$ES_HOME/.svod-installed"
  CHANGED=true
}

# Debian's hunspell-ru (the ES zip has no dictionaries) into config/hunspell/ru_RU/.
install_dictionary() {
  local src=/usr/share/hunspell dst=$ES_HOME/config/hunspell/ru_RU encoding
  if [ ! -f "$src/ru_RU.dic" ] || [ ! -f "$src/ru_RU.aff" ]; then
    $AS_ROOT || die "the Russian hunspell dictionary ($src/ru_RU.dic) is missing: install it as root (apt-get install hunspell-ru) or run this script as root"
    say "installing Debian's hunspell-ru…"
    apt_install hunspell-ru || die "apt-get install hunspell-ru failed"
    [ -f "$src/ru_RU.dic" ] || die "hunspell-ru installed no $src/ru_RU.dic"
  fi
  if cmp -s "$src/ru_RU.aff" "$dst/ru_RU.aff" && cmp -s "$src/ru_RU.dic" "$dst/ru_RU.dic"; then
    return 0
  fi
  # Lucene reads the .dic in the encoding the .aff declares with SET: check that they agree
  encoding=$(sed -n 's/^SET[[:space:]]\{1,\}\([^[:space:]]*\).*/\1/p' "$src/ru_RU.aff" | head -n 1 | tr -d '\r')
  [ -n "$encoding" ] || die "$src/ru_RU.aff declares no encoding (SET)"
  if command -v iconv >/dev/null && ! iconv -f "$encoding" -t UTF-8 "$src/ru_RU.dic" >/dev/null 2>&1; then
    die "$src/ru_RU.dic is not valid $encoding, the encoding ru_RU.aff declares"
  fi
  say "hunspell ru_RU dictionary ($encoding) into config/hunspell/ru_RU"
  mkdir -p "$dst"
  cp "$src/ru_RU.aff" "$src/ru_RU.dic" "$dst/"
  CHANGED=true
}

plugin_sources_hash() {
  (cd "$ROOT" && find es-plugin/pom.xml es-plugin/src -type f -print0 | LC_ALL=C sort -z | xargs -0 sha256sum \
    | sha256sum | cut -c1-64)
}

instances_running() {
  local pid_file
  for pid_file in "$BASE"/instances/*/es.pid; do
    [ -f "$pid_file" ] && kill -0 "$(cat "$pid_file")" 2>/dev/null && return 0
  done
  return 1
}

# Builds es-plugin/ (when its zip is older than its sources) and (re)installs it when the sources changed.
install_plugin() {
  local hash version zip
  [ -f "$ROOT/es-plugin/pom.xml" ] || die "no es-plugin/pom.xml in $ROOT"
  hash=$(plugin_sources_hash)
  if [ -d "$ES_HOME/plugins/$PLUGIN_NAME" ] && [ "$(cat "$ES_HOME/.svod-plugin-sources" 2>/dev/null)" = "$hash" ]; then
    return 0
  fi
  version=$(sed -n 's:^  <version>\(.*\)</version>.*:\1:p' "$ROOT/es-plugin/pom.xml" | head -n 1)
  zip=$ROOT/es-plugin/target/$PLUGIN_NAME-$version.zip
  if [ ! -f "$zip" ] || [ -n "$(find "$ROOT/es-plugin/pom.xml" "$ROOT/es-plugin/src" -newer "$zip" -print -quit)" ]; then
    command -v mvn >/dev/null || die "Maven is missing (apt-get install maven)"
    say "building the analysis plugin (mvn -f es-plugin/pom.xml package)…"
    mvn -q -B -f "$ROOT/es-plugin/pom.xml" package >"$BASE/plugin-build.log" 2>&1 \
      || { tail -n 40 "$BASE/plugin-build.log" >&2; die "the plugin build failed (log: $BASE/plugin-build.log)"; }
    [ -f "$zip" ] || die "the build left no $zip"
  fi
  if instances_running; then
    say "warning: instances are running; they load the new plugin only when restarted"
  fi
  mkdir -p "$BASE/plugin"
  rm -f "$BASE/plugin/$PLUGIN_NAME"-*.zip
  cp "$zip" "$BASE/plugin/"
  if [ -d "$ES_HOME/plugins/$PLUGIN_NAME" ]; then
    "$ES_HOME/bin/elasticsearch-plugin" remove --silent "$PLUGIN_NAME" >/dev/null || die "could not remove the old plugin"
  fi
  say "installing the analysis plugin $PLUGIN_NAME $version"
  "$ES_HOME/bin/elasticsearch-plugin" install --batch --silent "file://$BASE/plugin/$(basename "$zip")" \
    || die "elasticsearch-plugin install failed"
  echo "$hash" >"$ES_HOME/.svod-plugin-sources"
  CHANGED=true
}

cmd_install() {
  local started=$SECONDS
  CHANGED=false
  find_java
  mkdir -p "$BASE"
  chmod 755 "$BASE"
  ensure_user
  # one install at a time (the tests and ./svod may both call it)
  if command -v flock >/dev/null; then
    exec 9>"$BASE/.install.lock"
    flock 9
  fi
  install_distribution
  install_dictionary
  install_plugin
  if $CHANGED; then
    own "$BASE"
    say "installed in $((SECONDS - started)) s: $ES_HOME"
  fi
  if command -v flock >/dev/null; then
    exec 9>&-
  fi
}

pid_alive() { [ -f "$PID_FILE" ] && kill -0 "$(cat "$PID_FILE")" 2>/dev/null; }

# The cluster name of the Elasticsearch answering on PORT, or nothing. (Not GET /: the zip has no rest-root
# module, so / answers 405.)
answering_cluster() {
  { curl -fsS --max-time 2 "$URL/_cluster/health?timeout=1s" 2>/dev/null || true; } | sed -n 's/.*"cluster_name" *: *"\([^"]*\)".*/\1/p' | head -n 1
}

port_busy() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# What this start wrote: the launcher's output, and the server log from where it stood before the start.
show_logs() {
  local log=$INSTANCE/logs/svod-$NAME.log
  if [ -s "$INSTANCE/console.log" ]; then
    printf '[elasticsearch] --- %s (errors, then the tail)\n' "$INSTANCE/console.log" >&2
    grep -m 10 -E 'ERROR|Error|Exception' "$INSTANCE/console.log" >&2 || true
    tail -n 20 "$INSTANCE/console.log" >&2
  fi
  if [ -f "$log" ] && [ "$(stat -c %s "$log")" -gt "${LOG_OFFSET:-0}" ]; then
    printf '[elasticsearch] --- %s (tail)\n' "$log" >&2
    tail -c +$((${LOG_OFFSET:-0} + 1)) "$log" | tail -n 40 >&2
  fi
}

cmd_start() {
  command -v curl >/dev/null || die "curl is missing (apt-get install curl)"
  local cluster
  cluster=$(answering_cluster)
  if [ -n "$cluster" ]; then
    if [ "$cluster" = "svod-$NAME" ]; then
      say "instance $NAME is already running at $URL"
    else
      say "Elasticsearch (cluster $cluster) is already running at $URL; using it"
    fi
    return 0
  fi
  if pid_alive; then
    die "instance $NAME runs (pid $(cat "$PID_FILE")) but does not answer at $URL; try: $0 stop --name $NAME"
  fi
  port_busy "$PORT" && die "port $PORT is taken by something that is not Elasticsearch"
  port_busy $((PORT + 100)) && die "transport port $((PORT + 100)) is taken"

  cmd_install
  local heap=${SVOD_ES_HEAP:-1g} started=$SECONDS
  mkdir -p "$INSTANCE/data" "$INSTANCE/logs" "$INSTANCE/tmp"
  rm -f "$PID_FILE"
  echo "$PORT" >"$INSTANCE/port"
  : >"$INSTANCE/console.log"
  LOG_OFFSET=$(stat -c %s "$INSTANCE/logs/svod-$NAME.log" 2>/dev/null || echo 0)
  own "$BASE/instances" "$ES_HOME/config"
  say "starting instance $NAME on $URL (heap $heap, Java $JAVA_VERSION from $ES_JAVA_HOME, data in $INSTANCE)…"
  # -d: the launcher returns once the node has started (or failed), leaving the server in the background
  if ! (cd "$ES_HOME" && as_es env ES_JAVA_HOME="$ES_JAVA_HOME" ES_PATH_CONF="$ES_HOME/config" \
    ES_JAVA_OPTS="-Xms$heap -Xmx$heap ${SVOD_ES_JAVA_OPTS:-}" ES_TMPDIR="$INSTANCE/tmp" \
    "$ES_HOME/bin/elasticsearch" -d -p "$PID_FILE" \
    -E cluster.name="svod-$NAME" -E node.name="svod-$NAME" \
    -E http.port="$PORT" -E transport.port=$((PORT + 100)) \
    -E path.data="$INSTANCE/data" -E path.logs="$INSTANCE/logs") >>"$INSTANCE/console.log" 2>&1; then
    show_logs
    die "Elasticsearch did not start (instance $NAME)"
  fi
  local deadline=$((started + HEALTH_TIMEOUT))
  until curl -fsS -o /dev/null --max-time 5 "$URL/_cluster/health?wait_for_status=yellow&timeout=2s" 2>/dev/null; do
    if ! pid_alive; then
      show_logs
      die "Elasticsearch (instance $NAME) exited during start"
    fi
    if [ $SECONDS -ge $deadline ]; then
      show_logs
      die "Elasticsearch (instance $NAME) not healthy after $HEALTH_TIMEOUT s; still running as pid $(cat "$PID_FILE"), stop it with: $0 stop --name $NAME"
    fi
    sleep 1
  done
  say "instance $NAME is up at $URL in $((SECONDS - started)) s (pid $(cat "$PID_FILE"), log $INSTANCE/logs/svod-$NAME.log)"
  if [ "${SVOD_ES_SELFTEST:-true}" = true ]; then
    local report
    if report=$(cmd_selftest 2>&1); then
      printf '%s\n' "$report" | tail -n 1
    else
      printf '%s\n' "$report" >&2
      cmd_stop
      die "the analyzers of index-mappings/analysis.json do not work on this server (SVOD_ES_SELFTEST=false skips the check)"
    fi
  fi
}

cmd_stop() {
  if ! pid_alive; then
    rm -f "$PID_FILE"
    say "instance $NAME is not running"
    return 0
  fi
  local pid started=$SECONDS
  pid=$(cat "$PID_FILE")
  kill "$pid"
  while kill -0 "$pid" 2>/dev/null; do
    if [ $((SECONDS - started)) -ge 60 ]; then
      say "instance $NAME (pid $pid) still running after 60 s; killing it"
      kill -9 "$pid" 2>/dev/null || true
      sleep 1
      break
    fi
    sleep 0.5
  done
  rm -f "$PID_FILE"
  say "stopped instance $NAME (pid $pid) in $((SECONDS - started)) s"
}

cmd_kill() {
  pid_alive || die "instance $NAME is not running"
  kill -9 "$(cat "$PID_FILE")"
  say "killed instance $NAME (pid $(cat "$PID_FILE")) with SIGKILL"
  rm -f "$PID_FILE"
}

cmd_status() {
  if pid_alive; then
    local port
    port=$(cat "$INSTANCE/port" 2>/dev/null || echo "$PORT")
    say "instance $NAME: running, pid $(cat "$PID_FILE"), http://127.0.0.1:$port"
    return 0
  fi
  say "instance $NAME: stopped"
  return 1
}

# _analyze checks of the analyzers in index-mappings/analysis.json, on a scratch index of the server at PORT.
analyze() { # index analyzer text → the tokens, one a line
  curl -fsS -H 'Content-Type: application/json' "$URL/$1/_analyze" \
    -d "{\"analyzer\":\"$2\",\"text\":\"$3\"}" | grep -o '"token":"[^"]*"' | cut -d'"' -f4
}

cmd_selftest() {
  command -v curl >/dev/null || die "curl is missing"
  [ -n "$(answering_cluster)" ] || die "no Elasticsearch at $URL (start it first: $0 start --name $NAME --port $PORT)"
  local index=svod-selftest-$$ failures=0 started=$SECONDS out
  out=$(curl -sS -X PUT -H 'Content-Type: application/json' "$URL/$index" \
    -d "{\"settings\":$(cat "$ROOT/index-mappings/analysis.json")}") || die "could not reach $URL"
  case "$out" in
    *'"acknowledged":true'*) ;;
    *) die "could not create an index with index-mappings/analysis.json: $out" ;;
  esac
  say "scratch index $index created with index-mappings/analysis.json in $((SECONDS - started)) s"
  check() { # description expected actual
    if [ "$2" = "$3" ]; then
      say "  ok   $1: $3"
    else
      say "  FAIL $1: expected '$2', got '$3'"
      failures=$((failures + 1))
    fi
  }
  tokens() { analyze "$index" "$1" "$2" | paste -sd' ' -; }
  local family=() word
  for word in наставничество наставник наставников наставнической; do
    family+=("$(tokens svod_family "$word")")
    say "  svod_family  $word → ${family[-1]}"
  done
  check "svod_family joins the наставник family" "1" "$(printf '%s\n' "${family[@]}" | sort -u | wc -l | tr -d ' ')"
  for word in наставников наставник учёт учет образования; do
    say "  svod_ru      $word → $(tokens svod_ru "$word")"
  done
  check "svod_ru: наставников = наставник" "$(tokens svod_ru наставник)" "$(tokens svod_ru наставников)"
  check "svod_ru: учёт = учет" "$(tokens svod_ru учет)" "$(tokens svod_ru учёт)"
  check "svod_ru drops stop words" "" "$(tokens svod_ru 'и в на по не')"
  check "svod_exact keeps the form, folds ё" "наставников учет" "$(tokens svod_exact 'Наставников УЧЁТ')"
  check "svod_family keeps мониторинг and монета apart" "мониторинг монет" "$(tokens svod_family 'мониторинг монета')"
  curl -fsS -o /dev/null -X DELETE "$URL/$index" || say "warning: could not delete $index"
  [ "$failures" -eq 0 ] || die "$failures analysis check(s) failed"
  say "analysis self-test passed in $((SECONDS - started)) s"
}

case "$COMMAND" in
  install) cmd_install; say "ready: $ES_HOME (Java $JAVA_VERSION)" ;;
  start) cmd_start ;;
  stop) cmd_stop ;;
  kill) cmd_kill ;;
  status) cmd_status ;;
  selftest) cmd_selftest ;;
  "" | help) usage ;;
  *) usage >&2; exit 2 ;;
esac
