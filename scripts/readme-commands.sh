#!/usr/bin/env bash
# Runs exactly the commands the README gives a newcomer (the block after <!-- newcomer-commands -->),
# in this checkout, so that a missing install step fails instead of a user; --list only prints them
# (CI checks they are the two it runs itself on its fresh clone). One command is adapted:
#   npm start  ->  npm start -- --check   (opens the page headless, sends a test mail, exits)
# Each command's time is printed: the README's numbers come from here.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

mapfile -t commands < <(awk '/<!-- newcomer-commands -->/{found=1; next} found && /^```/{ if (open) exit; open=1; next } open && NF {sub(/[[:space:]]+#.*$/, ""); print}' README.md)
[ ${#commands[@]} -gt 0 ] || { echo "readme-commands: no commands found in README.md"; exit 1; }
if [ "${1:-}" = "--list" ]; then printf '%s\n' "${commands[@]}"; exit 0; fi

for command in "${commands[@]}"; do
  case "$command" in
    "npm start") run="npm start -- --check" ;;
    *) run="$command" ;;
  esac
  echo "=== README: $command$([ "$run" != "$command" ] && echo " (runs: $run)")"
  started=$(date +%s)
  bash -c "$run"
  echo "=== README: $command took $(( $(date +%s) - started )) s"
done
echo "readme-commands: every README command worked"
