/** The workspace scan in the real extension host (code-server, started by the test harness). */
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { CLI, medianRun, QUICK, results, ROOT, sizes, table, target } from './context';
import { ensureTree } from './inputs';
import { SCAN_MARKER, type ScanReport } from './scan-report';

/**
 * The workspace scan, timed where it runs: the real extension host (code-server, as the integration
 * tests run it) opens a generated folder; the scan-bench suite reports when the last file's problems
 * were published, counted from the start of activate().
 */
export async function scanInHost(): Promise<void> {
  const counts = QUICK ? [200] : [1000, 10_000];
  const limits: Record<number, number> = { 200: 1000, 1000: 1000, 10_000: 5000 };
  console.log(
    '\n## The workspace scan in the real extension host (code-server; from activate() to every file published)\n',
  );
  const rows = [
    [
      'files',
      'scan from activation (median; runs)',
      'finding',
      'reading',
      'own work (slices)',
      'host heap after',
      'CLI lint, same folder',
      'ratio',
    ],
  ];
  const measured: Record<string, unknown>[] = [];
  for (const files of counts) {
    const tree = ensureTree(files);
    fs.mkdirSync(path.join(tree, '.vscode'), { recursive: true });
    fs.writeFileSync(
      path.join(tree, '.vscode', 'settings.json'),
      JSON.stringify({ 'novaMail.maxFiles': 20_000 }),
    );
    const runs: ScanReport[] = [];
    for (let i = 0; i < sizes.scanRuns; i++) runs.push(await scanOnce(tree));
    // The run with the median time from activation, reported whole.
    const scan = runs.sort((a, b) => a.msFromActivation - b.msFromActivation)[Math.floor(runs.length / 2)];
    if (scan.files !== files) throw new Error(`the scan checked ${scan.files} of ${files} files`);
    const cli = await medianRun(process.execPath, [CLI, 'lint', '--format', 'json', tree], 1);
    rows.push([
      files.toLocaleString('en'),
      `${(scan.msFromActivation / 1000).toFixed(2)} s (${runs.map((run) => (run.msFromActivation / 1000).toFixed(2)).join(' / ')})`,
      `${(scan.msFinding / 1000).toFixed(2)} s`,
      `${(scan.msReading / 1000).toFixed(2)} s`,
      `${(scan.msBusy / 1000).toFixed(2)} s (${scan.slices})`,
      `${scan.heapUsedMB.toFixed(0)} MB`,
      `${(cli.wallMs / 1000).toFixed(2)} s`,
      `${(scan.msFromActivation / cli.wallMs).toFixed(2)}× the CLI`,
    ]);
    target(
      `scan of ${files.toLocaleString('en')} files < ${limits[files] / 1000} s`,
      `${(scan.msFromActivation / 1000).toFixed(2)} s`,
      scan.msFromActivation < limits[files],
    );
    measured.push({ ...scan, runs: runs.map((run) => run.msFromActivation), cliWallMs: cli.wallMs });
  }
  table(rows);
  results.scan = measured;
}

/** One start of code-server on the folder: what the scan-bench suite reported. */
async function scanOnce(tree: string): Promise<ScanReport> {
  const run = await runHarness(tree);
  const line = run.split('\n').find((text) => text.startsWith(`${SCAN_MARKER} `));
  if (!line) throw new Error(`the scan-bench suite reported nothing:\n${run.slice(-2000)}`);
  return JSON.parse(line.slice(SCAN_MARKER.length + 1)) as ScanReport;
}

/** Runs the scan-bench suite in code-server on a folder; resolves with what it printed. */
function runHarness(folder: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const harness = path.join(ROOT, 'test', 'harness', 'run-browser.ts');
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', harness, '--suite', 'scan-bench', '--workspace', folder],
      {
        cwd: ROOT,
        env: { ...process.env, NOVA_MAIL_TEST_GREP: '' },
      },
    );
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0 ? resolve(output) : reject(new Error(`the harness exited ${code}:\n${output.slice(-2000)}`)),
    );
  });
}
