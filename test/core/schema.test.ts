import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { MESSAGES } from '../../src/core/messages';
import { ROOT, type Json } from '../helpers';

const schema: Json = JSON.parse(fs.readFileSync(path.join(ROOT, 'schemas/nova-mail.schema.json'), 'utf8'));

function properties(node: Json, at = '#'): [string, Json][] {
  const own: [string, Json][] = Object.entries(node.properties ?? {}).map(([k, v]) => [`${at}/${k}`, v]);
  const nested = own.flatMap(([p, v]) => properties(v, p));
  const items = node.items
    ? [[`${at}[]`, node.items] as [string, Json], ...properties(node.items, `${at}[]`)]
    : [];
  return [...own, ...nested, ...items.filter(([, v]) => v.type === 'object' || v.properties)];
}

describe('schemas/nova-mail.schema.json', () => {
  it('is draft-07 and compiles in ajv strict mode (the build generates the validator from it)', () => {
    assert.equal(schema.$schema, 'http://json-schema.org/draft-07/schema#');
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- a CommonJS build script
    const { createAjv } = require(path.join(ROOT, 'scripts/generate-validator.js'));
    assert.equal(typeof createAjv().compile(schema), 'function');
  });

  it('gives every property a markdownDescription', () => {
    const missing = properties(schema).filter(([, v]) => typeof v.markdownDescription !== 'string');
    assert.deepEqual(
      missing.map(([p]) => p),
      [],
    );
  });

  it("says an invalid address in the words of the core's catalog (schema.email), English / Finnish", () => {
    const { en, fi } = MESSAGES['schema.email'];
    const said = JSON.stringify(schema).match(/"patternErrorMessage":"[^"]*"/g) ?? [];
    assert.ok(said.length >= 2);
    for (const message of said) assert.equal(message, `"patternErrorMessage":"${en} / ${fi}"`);
  });

  it('names the Nova screens in its descriptions', () => {
    const smtp = schema.properties.smtp.properties;
    assert.match(smtp.server.markdownDescription, /Ohjaustiedot → SMTP-palvelin/);
    assert.match(smtp.port.markdownDescription, /Ohjaustiedot → Portti/);
    assert.match(schema.properties.persons.items.properties.roles.markdownDescription, /Henkilöroolit/);
  });

  it('offers snippets for both sender modes and for a person', () => {
    const senderBodies = schema.properties.sender.defaultSnippets.map((s: Json) => s.body.mode);
    assert.deepEqual(senderBodies, ['personRegister', 'defined']);
    assert.equal(schema.properties.persons.items.defaultSnippets[0].body.roles[0], 'Sähköpostilähettäjä');
    assert.equal(schema.properties.sender.properties.mode.enumDescriptions.length, 2);
  });

  it('uses if/then for the sender modes', () => {
    const branches = schema.properties.sender.allOf;
    assert.deepEqual(
      branches.map((b: Json) => b.if.properties.mode.const),
      ['defined', 'personRegister'],
    );
  });
});
