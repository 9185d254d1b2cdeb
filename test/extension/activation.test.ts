/**
 * What activation of the built dist/extension.js loads, with the benchmark's stand-in for the VS Code
 * API (bench/activation/vscode-stub.js): the desktop commands (dist/extension-commands.js) only
 * when a kept deliverability verdict has a problem to put back.
 */
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { it } from 'node:test';
import { ROOT } from '../helpers';

/** Activates the bundle in a fresh process with this workspace state; whether it loaded the commands. */
function loadsDesktopCommands(kept: unknown): boolean {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nova-mail-activation-'));
  const script = path.join(dir, 'activate.js');
  fs.writeFileSync(
    script,
    `const Module = require('module');
const stub = ${JSON.stringify(path.join(ROOT, 'bench', 'activation', 'vscode-stub.js'))};
const resolve = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  return request === 'vscode' ? stub : resolve.call(this, request, ...rest);
};
const vscode = require(stub);
const bundle = ${JSON.stringify(path.join(ROOT, 'dist', 'extension.js'))};
const state = { 'novaMail.keptVerdicts': ${JSON.stringify(kept)} };
const memento = { get: (key) => state[key], update: async () => {}, keys: () => Object.keys(state) };
require(bundle).activate({
  subscriptions: [],
  extensionMode: 1,
  extensionUri: vscode.Uri.file(${JSON.stringify(ROOT)}),
  secrets: {},
  globalState: memento,
  workspaceState: memento,
});
setTimeout(() => {
  const loaded = Object.keys(require.cache).some((file) => /extension-commands\\.js$/.test(file));
  process.stdout.write(JSON.stringify({ loaded }));
  process.exit(0);
}, 50);
`,
  );
  const result = spawnSync(process.execPath, [script], { encoding: 'utf8' });
  fs.rmSync(dir, { recursive: true, force: true });
  assert.equal(result.status, 0, result.stderr);
  return (JSON.parse(result.stdout) as { loaded: boolean }).loaded;
}

it('activation loads the desktop commands only to put back a kept verdict with a problem', () => {
  const at = Date.now();
  const problem = {
    rule: 'dmarc-missing',
    severity: 'warning',
    message: 'DMARC',
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } },
    offset: 0,
    length: 1,
  };
  assert.equal(loadsDesktopCommands(undefined), false, 'nothing kept');
  // A check keeps every file it checked, clean ones too (regression: those loaded them every time).
  assert.equal(loadsDesktopCommands({ 'file:///c/a.nova-mail.json': { at, problems: [] } }), false, 'clean');
  assert.equal(
    loadsDesktopCommands({ 'file:///c/a.nova-mail.json': { at, problems: [problem] } }),
    true,
    'a problem to put back',
  );
});
