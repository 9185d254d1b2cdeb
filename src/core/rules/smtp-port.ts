import type { Rule } from './rule';
import { objectAt } from './model';

export const smtpPort: Rule = {
  id: 'smtp-port',
  defaultSeverity: 'warning',
  fixable: true,
  description: { en: 'The SMTP port must be 25.', fi: 'SMTP-portin pitää olla 25.' },
  check({ config, report }) {
    const port = objectAt(config, 'smtp')?.port;
    if (typeof port !== 'number' || port === 25) return;
    report({
      target: { at: 'value', path: ['smtp', 'port'] },
      message: {
        en: 'The port must be 25 (Ohjaustiedot → Portti).',
        fi: 'Portin pitää olla 25 (Ohjaustiedot → Portti).',
      },
      fix: {
        title: { en: 'Set the port to 25', fi: 'Aseta portiksi 25' },
        action: { kind: 'set', path: ['smtp', 'port'], value: 25 },
      },
    });
  },
};
