import type { Rule } from './rule';
import { objectAt } from './model';

import { msg } from '../messages';
import { namesAMailService } from '../own-server/profile';
import { NOVA_SMTP_PORT } from '../nova';
export const smtpSsl: Rule = {
  id: 'smtp-ssl',
  defaultSeverity: 'warning',
  fixable: true,
  profiles: ['hosted'],
  description: { en: 'SSL must be off.', fi: 'SSL ei saa olla käytössä.' },
  check({ config, report }) {
    if (objectAt(config, 'smtp')?.ssl !== true) return;
    // A mail service's server without a profile: smtp-server says the one thing (add the profile).
    if (namesAMailService(config)) return;
    report({
      target: { at: 'value', path: ['smtp', 'ssl'] },
      message: msg('smtp-ssl.on', { port: NOVA_SMTP_PORT }),
      fix: {
        title: msg('smtp-ssl.fix'),
        action: { kind: 'set', path: ['smtp', 'ssl'], value: false },
      },
    });
  },
};
