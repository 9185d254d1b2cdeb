/**
 * Issue 26, item 7: verdicts kept after a check are always shown with when they were checked, in
 * both languages (Intl's words), and a report of them says it is what DNS said then, not now.
 */
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import {
  checkedAgo,
  keptMarkdown,
  withCheckedWhen,
  type DnsProblem,
  type KeptVerdicts,
} from '../../src/core';

const AT = Date.UTC(2026, 11, 2, 12, 3);
const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

const problem: DnsProblem = {
  rule: 'spf-not-authorized',
  severity: 'error',
  message: 'acme.test does not authorize the relay relay.test in SPF (192.0.2.10: fail).',
  messageId: 'spf-not-authorized.found',
  range: { start: { line: 3, character: 14 }, end: { line: 3, character: 32 } },
  offset: 60,
  length: 18,
  address: 'laskut@acme.test',
  path: ['sender', 'address'],
  domain: 'acme.test',
};

describe('kept deliverability verdicts (issue 26)', () => {
  it('says how long ago, in English and Finnish, never "now" for an old check', () => {
    assert.equal(checkedAgo(AT, AT + 20_000, 'en'), 'just now');
    assert.equal(checkedAgo(AT, AT + 20_000, 'fi'), 'juuri nyt');
    assert.equal(checkedAgo(AT, AT + 5 * MINUTE, 'en'), '5 minutes ago');
    assert.equal(checkedAgo(AT, AT + 3 * 60 * MINUTE, 'fi'), '3 tuntia sitten');
    assert.equal(checkedAgo(AT, AT + DAY + MINUTE, 'en'), 'yesterday');
    assert.equal(checkedAgo(AT, AT + 3 * DAY, 'en'), '3 days ago');
    assert.equal(checkedAgo(AT, AT + 3 * DAY, 'fi'), '3 päivää sitten');
    // A clock set back (another machine's time) is not a check from the future.
    assert.equal(checkedAgo(AT, AT - DAY, 'en'), 'just now');
  });

  it("puts when on every kept problem's message, keeping the rest of the problem", () => {
    const shown = withCheckedWhen(problem, AT, AT + 3 * DAY, 'en');
    assert.equal(shown.rule, problem.rule);
    assert.equal(shown.offset, problem.offset);
    assert.ok(shown.message.startsWith(problem.message));
    assert.match(
      shown.message,
      /\(Checked 3 days ago, 02\/12\/2026, \d\d:03: DNS may have changed since; check again/,
    );
    const fi = withCheckedWhen(problem, AT, AT + 3 * DAY, 'fi');
    assert.match(
      fi.message,
      /\(Tarkistettu 3 päivää sitten, 2\.12\.2026 klo \d\d\.03: DNS on voinut muuttua/,
    );
  });

  it('reports the last check of a file as then, not now, with its domains and problems', () => {
    const kept: KeptVerdicts = {
      at: AT,
      relay: 'smtp.od.visma.fi',
      problems: [problem],
      domains: ['acme.test: SPF does not authorize smtp.od.visma.fi (192.0.2.10: fail); DMARC p=reject'],
    };
    const en = keptMarkdown('clients/acme.nova-mail.json', kept, AT + 3 * DAY, 'en');
    assert.match(en, /^# Deliverability of clients\/acme\.nova-mail\.json, as last checked\n/);
    assert.match(
      en,
      /Checked 3 days ago \(02\/12\/2026, \d\d:03\) against the relay smtp\.od\.visma\.fi\. This is what DNS said then, not now/,
    );
    assert.match(en, /- acme\.test: SPF does not authorize smtp\.od\.visma\.fi/);
    assert.match(
      en,
      /- \*\*error\*\* laskut@acme\.test \(`spf-not-authorized`\): acme\.test does not authorize/,
    );
    const fi = keptMarkdown('a.nova-mail.json', { ...kept, problems: [], domains: [] }, AT + 3 * DAY, 'fi');
    assert.match(fi, /Tarkistettu 3 päivää sitten/);
    assert.match(fi, /Tiedostossa ei ole lähettäjän verkkotunnusta\./);
    assert.match(fi, /## Löydetyt ongelmat\n\nEi yhtään\./);
  });

  it('escapes what the file and DNS said: an address cannot write Markdown into the report', () => {
    const hostile = {
      ...problem,
      address: '[x](javascript:alert(1))@acme.test',
      message: '<img src=x onerror=alert(1)>',
    };
    const report = keptMarkdown(
      'a.nova-mail.json',
      { at: AT, relay: 'r', problems: [hostile], domains: [] },
      AT,
      'en',
    );
    assert.doesNotMatch(report, /(?<!\\)<img/);
    assert.doesNotMatch(report, /(?<!\\)\]\(javascript:/);
    assert.match(report, /\\<img/);
  });
});
