import type { Message } from '../../catalog';
import { msg } from '../../messages';
import { appliedPolicy } from '../dmarc-readings';
import type { DnsRule } from './dns-rule';

/**
 * An own server's mail service signs for the company's domain only once the domain publishes the
 * service's DKIM records: until then its signature is the service's own domain, which DMARC does
 * not count for the company, and DMARC passes only while SPF does (forwarding breaks SPF).
 */
export const dkimMissing: DnsRule = {
  id: 'dkim-missing',
  defaultSeverity: 'info',
  fixable: false,
  description: {
    en: "An own server's mail service (Microsoft 365, Google) has no DKIM record published at the sender domain.",
    fi: 'Oman palvelimen sähköpostipalvelun (Microsoft 365, Google) DKIM-tietuetta ei ole julkaistu lähettäjän verkkotunnuksessa.',
  },
  judge(verdict) {
    if (verdict.kind !== 'checked' || verdict.receiving.dkim?.kind !== 'missing') return undefined;
    const { service, missing } = verdict.receiving.dkim;
    const policy = appliedPolicy(verdict.dmarc);
    const then: Message =
      policy === 'none' ? msg('dkim-missing.then.none') : msg('dkim-missing.then.enforced', { policy });
    return {
      severity: 'info',
      message: msg(`dkim-missing.${service}`, { domain: verdict.domain, names: missing.join(', '), then }),
    };
  },
};
