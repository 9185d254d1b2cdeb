import * as fs from 'fs';
import * as path from 'path';

/**
 * Makes a folder and the folders above it that are missing, one at a time. Node's own recursive
 * mkdir never returns where a folder exists but cannot hold one: under /proc, mkdir says ENOENT,
 * the parent is there, and Node 20 and 24 try again forever (report --output /proc/x/r.md spun a
 * core). Here the first refusal is final, and thrown as Node's error.
 */
export function makeFolders(folder: string): void {
  const missing: string[] = [];
  let at = path.resolve(folder);
  let found = fs.lstatSync(at, { throwIfNoEntry: false });
  while (!found) {
    missing.push(at);
    const parent = path.dirname(at);
    if (parent === at) break;
    at = parent;
    found = fs.lstatSync(at, { throwIfNoEntry: false });
  }
  // A file where a folder should be: ENOTDIR, as Linux says it (Windows would say ENOENT later).
  if (found && !fs.statSync(at).isDirectory())
    throw Object.assign(new Error(`ENOTDIR: not a directory, mkdir '${at}'`), { code: 'ENOTDIR' });
  for (const below of missing.reverse()) {
    try {
      fs.mkdirSync(below);
    } catch (error) {
      // Made meanwhile by another program: a folder there is what was wanted.
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST' || !fs.statSync(below).isDirectory())
        throw error;
    }
  }
}
