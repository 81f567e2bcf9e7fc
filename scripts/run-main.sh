#!/usr/bin/env bash
# Fuehrt eine Hauptklasse aus dem ausfuehrbaren Jar eines Moduls aus (fuer die Werkzeuge in scripts/).
# / Runs a main class from a module's exec jar (for the tools in scripts/).
#   scripts/run-main.sh <module> <main class> [args...]
# Exit code 2 when the jar is not built; otherwise the main class's own.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
module="$1"
main="$2"
shift 2

jar="$(ls "$ROOT/$module/target/$module"-*-exec.jar 2>/dev/null | head -n 1 || true)"
if [ -z "$jar" ]; then
  echo "Kein / no $module/target/$module-*-exec.jar: ./mvnw -pl $module -am package -DskipTests" >&2
  exit 2
fi
java="java"
if [ -n "${JAVA_HOME:-}" ]; then java="$JAVA_HOME/bin/java"; fi

# PropertiesLauncher (Spring Boot 3.2+) runs any main class of the exec jar with the jar's own
# classes and libraries; the default JarLauncher would always start the application itself.
exec "$java" -cp "$jar" -Dloader.main="$main" \
  org.springframework.boot.loader.launch.PropertiesLauncher "$@"
