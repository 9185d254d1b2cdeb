import { strict as assert } from 'node:assert';
import { it } from 'node:test';
import { lint } from '../../../src/core';
import { ownServerConfig, text } from '../../helpers';
import { onlyRules, ruleTester } from '../rule-tester';

const microsoft =
  (smtp: Record<string, unknown> = {}) =>
  () =>
    ownServerConfig({ server: 'smtp.office365.com', authentication: 'password', ...smtp });

ruleTester('microsoft-basic-auth', {
  valid: [
    { name: 'Gmail', build: ownServerConfig },
    {
      name: 'a Microsoft 365 relay connector (no login)',
      build: () =>
        ownServerConfig({
          server: 'esimerkki-fi.mail.protection.outlook.com',
          port: 25,
          authentication: 'none',
        }),
    },
  ],
  invalid: [
    {
      name: 'SMTP AUTH with a password at smtp.office365.com',
      // The tester checks at the moment it runs: from 2027 the message is the other one.
      messageId:
        new Date() < new Date('2027-01-01T00:00:00Z')
          ? 'microsoft-basic-auth.until'
          : 'microsoft-basic-auth.off-by-default',
      build: microsoft(),
      covers: '"smtp.office365.com"',
      severity: 'warning',
      output: null,
    },
  ],
});

it('microsoft-basic-auth speaks of the end of December 2026 as coming, then as come', () => {
  const at = (iso: string) =>
    lint(text(microsoft({ server: 'smtp-mail.outlook.com' })()), {
      rules: onlyRules('microsoft-basic-auth'),
      now: new Date(iso),
    }).map((problem) => problem.messageId);
  assert.deepEqual(at('2026-12-31T23:59:59Z'), ['microsoft-basic-auth.until']);
  assert.deepEqual(at('2027-01-01T00:00:00Z'), ['microsoft-basic-auth.off-by-default']);
});
