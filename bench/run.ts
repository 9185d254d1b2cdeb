/**
 * npm run bench: nova-mail against the baselines people would otherwise use, measured in one run
 * on the same inputs, reported as ratios (this machine is shared and noisy; ratios are stable).
 * Writes bench/results.json. Needs the production build (npm run bench does it) and, for the
 * send comparison, swaks; peak RSS comes from GNU time (Debian: apt-get install swaks time).
 * One file a part, by what it measures; none imports test code.
 *
 * --quick (CI): the same code paths on small inputs, no targets enforced, so it cannot rot; in
 * quick mode the ratios, counts and sizes of bench/baseline.json must hold (bench/guard.ts).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { QUICK, results, table, verdicts } from './context';
import { deliverability } from './deliverability';
import { cliOnTree } from './folder';
import { guard } from './guard';
import { DATA_DIR } from './inputs';
import { brokenFiles, cleanFiles, extremes } from './lint';
import { scanInHost } from './scan';
import { send } from './send';
import { activation } from './startup';

async function main(): Promise<void> {
  fs.mkdirSync(DATA_DIR, { recursive: true });
  console.log(
    `# nova-mail benchmark${QUICK ? ' (quick: small inputs, targets not enforced)' : ''} (${process.version}, ${new Date().toISOString()})`,
  );
  await cleanFiles();
  brokenFiles();
  await extremes();
  await cliOnTree();
  await scanInHost();
  activation();
  await send();
  await deliverability();
  console.log('\n## Targets\n');
  table([['target', 'measured', 'met'], ...verdicts.map((v) => [v.target, v.measured, v.ok ? 'yes' : 'NO'])]);
  results.targets = verdicts;
  fs.writeFileSync(path.join(__dirname, 'results.json'), JSON.stringify(results, null, 2) + '\n');
  console.log('\nbench/results.json written.');
  // The baseline is of the quick run's inputs (200 files, not 10,000): it judges quick runs only.
  if (QUICK) console.log('\n## Against the committed baseline (bench/baseline.json)\n');
  const regressed = QUICK ? guard(results) : [];
  for (const line of regressed) console.log(`regressed: ${line}`);
  process.exitCode = regressed.length > 0 || (!QUICK && !verdicts.every((v) => v.ok)) ? 1 : 0;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 2;
});
