import { msg } from '../../messages';
import { isExchangeOnline } from '../receiving';
import type { DnsRule } from './dns-rule';

/**
 * Exchange Online's Reject Direct Send: mail to the tenant without a login whose envelope sender is
 * one of the tenant's own domains is refused (550 5.7.68) unless a partner inbound connector matches
 * it. Nova's mail to the company itself (the delivery receipt copy, its own staff) is such mail
 * whenever the relay is not Microsoft's.
 */
export const directSend: DnsRule = {
  id: 'direct-send',
  defaultSeverity: 'warning',
  fixable: false,
  description: {
    en: "A sender domain receives its mail at Exchange Online and the relay is not Microsoft's: Nova's mail to the company's own addresses is Direct Send, which the tenant may reject (5.7.68).",
    fi: 'Lähettäjän verkkotunnuksen posti vastaanotetaan Exchange Onlinessa eikä välityspalvelin ole Microsoftin: Noven posti yrityksen omiin osoitteisiin on suoraa lähetystä (Direct Send), jonka vuokraaja voi hylätä (5.7.68).',
  },
  judge(verdict, { relay, address }) {
    if (verdict.kind !== 'checked' || relay.service === 'microsoft') return undefined;
    const { mx } = verdict.receiving;
    if (mx.kind !== 'found') return undefined;
    const exchange = mx.exchanges.find(isExchangeOnline);
    if (!exchange) return undefined;
    return {
      severity: 'warning',
      message: msg('direct-send.found', {
        domain: verdict.domain,
        mx: exchange,
        address,
        relay: relay.host,
        addresses: relay.addresses.join(', '),
      }),
    };
  },
};
