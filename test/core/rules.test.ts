import { strict as assert } from 'node:assert';
import { onlyRules } from './rule-tester';
import { describe, it } from 'node:test';
import { applyEdits, DNS_RULES, lint, RULE_IDS, type Problem } from '../../src/core';
import { definedConfig, personConfig, rangeOf, readExample, ROOT, text } from '../helpers';
import * as fs from 'node:fs';
import * as path from 'node:path';

const ids = (problems: Problem[]) => problems.map((p) => p.rule);

/** The rules lint reports; the deliverability (DNS) ones have their tests in test/deliverability. */
const LINT_RULE_IDS = RULE_IDS.filter((id) => !DNS_RULES.some((rule) => rule.id === id));

describe('rules', () => {
  it('every rule has its own cases in test/core/rules/<id>.test.ts (parse and duplicate-key: parse.test.ts)', () => {
    const files = new Set(fs.readdirSync(path.join(ROOT, 'test', 'core', 'rules')));
    assert.deepEqual(
      LINT_RULE_IDS.filter((id) => id !== 'parse' && id !== 'duplicate-key' && !files.has(`${id}.test.ts`)),
      [],
    );
  });

  for (const example of ['nova-mail.json', 'laskutus.nova-mail.json']) {
    it(`is silent on the correct example ${example}`, () => {
      assert.deepEqual(lint(readExample(example)), []);
    });
  }

  it('is silent on the correct built configs', () => {
    assert.deepEqual(lint(text(personConfig())), []);
    assert.deepEqual(lint(text(definedConfig())), []);
  });

  it('accepts the placeholder in any case and the role in decomposed (NFD) form', () => {
    const c = personConfig();
    c.persons[0].email.smtpPassword = 'XXX';
    c.persons[0].email.smtpUsername = 'Xxx';
    c.persons[0].roles = ['Sähköpostilähettäjä'.normalize('NFD')];
    assert.deepEqual(lint(text(c)), []);
  });

  it('never echoes a real password in any message, in either language', () => {
    const c = personConfig();
    c.persons[0].email.smtpPassword = 'S3cr3t-Pässwörd';
    c.sender = { mode: 'defined', address: 'a@b.fi', name: 'A', username: 'xxx', password: 'Other-S3cret' };
    for (const lang of ['en', 'fi'] as const) {
      const output = JSON.stringify(lint(text(c), { lang }).map((p) => [p.message, p.fix?.title, p.related]));
      assert.ok(!output.includes('S3cr3t') && !output.includes('Other-S3cret'), output);
    }
  });

  it('links no-sender-person to each person that lacks something', () => {
    const c = personConfig();
    c.persons[0].roles = [];
    delete c.persons[1].email;
    const source = text(c);
    const problem = lint(source).find((p) => p.rule === 'no-sender-person');
    assert.ok(problem?.related);
    assert.deepEqual(
      problem.related.map((r) => r.message),
      ['Teppo Testaaja: no role Sähköpostilähettäjä', 'Sanna Säännöllinen: no e-mail settings'],
    );
  });

  it('speaks Finnish', () => {
    const problems = lint(text({ ...personConfig(), smtp: { server: 'x', port: 26, ssl: true } }), {
      lang: 'fi',
    });
    assert.deepEqual(
      problems.map((p) => p.message),
      [
        'SMTP-palvelimen pitää olla smtp.visma.local (Ohjaustiedot → SMTP-palvelin).',
        'Portin pitää olla 25 (Ohjaustiedot → Portti).',
        'SSL ei saa olla käytössä: Noven välityspalvelin portissa 25 ei käytä SSL:ää (Ohjaustiedot → SSL).',
      ],
    );
  });

  it('lets severities be changed and rules turned off', () => {
    const source = text({ ...personConfig(), smtp: { server: 'x', port: 26, ssl: false } });
    const problems = lint(source, { rules: { 'smtp-server': 'off', 'smtp-port': 'error' } });
    assert.deepEqual(
      problems.map((p) => [p.rule, p.severity]),
      [['smtp-port', 'error']],
    );
  });

  for (const port of [70000, 0, 25.5, -25]) {
    it(`reports port ${port} as the schema error it is, besides smtp-port (regression: the rule hid it)`, () => {
      const c = personConfig();
      c.smtp.port = port;
      const problems = lint(text(c));
      assert.deepEqual(
        problems.map((p) => [p.rule, p.severity]),
        [
          ['smtp-port', 'warning'],
          ['schema', 'error'],
        ],
      );
    });
  }

  it('finds a real password in the first of two duplicate keys, and its fix replaces that one (regression)', () => {
    const source =
      '{"smtp": {"server": "smtp.visma.local", "port": 25, "ssl": false},\n "sender": {"mode": "defined", "address": "a@b.fi", "name": "A", "username": "xxx", "password": "Salainen1", "password": "xxx"}}';
    const options = { rules: onlyRules('real-password', 'duplicate-key') };
    const problems = lint(source, options);
    assert.deepEqual(ids(problems), ['real-password', 'duplicate-key']);
    assert.deepEqual(problems[0].range, rangeOf(source, '"Salainen1"'));
    assert.equal(problems[0].messageId, 'real-password.shadowed');
    assert.ok(!problems[0].message.includes('Salainen1'));
    const fixed = applyEdits(source, problems[0].fix?.edits ?? []);
    assert.ok(!fixed.includes('Salainen1'));
    assert.deepEqual(ids(lint(fixed, options)), ['duplicate-key']);
  });

  it('finds a real password in a whole duplicate sender object that JSON readers ignore', () => {
    const source =
      '{"smtp": {"server": "smtp.visma.local", "port": 25, "ssl": false}, "sender": {"password": "Salainen1"}, "sender": {"mode": "personRegister"}, "persons": []}';
    assert.ok(ids(lint(source)).includes('real-password'));
  });

  it('finds a password hidden inside an object, and the fix replaces the whole value (regression)', () => {
    const source = text({
      ...definedConfig(),
      sender: { ...definedConfig().sender, password: { value: 'hunter2' } },
    });
    const problems = lint(source);
    assert.deepEqual(ids(problems), ['real-password', 'schema']);
    assert.deepEqual(problems[0].range, rangeOf(source, '{\n      "value": "hunter2"\n    }'));
    assert.deepEqual(ids(lint(applyEdits(source, problems[0].fix?.edits ?? []))), []);
  });

  it('treats a number in a credential field as a real credential', () => {
    const c = definedConfig();
    c.sender.password = 123456;
    assert.deepEqual(ids(lint(text(c))), ['real-password', 'schema']);
  });

  it('reports keys not allowed with the person-register mode', () => {
    const source = text({ ...personConfig(), sender: { mode: 'personRegister', name: 'X' } });
    const problems = lint(source);
    assert.deepEqual(ids(problems), ['schema']);
    assert.deepEqual(problems[0].range, rangeOf(source, '"name"', 0));
  });
});

describe('a file without a profile whose server is a mail service (issue 25, item 13)', () => {
  it("gets one message, the provider's (smtp-server), not also port, SSL and username ones", () => {
    const config = {
      ...definedConfig(),
      smtp: { server: 'smtp.office365.com', port: 587, ssl: true },
      sender: { ...definedConfig().sender, username: 'laskutus@esimerkki.fi' },
    };
    const rules = lint(text(config)).map((problem) => problem.rule);
    assert.ok(rules.includes('smtp-server'), rules.join());
    for (const quiet of ['smtp-port', 'smtp-ssl', 'real-username'])
      assert.ok(!rules.includes(quiet), rules.join());
  });
});
