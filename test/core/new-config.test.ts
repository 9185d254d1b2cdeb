import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { fileNameFor, lint, newConfiguration } from '../../src/core';

describe('new configuration', () => {
  it('writes a person-register file with zero problems', () => {
    const text = newConfiguration({
      mode: 'personRegister',
      company: 'Esimerkki Oy',
      person: { name: 'Teppo Testaaja', citrixId: '999999teptes', address: 'teppo@esimerkki.fi' },
    });
    assert.deepEqual(lint(text), []);
    assert.equal(JSON.parse(text).persons[0].email.novaUsername, '999999teptes');
  });

  it('writes a defined-sender file with zero problems', () => {
    const text = newConfiguration({
      mode: 'defined',
      company: 'Laskutus Oy',
      sender: { address: 'laskutus@laskutus.fi', name: 'Laskutus Oy laskutus' },
    });
    assert.deepEqual(lint(text), []);
  });

  it('names a company file without accents or spaces', () => {
    assert.equal(fileNameFor('Äänekosken Sähkö & Vesi Oy'), 'aanekosken-sahko-vesi-oy.nova-mail.json');
    assert.equal(fileNameFor('***'), 'company.nova-mail.json');
  });
});
