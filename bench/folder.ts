/** The CLI on a folder of typical files against ajv-cli validating the same folder with the schema. */
import * as path from 'node:path';
import { CLI, medianRun, results, ROOT, sizes, table, target } from './context';
import { ensureTree } from './inputs';

export async function cliOnTree(): Promise<void> {
  console.log(
    `\n## A folder of ${sizes.treeFiles.toLocaleString('en')} typical files (whole process, median of ${sizes.processRuns})\n`,
  );
  const tree = ensureTree(sizes.treeFiles);
  const ours = await medianRun(process.execPath, [CLI, 'lint', '--format', 'json', tree], sizes.processRuns);
  const ajvCli = await medianRun(
    process.execPath,
    [
      path.join(ROOT, 'node_modules', 'ajv-cli', 'dist', 'index.js'),
      'validate',
      '-s',
      path.join(ROOT, 'schemas', 'nova-mail.schema.json'),
      '-d',
      `${tree}/**/*.nova-mail.json`,
      '--spec=draft7',
      '--strict=false',
      '--all-errors',
      '--errors=no',
    ],
    sizes.processRuns,
  );
  if (ours.status !== 0 || ajvCli.status !== 0)
    throw new Error(
      `unexpected exit codes: nova-mail ${ours.status}, ajv-cli ${ajvCli.status} ${ajvCli.stderr.slice(0, 300)}`,
    );
  table([
    ['tool', 'wall', 'peak RSS', 'ratio'],
    [
      'nova-mail lint (all rules)',
      `${(ours.wallMs / 1000).toFixed(2)} s`,
      `${ours.peakRssMb.toFixed(0)} MB`,
      '1×',
    ],
    [
      'ajv-cli validate (schema only)',
      `${(ajvCli.wallMs / 1000).toFixed(2)} s`,
      `${ajvCli.peakRssMb.toFixed(0)} MB`,
      `${(ajvCli.wallMs / ours.wallMs).toFixed(1)}× slower`,
    ],
  ]);
  target(
    'CLI on the folder: ≥ 2 × faster than ajv-cli',
    `${(ajvCli.wallMs / ours.wallMs).toFixed(1)}×`,
    ajvCli.wallMs >= 2 * ours.wallMs,
  );
  target('CLI on the folder: peak RSS < 200 MB', `${ours.peakRssMb.toFixed(0)} MB`, ours.peakRssMb < 200);
  results.tree = { files: sizes.treeFiles, novaMail: ours, ajvCli };
}
