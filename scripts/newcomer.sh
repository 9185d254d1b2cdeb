#!/usr/bin/env bash
# The newcomer test: clone this repository into a temporary folder and run exactly the commands
# the README gives a newcomer (the block after <!-- newcomer-commands -->), so that a missing
# install step fails CI instead of a user. Two commands are adapted, and only these:
#   npm start  ->  npm start -- --check   (opens the page headless, sends a test mail, exits)
#   npm test   ->  npm run test:unit      (the quick part; CI runs the whole suite itself)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
WORK="$(mktemp -d /tmp/nova-mail-newcomer-XXXXXX)"
trap 'rm -rf "$WORK"' EXIT

mapfile -t commands < <(awk '/<!-- newcomer-commands -->/{found=1; next} found && /^```/{ if (open) exit; open=1; next } open && NF {sub(/[[:space:]]+#.*$/, ""); print}' "$ROOT/README.md")
[ ${#commands[@]} -gt 0 ] || { echo "newcomer: no commands found in README.md"; exit 1; }

git clone --quiet "$ROOT" "$WORK/nova-mail"
cd "$WORK/nova-mail"
for command in "${commands[@]}"; do
  case "$command" in
    "npm start") run="npm start -- --check" ;;
    "npm test") run="npm run test:unit" ;;
    *) run="$command" ;;
  esac
  if [ "$run" = "$command" ]; then echo "=== newcomer: $command"; else echo "=== newcomer: $command (runs: $run)"; fi
  bash -c "$run"
done
ls -la ./*.vsix
echo "newcomer: every README command worked on a fresh clone"
