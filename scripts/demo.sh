#!/usr/bin/env bash
# Bürgerkoffer demo: builds the project, then starts the town-hall hub (with an embedded MQTT
# broker) and one kit in the background, on this machine only.
#   ./scripts/demo.sh         start (or restart) the demo and print the two addresses
#   ./scripts/demo.sh stop    stop it
# Data lives in ./demo-data (delete the folder to start from scratch).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT="$(pwd)"
DATA="$ROOT/demo-data"
mkdir -p "$DATA"

stop() {
  for app in kit hub; do
    if [ -f "$DATA/$app.pid" ]; then
      pid="$(cat "$DATA/$app.pid")"
      if kill -0 "$pid" 2>/dev/null; then
        kill "$pid"
        for _ in $(seq 1 30); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
      fi
      rm -f "$DATA/$app.pid"
    fi
  done
}

if [ "${1:-start}" = "stop" ]; then
  stop
  echo "Demo gestoppt / demo stopped."
  exit 0
fi

port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

free_port() { # wanted-port label
  local port="$1"
  while port_in_use "$port"; do
    echo "  Port $port ist belegt ($2), nehme $((port + 1)) / port $port is taken, using $((port + 1))" >&2
    port=$((port + 1))
  done
  echo "$port"
}

http_ok() { # url
  if command -v curl >/dev/null 2>&1; then
    curl -fsS -o /dev/null "$1" 2>/dev/null
  else
    local hostport="${1#http://}"; hostport="${hostport%%/*}"
    local path="/${1#http://*/}"
    exec 3<>"/dev/tcp/${hostport%:*}/${hostport#*:}" 2>/dev/null || return 1
    printf 'GET %s HTTP/1.0\r\nHost: %s\r\n\r\n' "$path" "$hostport" >&3
    head -n1 <&3 | grep -q ' 200 '
  fi
}

wait_for() { # url name logfile pid
  for _ in $(seq 1 180); do
    if http_ok "$1"; then return 0; fi
    if ! kill -0 "$4" 2>/dev/null; then
      echo "$2 ist nicht gestartet / did not start. Log: $3" >&2
      tail -n 30 "$3" >&2
      exit 1
    fi
    sleep 1
  done
  echo "$2 antwortet nicht / does not answer. Log: $3" >&2
  exit 1
}

stop

echo "== Baue das Projekt / building (./mvnw package, ohne Tests) ..."
./mvnw -B -q -DskipTests package

echo "== Ports"
BROKER_PORT="$(free_port "${BK_BROKER_PORT:-1883}" "MQTT, läuft dort schon ein Mosquitto?")"
HUB_PORT="$(free_port "${BK_HUB_PORT:-8081}" "Rathaus")"
KIT_PORT="$(free_port "${BK_KIT_PORT:-8080}" "Koffer")"
[ "$KIT_PORT" = "$HUB_PORT" ] && KIT_PORT="$(free_port $((HUB_PORT + 1)) "Koffer")"

TOKEN_FILE="$DATA/enrollment-token"
[ -f "$TOKEN_FILE" ] || od -An -N16 -tx1 /dev/urandom | tr -d ' \n' > "$TOKEN_FILE"
TOKEN="$(cat "$TOKEN_FILE")"
ADMIN_FILE="$DATA/hub-admin"
[ -f "$ADMIN_FILE" ] || echo "admin:demo-$(od -An -N6 -tx1 /dev/urandom | tr -d ' \n')" > "$ADMIN_FILE"
HUB_ADMIN="$(cat "$ADMIN_FILE")"
HUB_JAR="$(ls "$ROOT"/sync-hub/target/sync-hub-*-exec.jar)"
# the demo clerk, created on the hub at its first start and sent to the kit (login on the kit)
CLERK_USER="${BK_DEMO_CLERK_USER:-mueller}"
CLERK_PIN="${BK_DEMO_CLERK_PIN:-135790}"
CLERK_NAME="${BK_DEMO_CLERK_NAME:-Frau Müller}"
KIT_JAR="$(ls "$ROOT"/kit-node/target/kit-node-*-exec.jar)"

echo "== Starte Rathaus-Server / starting hub (embedded MQTT broker on $BROKER_PORT)"
BK_DATA_DIR="$DATA/hub" BK_HUB_PORT="$HUB_PORT" BK_BROKER_PORT="$BROKER_PORT" \
  BK_ENROLLMENT_TOKEN="$TOKEN" BK_MQTT_URL="" BK_HUB_BOOTSTRAP_ADMIN="$HUB_ADMIN" \
  BK_BOOTSTRAP_CLERK="$CLERK_USER:$CLERK_PIN:$CLERK_NAME" \
  BK_EXPORT_DROP_FOLDER="$DATA/ablage" \
  nohup java -jar "$HUB_JAR" >"$DATA/hub.log" 2>&1 &
echo $! >"$DATA/hub.pid"
wait_for "http://127.0.0.1:$HUB_PORT/actuator/health" "Rathaus-Server" "$DATA/hub.log" "$(cat "$DATA/hub.pid")"

echo "== Starte Koffer / starting kit"
BK_DATA_DIR="$DATA/kit" BK_KIT_PORT="$KIT_PORT" BK_HUB_URL="http://127.0.0.1:$HUB_PORT" \
  BK_MQTT_URL="tcp://127.0.0.1:$BROKER_PORT" BK_ENROLLMENT_TOKEN="$TOKEN" \
  BK_KIT_ID="${BK_KIT_ID:-kit-01}" BK_CASE_PREFIX="${BK_CASE_PREFIX:-BK01}" \
  nohup java -jar "$KIT_JAR" >"$DATA/kit.log" 2>&1 &
echo $! >"$DATA/kit.pid"
wait_for "http://127.0.0.1:$KIT_PORT/actuator/health" "Koffer" "$DATA/kit.log" "$(cat "$DATA/kit.pid")"

cat <<INFO

Bürgerkoffer läuft / is running:
  Koffer (Sachbearbeitung vor Ort) / kit:   http://127.0.0.1:$KIT_PORT/
  Rathaus (Posteingang) / town-hall inbox:  http://127.0.0.1:$HUB_PORT/
    Anmeldung / login (Demo-Admin):          ${HUB_ADMIN%%:*} / ${HUB_ADMIN#*:}
    Export-Ablage / export drop folder:      $DATA/ablage
  Sachbearbeitung (Konten) / clerk accounts: http://127.0.0.1:$HUB_PORT/admin/sachbearbeitung
  Anmeldung am Koffer / kit login:          Benutzername $CLERK_USER, PIN $CLERK_PIN ($CLERK_NAME)
  API-Dokumentation / API docs:             http://127.0.0.1:$KIT_PORT/api/docs  ·  http://127.0.0.1:$HUB_PORT/api/docs
  MQTT-Broker (eingebettet, nur für Tests) / embedded broker (local trials only): tcp://127.0.0.1:$BROKER_PORT
  Logs: $DATA/hub.log, $DATA/kit.log
Stoppen / stop: ./scripts/demo.sh stop
INFO
