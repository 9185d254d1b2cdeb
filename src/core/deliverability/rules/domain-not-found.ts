import { msg } from '../../messages';
import type { DnsRule } from './dns-rule';

export const domainNotFound: DnsRule = {
  id: 'domain-not-found',
  defaultSeverity: 'error',
  fixable: false,
  description: {
    en: 'The domain of a sender address does not exist in DNS.',
    fi: 'Lähettäjän osoitteen verkkotunnusta ei ole DNS:ssä.',
  },
  judge(verdict, { address }) {
    if (verdict.kind !== 'domain-not-found') return undefined;
    return { severity: 'error', message: msg('domain-not-found.found', { domain: verdict.domain, address }) };
  },
};
