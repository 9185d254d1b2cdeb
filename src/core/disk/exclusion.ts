/**
 * files.exclude and search.exclude as VS Code reads them, over `/`-separated paths relative to a
 * workspace folder: pure (picomatch only), so that the browser's extension judges the same way
 * as the walk on a disk (find-files.ts).
 */

/** Required on the first use, not when the core loads (the editor's first check does not pay for it). */
function picomatch(): typeof import('picomatch') {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require('picomatch') as typeof import('picomatch');
}

/** Never searched, whatever the settings say. */
export const ALWAYS_EXCLUDED = ['**/node_modules', '**/.git'];

/**
 * Patterns are matched against `/`-separated relative paths on every system (as VS Code writes
 * files.exclude), so picomatch is told not to guess from the platform; letter case counts only where
 * the file system's names do (not on Windows or macOS).
 */
export function excludedBy(
  patterns: readonly string[],
  caseInsensitive: boolean,
): (relative: string) => boolean {
  return picomatch()([...ALWAYS_EXCLUDED, ...patterns], {
    dot: true,
    windows: false,
    nocase: caseInsensitive,
  });
}

/**
 * Whether a `/`-separated path relative to its folder is excluded: a pattern that matches a folder
 * excludes everything in it.
 */
export function portableExclusionTest(
  patterns: readonly string[],
  caseInsensitive = false,
): (relative: string) => boolean {
  const excluded = excludedBy(patterns, caseInsensitive);
  return (relative) => {
    for (let slash = relative.indexOf('/'); slash >= 0; slash = relative.indexOf('/', slash + 1)) {
      if (excluded(relative.slice(0, slash))) return true;
    }
    return excluded(relative);
  };
}
