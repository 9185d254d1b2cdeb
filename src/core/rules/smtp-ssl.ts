import { ruleMessages } from './rule';
import type { Rule } from './rule';
import { objectAt } from '../config/model';

import { namesAMailService } from '../own-server/profile';
import { NOVA_SMTP_PORT } from '../nova';
const { messages, message } = ruleMessages('smtp-ssl', {
  fix: { en: 'Turn SSL off', fi: 'Poista SSL käytöstä' },
  on: {
    en: "SSL must be off: Nova's relay on port {port} does not use SSL (Ohjaustiedot → SSL).",
    fi: 'SSL ei saa olla käytössä: Noven välityspalvelin portissa {port} ei käytä SSL:ää (Ohjaustiedot → SSL).',
  },
});

export const smtpSsl: Rule = {
  id: 'smtp-ssl',
  messages,
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
      message: message('on', { port: NOVA_SMTP_PORT }),
      fix: {
        title: message('fix'),
        action: { kind: 'set', path: ['smtp', 'ssl'], value: false },
      },
    });
  },
};
