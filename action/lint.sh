#!/usr/bin/env bash
# The action's lint step (action.yml): the problems in the log (stylish) and as SARIF in a file,
# nova-mail's exit code and whether the SARIF was written as step outputs (exit-code 2 too when
# nova-mail did not run at all). It never fails itself: the upload runs first, then the action's
# last step fails the job.
#   NOVA_MAIL_PACKAGE  what npx runs: nova-mail@<version> (or a tarball's path)
#   NOVA_MAIL_FILES    files and folders, separated by spaces or new lines
#   NOVA_MAIL_LANG     en or fi
#   NOVA_MAIL_SARIF    the SARIF file (its folder is made; default nova-mail.sarif)
#   GITHUB_OUTPUT      the step outputs' file (GitHub's runner sets it)
set -uo pipefail
read -r -d '' -a files <<< "$NOVA_MAIL_FILES"
if [ ${#files[@]} -eq 0 ]; then files=(.); fi
nova_mail() { npx --yes --package "$NOVA_MAIL_PACKAGE" -- nova-mail "$@"; }

sarif="${NOVA_MAIL_SARIF:-nova-mail.sarif}"
mkdir -p -- "$(dirname -- "$sarif")"

nova_mail lint --format sarif --lang "$NOVA_MAIL_LANG" -- "${files[@]}" > "$sarif" 2>/dev/null
code=$?
written=false
if [ -s "$sarif" ]; then written=true; fi
# The problems (or why nothing was checked) once, readable: the SARIF run's messages were not shown.
nova_mail lint --lang "$NOVA_MAIL_LANG" -- "${files[@]}"
if [ "$written" = false ]; then
  # A usage error, or npx could not run nova-mail at all (no such version, no network): exit 2.
  echo "::error::nova-mail wrote no SARIF (exit $code); see above. Package: $NOVA_MAIL_PACKAGE"
  code=2
fi
{
  echo "exit-code=$code"
  echo "sarif-written=$written"
} >> "$GITHUB_OUTPUT"
exit 0
