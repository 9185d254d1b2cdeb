import type { Rule } from './rule';
import { objectAt } from './model';

import { msg } from '../messages';
import { namesAMailService } from '../own-server/profile';
import { NOVA_SMTP_PORT as PORT } from '../nova';
export const smtpPort: Rule = {
  id: 'smtp-port',
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
      message: msg('smtp-port.wrong', { port: PORT }),
      fix: {
        title: msg('smtp-port.fix', { port: PORT }),
        action: { kind: 'set', path: ['smtp', 'port'], value: PORT },
      },
    });
  },
};
