/** The core's lint and fix in process and the CLI on single files: clean, broken, and built to stall. */
import * as fs from 'node:fs';
import { parseTree } from 'jsonc-parser';
import { getLanguageService, TextDocument } from 'vscode-json-languageservice';
import { CLI, core, medianRun, ms, QUICK, ROOT, results, sizes, table, target, timing } from './context';
import {
  brokenConfigText,
  configText,
  ensureFile,
  oneLineText,
  unknownKeysText,
  worstShapeText,
} from './inputs';
import { measureAsync, measureSync } from './measure';
import * as path from 'node:path';

const { lint, fixAll } = core;
const SCHEMA = JSON.parse(fs.readFileSync(path.join(ROOT, 'schemas', 'nova-mail.schema.json'), 'utf8'));

export async function cleanFiles(): Promise<void> {
  console.log('\n## Clean files: no problem to place (in process, median ms per call)\n');
  const service = getLanguageService({});
  service.configure({
    validate: true,
    allowComments: false,
    schemas: [{ uri: 'nova-mail://schema', fileMatch: ['*.nova-mail.json'], schema: SCHEMA }],
  });
  const rows = [
    [
      'persons',
      'size',
      'JSON.parse',
      'nova-mail lint',
      'vscode-json-languageservice',
      'lint / JSON.parse',
      'languageservice / lint',
    ],
  ];
  const perPerson: Record<number, number> = {};
  const summary: Record<string, unknown> = {};
  for (const persons of sizes.persons) {
    const text = configText(persons);
    if (lint(text).length !== 0) throw new Error(`generated input with ${persons} persons is not clean`);
    const big = persons >= 1000;
    const parse = measureSync(() => JSON.parse(text), timing(big));
    const document = TextDocument.create('file:///bench.nova-mail.json', 'json', 1, text);
    const languageService = await measureAsync(
      async () => service.doValidation(document, service.parseJSONDocument(document)),
      QUICK
        ? { minSamples: 3, minTimeMs: 50 }
        : big
          ? { minSamples: 5, minTimeMs: 2000, warmup: 1 }
          : { minTimeMs: 600 },
    );
    const ours = measureSync(() => lint(text), timing(big));
    perPerson[persons] = ours.medianMs / persons;
    rows.push([
      String(persons),
      `${(text.length / 1024).toFixed(0)} KB`,
      ms(parse.medianMs),
      ms(ours.medianMs),
      ms(languageService.medianMs),
      `${(ours.medianMs / parse.medianMs).toFixed(2)}×`,
      `${(languageService.medianMs / ours.medianMs).toFixed(1)}×`,
    ]);
    summary[persons] = {
      bytes: text.length,
      jsonParseMs: parse.medianMs,
      languageServiceMs: languageService.medianMs,
      lintMs: ours.medianMs,
    };
    if (persons === 10000) {
      target(
        'clean, 10,000 persons: lint ≤ 5 × JSON.parse',
        `${(ours.medianMs / parse.medianMs).toFixed(2)}×`,
        ours.medianMs <= 5 * parse.medianMs,
      );
      target(
        'clean, 10,000 persons: lint ≥ 5 × faster than vscode-json-languageservice',
        `${(languageService.medianMs / ours.medianMs).toFixed(1)}×`,
        languageService.medianMs >= 5 * ours.medianMs,
      );
    }
    if (persons === 3)
      target('typical file (3 persons): lint < 0.2 ms', `${ms(ours.medianMs)} ms`, ours.medianMs < 0.2);
  }
  table(rows);
  const largest = sizes.persons[sizes.persons.length - 1];
  const drift = perPerson[largest] / perPerson[100] - 1;
  target(
    `linear: per-person time at ${largest} within ±30 % of that at 100`,
    `${drift >= 0 ? '+' : ''}${(drift * 100).toFixed(0)} %`,
    Math.abs(drift) <= 0.3,
  );
  results.clean = summary;
}

/** The same work on both sides: an offset tree of the whole file, and every problem placed on it. */
export function brokenFiles(): void {
  console.log('\n## Broken files: a real password in every person (in process, median ms per call)\n');
  const rows = [
    [
      'persons',
      'size',
      'jsonc-parser parseTree',
      'nova-mail lint (tree, rules, placing)',
      'lint / parseTree',
    ],
  ];
  const summary: Record<string, unknown> = {};
  for (const persons of sizes.broken) {
    const text = brokenConfigText(persons);
    const tree = measureSync(() => parseTree(text, [], { disallowComments: true }), timing(true));
    const ours = measureSync(() => lint(text), timing(true));
    rows.push([
      String(persons),
      `${(text.length / 1024).toFixed(0)} KB`,
      ms(tree.medianMs),
      ms(ours.medianMs),
      `${(ours.medianMs / tree.medianMs).toFixed(2)}×`,
    ]);
    summary[persons] = { bytes: text.length, parseTreeMs: tree.medianMs, lintMs: ours.medianMs };
  }
  table(rows);
  results.broken = summary;
}

