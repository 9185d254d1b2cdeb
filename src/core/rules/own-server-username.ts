import { msg } from '../messages';
import { domainOf, loginsOf } from '../own-server/logins';
import { authenticationOf } from '../own-server/profile';
import { providerOf } from '../own-server/providers';
import { isPlaceholder, objectAt, stringAt } from './model';
import type { Rule } from './rule';

export const ownServerUsername: Rule = {
  id: 'own-server-username',
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
                title: msg('own-server-username.fix', { address }),
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
          message: msg('own-server-username.missing', { ...words, server: server || 'SMTP' }),
          ...(fix ? { fix } : {}),
        });
        continue;
      }
      if (typeof value !== 'string' || !byAddress) continue;
      const domain = domainOf(value);
      if (domain === undefined) {
        report({
          target: { at: 'value', path: field.path },
          message: msg('own-server-username.not-address', { ...words, provider: provider.name }),
        });
        continue;
      }
      const senderDomain = address === undefined ? undefined : domainOf(address);
      if (senderDomain !== undefined && senderDomain !== domain)
        report({
          target: { at: 'value', path: field.path },
          message: msg('own-server-username.other-domain', {
            ...words,
            domain,
            senderDomain,
            address: address as string,
          }),
        });
    }
  },
};
