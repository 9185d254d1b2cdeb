import { ruleMessages } from './rule';
import type { Rule } from './rule';
import { isObject } from '../config/model';

const { messages, message } = ruleMessages('company-name', {
  missing: {
    en: 'Name the company ("company": "Esimerkki Oy"): nova-mail report, the Nova entry sheet and the Nova Mail view show the file name instead.',
    fi: 'Anna yrityksen nimi ("company": "Esimerkki Oy"): nova-mail report, Noven syöttölomake ja Nova Mail -näkymä näyttävät muuten tiedoston nimen.',
  },
});

export const companyName: Rule = {
  id: 'company-name',
  messages,
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
      message: message('missing'),
    });
  },
};
