import type { Rule } from './rule';
import { objectAt } from './model';

import { NOVA_SMTP_PORT as PORT } from '../nova';
export const smtpPort: Rule = {
  id: 'smtp-port',
  defaultSeverity: 'warning',
  fixable: true,
  description: { en: `The SMTP port must be ${PORT}.`, fi: `SMTP-portin pitää olla ${PORT}.` },
  check({ config, report }) {
    const port = objectAt(config, 'smtp')?.port;
    if (typeof port !== 'number' || port === PORT) return;
    report({
      target: { at: 'value', path: ['smtp', 'port'] },
      message: {
        en: `The port must be ${PORT} (Ohjaustiedot → Portti).`,
        fi: `Portin pitää olla ${PORT} (Ohjaustiedot → Portti).`,
      },
      fix: {
        title: { en: `Set the port to ${PORT}`, fi: `Aseta portiksi ${PORT}` },
        action: { kind: 'set', path: ['smtp', 'port'], value: PORT },
      },
    });
  },
};
