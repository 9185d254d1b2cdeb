import { ruleMessages } from '../../rules/rule';
import type { DnsRule } from './dns-rule';

const { messages, message } = ruleMessages('domain-not-found', {
  found: {
    en: 'The domain {domain} does not exist (DNS: NXDOMAIN): almost always a typo in the address {address}. No mail from it can arrive.',
    fi: 'Verkkotunnusta {domain} ei ole olemassa (DNS: NXDOMAIN): osoitteessa {address} on lähes aina kirjoitusvirhe. Siitä lähetetty posti ei mene perille.',
  },
});

export const domainNotFound: DnsRule = {
  id: 'domain-not-found',
  messages,
  defaultSeverity: 'error',
  fixable: false,
  description: {
    en: 'The domain of a sender address does not exist in DNS.',
    fi: 'Lähettäjän osoitteen verkkotunnusta ei ole DNS:ssä.',
  },
  judge(verdict, { address }) {
    if (verdict.kind !== 'domain-not-found') return undefined;
    return { severity: 'error', message: message('found', { domain: verdict.domain, address }) };
  },
};
