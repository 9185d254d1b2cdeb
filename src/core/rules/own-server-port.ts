import { msg } from '../messages';
import { authenticationOf } from '../own-server/profile';
import { isInternalServer, providerOf } from '../own-server/providers';
import { objectAt, stringAt } from './model';
import type { Rule } from './rule';

/** Submission with STARTTLS: what Nova (which starts TLS itself) can use with a mail service. */
const SUBMISSION_PORT = 587;
const RELAY_PORT = 25;

export const ownServerPort: Rule = {
  id: 'own-server-port',
  defaultSeverity: 'warning',
  fixable: true,
  profiles: ['ownServer'],
  description: {
    en: 'An own mail server: the port and SSL must be what Nova can use with it (587 with SSL on).',
    fi: 'Oma postipalvelin: portin ja SSL:n pitää olla sellaiset, joita Nova voi sen kanssa käyttää (587 ja SSL käytössä).',
  },
  check({ config, report }) {
    const smtp = objectAt(config, 'smtp');
    const server = stringAt(smtp, 'server')?.trim();
    const port = smtp?.port;
    if (!server || typeof port !== 'number') return;
    const provider = providerOf(server);
    const known = provider.id === 'microsoft365' || provider.id === 'google';
    const setPort = (to: number) => ({
      title: msg('own-server-port.fix.port', { port: to }),
      action: { kind: 'set' as const, path: ['smtp', 'port'], value: to },
    });
    const at = { at: 'value' as const, path: ['smtp', 'port'] };
    if (provider.id === 'microsoft365Relay' && port !== RELAY_PORT) {
      report({
        target: at,
        message: msg('own-server-port.relay-25', { provider: provider.name, server }),
        fix: setPort(RELAY_PORT),
      });
    } else if (port === 465) {
      report({
        target: at,
        message: msg('own-server-port.implicit-tls'),
        ...(known ? { fix: setPort(SUBMISSION_PORT) } : {}),
      });
    } else if (port === RELAY_PORT && !provider.relayByAddress && !isInternalServer(server)) {
      report({
        target: at,
        message: msg('own-server-port.outside-25', { server }),
        ...(known ? { fix: setPort(SUBMISSION_PORT) } : {}),
      });
    }
    // A login with SSL off sends the password unencrypted, on every port (465 included).
    if (smtp?.ssl === false && authenticationOf(config) !== 'none') {
      report({
        target: { at: 'value', path: ['smtp', 'ssl'] },
        message:
          port === 465
            ? msg('own-server-port.ssl-off-465', { server })
            : msg('own-server-port.ssl-off', { server, port }),
        fix: {
          title: msg('own-server-port.fix.ssl'),
          action: { kind: 'set', path: ['smtp', 'ssl'], value: true },
        },
      });
    }
  },
};
