/**
 * npm run bench: nova-mail against the baselines people would otherwise use, measured in one run
 * on the same inputs, reported as ratios (this machine is shared and noisy; ratios are stable).
 * Writes bench/results.json. Needs the production build (npm run bench does it) and, for the
 * send comparison, swaks; peak RSS comes from GNU time (Debian: apt-get install swaks time).
 */
import { execFileSync, spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseTree } from 'jsonc-parser';
import { getLanguageService, TextDocument } from 'vscode-json-languageservice';
import { lint } from '../src/core';
import { planTestSend, sendTestMail } from '../src/core/send';
import { startCatcher } from '../test/send/servers';
import { configText, DATA_DIR, ensureTree, TREE_FILES } from './inputs';
import { measureAsync, measureSync, median } from './measure';

const ROOT = path.resolve(__dirname, '..');
const SCHEMA = JSON.parse(fs.readFileSync(path.join(ROOT, 'schemas', 'nova-mail.schema.json'), 'utf8'));
const results: Record<string, unknown> = { date: new Date().toISOString(), node: process.version };
const verdicts: { target: string; measured: string; ok: boolean }[] = [];
const ms = (value: number) => (value < 1 ? value.toFixed(3) : value.toFixed(1));

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

async function coreLint(): Promise<void> {
  console.log('\n## Linting one file (in process, median ms per call)\n');
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
      'jsonc-parser parseTree',
      'vscode-json-languageservice',
      'nova-mail lint',
      'lint / JSON.parse',
      'languageservice / lint',
    ],
  ];
  const perPerson: Record<number, number> = {};
  const sizes = [3, 100, 1000, 10000];
  const summary: Record<string, unknown> = {};
  for (const persons of sizes) {
    const text = configText(persons);
    if (lint(text).length !== 0) throw new Error(`generated input with ${persons} persons is not clean`);
    const big = persons >= 1000;
    const options = big ? { minTimeMs: 1500, minSamples: 9 } : { minTimeMs: 600 };
    const parse = measureSync(() => JSON.parse(text), options);
    const jsonc = measureSync(() => parseTree(text), options);
    const document = TextDocument.create('file:///bench.nova-mail.json', 'json', 1, text);
    const languageService = await measureAsync(
      async () => service.doValidation(document, service.parseJSONDocument(document)),
      big ? { minSamples: 5, minTimeMs: 2000, warmup: 1 } : { minTimeMs: 600 },
    );
    const ours = measureSync(() => lint(text), options);
    perPerson[persons] = ours.medianMs / persons;
    rows.push([
      String(persons),
      `${(text.length / 1024).toFixed(0)} KB`,
      ms(parse.medianMs),
      ms(jsonc.medianMs),
      ms(languageService.medianMs),
      ms(ours.medianMs),
      `${(ours.medianMs / parse.medianMs).toFixed(2)}×`,
      `${(languageService.medianMs / ours.medianMs).toFixed(1)}×`,
    ]);
    summary[persons] = {
      bytes: text.length,
      jsonParseMs: parse.medianMs,
      jsoncParseTreeMs: jsonc.medianMs,
      languageServiceMs: languageService.medianMs,
      lintMs: ours.medianMs,
    };
    if (persons === 10000) {
      target(
        '10,000 persons: lint ≤ 5 × JSON.parse',
        `${(ours.medianMs / parse.medianMs).toFixed(2)}×`,
        ours.medianMs <= 5 * parse.medianMs,
      );
      target(
        '10,000 persons: lint ≥ 5 × faster than vscode-json-languageservice',
        `${(languageService.medianMs / ours.medianMs).toFixed(1)}×`,
        languageService.medianMs >= 5 * ours.medianMs,
      );
    }
    if (persons === 3)
      target('typical file (3 persons): lint < 0.2 ms', `${ms(ours.medianMs)} ms`, ours.medianMs < 0.2);
  }
  table(rows);
  const drift = perPerson[10000] / perPerson[100] - 1;
  target(
    'linear: per-person time at 10,000 within ±30 % of that at 100',
    `${drift >= 0 ? '+' : ''}${(drift * 100).toFixed(0)} %`,
    Math.abs(drift) <= 0.3,
  );
  results.lint = summary;
}

interface ProcessRun {
  wallMs: number;
  peakRssMb: number;
  status: number | null;
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
      resolve({ wallMs: performance.now() - started, peakRssMb: Number(rss[1]) / 1024, status });
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
    runs,
  };
}

async function cliOnTree(): Promise<void> {
  console.log(
    `\n## A folder of ${TREE_FILES.toLocaleString('en')} typical files (whole process, median of 3)\n`,
  );
  const tree = ensureTree();
  const ours = await medianRun(
    process.execPath,
    [path.join(ROOT, 'dist', 'cli.js'), 'lint', '--format', 'json', tree],
    3,
  );
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
      '-c',
      'ajv-formats',
      '--strict=false',
      '--all-errors',
      '--errors=no',
    ],
    3,
  );
  if (ours.status !== 0 || ajvCli.status !== 0)
    throw new Error(`unexpected exit codes: nova-mail ${ours.status}, ajv-cli ${ajvCli.status}`);
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
    'CLI on 10,000 files: ≥ 2 × faster than ajv-cli',
    `${(ajvCli.wallMs / ours.wallMs).toFixed(1)}×`,
    ajvCli.wallMs >= 2 * ours.wallMs,
  );
  target('CLI on 10,000 files: peak RSS < 200 MB', `${ours.peakRssMb.toFixed(0)} MB`, ours.peakRssMb < 200);
  results.tree = { files: TREE_FILES, novaMail: ours, ajvCli };
}

