import * as fs from 'fs';
import * as path from 'path';
import { isNovaMailFileName } from '../core';

const SKIPPED_DIRECTORIES = new Set(['node_modules', '.git']);

export interface Discovery {
  files: string[];
  /** Arguments that could not be read, with the reason. */
  failures: { arg: string; reason: string }[];
}

/**
 * The files to check: each file argument as given, and our file names found recursively in each
 * directory argument (without following links to directories, so a link loop cannot trap us).
 */
export function discoverFiles(args: readonly string[]): Discovery {
  const files = new Set<string>();
  const failures: Discovery['failures'] = [];
  for (const arg of args) {
    let stat: fs.Stats;
    try {
      stat = fs.statSync(arg);
    } catch (error) {
      failures.push({ arg, reason: describeFsError(error) });
      continue;
    }
    if (!stat.isDirectory()) {
      files.add(arg);
      continue;
    }
    try {
      for (const file of walk(arg)) files.add(file);
    } catch (error) {
      failures.push({ arg, reason: describeFsError(error) });
    }
  }
  return { files: [...files], failures };
}

function walk(directory: string): string[] {
  const found: string[] = [];
  const pending = [path.normalize(directory)];
  while (pending.length > 0) {
    const current = pending.pop() as string;
    const entries = fs.readdirSync(current, { withFileTypes: true });
    const prefix = current === '.' ? '' : current.endsWith(path.sep) ? current : current + path.sep;
    for (const entry of entries) {
      const full = prefix + entry.name; // path.join would normalize again, for every file
      if (entry.isDirectory()) {
        if (!SKIPPED_DIRECTORIES.has(entry.name)) pending.push(full);
      } else if ((entry.isFile() || entry.isSymbolicLink()) && isNovaMailFileName(entry.name)) {
        found.push(full);
      }
    }
  }
  return found.sort();
}

export function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException)?.code;
  switch (code) {
    case 'ENOENT':
      return 'no such file or directory';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a directory';
    case 'ELOOP':
      return 'too many symbolic links';
    default:
      return error instanceof Error ? error.message : String(error);
  }
}
