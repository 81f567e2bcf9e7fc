#!/usr/bin/env bash
# Prueft das Audit-Protokoll eines Koffers oder des Rathaus-Servers direkt in seiner SQLite-Datei
# (nur lesend; die App darf dabei laufen). / Checks the audit log of a kit or the hub straight from
# its SQLite file (read-only; the app may be running).
#   scripts/verify-audit.sh kit demo-data/kit
#   scripts/verify-audit.sh hub demo-data/hub
#   scripts/verify-audit.sh hub jdbc:postgresql://127.0.0.1:5432/buergerkoffer   # hub on PostgreSQL;
#     login from BK_HUB_DATABASE_USER / BK_HUB_DATABASE_PASSWORD (docs/operations.md 1a)
# Exit code 0: intact (prints entries and head hash), 1: broken (prints the first broken entry),
# 2: usage error, no database, no audit log yet, or not readable.
# Needs the app's exec jar: ./mvnw -pl kit-node,sync-hub -am package -DskipTests
set -euo pipefail

usage() {
  echo "usage: $0 kit|hub <data-dir, .db file or (hub) jdbc:postgresql: URL>" >&2
  exit 2
}

[ $# -eq 2 ] || usage
case "$1" in
  kit) module=kit-node; main=de.buergerkoffer.kit.audit.VerifyAuditLog ;;
  hub) module=sync-hub; main=de.buergerkoffer.hub.audit.VerifyAuditLog ;;
  *) usage ;;
esac

exec "$(dirname "$0")/run-main.sh" "$module" "$main" "$2"
