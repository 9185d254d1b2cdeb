import { ruleMessages } from '../../rules/rule';
import { isExchangeOnline } from '../exchange-online';
import type { DnsRule } from './dns-rule';
import type { Relay } from '../verdict';

const { messages, message } = ruleMessages('direct-send', {
  found: {
    en: "{domain} receives its mail at Exchange Online ({mx}), and the relay {relay} is not Microsoft's: what Nova sends from {address} to the company's own addresses (the delivery receipt copy, its own staff) reaches the tenant as Direct Send, if the relay keeps {address} as the envelope sender. A tenant with Reject Direct Send on (Set-OrganizationConfig -RejectDirectSend $true) refuses it: 550 5.7.68 TenantInboundAttribution. The tenant's admin adds a partner inbound connector (Exchange admin center → Mail flow → Connectors: from Partner organization to Office 365) that matches {matches} or its TLS certificate.",
    fi: 'Verkkotunnuksen {domain} posti vastaanotetaan Exchange Onlinessa ({mx}), eikä välityspalvelin {relay} ole Microsoftin: mitä Nova lähettää osoitteesta {address} yrityksen omiin osoitteisiin (toimituskuittauksen kopio, oma henkilökunta), saapuu vuokraajalle suorana lähetyksenä (Direct Send), jos välityspalvelin säilyttää kirjekuoren lähettäjänä osoitteen {address}. Vuokraaja, jolla Reject Direct Send on päällä (Set-OrganizationConfig -RejectDirectSend $true), hylkää sen: 550 5.7.68 TenantInboundAttribution. Vuokraajan ylläpitäjä lisää kumppanin saapuvan liittimen (Exchange-hallintakeskus → Postinkulku → Liittimet: kumppaniorganisaatiolta Office 365:een), joka tunnistaa {matches} tai sen TLS-varmenteen.',
  },
  'matches.addresses': {
    en: "the relay's addresses ({addresses})",
    fi: 'välityspalvelimen osoitteet ({addresses})',
  },
  'matches.service': {
    en: 'the addresses the service publishes in its SPF record ({mechanism})',
    fi: 'palvelun SPF-tietueessaan julkaisemat osoitteet ({mechanism})',
  },
});

/** Microsoft's own: an own server at Microsoft 365, or a relay named by one of Microsoft's hosts. */
function isMicrosofts(relay: Relay): boolean {
  return (
    relay.service === 'microsoft' ||
    relay.mechanism === 'include:spf.protection.outlook.com' ||
    /(^|\.)(office365\.com|outlook\.com)\.?$/i.test(relay.host)
  );
}

/**
 * Exchange Online's Reject Direct Send: mail to the tenant without a login whose envelope sender is
 * one of the tenant's own domains is refused (550 5.7.68) unless a partner inbound connector matches
 * it. Nova's mail to the company itself (the delivery receipt copy, its own staff) is such mail
 * whenever the relay is not Microsoft's.
 */
export const directSend: DnsRule = {
  id: 'direct-send',
  messages,
  defaultSeverity: 'warning',
  fixable: false,
  description: {
    en: "A sender domain receives its mail at Exchange Online and the relay is not Microsoft's: Nova's mail to the company's own addresses is Direct Send, which the tenant may reject (5.7.68).",
    fi: 'Lähettäjän verkkotunnuksen posti vastaanotetaan Exchange Onlinessa eikä välityspalvelin ole Microsoftin: Noven posti yrityksen omiin osoitteisiin on suoraa lähetystä (Direct Send), jonka vuokraaja voi hylätä (5.7.68).',
  },
  judge(verdict, { relay, address }) {
    if (verdict.kind !== 'checked' || isMicrosofts(relay)) return undefined;
    const { mx } = verdict.receiving;
    if (mx.kind !== 'found') return undefined;
    const exchange = mx.exchanges.find(isExchangeOnline);
    if (!exchange) return undefined;
    return {
      severity: 'warning',
      message: message('found', {
        domain: verdict.domain,
        mx: exchange,
        address,
        relay: relay.host,
        // A mail service's addresses are sampled from its SPF record: the record is what to match.
        matches: relay.mechanism.startsWith('include:')
          ? message('matches.service', { mechanism: relay.mechanism })
          : message('matches.addresses', { addresses: relay.addresses.join(', ') }),
      }),
    };
  },
};
