import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, it } from 'node:test';
import { getLanguageService, TextDocument } from 'vscode-json-languageservice';
import { lint } from '../../src/core';
import { readExample, ROOT } from '../helpers';

/**
 * Editors other than VS Code validate with the schema file as JSON users do: the file names it in
 * "$schema", and the editor's JSON language server (Neovim's jsonls and others run
 * vscode-json-languageservice, this one) fetches and applies it.
 */
const SCHEMA_FILE = path.join(ROOT, 'schemas', 'nova-mail.schema.json');

function withSchema(source: string, schema: string): string {
  return source.replace('{', `{\n  "$schema": ${JSON.stringify(schema)},`);
}

async function languageServerProblems(text: string, fileUri: string) {
  const service = getLanguageService({
    // As a language server does: a relative "$schema" is resolved against the file's own URI.
    workspaceContext: { resolveRelativePath: (relative, resource) => new URL(relative, resource).href },
    schemaRequestService: (uri) => {
      // Letter case aside: on Windows the language service writes the drive letter in lower case.
      assert.equal(
        uri.toLowerCase(),
        pathToFileURL(SCHEMA_FILE).href.toLowerCase(),
        '"$schema" resolved beside the file',
      );
      return Promise.resolve(fs.readFileSync(SCHEMA_FILE, 'utf8'));
    },
  });
  const document = TextDocument.create(fileUri, 'json', 1, text);
  return service.doValidation(document, service.parseJSONDocument(document));
}

describe('a file that names its schema ("$schema"), for other editors', () => {
  const named = withSchema(readExample('nova-mail.json'), './schemas/nova-mail.schema.json');
  const fileUri = pathToFileURL(path.join(ROOT, 'acme.nova-mail.json')).href;

  it('is not a problem of ours, by a relative path or a URL', () => {
    assert.deepEqual(lint(named), []);
    assert.deepEqual(
      lint(
        withSchema(
          readExample('nova-mail.json'),
          'https://unpkg.com/nova-mail/schemas/nova-mail.schema.json',
        ),
      ),
      [],
    );
  });

  it('is valid by the schema itself in a JSON language server, and a wrong type is not', async () => {
    assert.deepEqual(await languageServerProblems(named, fileUri), []);
    const wrong = named.replace('"port": 25', '"port": "25"').replace('"ssl": false', '"ssl": "no"');
    assert.notEqual(wrong, named);
    const problems = await languageServerProblems(wrong, fileUri);
    assert.deepEqual(
      problems.map((p) =>
        wrong.slice(document(wrong).offsetAt(p.range.start), document(wrong).offsetAt(p.range.end)),
      ),
      ['"25"', '"no"'],
    );
  });
});

function document(text: string) {
  return TextDocument.create('file:///x.json', 'json', 1, text);
}
