import * as fs from 'node:fs';
import * as path from 'node:path';
import { ROOT } from './paths';

/** A fresh copy of examples/ for the suite to open and change freely. */
export function prepareWorkspace(dir: string): string {
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  for (const name of fs.readdirSync(path.join(ROOT, 'examples'))) {
    fs.copyFileSync(path.join(ROOT, 'examples', name), path.join(dir, name));
  }
  return dir;
}
