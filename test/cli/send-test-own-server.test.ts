import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { ownServerConfig, text } from '../helpers';
import { startMailbox } from '../../scripts/servers/smtp';
import { runCli, runCliAsync, tempTree } from './run-cli';

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
