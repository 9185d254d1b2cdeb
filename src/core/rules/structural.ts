import type { RuleMeta } from './rule';

/** Problems the engine itself finds before any rule runs. */
export const parseRule: RuleMeta = {
  id: 'parse',
  defaultSeverity: 'error',
  fixable: false,
  description: { en: 'The file is not valid strict JSON.', fi: 'Tiedosto ei ole kelvollista JSONia.' },
};

export const duplicateKeyRule: RuleMeta = {
  id: 'duplicate-key',
  defaultSeverity: 'error',
  fixable: false,
  description: {
    en: 'A key appears twice in one object.',
    fi: 'Sama avain esiintyy objektissa kahdesti.',
  },
};

export const schemaRule: RuleMeta = {
  id: 'schema',
  defaultSeverity: 'error',
  fixable: false,
  description: {
    en: 'The file does not match the nova-mail.json schema.',
    fi: 'Tiedosto ei vastaa nova-mail.json-skeemaa.',
  },
};
