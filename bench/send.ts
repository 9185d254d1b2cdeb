/** One test send to a loopback smtp-server against swaks, and sends that must end. */
import * as fs from 'node:fs';
import { startCatcher, startDripping, startSilentAfterData, type TestServer } from '../scripts/servers/smtp';
import {
  CLI,
  core,
  ms,
  processRun,
  processRunsInTurn,
  QUICK,
  results,
  runTimed,
  table,
  target,
} from './context';
import { BENCH_WORDS, configText, ensureFile } from './inputs';
import { measureAsync } from './measure';

const { planTestSend, sendTestMail } = core;

export async function send(): Promise<void> {
  // Five in quick mode, not two: CI's guard runs beside the Node 22 and 24 tests, and a median of
  // two let one slow round fail it (send-test / swaks 3.69 in one run, 1.79-2.51 in five others,
  // for the same send code; that run's in-process send was 200 ms instead of 131).
  const samples = QUICK ? 5 : 10;
  console.log(`\n## One test send to a loopback smtp-server (median of ${samples})\n`);
  const catcher = await startCatcher({ disabledCommands: ['STARTTLS'] });
  try {
    const file = ensureFile('send.nova-mail.json', () => configText(1));
    const server = `127.0.0.1:${catcher.port}`;
    const planned = planTestSend(fs.readFileSync(file, 'utf8'), {
      to: 'bench@example.test',
      server,
      words: BENCH_WORDS,
    });
    if (!planned.ok) throw new Error(planned.error.message);
    const inProcess = await measureAsync(
      async () => {
        const outcome = await sendTestMail(planned.plan);
        if (!outcome.ok) throw new Error(outcome.failure.message);
      },
      { minSamples: samples, minTimeMs: QUICK ? 0 : 500 },
    );
    const cliCommand: [string, string[]] = [
      process.execPath,
      [CLI, 'send-test', file, '--to', 'bench@example.test', '--server', server],
    ];
    let cliMs: number;
    let swaks: number | undefined;
    if (!fs.existsSync('/usr/bin/swaks'))
      cliMs = (await processRun(cliCommand[0], cliCommand[1], samples)).medianMs;
    else {
      // In turn: the ratio is measured under one load (see medianRunsInTurn).
      [cliMs, swaks] = await processRunsInTurn(
        [
          cliCommand,
          [
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
          ],
        ],
        samples,
      );
    }
    table([
      ['path', 'median', 'ratio to swaks'],
      [
        'nova-mail core (in process: plan + nodemailer)',
        `${ms(inProcess.medianMs)} ms`,
        swaks ? `${(inProcess.medianMs / swaks).toFixed(2)}×` : '—',
      ],
      ['nova-mail send-test (process)', `${ms(cliMs)} ms`, swaks ? `${(cliMs / swaks).toFixed(2)}×` : '—'],
      ['swaks (process)', swaks ? `${ms(swaks)} ms` : 'not installed (apt-get install swaks)', '1×'],
    ]);
    results.send = { inProcessMs: inProcess.medianMs, cliMs: cliMs, swaksMs: swaks ?? null };
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
