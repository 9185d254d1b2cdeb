/**
 * The CA file a send trusts (--ca-file, novaMail.testSend.caFile): read as the CLI reads any file,
 * and refused with its reason unless every certificate in it parses (issue 25, item 10 and the
 * review after it). A CA that does not sign the server is said to be that, not "give a CA file".
 */
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import selfsigned from 'selfsigned';
import { readCaFile } from '../../src/core';
import { planTestSend, sendTestMail } from '../../src/core/send';
import { startMailbox } from '../../scripts/servers/smtp';
import { ownServerConfig, text, WORDS } from '../helpers';

function file(name: string, content: string | Buffer): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nova-mail-ca-'));
  fs.writeFileSync(path.join(dir, name), content);
  return path.join(dir, name);
}

async function anotherCa(): Promise<string> {
  const pems = await selfsigned.generate([{ name: 'commonName', value: 'another CA' }], { keySize: 2048 });
  return pems.cert;
}

describe('the CA file of a send', () => {
  it('takes two certificates joined without a line break (cat a.pem b.pem), each on its own', async () => {
    const [a, b] = [await anotherCa(), await anotherCa()];
    const read = readCaFile(file('bundle.pem', `${a.trim()}${b.trim()}`));
    assert.ok(read.ok);
    assert.equal(read.pem.toString().match(/-----BEGIN CERTIFICATE-----/g)?.length, 2);
  });

  it('refuses a file with a broken certificate block, or none', async () => {
    const ca = await anotherCa();
    const broken = ca.replace(/\n[A-Za-z0-9+/]{20}/, '\n!!!!');
    assert.deepEqual(readCaFile(file('broken.pem', `${broken}\n${ca}`)), {
      ok: false,
      problem: 'bad-certificate',
    });
    assert.deepEqual(
      readCaFile(file('key.pem', '-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n')),
      {
        ok: false,
        problem: 'no-certificate',
      },
    );
    assert.deepEqual(readCaFile(file('empty.pem', '')), { ok: false, problem: 'no-certificate' });
  });

  it('a CA that does not sign the server is said to be that, not "trust a CA file"', async () => {
    const mailbox = await startMailbox({ user: 'laskutus@esimerkki.fi', password: 'salasana' });
    try {
      const planned = planTestSend(text(ownServerConfig()), {
        to: 'vastaanottaja@example.test',
        server: `127.0.0.1:${mailbox.port}`,
        timeoutMs: 5000,
        words: WORDS,
      });
      assert.ok(planned.ok);
      const outcome = await sendTestMail(planned.plan, { password: 'salasana', ca: await anotherCa() });
      assert.ok(!outcome.ok);
      assert.equal(outcome.failure.kind, 'tls');
      assert.match(outcome.failure.hint, /not signed by the CA that was given/);
    } finally {
      await mailbox.close();
    }
  });
});
