import { discoverFiles } from './files';
import { readText } from './read-text';
import type { FilePath } from './file-path';
import {
  describeFsProblem,
  MAX_TEXT_LENGTH,
  pathRules,
  type DiskContent,
  type FsProblem,
  type Lang,
  type PathRules,
} from '../core';
import { cannotRead, sayer } from './messages';

export interface Targets {
  files: FilePath[];
  roots: Buffer[];
  /** An argument or a folder met on the way could not be read (each already said). */
  inputFailed: boolean;
}

/** The files named by the arguments, as lint finds them; undefined (after saying so) when there are none. */
export function findTargets(
  args: readonly string[],
  lang: Lang,
  warn: (line: string) => void,
): Targets | undefined {
  const say = sayer(lang);
  const { files, roots, failures } = discoverFiles(args);
  for (const failure of failures) warn(cannotRead(say, lang, failure.path.display, failure.problem));
  if (files.length === 0 && failures.length === 0) {
    warn(say('file.none-found', { targets: args.join(', ') }));
    return undefined;
  }
  return { files, roots, inputFailed: failures.length > 0 };
}

/** As given when relative (walking keeps paths relative); absolute ones relative to the cwd when inside it. */
export function displayPath(file: string, cwd: string, rules: PathRules = pathRules()): string {
  const api = rules.api;
  if (!api.isAbsolute(file)) return file;
  const inside = plainlyInside(file, cwd, rules);
  if (inside !== undefined) return inside;
  const relative = api.relative(cwd, file);
  const outside = relative === '..' || relative.startsWith(`..${api.sep}`) || api.isAbsolute(relative);
  return relative && !outside ? relative : file;
}

/**
 * What `relative` gives, without its resolving both paths: the rest of a file under the cwd when
 * the cwd is already resolved and the rest has no `.`, `..` or empty segment (nor, on Windows, a
 * `/`). A walk of 10,000 files asked `relative` once for each: 25 ms of a 600 ms lint in a profile.
 */
function plainlyInside(file: string, cwd: string, rules: PathRules): string | undefined {
  const prefix = resolvedPrefix(cwd, rules);
  if (prefix === undefined || !file.startsWith(prefix)) return undefined;
  const rest = file.slice(prefix.length);
  const notPlain = rules.platform === 'win32' ? NOT_PLAIN_WINDOWS : NOT_PLAIN_POSIX;
  return notPlain.test(rest) ? undefined : rest;
}

// A segment that is empty, `.` or `..` (and on Windows any `/`, which `relative` would turn into `\`).
const NOT_PLAIN_POSIX = /(?:^|\/)\.{0,2}(?:\/|$)/;
const NOT_PLAIN_WINDOWS = /(?:^|\\)\.{0,2}(?:\\|$)|\//;

let lastCwd: { cwd: string; platform: string; prefix: string | undefined } | undefined;

/** The cwd and a separator, when the cwd is written as `resolve` writes it (and not a root). */
function resolvedPrefix(cwd: string, rules: PathRules): string | undefined {
  if (lastCwd?.cwd !== cwd || lastCwd.platform !== rules.platform) {
    const plain = rules.api.resolve(cwd) === cwd && rules.api.dirname(cwd) !== cwd;
    lastCwd = { cwd, platform: rules.platform, prefix: plain ? cwd + rules.api.sep : undefined };
  }
  return lastCwd.prefix;
}

/**
 * The texts of the files the arguments name (as lint finds them), each with its path as shown;
 * a file that cannot be read is said and skipped (inputFailed). Undefined when there is no file.
 */
export function readTargets(
  args: readonly string[],
  lang: Lang,
  warn: (line: string) => void,
  cwd: string,
): ReadTargets | undefined {
  const targets = findTargets(args, lang, warn);
  if (!targets) return undefined;
  let inputFailed = targets.inputFailed;
  const files: { file: string; text: string }[] = [];
  const unread: UnreadFile[] = [];
  for (const file of targets.files) {
    const read = readText(file);
    if (read.ok) files.push({ file: displayPath(file.display, cwd), text: read.text });
    else {
      const why = describeFsProblem(read.problem, lang, read.size);
      warn(sayer(lang)('file.cannot-read', { file: file.display, reason: why }));
      unread.push({
        file: displayPath(file.display, cwd),
        why,
        content: contentNotRead(read.problem, read.size),
        after: files.length,
      });
      inputFailed = true;
    }
  }
  return { files, inputFailed, unread };
}

/** What a JSON or SARIF output says of a file it could not read: lintContent makes its one problem. */
export function contentNotRead(problem: FsProblem, size: number | undefined): DiskContent {
  return problem === 'too-large' ? { tooLarge: size ?? MAX_TEXT_LENGTH + 1 } : { unreadable: problem };
}

export interface UnreadFile {
  file: string;
  why: string;
  content: DiskContent;
  /** How many readable files came before it, as lint finds them (its place in a list of all). */
  after: number;
}

export interface ReadTargets {
  files: { file: string; text: string }[];
  /** Something could not be read (each already said): the command still does its work, then exits 2. */
  inputFailed: boolean;
  /** The files found that could not be read, and why (for an output that notes them). */
  unread: UnreadFile[];
}
