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

/** A bundle of ours that a run requires only when it needs it (esbuild.js), named by Node's error. */
const PART = /^Cannot find module '\.\/((?:cli-commands|nodemailer|mailauth|xlsx)\.js)'/;

main(process.argv.slice(2)).then(exit, (error: unknown) => {
  const message = error instanceof Error ? error.message : String(error);
  const part = (error as NodeJS.ErrnoException)?.code === 'MODULE_NOT_FOUND' ? PART.exec(message) : null;
  // A package half unpacked, or cli.js copied alone: one line saying so, as main does for its own.
  const lang = languageOfRun(process.argv.slice(2), langFromEnvironment());
  process.stderr.write(
    part
      ? `${sayer(lang)('install.part-missing', { file: part[1], cli: 'cli.js' })}\n`
      : `nova-mail: unexpected failure: ${message}\n`,
  );
  exit(2);
});
