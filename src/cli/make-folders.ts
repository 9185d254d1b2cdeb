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
  for (let at = path.resolve(folder); !fs.lstatSync(at, { throwIfNoEntry: false }); at = path.dirname(at)) {
    missing.push(at);
    if (path.dirname(at) === at) break;
  }
  for (const at of missing.reverse()) {
    try {
      fs.mkdirSync(at);
    } catch (error) {
      // Made meanwhile by another program: a folder there is what was wanted.
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST' || !fs.statSync(at).isDirectory()) throw error;
    }
  }
}
