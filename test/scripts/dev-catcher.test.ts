/**
 * npm start's catcher (issue 25, item 15): its STARTTLS certificate is made at start, not
 * smtp-server's built-in one (which expired on 9 February 2025), and it takes a login over TLS, so
 * that an own-server example sends to it with the certificate trusted.
 */
import { strict as assert } from 'node:assert';
import { X509Certificate } from 'node:crypto';
import { describe, it } from 'node:test';
import { planTestSend, sendTestMail } from '../../src/core/send';
import { startDevCatcher } from '../../scripts/dev-catcher';
import { readExample, WORDS } from '../helpers';

describe("npm start's SMTP catcher", () => {
  it('takes examples/own-server/oma-palvelin.nova-mail.json over STARTTLS with a certificate valid today', async () => {
    const { catcher, ca } = await startDevCatcher({ port: 0 });
    try {
      const certificate = new X509Certificate(ca);
      assert.ok(new Date(certificate.validTo) > new Date(), `valid to ${certificate.validTo}`);
      const planned = planTestSend(readExample('own-server/oma-palvelin.nova-mail.json'), {
        to: 'vastaanottaja@example.test',
        server: `127.0.0.1:${catcher.port}`,
        timeoutMs: 5000,
        words: WORDS,
      });
      assert.ok(planned.ok, planned.ok ? '' : planned.error.message);
      const outcome = await sendTestMail(planned.plan, { password: 'mikä tahansa', ca });
      assert.ok(outcome.ok, outcome.ok ? '' : `${outcome.failure.message} ${outcome.failure.hint}`);
      assert.equal(catcher.received[0]?.secure, true);
      assert.equal(catcher.authAttempts, 1, 'the login was taken, and counted');
    } finally {
      await catcher.close();
    }
  });
});
