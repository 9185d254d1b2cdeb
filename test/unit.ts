/**
 * `npm run test:unit`: the unit tests with `node --import tsx --test`, on any system (the files are
 * listed by test/unit-files.ts, not by a shell glob). Extra arguments go to node (e.g.
 * `--test-name-pattern`). Exit code: node's.
 */
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { unitTestFiles } from './unit-files';

const root = path.resolve(__dirname, '..');
const result = spawnSync(
  process.execPath,
  // Two files at a time: most of the time goes to the CLI processes the tests start (63 s -> 39 s).
  ['--import', 'tsx', '--test', '--test-concurrency=2', ...process.argv.slice(2), ...unitTestFiles(root)],
  { cwd: root, stdio: 'inherit' },
);
process.exit(result.status ?? 1);
