/**
 * The unit tests of the core and the CLI (and of the extension's modules that need no VS Code) run
 * by Windows' own Node, node.exe, under Wine: bundled with esbuild (node.exe has no tsx), the CLI
 * tests spawning the built dist/cli.js with node.exe too. Wine's pipes break Node's stdio, so the
 * test runner's output goes to a file, which is then read back.
 *
 *   tsx test/windows/run.ts            (npm run test:windows; builds dist/ first)
 *
 * Prints node.exe's TAP summary, every test that failed, and the tests not registered on Windows
 * (with their reasons: a FIFO, POSIX modes, signals). Exit code: 0 only when every test passed.
 */
import { execFileSync, spawn } from 'node:child_process';
import * as esbuild from 'esbuild';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { UNIT_FOLDERS, unitTestFiles } from '../unit-files';

const ROOT = path.resolve(__dirname, '../..');
const OUT = path.join(ROOT, 'out', 'windows');
/** Every unit test folder but test/scripts (the development tools, which run code-server on Linux). */
const FOLDERS = UNIT_FOLDERS.filter((folder) => folder !== 'scripts');
const log = (line: string) => console.log(`[windows] ${line}`);

/**
 * Four bundles, two at a time: the CLI's tests in three parts (most of the time: each starts
 * node.exe processes, ~230 s of the ~260 s in all) and all the others. Two CLI halves then the
 * rest left one node.exe alone for the last ~30 s (155 s); thirds pack the two lanes evenly. Under
 * Wine each process start costs a second or two, so not a process per test file; each file's tests
 * stay their own describe blocks.
 */
async function bundleTests(): Promise<string[]> {
  const files = unitTestFiles(ROOT, FOLDERS);
  fs.rmSync(OUT, { recursive: true, force: true });
  const isCli = (file: string) => file.startsWith(path.join('test', 'cli') + path.sep);
  const cli = files.filter(isCli);
  const groups = {
    'cli-1': cli.filter((_file, index) => index % 3 === 0),
    'cli-2': cli.filter((_file, index) => index % 3 === 1),
    'cli-3': cli.filter((_file, index) => index % 3 === 2),
    other: files.filter((file) => !isCli(file)),
  };
  await Promise.all(Object.entries(groups).map(([name, group]) => bundle(name, group)));
  log(`${files.length} test files in ${Object.keys(groups).length} bundles`);
  return Object.keys(groups).map((name) => path.relative(ROOT, path.join(OUT, `${name}.test.js`)));
}

function bundle(name: string, files: string[]) {
  return esbuild.build({
    stdin: {
      contents: files.map((file) => `import './${file.split(path.sep).join('/')}';`).join('\n'),
      resolveDir: ROOT,
      sourcefile: `${name}-tests.ts`,
      loader: 'ts',
    },
    outfile: path.join(OUT, `${name}.test.js`),
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
  });
}

function installNode(): { nodeExe: string; env: NodeJS.ProcessEnv } {
  const script = path.join(__dirname, 'install-windows-node.sh');
  const dest = execFileSync('bash', [script], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] })
    .trim()
    .split('\n')
    .at(-1) as string;
  return {
    nodeExe: path.join(dest, 'package', 'bin', 'node.exe'),
    env: { ...process.env, WINEPREFIX: path.join(path.dirname(dest), 'wine'), WINEDEBUG: '-all' },
  };
}

/** Runs node.exe with its output in a file (not a pipe); resolves with the exit code and the output. */
function runNodeExe(
  nodeExe: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  outputFile: string,
): Promise<{ code: number | null; output: string }> {
  const out = fs.openSync(outputFile, 'w');
  const child = spawn('wine', [nodeExe, ...args], { cwd: ROOT, env, stdio: ['ignore', out, out] });
  return new Promise((resolve) => {
    child.on('close', (code) => {
      fs.closeSync(out);
      resolve({ code, output: fs.readFileSync(outputFile, 'utf8') });
    });
  });
}

async function main(): Promise<number> {
  const t0 = Date.now();
  const { nodeExe, env } = installNode();
  const files = await bundleTests();
  log(`node.exe ready, tests bundled (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
  const outputFile = path.join(OUT, 'tap.txt');
  const t1 = Date.now();
  const { code, output } = await runNodeExe(
    nodeExe,
    // The timeout guards against a hang, and bounds a whole bundle: the CLI's takes ~2 min under
    // Wine (a node.exe start per case), so 2 min cancelled it once on a loaded machine.
    ['--test', '--test-reporter=tap', '--test-concurrency=2', '--test-timeout=360000', ...files],
    env,
    outputFile,
  );
  const summary = output
    .split('\n')
    .filter((line) => /^# (tests|suites|pass|fail|cancelled|skipped|todo) /.test(line));
  const failed = output.split('\n').filter((line) => /^\s*not ok /.test(line));
  const notHere = [...new Set(output.split('\n').filter((line) => /^# not on win32: /.test(line.trim())))];
  log(
    `node.exe --test ran in ${((Date.now() - t1) / 1000).toFixed(1)} s; the whole TAP output is in ${path.relative(ROOT, outputFile)}`,
  );
  for (const line of notHere) console.log(line.trim());
  for (const line of failed) console.log(line);
  for (const line of summary) console.log(line);
  const count = (name: string) =>
    Number(summary.find((line) => line.startsWith(`# ${name} `))?.split(' ')[2] ?? NaN);
  const cancelled = count('cancelled');
  console.log(
    `windows: ${count('pass')} passed, ${count('fail')} failed${cancelled > 0 ? `, ${cancelled} cancelled (timed out)` : ''}`,
  );
  return code === 0 && count('fail') === 0 && count('pass') > 0 ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
