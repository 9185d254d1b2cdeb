import { ruleMessages } from './rule';
import type { Rule } from './rule';
import { isObject } from '../config/model';

const { messages, message } = ruleMessages('sent-items', {
  fix: { en: 'Turn Lähetyskuittaus on', fi: 'Ota Lähetyskuittaus käyttöön' },
  off: {
    en: "Nova keeps no copy in the sender's Sent items; Lähetyskuittaus puts a copy of each message in the sender's inbox (Ohjaustiedot → Lähetyskuittaus).",
    fi: 'Nova ei tallenna viestejä lähettäjän lähetettyihin; Lähetyskuittaus tuo kopion jokaisesta viestistä lähettäjän saapuneisiin (Ohjaustiedot → Lähetyskuittaus).',
  },
});

export const sentItems: Rule = {
  id: 'sent-items',
  messages,
  defaultSeverity: 'hint',
  fixable: true,
  description: {
    en: 'Without Lähetyskuittaus the sender keeps no copy of sent mail.',
    fi: 'Ilman lähetyskuittausta lähettäjälle ei jää kopiota lähetetyistä viesteistä.',
  },
  check({ config, report }) {
    if (!isObject(config) || config.deliveryReceipt !== false) return;
    report({
      target: { at: 'value', path: ['deliveryReceipt'] },
      message: message('off'),
      fix: {
        title: message('fix'),
        action: { kind: 'set', path: ['deliveryReceipt'], value: true },
      },
    });
  },
};
