import { ruleMessages } from './rule';
import type { Rule } from './rule';
import { credentialFields, PLACEHOLDER, someCredentialField } from '../config/model';

const { messages, message } = ruleMessages('credential-placeholder', {
  empty: {
    en: '{label} is empty: Nova expects the placeholder {placeholder} ({screen}).',
    fi: '{label} on tyhjä: Nova odottaa paikkamerkkiä {placeholder} ({screen}).',
  },
  fix: {
    en: 'Enter {placeholder} as {label}',
    fi: 'Kirjoita {placeholder} kenttään {label}',
  },
  missing: {
    en: '{label} is missing: Nova expects the placeholder {placeholder} ({screen}).',
    fi: '{label} puuttuu: Nova odottaa paikkamerkkiä {placeholder} ({screen}).',
  },
});

export const credentialPlaceholder: Rule = {
  id: 'credential-placeholder',
  messages,
  defaultSeverity: 'warning',
  fixable: true,
  description: {
    en: 'A credential field Nova expects is missing or empty; it must hold the placeholder xxx.',
    fi: 'Tunnistetietokenttä puuttuu tai on tyhjä; siihen kuuluu paikkamerkki xxx.',
  },
  check({ config, report, profile }) {
    // An own server's username is a real one: own-server-username checks it.
    const checks = (expected: boolean, kind: 'username' | 'password') =>
      expected && !(profile === 'ownServer' && kind === 'username');
    if (
      !someCredentialField(
        config,
        (value, kind, expected) => checks(expected, kind) && (value === undefined || value === ''),
      )
    )
      return;
    for (const field of credentialFields(config)) {
      if (!checks(field.expected, field.kind)) continue;
      const missing = field.value === undefined;
      if (!missing && field.value !== '') continue;
      report({
        target: missing ? { at: 'missing', path: field.path } : { at: 'value', path: field.path },
        message: message(missing ? 'missing' : 'empty', {
          label: field.label,
          screen: field.screen,
          placeholder: PLACEHOLDER,
        }),
        fix: {
          title: message('fix', { label: field.label, placeholder: PLACEHOLDER }),
          action: missing
            ? { kind: 'insert-property', objectPath: field.objectPath, key: field.key, value: PLACEHOLDER }
            : { kind: 'set', path: field.path, value: PLACEHOLDER },
        },
      });
    }
  },
};
