/**
 * The browser entry's core is the pure one (src/core/browser.ts): every core() function the
 * modules bundled into dist/web/extension.js call must be there, or the web extension fails with
 * "core(...).x is not a function" at the first use (as misplacedPasswords did in Fix all).
 */
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as esbuild from 'esbuild';
import * as browserCore from '../../src/core/browser';
import { ROOT } from '../helpers';
import { itWhere } from '../platform';

/** Called only where the host is Node: each guarded as said (a browser never reaches them). */
const NODE_HOST_ONLY: Record<string, string> = {
  findNovaMailFiles: 'workspace-files.ts: for onDisk() folders',
  exclusionTest: 'workspace-files.ts: for onDisk() files',
  isFolder: 'workspace-files.ts: configurationsWithin, for onDisk() paths',
  readConfigurationFile: 'workspace-files.ts: readOnDisk(), onDisk() files',
  parseDnsServer: 'settings.ts: readDeliverabilitySettings, for the desktop-only DNS commands',
  DEFAULT_RELAY: 'settings.ts: readDeliverabilitySettings, for the desktop-only DNS commands',
};

itWhere(
  process.platform !== 'win32',
  "esbuild's binary here is Linux's; the bundle it reads is the same on every system",
)('every core() name the browser bundle calls is exported by the pure core', async () => {
  const result = await esbuild.build({
    entryPoints: [path.join(ROOT, 'src', 'extension', 'browser.ts')],
    bundle: true,
    write: false,
    metafile: true,
    platform: 'browser',
    format: 'cjs',
    external: ['vscode', '../core'],
    logLevel: 'silent',
  });
  const modules = Object.keys(result.metafile.inputs).filter((file) => file.startsWith('src/extension/'));
  assert.ok(modules.length > 20, `the bundle's modules were found: ${modules.length}`);
  const called = new Set(
    modules.flatMap((file) =>
      [...fs.readFileSync(path.join(ROOT, file), 'utf8').matchAll(/core\(\)\s*\.\s*(\w+)/g)].map((m) => m[1]),
    ),
  );
  assert.ok(called.has('lint') && called.has('fixAll'), [...called].join(', '));
  assert.deepEqual(
    [...called].filter((name) => !(name in browserCore) && !(name in NODE_HOST_ONLY)),
    [],
  );
});
