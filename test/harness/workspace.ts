import * as fs from 'node:fs';
import * as path from 'node:path';
import { ROOT } from '../../scripts/vscode/paths';
import { clientText, writeClients } from '../integration/clients';

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

/**
 * A multi-root workspace of two client folders whose settings differ: kirjanpito/ turns smtp-port
 * off and speaks Finnish; palkat/ keeps the defaults. Returns the .code-workspace file.
 */
export function prepareMultiRootWorkspace(dir: string): string {
  fs.rmSync(dir, { recursive: true, force: true });
  const folders: Record<string, Record<string, unknown>> = {
    kirjanpito: { 'novaMail.rules': { 'smtp-port': 'off' }, 'novaMail.language': 'fi' },
    palkat: {},
  };
  for (const [name, settings] of Object.entries(folders)) {
    fs.mkdirSync(path.join(dir, name, '.vscode'), { recursive: true });
    fs.writeFileSync(path.join(dir, name, '.vscode', 'settings.json'), JSON.stringify(settings, null, 2));
    fs.writeFileSync(
      path.join(dir, name, 'asiakas.nova-mail.json'),
      clientText(`${name} Oy`, 'password').replace('"port": 25', '"port": 587'),
    );
  }
  const file = path.join(dir, 'clients.code-workspace');
  fs.writeFileSync(
    file,
    JSON.stringify({ folders: Object.keys(folders).map((name) => ({ path: name })) }, null, 2),
  );
  return file;
}
