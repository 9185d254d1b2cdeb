/**
 * The desktop's commands that send, ask DNS or keep passwords load on first use
 * (src/extension/commands/lazy-desktop.ts): activation registers a stand-in for each id of
 * DESKTOP_COMMANDS, and the first call loads dist/extension-commands.js, whose classes register
 * the real commands. An id missing from the list would be unknown until something else loaded
 * them; an id listed but not registered there would be forwarded to nothing.
 */
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as esbuild from 'esbuild';
import { DESKTOP_COMMANDS } from '../../src/extension/desktop-only';
import { ROOT } from '../helpers';
import { itWhere } from '../platform';

/** The modules of src/extension/ a bundle of `entry` holds, `../core` and `vscode` left out. */
async function modulesOf(entry: string, alsoExternal: RegExp[] = []): Promise<string[]> {
  const result = await esbuild.build({
    entryPoints: [path.join(ROOT, 'src', 'extension', entry)],
    bundle: true,
    write: false,
    metafile: true,
    platform: 'node',
    format: 'cjs',
    external: ['vscode', '../core'],
    logLevel: 'silent',
    plugins: [
      {
        name: 'left-out',
        setup(build) {
          for (const filter of alsoExternal)
            build.onResolve({ filter }, (args) => ({ path: args.path, external: true }));
        },
      },
    ],
  });
  return Object.keys(result.metafile.inputs).filter((file) => file.startsWith('src/extension/'));
}

/**
 * The command ids the modules register, in any quotes; a registration whose id is not written out
 * fails the test (nothing here could check it).
 */
function registeredIn(modules: readonly string[]): string[] {
  return modules
    .flatMap((file) => {
      const source = fs.readFileSync(path.join(ROOT, file), 'utf8');
      return [...source.matchAll(/register(?:TextEditor)?Command\(\s*([^,)]*)/g)].map(([, first]) => {
        const id = /^(['"`])(novaMail\.\w+)\1$/.exec(first.trim());
        // lazy-desktop.ts and browser.ts register each id of the list itself, by a variable.
        if (!id && !/^command$/.test(first.trim())) assert.fail(`${file}: an id not written out: ${first}`);
        return id?.[2];
      });
    })
    .filter((id): id is string => id !== undefined)
    .sort();
}

const esbuildHere = itWhere(
  process.platform !== 'win32',
  "esbuild's binary here is Linux's; the bundles it reads are the same on every system",
);

esbuildHere(
  'dist/extension-commands.js registers exactly the commands that activation stands in for',
  async () => {
    const modules = await modulesOf(path.join('commands', 'desktop-commands.ts'));
    assert.ok(modules.length > 10, `the bundle's modules were found: ${modules.length}`);
    assert.deepEqual(registeredIn(modules), [...DESKTOP_COMMANDS].sort());
  },
);

esbuildHere('activation registers none of them itself, nor holds their code', async () => {
  const modules = await modulesOf('extension.ts', [/^\.\/desktop-commands$/]);
  assert.ok(modules.length > 20, `the bundle's modules were found: ${modules.length}`);
  const registered = new Set(registeredIn(modules));
  for (const command of DESKTOP_COMMANDS) assert.ok(!registered.has(command), command);
  const moved = [
    'commands/send.ts',
    'commands/deliverability.ts',
    'commands/explain.ts',
    'commands/export-report.ts',
    'send/passwords.ts',
    'send/message-editor.ts',
  ];
  for (const heavy of moved) assert.ok(!modules.includes(`src/extension/${heavy}`), heavy);
});
