/**
 * Words both front ends say the same way (the CLI's lines and the editor's view and status), defined
 * once and spread into each catalog. A light entry: the extension may load it before the core.
 */
import type { Catalog } from './catalog';

export const SHARED_WORDS = {
  'count.problems': {
    en: { one: '{count} problem', other: '{count} problems' },
    fi: { one: '{count} ongelma', other: '{count} ongelmaa' },
  },
  'count.errors': {
    en: { one: '{count} error', other: '{count} errors' },
    fi: { one: '{count} virhe', other: '{count} virhettä' },
  },
  'count.warnings': {
    en: { one: '{count} warning', other: '{count} warnings' },
    fi: { one: '{count} varoitus', other: '{count} varoitusta' },
  },
  'state.on': { en: 'on', fi: 'käytössä' },
  'state.off': { en: 'off', fi: 'ei käytössä' },
} as const satisfies Catalog;
