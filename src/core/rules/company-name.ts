import type { Rule } from './rule';
import { isObject } from './model';
import { msg } from '../messages';

export const companyName: Rule = {
  id: 'company-name',
  defaultSeverity: 'info',
  fixable: false,
  description: {
    en: 'The configuration names no company: reports, the entry sheet and the view show the file name.',
    fi: 'Asetuksissa ei ole yrityksen nimeä: raportit, syöttölomake ja näkymä näyttävät tiedoston nimen.',
  },
  check({ config, report }) {
    if (!isObject(config)) return;
    const company = config.company;
    if (typeof company === 'string' && company.trim() !== '') return;
    report({
      target:
        company === undefined ? { at: 'missing', path: ['company'] } : { at: 'value', path: ['company'] },
      message: msg('company-name.missing'),
    });
  },
};
