import { msg } from '../messages';
import type { Rule } from './rule';
import { objectAt, stringAt } from './model';
import { NOVA_SMTP_SERVER as RELAY, TRUSTED_SENDER } from '../nova';
import { providerOf } from '../own-server/providers';

export const smtpServer: Rule = {
  id: 'smtp-server',
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
        message: msg('smtp-server.provider', {
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
        ? msg('smtp-server.trusted-sender', { server: TRUSTED_SENDER, relay: RELAY })
        : msg('smtp-server.wrong', { relay: RELAY }),
      fix: {
        title: msg('smtp-server.fix', { relay: RELAY }),
        action: { kind: 'set', path: ['smtp', 'server'], value: RELAY },
      },
    });
  },
};
