import type { Rule } from './rule';
import { isObject } from './model';
import { msg } from '../messages';

export const sentItems: Rule = {
  id: 'sent-items',
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
      message: msg('sent-items.off'),
      fix: {
        title: msg('sent-items.fix'),
        action: { kind: 'set', path: ['deliveryReceipt'], value: true },
      },
    });
  },
};
