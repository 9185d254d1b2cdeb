/** What lint leaves behind in the process: nothing of a file, and nothing from Object.prototype. */
import { strict as assert } from 'node:assert';
import { setTimeout as tick } from 'node:timers/promises';
import { describe, it } from 'node:test';
import * as v8 from 'node:v8';
import * as vm from 'node:vm';
import { lint } from '../../src/core';
import { credentialFields, personsOf } from '../../src/core/config/model';
import { person, personConfig } from '../helpers';

v8.setFlagsFromString('--expose-gc');
const collect = vm.runInNewContext('gc') as () => void;

describe('what lint leaves in the process', () => {
  it('keeps no view of a file once its caller is done (regression: the last file stayed alive)', async () => {
    // A summary, the own server's logins and the sheet look at a file as lint's rules do.
    const ref = (() => {
      const config = personConfig();
      personsOf(config);
      credentialFields(config);
      return new WeakRef(config);
    })();
    await tick(0);
    collect();
    assert.equal(ref.deref(), undefined);
  });

  it("reads only a file's own keys, whatever another extension added to Object.prototype", () => {
    const source = JSON.stringify(personConfig(), null, 2);
    const clean = lint(source);
    Object.defineProperty(Object.prototype, 'apiToken', {
      value: 'hunter2',
      enumerable: true,
      configurable: true,
    });
    try {
      // ajv's generated validator still sees it (for…in): the schema rule is left out here.
      const rules = lint(source).filter((problem) => problem.rule !== 'schema');
      assert.deepEqual(rules, clean);
    } finally {
      delete (Object.prototype as Record<string, unknown>).apiToken;
    }
  });

  it('takes no credential key from Object.prototype (regression: SmtpPassword reported in every person)', () => {
    const source = JSON.stringify(personConfig(), null, 2);
    const clean = lint(source);
    for (const key of ['SmtpPassword', 'PASSWORD', 'smtpusername']) {
      Object.defineProperty(Object.prototype, key, {
        value: 'hunter2',
        enumerable: true,
        configurable: true,
      });
      try {
        assert.deepEqual(
          lint(source).filter((problem) => problem.rule !== 'schema'),
          clean,
          key,
        );
      } finally {
        delete (Object.prototype as Record<string, unknown>)[key];
      }
    }
  });

  it('lints as before whatever another extension put under "0" of Object or Array (regression: a crash)', () => {
    const config = personConfig();
    config.persons.push(person('Kolmas Henkilö', '999999TEPTES'));
    const source = JSON.stringify(config, null, 2);
    const clean = lint(source);
    assert.ok(clean.some((problem) => problem.rule === 'duplicate-citrix-id'));
    for (const [prototype, value] of [
      [Object.prototype, 'x'],
      [Array.prototype, 1],
      [Object.prototype, new Map([['999999teptes', 'a view of another file']])],
    ] as const) {
      Object.defineProperty(prototype, '0', { value, configurable: true, writable: true });
      try {
        assert.deepEqual(lint(source), clean);
      } finally {
        delete (prototype as unknown as Record<string, unknown>)['0'];
      }
    }
  });
});