async function activation(): Promise<void> {
  console.log('\n## The activation bundle (production build; fresh process per load, median of 15)\n');
  const bundle = path.join(ROOT, 'dist', 'extension.js');
  const source = fs.readFileSync(bundle, 'utf8');
  const sizeKb = source.length / 1024;
  // Strings of nodemailer's own code (our send path only calls it by name).
  const nodemailerInside = /EREQUIRETLS|Creating transport/.test(source);
  const loadsLazily = source.includes('require("./nodemailer.js")');
  const probes = [];
  for (let i = 0; i < 15; i++) {
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
  table([
    [
      'dist/extension.js',
      'nodemailer inside',
      'nodemailer loaded at activation',
      'require',
      'activate()',
      'load + activate',
    ],
    [
      `${sizeKb.toFixed(1)} KB`,
      nodemailerInside ? 'yes' : 'no',
      probes.some((p) => p.nodemailerLoaded) ? 'yes' : 'no',
      `${ms(load)} ms`,
      `${ms(activate)} ms`,
      `${ms(total)} ms`,
    ],
  ]);
  console.log(
    `\n(dist/nodemailer.js, loaded on the first send: ${(fs.statSync(path.join(ROOT, 'dist', 'nodemailer.js')).size / 1024).toFixed(0)} KB; ${loadsLazily ? 'required lazily by the send path' : 'NOT referenced lazily'})`,
  );
  target(
    'dist/extension.js ≤ 150 KB minified, without nodemailer',
    `${sizeKb.toFixed(1)} KB, nodemailer ${nodemailerInside ? 'inside' : 'not inside'}`,
    sizeKb <= 150 && !nodemailerInside && loadsLazily,
  );
  target('load + activate < 15 ms', `${ms(total)} ms`, total < 15);
  results.activation = {
    bundleBytes: source.length,
    nodemailerInside,
    loadMs: load,
    activateMs: activate,
    totalMs: total,
  };
}

async function send(): Promise<void> {
  console.log('\n## One test send to a loopback smtp-server (median of 10)\n');
  const catcher = await startCatcher({ disabledCommands: ['STARTTLS'] });
  try {
    const file = path.join(DATA_DIR, 'send.nova-mail.json');
    fs.writeFileSync(file, configText(1));
    const server = `127.0.0.1:${catcher.port}`;
    const planned = planTestSend(fs.readFileSync(file, 'utf8'), { to: 'bench@example.test', server });
    if (!planned.ok) throw new Error(planned.error.message);
    const inProcess = await measureAsync(
      async () => {
        const outcome = await sendTestMail(planned.plan);
        if (!outcome.ok) throw new Error(outcome.failure.message);
      },
      { minSamples: 10, minTimeMs: 500 },
    );
    const processRun = (command: string, args: string[]) =>
      measureAsync(
        () =>
          new Promise<void>((resolve, reject) => {
            const child = spawn(command, args, { stdio: 'ignore' });
            child.on('error', reject);
            child.on('close', (status) =>
              status === 0 ? resolve() : reject(new Error(`${command} exited ${status}`)),
            );
          }),
        { minSamples: 10, minTimeMs: 0, warmup: 1 },
      );
    const cli = await processRun(process.execPath, [
      path.join(ROOT, 'dist', 'cli.js'),
      'send-test',
      file,
      '--to',
      'bench@example.test',
      '--server',
      server,
    ]);
    let swaks: number | undefined;
    if (fs.existsSync('/usr/bin/swaks')) {
      const run = await processRun('/usr/bin/swaks', [
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
      ]);
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
    results.send = {
      inProcessMs: inProcess.medianMs,
      cliMs: cli.medianMs,
      swaksMs: swaks ?? null,
      received: catcher.received.length,
    };
  } finally {
    await catcher.close();
  }
}

async function main(): Promise<void> {
  fs.mkdirSync(DATA_DIR, { recursive: true });
  console.log(`# nova-mail benchmark (${process.version}, ${new Date().toISOString()})`);
  await coreLint();
  await cliOnTree();
  await activation();
  await send();
  console.log('\n## Targets\n');
  table([['target', 'measured', 'met'], ...verdicts.map((v) => [v.target, v.measured, v.ok ? 'yes' : 'NO'])]);
  results.targets = verdicts;
  fs.writeFileSync(path.join(__dirname, 'results.json'), JSON.stringify(results, null, 2) + '\n');
  console.log('\nbench/results.json written.');
  process.exitCode = verdicts.every((v) => v.ok) ? 0 : 1;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 2;
});
