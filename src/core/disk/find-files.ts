import * as path from 'path';
import { isNovaMailFileName } from '../names';

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

function excludedBy(patterns: readonly string[]): (relative: string) => boolean {
  return libraries().picomatch([...ALWAYS_EXCLUDED, ...patterns], { dot: true });
}

/**
 * Tells whether a path relative to its folder ('/'-separated) is excluded by glob patterns as
 * VS Code's files.exclude reads them: a pattern that matches a folder excludes everything in it.
 */
export function exclusionTest(patterns: readonly string[]): (relative: string) => boolean {
  const excluded = excludedBy(patterns);
  return (relative) => {
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
  const excluded = excludedBy(excludes);
  const root = folder.endsWith(path.sep) ? folder : folder + path.sep;
  const relative = (full: string) => full.slice(root.length).split(path.sep).join('/').replace(/\/$/, '');
  const files = await new (libraries().fdir)()
    .withFullPaths()
    .exclude((_name, directory) => excluded(relative(directory)))
    .filter(
      (file, isDirectory) =>
        !isDirectory && isNovaMailFileName(path.basename(file)) && !excluded(relative(file)),
    )
    .crawl(folder)
    .withPromise();
  return files.sort();
}
