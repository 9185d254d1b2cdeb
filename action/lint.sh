#!/usr/bin/env bash
# The action's lint step (action.yml): the problems in the log (stylish) and as SARIF in a file,
# nova-mail's exit code and whether the SARIF was written as step outputs. It never fails itself:
# the upload runs first, then the action's last step fails the job on an error.
#   NOVA_MAIL_PACKAGE  what npx runs: nova-mail@<version> (or a tarball's path)
#   NOVA_MAIL_FILES    files and folders, separated by spaces or new lines
#   NOVA_MAIL_LANG     en or fi
#   NOVA_MAIL_SARIF    the SARIF file
#   GITHUB_OUTPUT      the step outputs' file (GitHub's runner sets it)
set -uo pipefail
read -r -d '' -a files <<< "$NOVA_MAIL_FILES"
if [ ${#files[@]} -eq 0 ]; then files=(.); fi
nova_mail() { npx --yes --package "$NOVA_MAIL_PACKAGE" -- nova-mail "$@"; }

nova_mail lint --lang "$NOVA_MAIL_LANG" -- "${files[@]}"
nova_mail lint --format sarif --lang "$NOVA_MAIL_LANG" -- "${files[@]}" > "$NOVA_MAIL_SARIF"
code=$?
written=false
if [ -s "$NOVA_MAIL_SARIF" ]; then written=true; fi
{
  echo "exit-code=$code"
  echo "sarif-written=$written"
} >> "$GITHUB_OUTPUT"
exit 0
