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
import * as fs from 'node:fs';
import * as path from 'node:path';
import { bundleTests, tapSummary } from '../bundle-tests';

const ROOT = path.resolve(__dirname, '../..');
const OUT = path.join(ROOT, 'out', 'windows');
const log = (line: string) => console.log(`[windows] ${line}`);

function installNode(): { nodeExe: string; env: NodeJS.ProcessEnv } {
  const script = path.join(__dirname, 'install-windows-node.sh');
  const printed = execFileSync('bash', [script], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  const [wineprefix, nodeExe] = printed.trim().split('\n').slice(-2) as [string, string];
  return { nodeExe, env: { ...process.env, WINEPREFIX: wineprefix, WINEDEBUG: '-all' } };
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
  const { bundles: files, fileCount } = await bundleTests(OUT);
  log(`${fileCount} test files in ${files.length} bundles`);
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
  const { summary, failed, notHere, pass, fail, cancelled } = tapSummary(output);
  log(
    `node.exe --test ran in ${((Date.now() - t1) / 1000).toFixed(1)} s; the whole TAP output is in ${path.relative(ROOT, outputFile)}`,
  );
  for (const line of notHere) console.log(line);
  for (const line of failed) console.log(line);
  for (const line of summary) console.log(line);
  console.log(
    `windows: ${pass} passed, ${fail} failed${cancelled > 0 ? `, ${cancelled} cancelled (timed out)` : ''}`,
  );
  return code === 0 && fail === 0 && pass > 0 ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
