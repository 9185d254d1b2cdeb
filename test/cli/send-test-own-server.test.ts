import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { ownServerConfig, text } from '../helpers';
import { startMailbox } from '../../scripts/servers/smtp';
import { spawn } from 'node:child_process';
import { itWhere } from '../platform';
import { CLI, runCli, runCliAsync, tempTree } from './run-cli';

const USER = 'laskutus@esimerkki.fi';
const PASSWORD = 'abcd efgh ijkl mnop';

describe('nova-mail send-test to an own mail server (the built CLI as a process)', () => {
  it('logs in with NOVA_MAIL_SMTP_PASSWORD over STARTTLS, trusting --ca-file; the password is never printed', async () => {
    const mailbox = await startMailbox({ user: USER, password: PASSWORD });
    try {
      const dir = tempTree({ 'gmail.nova-mail.json': text(ownServerConfig()), 'ca.pem': mailbox.cert });
      const args = [
        'send-test',
        path.join(dir, 'gmail.nova-mail.json'),
        '--to',
        'testi@example.test',
        '--server',
        `127.0.0.1:${mailbox.port}`,
        '--verbose',
      ];
      const sent = await runCliAsync([...args, '--ca-file', path.join(dir, 'ca.pem')], {
        env: { NOVA_MAIL_SMTP_PASSWORD: PASSWORD },
      });
      assert.equal(sent.status, 0, sent.stderr);
      assert.deepEqual(mailbox.logins, [USER]);
      assert.equal(mailbox.received[0]?.secure, true);
      assert.ok(!`${sent.stdout}${sent.stderr}`.includes(PASSWORD));

      const untrusted = await runCliAsync(args, { env: { NOVA_MAIL_SMTP_PASSWORD: PASSWORD } });
      assert.equal(untrusted.status, 1);
      assert.match(untrusted.stderr, /certificate is not trusted.*--ca-file/);

      const noPassword = await runCliAsync(args);
      assert.equal(noPassword.status, 2);
      assert.match(noPassword.stderr, /no password was given\. Set NOVA_MAIL_SMTP_PASSWORD/);
      assert.equal(mailbox.logins.length, 1, 'nothing was tried without a password');
    } finally {
      await mailbox.close();
    }
  });

  it('says what a refused login means and what to do, in Finnish too', async () => {
    const mailbox = await startMailbox({ user: USER, password: PASSWORD });
    try {
      const dir = tempTree({ 'gmail.nova-mail.json': text(ownServerConfig()), 'ca.pem': mailbox.cert });
      const result = await runCliAsync(
        [
          'send-test',
          path.join(dir, 'gmail.nova-mail.json'),
          '--to',
          'testi@example.test',
          '--server',
          `127.0.0.1:${mailbox.port}`,
          '--ca-file',
          path.join(dir, 'ca.pem'),
          '--lang',
          'fi',
        ],
        { env: { NOVA_MAIL_SMTP_PASSWORD: 'tilin oma salasana' } },
      );
      assert.equal(result.status, 1);
      assert.match(result.stderr, /hylkäsi kirjautumisen: 535 5\.7\.8/);
      assert.match(result.stderr, /sovellussalasana/);
    } finally {
      await mailbox.close();
    }
  });
});

describe('nova-mail lint --fix on an own server file that holds the password', () => {
  it('says what it removed and where the password goes instead, never the password (regression)', () => {
    const config = ownServerConfig();
    (config.sender as Record<string, unknown>).password = 'Oikea-Salasana-3';
    const dir = tempTree({ 'gmail.nova-mail.json': text(config) });
    const file = path.join(dir, 'gmail.nova-mail.json');
    const result = runCli(['lint', '--fix', file]);
    assert.match(result.stderr, /the password of laskutus@esimerkki\.fi was removed from the file/);
    assert.match(result.stderr, /NOVA_MAIL_SMTP_PASSWORD/);
    assert.ok(!`${result.stdout}${result.stderr}`.includes('Oikea-Salasana-3'));
    assert.ok(!fs.readFileSync(file, 'utf8').includes('Oikea-Salasana-3'));
  });
});

describe('the password prompt at a terminal (a pseudo-terminal made by script(1))', () => {
  const atTerminal = itWhere(
    process.platform === 'linux' && fs.existsSync('/usr/bin/script'),
    'needs util-linux script(1) for a pseudo-terminal',
  );
  /** The CLI at a terminal, typing `keys` once it asks for the password; its output and exit code. */
  function typed(
    keys: string,
    config = ownServerConfig({ server: 'mail.kivi.fi' }),
  ): Promise<{ status: number | null; output: string }> {
    const dir = tempTree({ 'kivi.nova-mail.json': text(config) });
    const command = [process.execPath, CLI, 'send-test', path.join(dir, 'kivi.nova-mail.json')]
      .concat(['--to', 'a@example.test', '--server', '127.0.0.1:9', '--timeout', '2000'])
      .map((part) => `'${part}'`)
      .join(' ');
    return new Promise((resolve) => {
      const child = spawn('script', ['-qec', command, '/dev/null'], {
        env: { PATH: process.env.PATH ?? '', LANG: 'C.UTF-8', TERM: 'dumb' },
      });
      let output = '';
      let typedYet = false;
      child.stdout.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        // As a person: typed once the prompt is there.
        if (!typedYet && output.includes('(not shown, not saved): ')) {
          typedYet = true;
          child.stdin.write(keys);
        }
      });
      const killer = setTimeout(() => child.kill('SIGKILL'), 20_000);
      child.on('close', (status) => {
        clearTimeout(killer);
        resolve({ status, output });
      });
    });
  }

  atTerminal('Ctrl-D at the prompt is "no password" (exit 2), not a silent exit 0 (regression)', async () => {
    const result = await typed('\u0004');
    assert.equal(result.status, 2, result.output);
    assert.match(result.output, /no password was typed for laskutus@esimerkki\.fi/);
  });

  atTerminal(
    "a username's escape sequences are shown escaped in the prompt, never obeyed (regression)",
    async () => {
      const config = ownServerConfig({ server: 'mail.kivi.fi' });
      // \r and "cursor up, erase line": the prompt would be redrawn to name another server.
      config.sender.username = 'x\r\u001b[1A\u001b[2KPassword for admin at evil.example:';
      const result = await typed('\u0004', config);
      assert.match(result.output, /Password for x\\r\\x1b\[1A\\x1b\[2KPassword for admin at evil\.example:/);
      assert.ok(!result.output.includes('\u001b[2K'), 'the raw sequence never reaches the terminal');
    },
  );

  atTerminal(
    'after the password is typed, the next line starts on a line of its own (regression)',
    async () => {
      const result = await typed('salasana\r');
      assert.equal(result.status, 1, result.output);
      // The prompt, maybe readline's cursor move (ESC [ n G), then a line break before "Sending".
      const afterPrompt = (result.output.split('(not shown, not saved): ')[1] ?? '').replace(
        new RegExp(`^${String.fromCharCode(27)}\\[\\d+G`),
        '',
      );
      assert.match(afterPrompt, /^\r?\n\r?Sending a test message/);
      assert.ok(!result.output.includes('salasana'));
    },
  );
});
