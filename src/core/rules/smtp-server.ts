import type { Rule } from './rule';
import { objectAt, stringAt } from './model';
import { NOVA_SMTP_SERVER as RELAY, TRUSTED_SENDER } from '../nova';

export const smtpServer: Rule = {
  id: 'smtp-server',
  defaultSeverity: 'warning',
  fixable: true,
  description: {
    en: `The SMTP server must be ${RELAY}.`,
    fi: `SMTP-palvelimen pitää olla ${RELAY}.`,
  },
  check({ config, report }) {
    const server = stringAt(objectAt(config, 'smtp'), 'server');
    if (server === undefined || server === '' || server.trim().toLowerCase() === RELAY) return;
    const isTrustedSender = server.trim().toLowerCase() === TRUSTED_SENDER;
    report({
      target: { at: 'value', path: ['smtp', 'server'] },
      message: isTrustedSender
        ? {
            en: `${TRUSTED_SENDER} is the address recipients must trust as a sender, not the server: use ${RELAY} (Ohjaustiedot → SMTP-palvelin).`,
            fi: `${TRUSTED_SENDER} on osoite, jonka vastaanottajat lisäävät luotetuksi lähettäjäksi, ei palvelin: käytä ${RELAY} (Ohjaustiedot → SMTP-palvelin).`,
          }
        : {
            en: `The SMTP server must be ${RELAY} (Ohjaustiedot → SMTP-palvelin).`,
            fi: `SMTP-palvelimen pitää olla ${RELAY} (Ohjaustiedot → SMTP-palvelin).`,
          },
      fix: {
        title: { en: `Set the server to ${RELAY}`, fi: `Aseta palvelimeksi ${RELAY}` },
        action: { kind: 'set', path: ['smtp', 'server'], value: RELAY },
      },
    });
  },
};
