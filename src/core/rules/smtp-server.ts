import { ruleMessages } from './rule';
import type { Rule } from './rule';
import { objectAt, stringAt } from '../config/model';
import { NOVA_SMTP_SERVER as RELAY, TRUSTED_SENDER, SCREEN } from '../nova';
import { providerOf } from '../own-server/providers';

const { messages, message } = ruleMessages('smtp-server', {
  fix: { en: 'Set the server to {relay}', fi: 'Aseta palvelimeksi {relay}' },
  provider: {
    en: `In the hosted service the SMTP server must be {relay} (${SCREEN.smtp}); {server} is {provider}'s. If this Nova sends through the company's own mail service, say so with "profile": "ownServer" instead (docs/own-server.md).`,
    fi: `Sovelluspalvelussa SMTP-palvelimen pitää olla {relay} (${SCREEN.smtp}); {server} on palvelun {provider}. Jos tämä Nova lähettää yrityksen oman postipalvelun kautta, merkitse se sen sijaan: "profile": "ownServer" (docs/own-server.md).`,
  },
  'trusted-sender': {
    en: `{server} is the address recipients must trust as a sender, not the server: use {relay} (${SCREEN.smtp}).`,
    fi: `{server} on osoite, jonka vastaanottajat lisäävät luotetuksi lähettäjäksi, ei palvelin: käytä {relay} (${SCREEN.smtp}).`,
  },
  wrong: {
    en: `The SMTP server must be {relay} (${SCREEN.smtp}).`,
    fi: `SMTP-palvelimen pitää olla {relay} (${SCREEN.smtp}).`,
  },
});

export const smtpServer: Rule = {
  id: 'smtp-server',
  messages,
  defaultSeverity: 'warning',
  fixable: true,
  profiles: ['hosted'],
  description: {
    en: `The SMTP server must be ${RELAY}.`,
    fi: `SMTP-palvelimen pitää olla ${RELAY}.`,
  },
  check({ config, report }) {
    const server = stringAt(objectAt(config, 'smtp'), 'server');
    if (server === undefined || server === '' || server.trim().toLowerCase() === RELAY) return;
    const isTrustedSender = server.trim().toLowerCase() === TRUSTED_SENDER;
    // A mail service's server in a hosted file: most likely an own-server file without its profile.
    // Which one is meant is the user's to say, so nothing is written (Fix all must not replace it).
    const provider = providerOf(server);
    if (!isTrustedSender && provider.id !== 'other') {
      report({
        target: { at: 'value', path: ['smtp', 'server'] },
        message: message('provider', {
          relay: RELAY,
          server: server.trim(),
          provider: provider.name,
        }),
      });
      return;
    }
    report({
      target: { at: 'value', path: ['smtp', 'server'] },
      message: isTrustedSender
        ? message('trusted-sender', { server: TRUSTED_SENDER, relay: RELAY })
        : message('wrong', { relay: RELAY }),
      fix: {
        title: message('fix', { relay: RELAY }),
        action: { kind: 'set', path: ['smtp', 'server'], value: RELAY },
      },
    });
  },
};
