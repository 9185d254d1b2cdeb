/**
 * npm run bench: nova-mail against the baselines people would otherwise use, measured in one run
 * on the same inputs, reported as ratios (this machine is shared and noisy; ratios are stable).
 * Writes bench/results.json. Needs the production build (npm run bench does it) and, for the
 * send comparison, swaks; peak RSS comes from GNU time (Debian: apt-get install swaks time).
 *
 * --quick (CI): the same code paths on small inputs, no targets enforced, so it cannot rot.
 */
import { execFileSync, spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseTree } from 'jsonc-parser';
import { getLanguageService, TextDocument } from 'vscode-json-languageservice';
import type * as Core from '../src/core';
import { startCatcher, startDripping, startSilentAfterData, type TestServer } from '../test/send/servers';
import { WORDS } from '../test/helpers';
import {
  brokenConfigText,
  configText,
  DATA_DIR,
  ensureFile,
  ensureTree,
  oneLineText,
  unknownKeysText,
  worstShapeText,
} from './inputs';
import { measureAsync, measureSync, median } from './measure';
import { promises as dnsPromises } from 'node:dns';
import type * as AuthLibrary from '../src/core/deliverability/auth-library';
import { startDnsServer, type Zone } from '../test/dns/server';
import { configSendingFrom, RELAY, RELAY_IP } from '../test/dns/zones';
import { SCAN_MARKER } from '../test/integration/protocol';

const { Resolver } = dnsPromises;

const QUICK = process.argv.includes('--quick');
const ROOT = path.resolve(__dirname, '..');
// The production bundle, as the CLI and the extension run it (tsx's transform of the sources adds
// a name-keeping helper to every closure, which would weigh on small inputs).
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { lint, fixAll, planTestSend, sendTestMail, checkDeliverability } = require(
  path.join(ROOT, 'dist', 'core.js'),
) as typeof Core;
const CLI = path.join(ROOT, 'dist', 'cli.js');
const SCHEMA = JSON.parse(fs.readFileSync(path.join(ROOT, 'schemas', 'nova-mail.schema.json'), 'utf8'));
const results: Record<string, unknown> = {
  date: new Date().toISOString(),
  node: process.version,
  quick: QUICK,
};
const verdicts: { target: string; measured: string; ok: boolean }[] = [];
const ms = (value: number) => (value < 1 ? value.toFixed(3) : value.toFixed(1));
const sizes = {
  persons: QUICK ? [3, 100] : [3, 100, 1000, 10000],
  broken: QUICK ? [100] : [1000, 10000],
  unknownKeys: QUICK ? [1000, 10000] : [10000, 100000],
  treeFiles: QUICK ? 200 : 10_000,
  processRuns: QUICK ? 1 : 3,
  activationRuns: QUICK ? 3 : 15,
  scanRuns: QUICK ? 1 : 3,
};
const timing = (big: boolean) =>
  QUICK ? { minTimeMs: 50, minSamples: 3 } : big ? { minTimeMs: 1500, minSamples: 9 } : { minTimeMs: 600 };

function target(name: string, measured: string, ok: boolean): void {
  verdicts.push({ target: name, measured, ok });
}

function table(rows: string[][]): void {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((row) => row[i].length)));
  for (const [index, row] of rows.entries()) {
    console.log(`| ${row.map((cell, i) => cell.padEnd(widths[i])).join(' | ')} |`);
    if (index === 0) console.log(`| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |`);
  }
}

async function cleanFiles(): Promise<void> {
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
function brokenFiles(): void {
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

interface ProcessRun {
  wallMs: number;
  peakRssMb: number;
  status: number | null;
  stderr: string;
}

/** Runs a command under GNU time for its peak RSS; wall time from here. */
function runTimed(command: string, args: string[]): Promise<ProcessRun> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn('/usr/bin/time', ['-f', 'RSS_KB=%M', command, ...args], {
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (status) => {
      const rss = /RSS_KB=(\d+)/.exec(stderr);
      if (!rss) return reject(new Error(`no RSS from GNU time: ${stderr.slice(-300)}`));
      resolve({ wallMs: performance.now() - started, peakRssMb: Number(rss[1]) / 1024, status, stderr });
    });
  });
}

async function medianRun(
  command: string,
  args: string[],
  runs: number,
): Promise<ProcessRun & { runs: number }> {
  const all: ProcessRun[] = [];
  for (let i = 0; i < runs; i++) all.push(await runTimed(command, args));
  return {
    wallMs: median(all.map((r) => r.wallMs)),
    peakRssMb: Math.max(...all.map((r) => r.peakRssMb)),
    status: all[0].status,
    stderr: all[0].stderr,
    runs,
  };
}

