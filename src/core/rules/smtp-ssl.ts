import type { Rule } from './rule';
import { objectAt } from './model';

export const smtpSsl: Rule = {
  id: 'smtp-ssl',
  defaultSeverity: 'warning',
  fixable: true,
  description: { en: 'SSL must be off.', fi: 'SSL ei saa olla käytössä.' },
  check({ config, report }) {
    if (objectAt(config, 'smtp')?.ssl !== true) return;
    report({
      target: { at: 'value', path: ['smtp', 'ssl'] },
      message: {
        en: "SSL must be off: Nova's relay on port 25 does not use SSL (Ohjaustiedot → SSL).",
        fi: 'SSL ei saa olla käytössä: Noven välityspalvelin portissa 25 ei käytä SSL:ää (Ohjaustiedot → SSL).',
      },
      fix: {
        title: { en: 'Turn SSL off', fi: 'Poista SSL käytöstä' },
        action: { kind: 'set', path: ['smtp', 'ssl'], value: false },
      },
    });
  },
};
