import { describeFsProblem, fsProblem } from '../core';
import { langFromEnvironment } from './lang';
import { languageOfRun, main } from './main';
import { sayer } from './messages';

// Standard output that cannot be written (a full disk: `> /dev/full`; a closed pipe) is one line and
// exit 2, not a stack trace with exit 1, nor a silent exit 0 with nothing written (a helper's
// finding). A reader that stopped early (`| head`) ends the run quietly: it has what it wanted.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') {
    const lang = languageOfRun(process.argv.slice(2), langFromEnvironment());
    const reason = describeFsProblem(fsProblem(error), lang);
    process.stderr.write(`${sayer(lang)('output.stdout-failed', { reason })}\n`);
  }
  process.exit(2);
});

/** Exits as soon as the result is printed: no socket or timer left behind may hold the process. */
function exit(code: number): void {
  // setImmediate: an error of the last write (ENOSPC) is emitted after this callback; it decides.
  process.stdout.write('', () => process.stderr.write('', () => setImmediate(() => process.exit(code))));
}

main(process.argv.slice(2)).then(exit, (error: unknown) => {
  process.stderr.write(
    `nova-mail: unexpected failure: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  exit(2);
});
