import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { formatMessage, type Data } from '../../src/core';
import { EXTENSION_MESSAGES, type ExtensionMessageId } from '../../src/extension/messages';
import { configurationDescription } from '../../src/extension/view/view-description';

/** The extension's own messages in a language, as its translator says them (without VS Code). */
const sayIn =
  (lang: 'en' | 'fi') =>
  (id: ExtensionMessageId, data?: Data): string =>
    formatMessage(EXTENSION_MESSAGES, data ? { id, data } : { id }, lang);

describe('the Nova Mail view describes a configuration', () => {
  it('in the singular and the plural, in English and Finnish (regression: "1 errors")', () => {
    const one = { senderMode: 'personRegister' as const, persons: 1, errors: 1, warnings: 1 };
    assert.equal(
      configurationDescription(one, sayIn('en')),
      'person register · 1 person · 1 error, 1 warning',
    );
    assert.equal(
      configurationDescription(one, sayIn('fi')),
      'henkilörekisteri · 1 henkilö · 1 virhe, 1 varoitus',
    );
    const many = { senderMode: 'personRegister' as const, persons: 3, errors: 2, warnings: 0 };
    assert.equal(
      configurationDescription(many, sayIn('en')),
      'person register · 3 persons · 2 errors, 0 warnings',
    );
    assert.equal(
      configurationDescription(many, sayIn('fi')),
      'henkilörekisteri · 3 henkilöä · 2 virhettä, 0 varoitusta',
    );
  });

  it('counts no persons for a defined sender (regression: "0 persons")', () => {
    const defined = { senderMode: 'defined' as const, persons: 0, errors: 0, warnings: 0 };
    assert.equal(configurationDescription(defined, sayIn('en')), 'defined sender · 0 errors, 0 warnings');
  });

  it("names an own mail server's service first", () => {
    const gmail = {
      ownServer: 'Gmail / Google Workspace',
      senderMode: 'defined' as const,
      persons: 0,
      errors: 0,
      warnings: 1,
    };
    assert.equal(
      configurationDescription(gmail, sayIn('fi')),
      'oma palvelin: Gmail / Google Workspace · määritelty lähettäjä · 0 virhettä, 1 varoitus',
    );
  });
});
