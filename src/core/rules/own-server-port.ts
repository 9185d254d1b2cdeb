import { SCREEN } from '../nova';
import { ruleMessages } from './rule';
import { authenticationOf } from '../own-server/profile';
import { isInternalServer, providerOf } from '../own-server/providers';
import { objectAt, stringAt } from '../config/model';
import { OWN_SERVER_PORTS } from '../own-server/ports';
import type { Rule } from './rule';

const { submission: SUBMISSION_PORT, relay: RELAY_PORT, implicitTls: IMPLICIT_TLS_PORT } = OWN_SERVER_PORTS;

const { messages, message } = ruleMessages('own-server-port', {
  'fix.port': { en: 'Set the port to {port}', fi: 'Aseta portiksi {port}' },
  'fix.ssl': { en: 'Turn SSL on', fi: 'Ota SSL käyttöön' },
  'implicit-tls': {
    en: `Port 465 expects TLS from the first byte (implicit TLS), which Nova may not manage: it starts TLS with STARTTLS. Use port 587 with SSL on (${SCREEN.port}).`,
    fi: `Portti 465 odottaa TLS:ää heti ensimmäisestä tavusta (implisiittinen TLS), mihin Nova ei välttämättä pysty: se aloittaa TLS:n STARTTLS-komennolla. Käytä porttia 587 ja ota SSL käyttöön (${SCREEN.port}).`,
  },
  'outside-25': {
    en: `Port 25 to a server outside your network ({server}) is usually blocked by internet and cloud providers, and mail services take a client's mail on 587. Use port 587 with SSL on (${SCREEN.port}), or a relay connector that accepts your office's address on port 25.`,
    fi: `Portti 25 oman verkon ulkopuoliseen palvelimeen ({server}) on yleensä estetty internet- ja pilvipalveluissa, ja postipalvelut ottavat asiakasohjelman postin vastaan portissa 587. Käytä porttia 587 ja ota SSL käyttöön (${SCREEN.port}) tai välitysliitintä, joka hyväksyy toimiston osoitteen portissa 25.`,
  },
  'relay-25': {
    en: `{provider} takes mail on port 25 only ({server}). Set the port to 25 (${SCREEN.port}).`,
    fi: `{provider} ottaa postia vastaan vain portissa 25 ({server}). Aseta portiksi 25 (${SCREEN.port}).`,
  },
  'ssl-off': {
    en: `SSL is off: Nova would log in to {server} and send the password unencrypted, and services such as Microsoft 365 and Gmail refuse a login without TLS. Turn SSL on (${SCREEN.ssl}): on port {port} Nova then starts TLS with STARTTLS.`,
    fi: `SSL ei ole käytössä: Nova kirjautuisi palvelimelle {server} ja lähettäisi salasanan salaamatta, ja esimerkiksi Microsoft 365 ja Gmail eivät hyväksy kirjautumista ilman TLS:ää. Ota SSL käyttöön (${SCREEN.ssl}): portissa {port} Nova aloittaa silloin TLS:n STARTTLS-komennolla.`,
  },
  'ssl-off-465': {
    en: `SSL is off on port 465: Nova would speak to {server} without TLS, and if it logged in, the password would cross the network unencrypted (port 465 expects TLS from the first byte). Turn SSL on (${SCREEN.ssl}).`,
    fi: `SSL ei ole käytössä portissa 465: Nova puhuisi palvelimelle {server} ilman TLS:ää, ja jos se kirjautuisi, salasana kulkisi verkossa salaamattomana (portti 465 odottaa TLS:ää heti ensimmäisestä tavusta). Ota SSL käyttöön (${SCREEN.ssl}).`,
  },
});

export const ownServerPort: Rule = {
  id: 'own-server-port',
  messages,
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
      title: message('fix.port', { port: to }),
      action: { kind: 'set' as const, path: ['smtp', 'port'], value: to },
    });
    const at = { at: 'value' as const, path: ['smtp', 'port'] };
    if (provider.id === 'microsoft365Relay' && port !== RELAY_PORT) {
      report({
        target: at,
        message: message('relay-25', { provider: provider.name, server }),
        fix: setPort(RELAY_PORT),
      });
    } else if (port === IMPLICIT_TLS_PORT) {
      report({
        target: at,
        message: message('implicit-tls'),
        ...(known ? { fix: setPort(SUBMISSION_PORT) } : {}),
      });
    } else if (port === RELAY_PORT && !provider.relayByAddress && !isInternalServer(server)) {
      report({
        target: at,
        message: message('outside-25', { server }),
        ...(known ? { fix: setPort(SUBMISSION_PORT) } : {}),
      });
    }
    // A login with SSL off sends the password unencrypted, on every port (465 included).
    if (smtp?.ssl === false && authenticationOf(config) !== 'none') {
      report({
        target: { at: 'value', path: ['smtp', 'ssl'] },
        message:
          port === IMPLICIT_TLS_PORT
            ? message('ssl-off-465', { server })
            : message('ssl-off', { server, port }),
        fix: {
          title: message('fix.ssl'),
          action: { kind: 'set', path: ['smtp', 'ssl'], value: true },
        },
      });
    }
  },
};
