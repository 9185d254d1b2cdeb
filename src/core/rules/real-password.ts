import { SHADOWED_NOTE } from './credentials';
import { ruleMessages } from './rule';
import { passwordsUnderOtherKeys, realCredentials } from './credentials';
import { PLACEHOLDER } from '../config/model';
import type { Rule } from './rule';

const { messages, message } = ruleMessages('real-password', {
  fix: {
    en: 'Replace the password with {placeholder}',
    fi: 'Korvaa salasana merkeillä {placeholder}',
  },
  found: {
    en: '{label}: never store a real password here; Nova expects the placeholder {placeholder} ({screen}).',
    fi: '{label}: älä tallenna tähän oikeaa salasanaa; Nova odottaa paikkamerkkiä {placeholder} ({screen}).',
  },
  'other-key': {
    en: '"{key}" holds what may be a real password: Nova has no such field, and no password belongs in the file. Remove the key, or set it to {placeholder}.',
    fi: '"{key}" sisältää mahdollisesti oikean salasanan: Novassa ei ole tällaista kenttää, eikä salasana kuulu tiedostoon. Poista avain tai aseta arvoksi {placeholder}.',
  },
  shadowed: {
    en: `{label}: never store a real password here; Nova expects the placeholder {placeholder} ({screen}).${SHADOWED_NOTE.en}`,
    fi: `{label}: älä tallenna tähän oikeaa salasanaa; Nova odottaa paikkamerkkiä {placeholder} ({screen}).${SHADOWED_NOTE.fi}`,
  },
});

export const realPassword: Rule = {
  id: 'real-password',
  messages,
  defaultSeverity: 'error',
  fixable: true,
  description: {
    en: 'A password field holds something other than the placeholder xxx.',
    fi: 'Salasanakentässä on muuta kuin paikkamerkki xxx.',
  },
  check(context) {
    for (const found of realCredentials(context, 'password')) {
      // The value itself never goes into a message: it may be a real password.
      context.report({
        target: found.target,
        message: message(found.shadowed ? 'shadowed' : 'found', {
          label: found.label,
          screen: found.screen,
          placeholder: PLACEHOLDER,
        }),
        fix: {
          title: message('fix', { placeholder: PLACEHOLDER }),
          action: found.fix,
        },
      });
    }
    // A password the schema would only call an unknown key is still a password in the file.
    for (const found of passwordsUnderOtherKeys(context.config)) {
      context.report({
        target: { at: 'value', path: found.path },
        message: message('other-key', { key: found.key, placeholder: PLACEHOLDER }),
        fix: {
          title: message('fix', { placeholder: PLACEHOLDER }),
          action: { kind: 'set', path: found.path, value: PLACEHOLDER },
        },
      });
    }
  },
};
