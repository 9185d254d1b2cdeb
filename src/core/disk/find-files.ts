import * as fs from 'fs';
import { isNovaMailFileName } from '../names';
import { pathRules, portableSeparators, type PathRules } from './paths';
import { excludedBy, portableExclusionTest } from './exclusion';

/**
 * fdir (and picomatch, exclusion.ts) are required on the first walk, not when the core loads: the editor's first
 * check of a file (which loads the core) does not pay for them (core load 31 -> 26 ms).
 */
function libraries(): { fdir: typeof import('fdir').fdir } {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return { fdir: (require('fdir') as typeof import('fdir')).fdir };
}

/**
 * Tells whether a path relative to its folder is excluded by glob patterns as VS Code's
 * files.exclude reads them (exclusion.ts), on this system (its separators, its letter case).
 */
export function exclusionTest(
  patterns: readonly string[],
  rules = pathRules(),
): (relative: string) => boolean {
  const excluded = portableExclusionTest(patterns, rules.caseInsensitive);
  return (given) => excluded(portableSeparators(given, rules));
}

/**
 * The nova-mail files under a folder (absolute paths, sorted) that the patterns leave in, as
 * exclusionTest reads them. Excluded folders are not entered; links to folders are not followed (no
 * loop can trap the walk), links to files count; unreadable folders are passed over. `within`, a
 * folder inside it (one just moved in), walks that one only, the patterns still relative to `folder`:
 * none when it or a folder above it is excluded, or it is not a folder (a link to one included).
 */
export async function findNovaMailFiles(
  folder: string,
  excludes: readonly string[],
  within = folder,
): Promise<string[]> {
  const rules = pathRules();
  const relative = (full: string) =>
    portableSeparators(rules.api.relative(folder, full), rules).replace(/\/$/, '');
  // Asked of every path VS Code says was made: a file (the usual case) costs one stat, no patterns.
  if (within !== folder && !walksInside(within, relative(within), excludes, rules)) return [];
  const excluded = excludedBy(excludes, rules.caseInsensitive);
  const files = await new (libraries().fdir)()
    .withFullPaths()
    .exclude((_name, directory) => excluded(relative(directory)))
    .filter(
      (file, isDirectory) =>
        !isDirectory && isNovaMailFileName(rules.api.basename(file)) && !excluded(relative(file)),
    )
    .crawl(within)
    .withPromise();
  return files.sort();
}

function walksInside(within: string, inside: string, excludes: readonly string[], rules: PathRules): boolean {
  if (inside === '..' || inside.startsWith('../') || rules.api.isAbsolute(inside)) return false;
  return isFolder(within) && (inside === '' || !exclusionTest(excludes, rules)(inside));
}

/**
 * Whether a path is a folder itself: not a file, not a link to a folder (the walk never follows
 * one: it could lead anywhere), not gone or out of reach. One lstat.
 */
export function isFolder(file: string): boolean {
  try {
    return fs.lstatSync(file, { throwIfNoEntry: false })?.isDirectory() === true;
  } catch {
    return false;
  }
}
