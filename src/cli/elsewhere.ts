/**
 * What the commands other than lint run, loaded when one of them runs: in the bundle that is
 * dist/cli-commands.js, so that lint, the command run most (once a file, in scripts and hooks),
 * starts without the send, DNS, received-mail and workbook code, and without the words of those
 * commands and of the help (more-messages.ts).
 *
 * Only data crosses over (the checked arguments, the Io): a class made on one side is another
 * class on the other, so usage errors are all thrown before (in the commands' definitions).
 */
import { version } from '../../package.json';

type RunElsewhere = typeof import('./run-elsewhere');

/** The bundle's file, as dist/cli.js requires it (esbuild.js). */
const BUNDLE = './cli-commands.js';

/**
 * A file of the CLI is not beside it (cli.js copied alone, a package half unpacked), or is another
 * version's (cli.js copied over an older installation): what it exports may not be what we call.
 */
export class PartMissing extends Error {
  constructor(
    readonly file: string,
    readonly otherVersion = false,
  ) {
    super(`${file} is ${otherVersion ? 'of another version' : 'missing'}`);
  }
}

let loaded: RunElsewhere | undefined;

export function elsewhere(): RunElsewhere {
  if (loaded) return loaded;
  let bundle: RunElsewhere;
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    bundle = require('./run-elsewhere') as RunElsewhere;
  } catch (error) {
    const { code, message } = error as NodeJS.ErrnoException;
    if (code === 'MODULE_NOT_FOUND' && message.includes(`'${BUNDLE}'`))
      throw new PartMissing(BUNDLE.slice(2));
    throw error;
  }
  // One built before BUILT_FOR was exported has none: another version too. So is another build
  // of this version that lacks what this cli.js calls (helper-18: "runCheckDns is not a function").
  const lacks = CALLED.some((name) => typeof bundle[name] !== 'function');
  if (bundle.BUILT_FOR !== version || lacks) throw new PartMissing(BUNDLE.slice(2), true);
  return (loaded = bundle);
}

/** What this cli.js calls in the bundle. */
const CALLED = [
  'runCheckDns',
  'runExplainMail',
  'runReport',
  'runSendTest',
  'runSheet',
  'helpText',
] as const satisfies readonly (keyof RunElsewhere)[];
