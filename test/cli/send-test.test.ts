import { strict as assert } from 'node:assert';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { definedConfig, hasTerminalControls, personConfig, text } from '../helpers';
import { itWhere, ON_WINDOWS } from '../platform';
import {
  refusedPort,
  startCatcher,
  startDripping,
  startMute,
  startScripted,
  withServer,
  type Catcher,
} from '../../scripts/servers/smtp';
import { runCliAsync, startCli, tempTree } from './run-cli';

describe('nova-mail send-test (the built CLI as a process)', () => {
  let catcher: Catcher;
  let dir: string;
  before(async () => {
    catcher = await startCatcher({ disabledCommands: ['STARTTLS'] });
    const leaky = personConfig();
    leaky.persons[1].email.smtpPassword = 'Oikea-Salasana-123';
    dir = tempTree({
      'laskutus.nova-mail.json': text(definedConfig()),
      'persons.nova-mail.json': text(personConfig()),
      'leaky.nova-mail.json': text(leaky),
      'port.nova-mail.json': text({
        ...definedConfig(),
        smtp: { server: 'smtp.visma.local', port: 2525, ssl: false },
      }),
    });
  });
  after(() => catcher.close());
  const file = (name: string) => path.join(dir, name);
  /** `nova-mail send-test <file> --to testi@example.test --server <server>` plus `extra`. */
  const sendThrough = (server: string, name: string, ...extra: string[]) =>
    runCliAsync(['send-test', file(name), '--to', 'testi@example.test', '--server', server, ...extra]);
  /** The same through the catcher. */
  const sendTest = (name: string, ...extra: string[]) =>
    sendThrough(`127.0.0.1:${catcher.port}`, name, ...extra);

  it('sends through the server override and exits 0 quoting the reply', async () => {
    const before = catcher.received.length;
    const result = await sendTest('laskutus.nova-mail.json');
    assert.equal(result.status, 0, result.stderr);
    assert.match(
      result.stdout,
      new RegExp(
        `^Sending a test message via 127\\.0\\.0\\.1:${catcher.port} \\(SSL off\\) from laskutus@esimerkki\\.fi to testi@example\\.test, laskutus@esimerkki\\.fi`,
        'm',
      ),
    );
    assert.match(
      result.stdout,
      new RegExp(
        `^Accepted by 127\\.0\\.0\\.1:${catcher.port}: 250 OK: message queued \\(message <[^>]+>, \\d+ ms\\)$`,
        'm',
      ),
    );
    assert.equal(result.stderr, '');
    assert.equal(catcher.received.length, before + 1);
    assert.deepEqual(catcher.received.at(-1)?.rcptTo, ['testi@example.test', 'laskutus@esimerkki.fi']);
  });

  it('prints the redacted transcript with --verbose and warns about other problems', async () => {
    const result = await sendTest('port.nova-mail.json', '--verbose');
    assert.equal(result.status, 0, result.stderr);
    assert.match(
      result.stderr,
      /^warning: the file has 1 other problem \(see: nova-mail lint .*port\.nova-mail\.json\); sending anyway\.$/m,
    );
    assert.match(result.stderr, / C: MAIL FROM:<laskutus@esimerkki\.fi>$/m);
    assert.match(result.stderr, / S: 250 OK: message queued$/m);
  });

  it('sends as the person named with --person, and asks for one when several can send', async () => {
    const ask = await sendTest('persons.nova-mail.json');
    assert.equal(ask.status, 2);
    assert.match(
      ask.stderr,
      /choose one \(--person <Citrix ID>\): 999999teptes \(Teppo Testaaja\), 999999sansaa \(Sanna Säännöllinen\)/,
    );
    const ok = await sendTest('persons.nova-mail.json', '--person', '999999teptes');
    assert.equal(ok.status, 0, ok.stderr);
    assert.equal(catcher.received.at(-1)?.mailFrom, '999999teptes@esimerkki.fi');
  });

  it('exits 1 with one clear line when sending fails', async () => {
    const result = await sendThrough(`127.0.0.1:${await refusedPort()}`, 'laskutus.nova-mail.json');
    assert.equal(result.status, 1);
    const lines = result.stderr.trim().split('\n');
    assert.equal(lines.length, 1);
    assert.match(
      lines[0],
      /^127\.0\.0\.1:\d+ refused the connection\. Nothing accepts SMTP there: check the override server 127\.0\.0\.1:\d+ \(--server host:port\)\.$/,
    );
  });

  it('exits 2 on real credentials without showing them, and on usage errors', async () => {
    const leaky = await sendTest('leaky.nova-mail.json', '--person', '999999sansaa', '--verbose');
    assert.equal(leaky.status, 2);
    assert.match(leaky.stderr, /real password/);
    assert.ok(!(leaky.stdout + leaky.stderr).includes('Oikea-Salasana'));
    for (const args of [
      ['send-test', file('laskutus.nova-mail.json')],
      ['send-test', '--to', 'a@example.test'],
      ['send-test', file('laskutus.nova-mail.json'), '--to', 'a@example.test', '--timeout', 'soon'],
      ['send-test', file('missing.nova-mail.json'), '--to', 'a@example.test'],
    ]) {
      const result = await runCliAsync(args);
      assert.equal(result.status, 2, args.join(' '));
    }
  });

  it('speaks Finnish', async () => {
    const result = await sendTest('laskutus.nova-mail.json', '--lang', 'fi');
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stdout, /^127\.0\.0\.1:\d+ hyväksyi viestin: 250 /m);
    assert.match(catcher.received.at(-1)?.parsed.subject ?? '', /^Nova Mail -testiviesti/);
  });

  it(
    'ends at --timeout against a server that drips a line a second (regression: it never ended)',
    { timeout: 30_000 },
    async () => {
      const result = await withServer(startDripping(1000), (port) =>
        sendThrough(`127.0.0.1:${port}`, 'laskutus.nova-mail.json', '--timeout', '3000'),
      );
      assert.equal(result.status, 1);
      assert.match(
        result.stderr,
        /^127\.0\.0\.1:\d+ did not finish the exchange within 3000 ms\. .*allow more time \(raise --timeout <ms>\)\. .*\(run again with --verbose\)\.$/m,
      );
    },
  );

  itWhere(!ON_WINDOWS, 'no signal can be sent to a Windows process; Ctrl-C in its console is SIGINT to Node')(
    'Ctrl-C cancels a send that waits, and the process ends',
    async () => {
      await withServer(startMute(), async (port) => {
        const running = startCli([
          'send-test',
          file('laskutus.nova-mail.json'),
          '--to',
          'testi@example.test',
          '--server',
          `127.0.0.1:${port}`,
        ]);
        await new Promise<void>((resolve) => {
          const poll = setInterval(() => {
            if (!running.output().includes('Sending a test message')) return;
            clearInterval(poll);
            resolve();
          }, 20);
        });
        running.child.kill('SIGINT');
        const result = await running.result;
        assert.equal(result.status, 1);
        assert.match(result.stderr, /^Cancelled: nothing more was sent\./m);
      });
    },
  );

  it('sends to a Finnish domain and exits 0 (regression: an accepted r@ääkkö.fi was reported rejected)', async () => {
    const result = await withServer(startScripted({}), (port) =>
      runCliAsync([
        'send-test',
        file('laskutus.nova-mail.json'),
        '--to',
        'r@ääkkö.fi',
        '--server',
        `127.0.0.1:${port}`,
        '--verbose',
      ]),
    );
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stderr, / C: RCPT TO:<r@xn--kk-uiaa6g\.fi>$/m);
  });

  it('shows control characters in a server reply, never obeys them', async () => {
    const result = await withServer(startScripted({ greeting: '554 go away\u001b[2J\u0007' }), (port) =>
      sendThrough(`127.0.0.1:${port}`, 'laskutus.nova-mail.json'),
    );
    assert.equal(result.status, 1);
    assert.ok(!hasTerminalControls(result.stderr), JSON.stringify(result.stderr));
    assert.match(result.stderr, /refused to serve this connection: 554 go away\\x1b\[2J\\x07/);
  });
});