/** Inputs no real file looks like, that must still end quickly and in little memory. */
async function extremes(): Promise<void> {
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

async function cliOnTree(): Promise<void> {
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

/**
 * The workspace scan, timed where it runs: the real extension host (code-server, as the integration
 * tests run it) opens a generated folder; the scan-bench suite reports when the last file's problems
 * were published, counted from the start of activate().
 */
async function scanInHost(): Promise<void> {
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

interface ScanReport {
  files: number;
  msFromActivation: number;
  msFinding: number;
  msReading: number;
  msBusy: number;
  slices: number;
  heapUsedMB: number;
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

function activation(): void {
  console.log(
    `\n## The activation bundle (production build; fresh process per load, median of ${sizes.activationRuns})\n`,
  );
  const bundle = path.join(ROOT, 'dist', 'extension.js');
  const source = fs.readFileSync(bundle, 'utf8');
  const sizeKb = source.length / 1024;
  const coreKb = fs.statSync(path.join(ROOT, 'dist', 'core.js')).size / 1024;
  // Strings of nodemailer's own code (our send path only calls it by name).
  const nodemailerInside = /EREQUIRETLS|Creating transport/.test(source);
  const probes: {
    loadMs: number;
    activateMs: number;
    nodemailerLoaded: boolean;
    mailauthLoaded: boolean;
    coreLoaded: boolean;
  }[] = [];
  for (let i = 0; i < sizes.activationRuns; i++) {
    probes.push(
      JSON.parse(
        execFileSync(process.execPath, [path.join(__dirname, 'activation', 'probe.js'), bundle], {
          encoding: 'utf8',
        }),
      ),
    );
  }
  const load = median(probes.map((p) => p.loadMs));
  const activate = median(probes.map((p) => p.activateMs));
  const total = median(probes.map((p) => p.loadMs + p.activateMs));
  const loadedAtActivation =
    [
      probes.some((p) => p.coreLoaded) && 'dist/core.js',
      probes.some((p) => p.nodemailerLoaded) && 'nodemailer',
      probes.some((p) => p.mailauthLoaded) && 'mailauth',
    ]
      .filter(Boolean)
      .join(', ') || 'none of them';
  table([
    [
      'dist/extension.js',
      'dist/core.js (first check)',
      'core, nodemailer or mailauth loaded at activation',
      'require',
      'activate()',
      'load + activate',
    ],
    [
      `${sizeKb.toFixed(1)} KB`,
      `${coreKb.toFixed(1)} KB`,
      loadedAtActivation,
      `${ms(load)} ms`,
      `${ms(activate)} ms`,
      `${ms(total)} ms`,
    ],
  ]);
  console.log(
    `\n(dist/nodemailer.js, loaded on the first send: ${(fs.statSync(path.join(ROOT, 'dist', 'nodemailer.js')).size / 1024).toFixed(0)} KB)`,
  );
  target(
    'dist/extension.js ≤ 150 KB minified, without nodemailer',
    `${sizeKb.toFixed(1)} KB, nodemailer ${nodemailerInside ? 'inside' : 'not inside'}`,
    sizeKb <= 150 && !nodemailerInside,
  );
  target(
    'activation loads none of the core, nodemailer and mailauth',
    loadedAtActivation,
    loadedAtActivation === 'none of them',
  );
  target('load + activate < 15 ms', `${ms(total)} ms`, total < 15);
  results.activation = {
    bundleBytes: source.length,
    coreBytes: coreKb * 1024,
    loadedAtActivation,
    loadMs: load,
    activateMs: activate,
    totalMs: total,
  };
}

function processRun(command: string, args: string[], samples: number) {
  return measureAsync(
    () =>
      new Promise<void>((resolve, reject) => {
        const child = spawn(command, args, { stdio: 'ignore' });
        child.on('error', reject);
        child.on('close', (status) =>
          status === 0 ? resolve() : reject(new Error(`${command} exited ${status}`)),
        );
      }),
    { minSamples: samples, minTimeMs: 0, warmup: 1 },
  );
}

async function send(): Promise<void> {
  const samples = QUICK ? 2 : 10;
  console.log(`\n## One test send to a loopback smtp-server (median of ${samples})\n`);
  const catcher = await startCatcher({ disabledCommands: ['STARTTLS'] });
  try {
    const file = ensureFile('send.nova-mail.json', () => configText(1));
    const server = `127.0.0.1:${catcher.port}`;
    const planned = planTestSend(fs.readFileSync(file, 'utf8'), {
      to: 'bench@example.test',
      server,
      words: WORDS,
    });
    if (!planned.ok) throw new Error(planned.error.message);
    const inProcess = await measureAsync(
      async () => {
        const outcome = await sendTestMail(planned.plan);
        if (!outcome.ok) throw new Error(outcome.failure.message);
      },
      { minSamples: samples, minTimeMs: QUICK ? 0 : 500 },
    );
    const cli = await processRun(
      process.execPath,
      [CLI, 'send-test', file, '--to', 'bench@example.test', '--server', server],
      samples,
    );
    let swaks: number | undefined;
    if (fs.existsSync('/usr/bin/swaks')) {
      const run = await processRun(
        '/usr/bin/swaks',
        [
          '--server',
          '127.0.0.1',
          '--port',
          String(catcher.port),
          '--from',
          'henkilo.0@esimerkki.fi',
          '--to',
          'bench@example.test',
          '--header',
          'Subject: Nova Mail test',
          '--body',
          'test',
          '--silent',
          '2',
        ],
        samples,
      );
      swaks = run.medianMs;
    }
    table([
      ['path', 'median', 'ratio to swaks'],
      [
        'nova-mail core (in process: plan + nodemailer)',
        `${ms(inProcess.medianMs)} ms`,
        swaks ? `${(inProcess.medianMs / swaks).toFixed(2)}×` : '—',
      ],
      [
        'nova-mail send-test (process)',
        `${ms(cli.medianMs)} ms`,
        swaks ? `${(cli.medianMs / swaks).toFixed(2)}×` : '—',
      ],
      ['swaks (process)', swaks ? `${ms(swaks)} ms` : 'not installed (apt-get install swaks)', '1×'],
    ]);
    results.send = { inProcessMs: inProcess.medianMs, cliMs: cli.medianMs, swaksMs: swaks ?? null };
  } finally {
    await catcher.close();
  }
  await sendsThatMustEnd();
}

/** Wall time of the CLI against servers that never finish or never close. */
async function sendsThatMustEnd(): Promise<void> {
  console.log('\n## Sends that must end (the CLI as a process)\n');
  const file = ensureFile('send.nova-mail.json', () => configText(1));
  const timeoutMs = QUICK ? 1000 : 3000;
  const run = async (server: Promise<TestServer>, extra: string[]) => {
    const running = await server;
    try {
      return await runTimed(process.execPath, [
        CLI,
        'send-test',
        file,
        '--to',
        'bench@example.test',
        '--server',
        `127.0.0.1:${running.port}`,
        ...extra,
      ]);
    } finally {
      await running.close();
    }
  };
  const drip = await run(startDripping(QUICK ? 200 : 1000), ['--timeout', String(timeoutMs)]);
  const silent = await run(startSilentAfterData(), []);
  table([
    ['server', 'CLI wall', 'exit'],
    [
      `drips a line every ${QUICK ? 200 : 1000} ms, --timeout ${timeoutMs}`,
      `${ms(drip.wallMs)} ms`,
      String(drip.status),
    ],
    ['takes the message, then stays silent and open', `${ms(silent.wallMs)} ms`, String(silent.status)],
  ]);
  target(
    `dripping server: ends within --timeout + 1 s`,
    `${ms(drip.wallMs)} ms`,
    drip.status === 1 && drip.wallMs < timeoutMs + 1000,
  );
  target(
    'silent server after the result: the process ends within 1 s',
    `${ms(silent.wallMs)} ms`,
    silent.status === 0 && silent.wallMs < 1000,
  );
  results.sendsThatEnd = { timeoutMs, dripWallMs: drip.wallMs, silentWallMs: silent.wallMs };
}

/**
 * check-dns on a 100-person file spanning 20 domains, against a DNS server on 127.0.0.1. The
 * baseline is what a script would do with the same library: mailauth's SPF and DMARC for each
 * address in turn, every lookup asked anew.
 */
async function deliverability(): Promise<void> {
  const runs = QUICK ? 1 : 5;
  console.log(
    `\n## Deliverability: check-dns, 100 persons at 20 domains, loopback DNS (median of ${runs})\n`,
  );
  const domains = Array.from({ length: 20 }, (_, i) => `asiakas${i}.test`);
  const zone: Zone = { [RELAY]: { A: [RELAY_IP] } };
  domains.forEach((domain, i) => {
    zone[domain] = { TXT: [i % 4 === 0 ? 'v=spf1 -all' : `v=spf1 include:_spf.${domain} ~all`] };
    zone[`_spf.${domain}`] = {
      TXT: [i % 2 ? 'v=spf1 ip4:192.0.2.0/24 -all' : 'v=spf1 ip4:198.51.100.0/24 -all'],
    };
    if (i % 3) zone[`_dmarc.${domain}`] = { TXT: [`v=DMARC1; p=${i % 2 ? 'reject' : 'none'}`] };
  });
  const addresses = Array.from({ length: 100 }, (_, i) => `henkilo.${i}@${domains[i % 20]}`);
  const file = ensureFile('dns-100-persons.nova-mail.json', () => configSendingFrom(addresses));
  const dns = await startDnsServer(zone);
  try {
    const cli = await medianRun(
      process.execPath,
      [CLI, 'check-dns', '--relay', RELAY, '--dns-server', dns.address, file],
      runs,
    );
    // One more run, alone, to count what it asked.
    const before = dns.queries.length;
    await runTimed(process.execPath, [CLI, 'check-dns', '--relay', RELAY, '--dns-server', dns.address, file]);
    const asked = dns.queries.slice(before);
    const mostPerName = Math.max(...asked.map((query) => asked.filter((other) => other === query).length));
    const inProcess = await measureAsync(
      () => checkDeliverability([fs.readFileSync(file, 'utf8')], { relay: RELAY, server: dns.address }),
      timing(false),
    );
    // The same production bundle of mailauth that check-dns loads.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { spf, dmarc } = require(path.join(ROOT, 'dist', 'mailauth.js')) as typeof AuthLibrary;
    const resolver = new Resolver({ timeout: 5000, tries: 1 });
    resolver.setServers([dns.address]);
    const resolve = (name: string, type: string) => resolver.resolve(name, type) as Promise<never[]>;
    const naiveOnce = async () => {
      for (const address of addresses) {
        await spf({ sender: address, ip: RELAY_IP, helo: RELAY, mta: 'bench', resolver: resolve });
        await dmarc({ headerFrom: address, spfDomains: [], dkimDomains: [], resolver: resolve });
      }
    };
    const naiveBefore = dns.queries.length;
    await naiveOnce();
    const naiveQuestions = dns.queries.length - naiveBefore;
    const naive = await measureAsync(naiveOnce, timing(false));
    const bundleKb = fs.statSync(path.join(ROOT, 'dist', 'mailauth.js')).size / 1024;
    table([
      ['', 'wall', 'peak RSS', 'DNS questions', 'most asks of one name'],
      [
        `nova-mail check-dns (CLI, exit ${cli.status})`,
        `${ms(cli.wallMs)} ms`,
        `${cli.peakRssMb.toFixed(0)} MB`,
        String(asked.length),
        String(mostPerName),
      ],
      ['checkDeliverability in process', `${ms(inProcess.medianMs)} ms`, '', '', ''],
      [
        'baseline: mailauth spf + dmarc per address, no cache',
        `${ms(naive.medianMs)} ms`,
        '',
        String(naiveQuestions),
        '',
      ],
    ]);
    console.log(
      `\nin process ${(naive.medianMs / inProcess.medianMs).toFixed(1)}× faster than the baseline on loopback DNS, with ${(naiveQuestions / asked.length).toFixed(1)}× fewer questions (what counts against a real resolver); dist/mailauth.js (loaded only for a check): ${bundleKb.toFixed(0)} KB`,
    );
    target('check-dns, 100 persons at 20 domains: under 1 s wall', `${ms(cli.wallMs)} ms`, cli.wallMs < 1000);
    target('check-dns asks each name once', `at most ${mostPerName}× per name`, mostPerName === 1);
    results.deliverability = {
      cliWallMs: cli.wallMs,
      cliPeakRssMb: cli.peakRssMb,
      inProcessMs: inProcess.medianMs,
      baselineMs: naive.medianMs,
      baselineQuestions: naiveQuestions,
      questions: asked.length,
      mostAsksOfOneName: mostPerName,
      mailauthBundleBytes: bundleKb * 1024,
    };
  } finally {
    await dns.close();
  }
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
  process.exitCode = QUICK || verdicts.every((v) => v.ok) ? 0 : 1;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 2;
});
