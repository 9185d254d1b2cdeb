import { msg } from '../messages';
import { passwordsUnderOtherKeys, realCredentials } from './credentials';
import { PLACEHOLDER } from './model';
import type { Rule } from './rule';

export const realPassword: Rule = {
  id: 'real-password',
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
        message: msg(found.shadowed ? 'real-password.shadowed' : 'real-password.found', {
          label: found.label,
          screen: found.screen,
          placeholder: PLACEHOLDER,
        }),
        fix: {
          title: msg('real-password.fix', { placeholder: PLACEHOLDER }),
          action: found.fix,
        },
      });
    }
    // A password the schema would only call an unknown key is still a password in the file.
    for (const found of passwordsUnderOtherKeys(context.config)) {
      context.report({
        target: { at: 'value', path: found.path },
        message: msg('real-password.other-key', { key: found.key, placeholder: PLACEHOLDER }),
        fix: {
          title: msg('real-password.fix', { placeholder: PLACEHOLDER }),
          action: { kind: 'set', path: found.path, value: PLACEHOLDER },
        },
      });
    }
  },
};
