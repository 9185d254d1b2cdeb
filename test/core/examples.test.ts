/**
 * One snapshot of what lint says on every example (rule@line:column, in order), instead of tests
 * that require every rule to fire on the broken example: a new rule shows up here as one changed
 * line, and `NOVA_MAIL_UPDATE_SNAPSHOTS=1 npm run test:unit` writes it after a look.
 */
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { it } from 'node:test';
import { isNovaMailFileName, lint } from '../../src/core';
import { EXAMPLES, ROOT } from '../helpers';

const SNAPSHOT = path.join(ROOT, 'test', 'core', 'examples.snapshot.json');

it('lint says on the examples what the snapshot says', () => {
  const actual = Object.fromEntries(
    fs
      .readdirSync(EXAMPLES)
      .filter(isNovaMailFileName)
      .sort()
      .map((name) => [
        name,
        lint(fs.readFileSync(path.join(EXAMPLES, name), 'utf8')).map(
          (p) => `${p.rule}@${p.range.start.line + 1}:${p.range.start.character + 1}`,
        ),
      ]),
  );
  if (process.env.NOVA_MAIL_UPDATE_SNAPSHOTS === '1')
    fs.writeFileSync(SNAPSHOT, JSON.stringify(actual, null, 2) + '\n');
  assert.deepEqual(actual, JSON.parse(fs.readFileSync(SNAPSHOT, 'utf8')));
});
