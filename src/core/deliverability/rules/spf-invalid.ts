import { ruleMessages } from '../../rules/rule';
import type { DnsRule } from './dns-rule';

/** What an invalid record does: said after each problem's words. */
const INVALID = {
  en: " Recipients then treat SPF as failed (permerror) for all of the domain's mail.",
  fi: ' Vastaanottajat pitävät silloin SPF:ää epäonnistuneena (permerror) kaikelle verkkotunnuksen postille.',
};

const { messages, message } = ruleMessages('spf-invalid', {
  'multiple-records': {
    en: `{domain} has more than one SPF record (TXT "v=spf1 ..."): merge them into one.${INVALID.en}`,
    fi: `Verkkotunnuksella {domain} on useampi SPF-tietue (TXT "v=spf1 ..."): yhdistä ne yhdeksi.${INVALID.fi}`,
  },
  syntax: {
    en: `The SPF record{record} of {domain} has a syntax error ({detail}).${INVALID.en}`,
    fi: `Verkkotunnuksen {domain} SPF-tietueessa{record} on syntaksivirhe ({detail}).${INVALID.fi}`,
  },
  'too-many-lookups': {
    en: `The SPF record of {domain} needs more than 10 DNS lookups (include, a, mx, ptr, exists, redirect): remove or replace includes.${INVALID.en}`,
    fi: `Verkkotunnuksen {domain} SPF-tietue tarvitsee yli 10 DNS-kyselyä (include, a, mx, ptr, exists, redirect): poista tai korvaa includeja.${INVALID.fi}`,
  },
  'too-many-void-lookups': {
    en: `More than two names in the SPF record of {domain} do not exist (void lookups): remove them.${INVALID.en}`,
    fi: `Yli kaksi verkkotunnuksen {domain} SPF-tietueen nimeä ei ole olemassa (tyhjät kyselyt): poista ne.${INVALID.fi}`,
  },
});

export const spfInvalid: DnsRule = {
  id: 'spf-invalid',
  messages,
  defaultSeverity: 'error',
  fixable: false,
  description: {
    en: "A sender domain's SPF is broken (permerror): two records, a syntax error, or more than 10 lookups.",
    fi: 'Lähettäjän verkkotunnuksen SPF on rikki (permerror): kaksi tietuetta, syntaksivirhe tai yli 10 kyselyä.',
  },
  judge(verdict) {
    if (verdict.kind !== 'checked' || verdict.spf.kind !== 'invalid') return undefined;
    const { domain, spf } = verdict;
    return {
      severity: 'error',
      message:
        spf.problem === 'syntax'
          ? message('syntax', {
              domain,
              record: spf.record ? ` "${spf.record}"` : '',
              detail: spf.detail,
            })
          : message(spf.problem, { domain }),
    };
  },
};
