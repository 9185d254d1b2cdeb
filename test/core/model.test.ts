/** The parsed file's views (config/model.ts) and what the rules keep while they walk them. */
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { lint } from '../../src/core';
import { FirstByKey } from '../../src/core/config/first-by-key';
import { credentialFields, someCredentialField } from '../../src/core/config/model';
import { definedConfig, person, personConfig } from '../helpers';

describe('FirstByKey', () => {
  it('answers as one Map would, however many keys it spreads', () => {
    for (const count of [1, 3, 63, 64, 65, 129, 5000, 40_000]) {
      const keys = Array.from({ length: count }, (_, i) => `${100000 + ((i * 7919) % count)}x${i % 97}`);
      keys.push('', 'a', '😀', keys[0], keys[Math.floor(count / 2)], '', '😀');
      const spread = new FirstByKey<number>(count);
      const one = new Map<string, number>();
      keys.forEach((key, index) => {
        const expected = one.get(key);
        if (expected === undefined) one.set(key, index);
        assert.equal(spread.keepFirst(key, index), expected, `${count} keys: ${JSON.stringify(key)}`);
      });
    }
  });
});

describe('someCredentialField', () => {
  /** Every field credentialFields lists, as someCredentialField's test sees it. */
  const seen = (config: unknown) => {
    const fields: unknown[] = [];
    assert.equal(
      someCredentialField(config, (value, kind, expected) => {
        fields.push({ value, kind, expected });
        return false;
      }),
      false,
    );
    return fields;
  };
  const listed = (config: unknown) =>
    credentialFields(config).map((field) => ({
      value: field.value,
      kind: field.kind,
      expected: field.expected,
    }));

  it('sees the fields credentialFields lists, in its order, other letter cases included', () => {
    const odd = personConfig();
    Object.assign(odd.persons[0].email, { SmtpPassword: 'x1', SMTPUSERNAME: 2, smtppassword: null });
    // Not fields: a fullwidth letter, another name as long, and a key starting with another letter.
    Object.assign(odd.persons[1].email, { Ｓmtppassword: 'a', smtpUsernamX: 'b', novaUsername: 'c' });
    odd.persons.push('not a person', person('Ilman Sähköpostia', '999999ilmsah'));
    delete odd.persons[3].email;
    const defined = definedConfig();
    Object.assign(defined.sender, { Password: 'salainen', USERNAME: 'u' });
    for (const config of [personConfig(), odd, defined, { sender: 'x', persons: {} }, null, []]) {
      assert.deepEqual(seen(config), listed(config));
    }
    // The sender's two, the first person's two and three in other cases, the second person's two.
    assert.equal(listed(odd).length, 2 + 5 + 2);
    assert.ok(listed(defined).some((field) => field.value === 'salainen'));
  });

  it('stops at the first field that passes', () => {
    let asked = 0;
    assert.equal(
      someCredentialField(personConfig(), () => ++asked === 2),
      true,
    );
    assert.equal(asked, 2);
  });
});

describe('duplicate-citrix-id among thousands of persons', () => {
  it('names the one duplicate, in another letter case, and the person who had it first', () => {
    const config = personConfig();
    config.persons = Array.from({ length: 5000 }, (_, i) => person(`Henkilö ${i}`, `${100000 + i}abc${i}`));
    config.persons[4321].email.username = config.persons[17].email.username.toUpperCase();
    const found = lint(JSON.stringify(config, null, 2)).filter((p) => p.rule === 'duplicate-citrix-id');
    assert.equal(found.length, 1);
    assert.match(found[0].message, /100017ABC17.*Henkilö 17/);
    assert.equal(found[0].related?.[0]?.message, 'First used by Henkilö 17');
  });
});
