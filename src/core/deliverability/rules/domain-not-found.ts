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
    return {
      severity: 'error',
      message: {
        en: `The domain ${verdict.domain} does not exist (DNS: NXDOMAIN): almost always a typo in the address ${address}. No mail from it can arrive.`,
        fi: `Verkkotunnusta ${verdict.domain} ei ole olemassa (DNS: NXDOMAIN): osoitteessa ${address} on lähes aina kirjoitusvirhe. Siitä lähetetty posti ei mene perille.`,
      },
    };
  },
};
