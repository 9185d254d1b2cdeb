import type { Localized } from '../../types';
import type { SpfVerdict } from '../verdict';
import type { DnsRule } from './dns-rule';

export const spfInvalid: DnsRule = {
  id: 'spf-invalid',
  defaultSeverity: 'error',
  fixable: false,
  description: {
    en: "A sender domain's SPF is broken (permerror): two records, a syntax error, or more than 10 lookups.",
    fi: 'Lähettäjän verkkotunnuksen SPF on rikki (permerror): kaksi tietuetta, syntaksivirhe tai yli 10 kyselyä.',
  },
  judge(verdict) {
    if (verdict.kind !== 'checked' || verdict.spf.kind !== 'invalid') return undefined;
    const what = problemOf(verdict.domain, verdict.spf);
    return {
      severity: 'error',
      message: {
        en: `${what.en} Recipients then treat SPF as failed (permerror) for all of the domain's mail.`,
        fi: `${what.fi} Vastaanottajat pitävät silloin SPF:ää epäonnistuneena (permerror) kaikelle verkkotunnuksen postille.`,
      },
    };
  },
};

function problemOf(domain: string, spf: Extract<SpfVerdict, { kind: 'invalid' }>): Localized {
  switch (spf.problem) {
    case 'multiple-records':
      return {
        en: `${domain} has more than one SPF record (TXT "v=spf1 ..."): merge them into one.`,
        fi: `Verkkotunnuksella ${domain} on useampi SPF-tietue (TXT "v=spf1 ..."): yhdistä ne yhdeksi.`,
      };
    case 'too-many-lookups':
      return {
        en: `The SPF record of ${domain} needs more than 10 DNS lookups (include, a, mx, ptr, exists, redirect): remove or replace includes.`,
        fi: `Verkkotunnuksen ${domain} SPF-tietue tarvitsee yli 10 DNS-kyselyä (include, a, mx, ptr, exists, redirect): poista tai korvaa includeja.`,
      };
    case 'too-many-void-lookups':
      return {
        en: `More than two names in the SPF record of ${domain} do not exist (void lookups): remove them.`,
        fi: `Yli kaksi verkkotunnuksen ${domain} SPF-tietueen nimeä ei ole olemassa (tyhjät kyselyt): poista ne.`,
      };
    default: {
      const record = spf.record ? ` "${spf.record}"` : '';
      return {
        en: `The SPF record${record} of ${domain} has a syntax error (${spf.detail}).`,
        fi: `Verkkotunnuksen ${domain} SPF-tietueessa${record} on syntaksivirhe (${spf.detail}).`,
      };
    }
  }
}
