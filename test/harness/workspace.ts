import * as fs from 'node:fs';
import * as path from 'node:path';
import { ROOT } from '../../scripts/vscode/paths';
import { writeClients } from '../integration/clients';

/**
 * A fresh copy of examples/ (with its .vscode settings) for the suite to open and change freely,
 * with a consultant's 60 generated client files under clients/ for the workspace scan to find.
 */
export function prepareWorkspace(dir: string): string {
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  fs.cpSync(path.join(ROOT, 'examples'), dir, { recursive: true });
  writeClients(dir);
  return dir;
}

/** An empty folder: the installed extension's suite starts where a new user does. */
export function prepareEmptyWorkspace(dir: string): string {
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  return dir;
}
