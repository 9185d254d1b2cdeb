import { ruleMessages } from '../../rules/rule';
import type { Message } from '../../catalog';
import { appliedPolicy } from '../dmarc-readings';
import type { DnsRule } from './dns-rule';

const { messages, message } = ruleMessages('dkim-missing', {
  google: {
    en: '{domain} has not published the DKIM record of Google Workspace (TXT at {names}): Gmail then signs its mail with a gappssmtp.com domain, which DMARC does not count for {domain}, so DMARC passes only while SPF does. {then} In the Google Admin console (Apps → Google Workspace → Gmail → Authenticate email), generate the record, publish it and select Start authentication.',
    fi: 'Verkkotunnus {domain} ei ole julkaissut Google Workspacen DKIM-tietuetta (TXT nimellä {names}): Gmail allekirjoittaa silloin postinsa gappssmtp.com-verkkotunnuksella, jota DMARC ei laske verkkotunnukselle {domain}, joten DMARC läpäistään vain niin kauan kuin SPF läpäistään. {then} Luo tietue Googlen hallintakonsolissa (Sovellukset → Google Workspace → Gmail → Todenna sähköposti), julkaise se ja valitse Aloita todennus.',
  },
  microsoft: {
    en: "{domain} has not published the DKIM records of Microsoft 365 (CNAME at {names}): Microsoft 365 then signs its mail with the tenant's onmicrosoft.com domain, which DMARC does not count for {domain}, so DMARC passes only while SPF does. {then} In the Microsoft Defender portal (Email & collaboration → Policies & rules → Threat policies → Email authentication settings → DKIM), select {domain}, publish the two CNAME records it shows and turn signing on.",
    fi: 'Verkkotunnus {domain} ei ole julkaissut Microsoft 365:n DKIM-tietueita (CNAME nimellä {names}): Microsoft 365 allekirjoittaa silloin postinsa vuokraajan onmicrosoft.com-verkkotunnuksella, jota DMARC ei laske verkkotunnukselle {domain}, joten DMARC läpäistään vain niin kauan kuin SPF läpäistään. {then} Valitse Microsoft Defender -portaalissa (Sähköposti ja yhteistyö → Käytännöt ja säännöt → Uhkakäytännöt → Sähköpostin todennusasetukset → DKIM) {domain}, julkaise sen näyttämät kaksi CNAME-tietuetta ja ota allekirjoitus käyttöön.',
  },
  'then.enforced': {
    en: 'Under its DMARC policy (applied as {policy}) mail whose SPF fails on the way — forwarded by a recipient, say — is junked or refused.',
    fi: 'Sen DMARC-käytännön mukaan (sovelletaan: {policy}) posti, jonka SPF epäonnistuu matkalla — esimerkiksi vastaanottajan edelleenlähettämänä — siirretään roskapostiin tai hylätään.',
  },
  'then.none': {
    en: 'No DMARC policy is enforced for it now, so nothing is refused for this alone; once one is, forwarded mail fails without DKIM.',
    fi: 'Sille ei nyt noudateta DMARC-käytäntöä, joten pelkästään tämän vuoksi mitään ei hylätä; kun käytäntö otetaan käyttöön, edelleenlähetetty posti epäonnistuu ilman DKIM:ää.',
  },
});

/**
 * An own server's mail service signs for the company's domain only once the domain publishes the
 * service's DKIM records: until then its signature is the service's own domain, which DMARC does
 * not count for the company, and DMARC passes only while SPF does (forwarding breaks SPF).
 */
export const dkimMissing: DnsRule = {
  id: 'dkim-missing',
  messages,
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
    const then: Message = policy === 'none' ? message('then.none') : message('then.enforced', { policy });
    return {
      severity: 'info',
      message: message(service, { domain: verdict.domain, names: missing.join(', '), then }),
    };
  },
};