/** Inputs no real file looks like, that must still end quickly and in little memory. */
export async function extremes(): Promise<void> {
  console.log('\n## Inputs built to stall a linter (in process, then the CLI as a process)\n');
  const rows = [['input', 'size', 'lint in process', 'CLI wall', 'CLI peak RSS', 'result']];
  const summary: Record<string, unknown> = {};
  const perKey: number[] = [];
  for (const keys of sizes.unknownKeys) {
    const text = unknownKeysText(keys);
    const inProcess = measureSync(
      () => lint(text),
      QUICK ? { minTimeMs: 50, minSamples: 3 } : { minTimeMs: 2000, minSamples: 3, warmup: 1 },
    );
    perKey.push(inProcess.medianMs / keys);
    const file = ensureFile(`keys-${keys}.nova-mail.json`, () => text);
    const cli = await medianRun(process.execPath, [CLI, 'lint', '--format', 'json', file], 1);
    rows.push([
      `${keys.toLocaleString('en')} unknown keys`,
      `${(text.length / 1048576).toFixed(1)} MB`,
      `${ms(inProcess.medianMs)} ms`,
      `${ms(cli.wallMs)} ms`,
      `${cli.peakRssMb.toFixed(0)} MB`,
      `exit ${cli.status}`,
    ]);
    summary[`keys${keys}`] = {
      inProcessMs: inProcess.medianMs,
      cliWallMs: cli.wallMs,
      cliPeakRssMb: cli.peakRssMb,
    };
  }
  const growth = perKey[1] / perKey[0];
  target(
    'unknown keys: time per key at 10× the keys within 2× (no quadratic placing)',
    `${growth.toFixed(2)}×`,
    growth <= 2,
  );
  const near = ensureFile(`broken-${QUICK ? 2000 : 22000}.nova-mail.json`, () =>
    brokenConfigText(QUICK ? 2000 : 22000),
  );
  const nearRun = await medianRun(process.execPath, [CLI, 'lint', '--format', 'json', near], 1);
  rows.push([
    `broken persons near the size limit`,
    `${(fs.statSync(near).size / 1048576).toFixed(1)} MB`,
    '—',
    `${ms(nearRun.wallMs)} ms`,
    `${nearRun.peakRssMb.toFixed(0)} MB`,
    `exit ${nearRun.status}`,
  ]);
  const huge = ensureFile(`huge-${QUICK ? 9 : 50}mb.nova-mail.json`, () =>
    brokenConfigText(QUICK ? 27000 : 150000),
  );
  const hugeRun = await medianRun(process.execPath, [CLI, 'lint', huge], 1);
  rows.push([
    `over the limit (refused)`,
    `${(fs.statSync(huge).size / 1048576).toFixed(1)} MB`,
    '—',
    `${ms(hugeRun.wallMs)} ms`,
    `${hugeRun.peakRssMb.toFixed(0)} MB`,
    `exit ${hugeRun.status}: ${hugeRun.stderr.split('\n')[0].replace(/^.*: cannot read: /, '')}`,
  ]);
  table(rows);
  target(
    'largest accepted file: peak RSS < 1 GB',
    `${nearRun.peakRssMb.toFixed(0)} MB`,
    nearRun.peakRssMb < 1024,
  );
  target(
    'a file over the limit is refused at once (< 1 s, < 200 MB)',
    `${ms(hugeRun.wallMs)} ms, ${hugeRun.peakRssMb.toFixed(0)} MB`,
    hugeRun.wallMs < 1000 && hugeRun.peakRssMb < 200 && hugeRun.status === 2,
  );
  summary.nearLimit = { bytes: fs.statSync(near).size, wallMs: nearRun.wallMs, peakRssMb: nearRun.peakRssMb };
  summary.worstShape = await worstShape();
  summary.oneLineFix = oneLineFix();
  summary.overLimit = {
    bytes: fs.statSync(huge).size,
    wallMs: hugeRun.wallMs,
    peakRssMb: hugeRun.peakRssMb,
    status: hugeRun.status,
  };
  results.extremes = summary;
}

/** The largest file the limit admits, in the shape that reports the most problems (issue 20). */
async function worstShape(): Promise<Record<string, number>> {
  const bytes = QUICK ? 512 * 1024 : 8 * 1024 * 1024 - 1024;
  const file = ensureFile(`worst-${bytes}.nova-mail.json`, () => worstShapeText(bytes));
  const run = await medianRun(process.execPath, [CLI, 'lint', '--format', 'json', file], sizes.processRuns);
  console.log(
    `\nWorst shape under the limit (${(bytes / 1048576).toFixed(1)} MB, a real password in each of the smallest persons): CLI lint ${ms(run.wallMs)} ms, peak RSS ${run.peakRssMb.toFixed(0)} MB (median of ${run.runs}).`,
  );
  target(
    'worst-shape largest accepted file: lint ≤ 5 s and ≤ 600 MB',
    `${ms(run.wallMs)} ms, ${run.peakRssMb.toFixed(0)} MB`,
    run.wallMs <= 5000 && run.peakRssMb <= 600,
  );
  return { bytes, wallMs: run.wallMs, peakRssMb: run.peakRssMb };
}

/**
 * --fix's work (fixAll, in process: a process start would hide the growth) on files without line
 * breaks at two sizes: the time per person must stay the same (it was quadratic: 1.4 s, 3.2 s, 10.1 s).
 */
function oneLineFix(): Record<string, number> {
  const counts = QUICK ? [500, 1000] : [5000, 10000];
  const perPerson: number[] = [];
  const rows = [['persons on one line', 'size', 'Fix all / --fix (in process)', 'per person']];
  for (const persons of counts) {
    const text = oneLineText(persons);
    const run = measureSync(() => fixAll(text), timing(true));
    perPerson.push(run.medianMs / persons);
    rows.push([
      persons.toLocaleString('en'),
      `${(text.length / 1048576).toFixed(1)} MB`,
      `${ms(run.medianMs)} ms`,
      `${((run.medianMs / persons) * 1000).toFixed(0)} µs`,
    ]);
  }
  console.log('');
  table(rows);
  const ratio = perPerson[1] / perPerson[0];
  target(
    '--fix on one line: time per person at 2× the persons within ±30 %',
    `${ratio.toFixed(2)}×`,
    ratio <= 1.3 && ratio >= 0.7,
  );
  return { small: counts[0], large: counts[1], perPersonRatio: ratio };
}
