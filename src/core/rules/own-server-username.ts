import { ruleMessages } from './rule';
import { domainOf, loginsOf } from '../own-server/logins';
import { authenticationOf } from '../own-server/profile';
import { providerOf } from '../own-server/providers';
import { isPlaceholder, objectAt, stringAt } from '../config/model';
import type { Rule } from './rule';

const { messages, message } = ruleMessages('own-server-username', {
  fix: {
    en: 'Use the sender address {address}',
    fi: 'Käytä lähettäjän osoitetta {address}',
  },
  missing: {
    en: '{label} is empty or the placeholder xxx: {server} needs the login of the mailbox Nova sends from (usually its address), entered in Nova ({screen}). The password is never written in this file.',
    fi: '{label} on tyhjä tai paikkamerkki xxx: {server} tarvitsee sen postilaatikon tunnuksen, josta Nova lähettää (yleensä sen osoite), Novaan syötettynä ({screen}). Salasanaa ei koskaan kirjoiteta tähän tiedostoon.',
  },
  'not-address': {
    en: '{label} is not an e-mail address: {provider} logs in with the mailbox address ({screen}).',
    fi: '{label} ei ole sähköpostiosoite: {provider} kirjautuu postilaatikon osoitteella ({screen}).',
  },
  'other-domain': {
    en: "{label} is an address at {domain}, but mail is sent as {address}: the service lets a mailbox send only as itself (or as what it was given permission to send as), and mail from another domain's mailbox fails the sender domain's checks. Log in as a mailbox at {senderDomain} ({screen}).",
    fi: '{label} on osoite verkkotunnuksessa {domain}, mutta posti lähtee osoitteesta {address}: palvelu antaa postilaatikon lähettää vain omissa nimissään (tai niissä, joihin sille on annettu lupa), ja toisen verkkotunnuksen postilaatikon posti ei läpäise lähettäjän verkkotunnuksen tarkistuksia. Kirjaudu verkkotunnuksen {senderDomain} postilaatikolla ({screen}).',
  },
});

export const ownServerUsername: Rule = {
  id: 'own-server-username',
  messages,
  defaultSeverity: 'warning',
  fixable: true,
  profiles: ['ownServer'],
  description: {
    en: "An own mail server: each sender's username must be the login of the mailbox it sends from.",
    fi: 'Oma postipalvelin: jokaisen lähettäjän käyttäjätunnuksen pitää olla sen postilaatikon tunnus, josta se lähettää.',
  },
  check({ config, report }) {
    if (authenticationOf(config) === 'none') return;
    const server = stringAt(objectAt(config, 'smtp'), 'server')?.trim() ?? '';
    const provider = providerOf(server);
    // Microsoft's and Google's logins are mailbox addresses; another server may take any name.
    const byAddress = provider.id === 'microsoft365' || provider.id === 'google';
    for (const { field, address } of loginsOf(config)) {
      const value = field.value;
      const words = { label: field.label, screen: field.screen };
      if (
        value === undefined ||
        (typeof value === 'string' && (value.trim() === '' || isPlaceholder(value)))
      ) {
        const fix =
          address === undefined
            ? undefined
            : {
                title: message('fix', { address }),
                action:
                  value === undefined
                    ? {
                        kind: 'insert-property' as const,
                        objectPath: field.objectPath,
                        key: field.key,
                        value: address,
                      }
                    : { kind: 'set' as const, path: field.path, value: address },
              };
        report({
          target:
            value === undefined ? { at: 'missing', path: field.path } : { at: 'value', path: field.path },
          message: message('missing', { ...words, server: server || 'SMTP' }),
          ...(fix ? { fix } : {}),
        });
        continue;
      }
      if (typeof value !== 'string' || !byAddress) continue;
      const domain = domainOf(value);
      if (domain === undefined) {
        report({
          target: { at: 'value', path: field.path },
          message: message('not-address', { ...words, provider: provider.name }),
        });
        continue;
      }
      const senderDomain = address === undefined ? undefined : domainOf(address);
      if (senderDomain !== undefined && senderDomain !== domain)
        report({
          target: { at: 'value', path: field.path },
          message: message('other-domain', {
            ...words,
            domain,
            senderDomain,
            address: address as string,
          }),
        });
    }
  },
};
