import { isNovaMailFileName } from '../names';
import { pathRules, portableSeparators } from './paths';

/**
 * fdir and picomatch are required on the first walk, not when the core loads: the editor's first
 * check of a file (which loads the core) does not pay for them (core load 31 -> 26 ms).
 */
function libraries(): { fdir: typeof import('fdir').fdir; picomatch: typeof import('picomatch') } {
  /* eslint-disable @typescript-eslint/no-require-imports */
  return {
    fdir: (require('fdir') as typeof import('fdir')).fdir,
    picomatch: require('picomatch') as typeof import('picomatch'),
  };
  /* eslint-enable @typescript-eslint/no-require-imports */
}

/** Never searched, whatever the settings say. */
const ALWAYS_EXCLUDED = ['**/node_modules', '**/.git'];

/**
 * Patterns are matched against `/`-separated relative paths on every system (as VS Code writes
 * files.exclude), so picomatch is told not to guess from the platform; letter case counts only where
 * the file system's names do (not on Windows or macOS).
 */
function excludedBy(patterns: readonly string[], rules = pathRules()): (relative: string) => boolean {
  return libraries().picomatch([...ALWAYS_EXCLUDED, ...patterns], {
    dot: true,
    windows: false,
    nocase: rules.caseInsensitive,
  });
}

/**
 * Tells whether a path relative to its folder is excluded by glob patterns as VS Code's
 * files.exclude reads them: a pattern that matches a folder excludes everything in it.
 */
export function exclusionTest(
  patterns: readonly string[],
  rules = pathRules(),
): (relative: string) => boolean {
  const excluded = excludedBy(patterns, rules);
  return (given) => {
    const relative = portableSeparators(given, rules);
    for (let slash = relative.indexOf('/'); slash >= 0; slash = relative.indexOf('/', slash + 1)) {
      if (excluded(relative.slice(0, slash))) return true;
    }
    return excluded(relative);
  };
}

/**
 * The nova-mail files under a folder (absolute paths, sorted) that the patterns leave in, as
 * exclusionTest reads them. Excluded folders are not entered; links to folders are not followed (no
 * loop can trap the walk), links to files count; unreadable folders are passed over.
 */
export async function findNovaMailFiles(folder: string, excludes: readonly string[]): Promise<string[]> {
  const rules = pathRules();
  const excluded = excludedBy(excludes, rules);
  const relative = (full: string) =>
    portableSeparators(rules.api.relative(folder, full), rules).replace(/\/$/, '');
  const files = await new (libraries().fdir)()
    .withFullPaths()
    .exclude((_name, directory) => excluded(relative(directory)))
    .filter(
      (file, isDirectory) =>
        !isDirectory && isNovaMailFileName(rules.api.basename(file)) && !excluded(relative(file)),
    )
    .crawl(folder)
    .withPromise();
  return files.sort();
}
