#!/usr/bin/env bash
# Installe les paquets système dont Guichet a besoin (Debian 12, en root) :
#   - LibreOffice Writer sans interface (soffice : DOCX → PDF) et ses polices (Liberation, DejaVu) ;
#   - Ghostscript (gs : PDF → PDF/A) ;
#   - poppler-utils (pdftotext, pdfinfo : vérifications des PDF dans les tests) ;
#   - Chromium (tests navigateur et accessibilité avec playwright-core).
# Idempotent : ne fait rien si soffice, gs, pdftotext et chromium sont déjà présents.
# Usage (CI sur machine vierge) : sudo scripts/install-system-deps.sh
set -euo pipefail

PAQUETS=(
  libreoffice-writer-nogui
  fonts-liberation2
  fonts-dejavu-core
  ghostscript
  poppler-utils
  chromium
)
BINAIRES=(soffice gs pdftotext chromium)

manquants=()
for binaire in "${BINAIRES[@]}"; do
  if ! command -v "$binaire" >/dev/null 2>&1; then
    manquants+=("$binaire")
  fi
done

if [ "${#manquants[@]}" -eq 0 ]; then
  echo "install-system-deps: déjà installé (${BINAIRES[*]})."
  exit 0
fi

# En root (CI sur machine vierge, conteneur) directement ; sinon par sudo s'il existe.
SUDO=()
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then
    SUDO=(sudo DEBIAN_FRONTEND=noninteractive)
  else
    echo "install-system-deps: binaires manquants (${manquants[*]}) ; relancer en root." >&2
    exit 1
  fi
fi

echo "install-system-deps: binaires manquants (${manquants[*]}) ; installation de ${PAQUETS[*]}."
export DEBIAN_FRONTEND=noninteractive
"${SUDO[@]}" apt-get update
"${SUDO[@]}" apt-get install -y --no-install-recommends "${PAQUETS[@]}"
"${SUDO[@]}" apt-get clean

for binaire in "${BINAIRES[@]}"; do
  if ! command -v "$binaire" >/dev/null 2>&1; then
    echo "install-system-deps: $binaire toujours introuvable après l'installation." >&2
    exit 1
  fi
done
echo "install-system-deps: terminé."
