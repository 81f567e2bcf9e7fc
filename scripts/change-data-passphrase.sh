#!/usr/bin/env bash
# Aendert die Daten-Passphrase eines Koffers: Der Datenschluessel wird mit der bisherigen entpackt
# und mit der neuen verpackt; die verschluesselten Daten bleiben, wie sie sind. Die Passphrasen kommen
# aus der Umgebung, nie von der Kommandozeile (die andere Benutzer in der Prozessliste sehen).
# / Changes a kit's data passphrase: the data key is unwrapped with the current one and wrapped under
# the new one; the encrypted data is not touched. Passphrases come from the environment.
#   read -rsp 'bisher: ' BK_DATA_PASSPHRASE; echo; read -rsp 'neu: ' BK_NEW_DATA_PASSPHRASE; echo
#   export BK_DATA_PASSPHRASE BK_NEW_DATA_PASSPHRASE
#   scripts/change-data-passphrase.sh /var/lib/buergerkoffer/kit
# The kit may keep running (it holds the data key, not the passphrase); it needs the new passphrase
# from its next start on - change it in the systemd credential (docs/operations.md 3) right away.
# Exit code 0: changed, 1: refused (wrong current passphrase, weak new one, no key file; nothing
# changed), 2: usage error. Needs the kit's exec jar: ./mvnw -pl kit-node -am package -DskipTests
set -euo pipefail

if [ $# -ne 1 ]; then
  echo "usage: BK_DATA_PASSPHRASE=... BK_NEW_DATA_PASSPHRASE=... $0 <kit data-dir>" >&2
  exit 2
fi
export BK_DATA_PASSPHRASE="${BK_DATA_PASSPHRASE:-}" BK_NEW_DATA_PASSPHRASE="${BK_NEW_DATA_PASSPHRASE:-}"
exec "$(dirname "$0")/run-main.sh" kit-node de.buergerkoffer.kit.protection.ChangeDataPassphrase "$1"
