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

  it('writes an own-server file for each provider with zero problems, the login the address, no password', () => {
    // The Microsoft 365 submission server is warned about by date (microsoft-basic-auth) by design.
    for (const [server, problems] of [
      ['smtp.gmail.com', []],
      ['esimerkki-fi.mail.protection.outlook.com', []],
      ['mail.esimerkki.fi', []],
      ['smtp.office365.com', ['microsoft-basic-auth']],
    ] as const) {
      for (const mode of ['defined', 'personRegister'] as const) {
        const text = newConfiguration({
          profile: 'ownServer',
          server,
          mode,
          company: 'Oma Oy',
          sender: { address: 'laskutus@esimerkki.fi', name: 'Laskutus' },
          person: { name: 'Teppo Testaaja', citrixId: '999999teptes', address: 'teppo@esimerkki.fi' },
        });
        assert.deepEqual(
          lint(text).map((p) => p.rule),
          problems,
          `${server} ${mode}`,
        );
        const config = JSON.parse(text);
        assert.equal(config.profile, 'ownServer');
        assert.equal(config.sender.password ?? config.persons[0].email.smtpPassword, 'xxx');
      }
    }
  });

  it('names a company file without accents or spaces', () => {
    assert.equal(fileNameFor('Äänekosken Sähkö & Vesi Oy'), 'aanekosken-sahko-vesi-oy.nova-mail.json');
    assert.equal(fileNameFor('***'), 'company.nova-mail.json');
  });
});
