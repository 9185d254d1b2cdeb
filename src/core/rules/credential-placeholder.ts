import type { Rule } from './rule';
import { credentialFields, PLACEHOLDER } from './model';

export const credentialPlaceholder: Rule = {
  id: 'credential-placeholder',
  defaultSeverity: 'warning',
  fixable: true,
  description: {
    en: 'A credential field Nova expects is missing or empty; it must hold the placeholder xxx.',
    fi: 'Tunnistetietokenttä puuttuu tai on tyhjä; siihen kuuluu paikkamerkki xxx.',
  },
  check({ config, report }) {
    for (const field of credentialFields(config)) {
      if (!field.expected) continue;
      const missing = field.value === undefined;
      if (!missing && field.value !== '') continue;
      report({
        target: missing ? { at: 'missing', path: field.path } : { at: 'value', path: field.path },
        message: () =>
          missing
            ? {
                en: `${field.label.en} is missing: Nova expects the placeholder ${PLACEHOLDER} (${field.screen.en}).`,
                fi: `${field.label.fi} puuttuu: Nova odottaa paikkamerkkiä ${PLACEHOLDER} (${field.screen.fi}).`,
              }
            : {
                en: `${field.label.en} is empty: Nova expects the placeholder ${PLACEHOLDER} (${field.screen.en}).`,
                fi: `${field.label.fi} on tyhjä: Nova odottaa paikkamerkkiä ${PLACEHOLDER} (${field.screen.fi}).`,
              },
        fix: {
          title: () => ({
            en: `Enter ${PLACEHOLDER} as ${field.label.en}`,
            fi: `Kirjoita ${PLACEHOLDER} kenttään ${field.label.fi}`,
          }),
          action: missing
            ? { kind: 'insert-property', objectPath: field.objectPath, key: field.key, value: PLACEHOLDER }
            : { kind: 'set', path: field.path, value: PLACEHOLDER },
        },
      });
    }
  },
};
