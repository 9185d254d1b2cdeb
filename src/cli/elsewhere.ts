/**
 * What the commands other than lint run, loaded when one of them runs: in the bundle that is
 * dist/cli-commands.js, so that lint, the command run most (once a file, in scripts and hooks),
 * starts without the send, DNS, received-mail and workbook code.
 *
 * Only data crosses over (the checked arguments, the Io): a class made on one side is another
 * class on the other, so usage errors are all thrown before (in the commands' definitions).
 */
type RunElsewhere = typeof import('./run-elsewhere');

let loaded: RunElsewhere | undefined;

export function elsewhere(): RunElsewhere {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (loaded ??= require('./run-elsewhere') as RunElsewhere);
}
