import { ruleMessages } from './rule';
import type { Rule } from './rule';
import { objectAt } from '../config/model';

import { namesAMailService } from '../own-server/profile';
import { NOVA_SMTP_PORT as PORT } from '../nova';
const { messages, message } = ruleMessages('smtp-port', {
  fix: { en: 'Set the port to {port}', fi: 'Aseta portiksi {port}' },
  wrong: {
    en: 'The port must be {port} (Ohjaustiedot → Portti).',
    fi: 'Portin pitää olla {port} (Ohjaustiedot → Portti).',
  },
});

export const smtpPort: Rule = {
  id: 'smtp-port',
  messages,
  defaultSeverity: 'warning',
  fixable: true,
  profiles: ['hosted'],
  description: { en: `The SMTP port must be ${PORT}.`, fi: `SMTP-portin pitää olla ${PORT}.` },
  check({ config, report }) {
    const port = objectAt(config, 'smtp')?.port;
    if (typeof port !== 'number' || port === PORT) return;
    // A mail service's server without a profile: smtp-server says the one thing (add the profile).
    if (namesAMailService(config)) return;
    report({
      target: { at: 'value', path: ['smtp', 'port'] },
      message: message('wrong', { port: PORT }),
      fix: {
        title: message('fix', { port: PORT }),
        action: { kind: 'set', path: ['smtp', 'port'], value: PORT },
      },
    });
  },
};
