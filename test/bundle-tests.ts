/**
 * The unit tests of the core and the CLI (and of the extension's modules that need no VS Code),
 * bundled with esbuild into four files that any Node runs with `node --test`, no tsx: Windows'
 * node.exe (test/windows/run.ts) and the other Node versions (test/node-versions/run.ts).
 *
 * Four bundles, two at a time: the CLI's tests in three parts (most of the time: each starts CLI
 * processes) and all the others. Two CLI halves then the rest left one Node alone for the last
 * ~30 s under Wine (155 s); thirds pack the two lanes evenly. A process per test file would cost a
 * start each (a second or two under Wine); each file's tests stay their own describe blocks.
 */
import * as esbuild from 'esbuild';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { UNIT_FOLDERS, unitTestFiles } from './unit-files';

const ROOT = path.resolve(__dirname, '..');
/** Every unit test folder but test/scripts (the development tools, which run code-server on Linux). */
const FOLDERS = UNIT_FOLDERS.filter((folder) => folder !== 'scripts');

/** Bundles the tests into `outDir` (emptied first); returns the bundles' paths relative to the root. */
export async function bundleTests(outDir: string): Promise<{ bundles: string[]; fileCount: number }> {
  const files = unitTestFiles(ROOT, FOLDERS);
  fs.rmSync(outDir, { recursive: true, force: true });
  const isCli = (file: string) => file.startsWith(path.join('test', 'cli') + path.sep);
  const cli = files.filter(isCli);
  const groups = {
    'cli-1': cli.filter((_file, index) => index % 3 === 0),
    'cli-2': cli.filter((_file, index) => index % 3 === 1),
    'cli-3': cli.filter((_file, index) => index % 3 === 2),
    other: files.filter((file) => !isCli(file)),
  };
  await Promise.all(
    Object.entries(groups).map(([name, group]) => bundle(path.join(outDir, `${name}.test.js`), group)),
  );
  return {
    bundles: Object.keys(groups).map((name) => path.relative(ROOT, path.join(outDir, `${name}.test.js`))),
    fileCount: files.length,
  };
}

function bundle(outfile: string, files: string[]) {
  return esbuild.build({
    stdin: {
      contents: files.map((file) => `import './${file.split(path.sep).join('/')}';`).join('\n'),
      resolveDir: ROOT,
      sourcefile: `${path.basename(outfile, '.test.js')}-tests.ts`,
      loader: 'ts',
    },
    outfile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    mainFields: ['module', 'main'],
    // The layers test reads the sources with TypeScript's pre-processor, the web-core test bundles
    // with esbuild: node_modules' copies, not megabytes bundled (esbuild's API refuses to be).
    external: ['typescript', 'esbuild'],
    sourcemap: 'inline',
    logLevel: 'warning',
    // A test file is a bare import here: one dropped (a "sideEffects": false in package.json did
    // that) would leave its tests out without a word. Windows' run once counted 4 of 657.
    logOverride: { 'ignored-bare-import': 'error' },
  });
}

/** The counts of a `node --test --test-reporter=tap` output, the failed tests and the skipped reasons. */
export function tapSummary(output: string) {
  const lines = output.split('\n');
  const summary = lines.filter((line) => /^# (tests|suites|pass|fail|cancelled|skipped|todo) /.test(line));
  const count = (name: string) =>
    Number(summary.find((line) => line.startsWith(`# ${name} `))?.split(' ')[2] ?? NaN);
  return {
    summary,
    failed: lines.filter((line) => /^\s*not ok /.test(line)),
    notHere: [...new Set(lines.map((line) => line.trim()).filter((line) => /^# not on \w+: /.test(line)))],
    pass: count('pass'),
    fail: count('fail'),
    cancelled: count('cancelled'),
  };
}
