/** The CLI on a folder of typical files against ajv-cli validating the same folder with the schema. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { CLI, medianRunsInTurn, QUICK, results, ROOT, sizes, table, target } from './context';
import { ensureTree } from './inputs';

export async function cliOnTree(): Promise<void> {
  console.log(
    `\n## A folder of ${sizes.treeFiles.toLocaleString('en')} typical files (whole process, in turn with ajv-cli, median of ${Math.max(sizes.processRuns, 3)})\n`,
  );
  const tree = ensureTree(sizes.treeFiles);
  const oneFile = path.join(tree, 'client-000', 'company-0.nova-mail.json');
  const oursOn = (target: string) => [CLI, 'lint', '--format', 'json', target];
  const ajvOn = (target: string) => [
    path.join(ROOT, 'node_modules', 'ajv-cli', 'dist', 'index.js'),
    'validate',
    '-s',
    path.join(ROOT, 'schemas', 'nova-mail.schema.json'),
    '-d',
    target,
    '--spec=draft7',
    '--strict=false',
    '--all-errors',
    '--errors=no',
  ];
  // In turn (see medianRunsInTurn), and three rounds in quick mode too: one run each was CI's guard.
  const rounds = Math.max(sizes.processRuns, 3);
  const [ours, ajvCli] = await medianRunsInTurn(
    [
      [process.execPath, oursOn(tree)],
      [process.execPath, ajvOn(`${tree}/**/*.nova-mail.json`)],
    ],
    rounds,
  );
  // One file each: the start-up, which the folder's time less it leaves to the files.
  const [oursOne, ajvOne] = await medianRunsInTurn(
    [
      [process.execPath, oursOn(oneFile)],
      [process.execPath, ajvOn(oneFile)],
    ],
    rounds,
  );
  if (ours.status !== 0 || ajvCli.status !== 0 || oursOne.status !== 0 || ajvOne.status !== 0)
    throw new Error(
      `unexpected exit codes: nova-mail ${ours.status}/${oursOne.status}, ajv-cli ${ajvCli.status}/${ajvOne.status} ${ajvCli.stderr.slice(0, 300)}`,
    );
  const perFile = (folder: number, one: number) => ((folder - one) / (sizes.treeFiles - 1)) * 1000;
  const oursPerFile = perFile(ours.wallMs, oursOne.wallMs);
  const ajvPerFile = perFile(ajvCli.wallMs, ajvOne.wallMs);
  const cliKb = fs.statSync(CLI).size / 1024;
  table([
    ['tool', 'wall', 'peak RSS', 'ratio', 'one file (start-up)', 'per file beyond it'],
    [
      `nova-mail lint (all rules; dist/cli.js ${cliKb.toFixed(0)} KB)`,
      `${(ours.wallMs / 1000).toFixed(2)} s`,
      `${ours.peakRssMb.toFixed(0)} MB`,
      '1×',
      `${oursOne.wallMs.toFixed(0)} ms`,
      // In quick mode 200 files and three rounds: the difference of two noisy times is no number.
      QUICK ? '—' : `${oursPerFile.toFixed(0)} µs`,
    ],
    [
      'ajv-cli validate (schema only)',
      `${(ajvCli.wallMs / 1000).toFixed(2)} s`,
      `${ajvCli.peakRssMb.toFixed(0)} MB`,
      `${(ajvCli.wallMs / ours.wallMs).toFixed(1)}× slower`,
      `${ajvOne.wallMs.toFixed(0)} ms`,
      QUICK ? '—' : `${ajvPerFile.toFixed(0)} µs (${(ajvPerFile / oursPerFile).toFixed(2)}× ours)`,
    ],
  ]);
  target(
    'CLI on the folder: ≥ 2 × faster than ajv-cli',
    `${(ajvCli.wallMs / ours.wallMs).toFixed(1)}×`,
    ajvCli.wallMs >= 2 * ours.wallMs,
  );
  target('CLI on the folder: peak RSS < 200 MB', `${ours.peakRssMb.toFixed(0)} MB`, ours.peakRssMb < 200);
  results.tree = {
    files: sizes.treeFiles,
    novaMail: ours,
    ajvCli,
    oneFile: { novaMail: oursOne, ajvCli: ajvOne },
    perFileUs: { novaMail: oursPerFile, ajvCli: ajvPerFile },
    cliBytes: fs.statSync(CLI).size,
  };
}
