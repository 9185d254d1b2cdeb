/**
 * What Explain received mail says (explain.ts): why a file is not a message, and the advice for one
 * that is. Part of the core's one catalog (messages.ts spreads it in).
 */
import type { Catalog } from '../catalog';

export const EXPLAIN_MESSAGES = {
  'explain.no-headers': {
    en: 'not an e-mail message (it has no From: or Received: header)',
    fi: 'ei sähköpostiviesti (siinä ei ole From:- eikä Received:-otsaketta)',
  },
  'explain.too-many-parts': {
    en: 'not read: the message has more than 1,000 MIME parts (attachments and alternatives), more than any real message',
    fi: 'ei luettu: viestissä on yli 1 000 MIME-osaa (liitteitä ja vaihtoehtoja), enemmän kuin missään todellisessa viestissä',
  },
  'explain.header-too-large': {
    en: 'not read: a header section of the message is larger than 1 MB (too many or too long header lines)',
    fi: 'ei luettu: viestin otsakeosa on yli 1 Mt (liian monta tai liian pitkiä otsakerivejä)',
  },
  'explain.defined-sender': { en: 'the defined sender', fi: 'määritelty lähettäjä' },

  'explain.advice.not-via-relay': {
    en: "No Received: header names {relay}: this copy did not come through the hosted service's relay, so it proves nothing about mail from Nova. Send the test from Nova inside the hosted service and save the copy that arrives.",
    fi: 'Yksikään Received:-otsake ei mainitse palvelinta {relay}: tämä kopio ei kulkenut sovelluspalvelun välityspalvelimen kautta, joten se ei todista Noven postista mitään. Lähetä testi Novasta sovelluspalvelussa ja tallenna perille tullut kopio.',
  },
  'explain.advice.offline': {
    en: "DNS cannot be reached from this machine (not even the root's name servers answer), so our own check could not be made and no DNS change is advised. What the recipient's server concluded, above, is its verdict, not ours. Run this again when the machine is online.",
    fi: 'DNS:ään ei saada yhteyttä tältä koneelta (edes juuren nimipalvelimet eivät vastaa), joten omaa tarkistusta ei voitu tehdä eikä DNS-muutoksia neuvota. Yllä näkyvä vastaanottajan palvelimen päätelmä on sen, ei meidän. Aja uudelleen, kun kone on verkossa.',
  },
  'explain.advice.unknown-sender': {
    en: "This copy does not say its envelope sender (no Return-Path, and the recipient's headers do not name it), so SPF cannot be checked from it; DMARC can then pass only through an aligned DKIM signature. Save the message with all its headers (Gmail: Show original → Download; Outlook: Save as), or check the sender's domain with Check deliverability (DNS) or nova-mail check-dns.",
    fi: 'Tämä kopio ei kerro kirjekuoren lähettäjää (ei Return-Path-otsaketta, eivätkä vastaanottajan otsakkeet mainitse sitä), joten SPF:ää ei voi tarkistaa siitä; DMARC voi silloin mennä läpi vain sen mukaisella DKIM-allekirjoituksella. Tallenna viesti kaikkine otsakkeineen (Gmail: Näytä alkuperäinen → Lataa; Outlook: Tallenna nimellä) tai tarkista lähettäjän verkkotunnus toiminnolla Tarkista toimitettavuus (DNS) tai komennolla nova-mail check-dns.',
  },
  'explain.advice.spf-temperror': {
    en: 'SPF of {domain} could not be checked now (a DNS lookup failed): run again.',
    fi: 'Verkkotunnuksen {domain} SPF:ää ei voitu nyt tarkistaa (DNS-kysely epäonnistui): aja uudelleen.',
  },
  'explain.advice.spf-failed': {
    en: 'SPF {result} for {domain} from {ip}: the domain does not authorize the server the message came from.{publish}',
    fi: 'SPF {result} verkkotunnukselle {domain} osoitteesta {ip}: verkkotunnus ei salli palvelinta, josta viesti tuli.{publish}',
  },
  'explain.advice.dkim-temperror': {
    en: 'The DKIM signature of {domain} could not be checked now (the key at {key} could not be looked up): run again.',
    fi: 'Verkkotunnuksen {domain} DKIM-allekirjoitusta ei voitu nyt tarkistaa (nimen {key} avainta ei saatu haettua): aja uudelleen.',
  },
  'explain.advice.dkim-failed': {
    en: 'The DKIM signature of {domain} does not verify ({result}): the message was changed after it was signed (a forward, or a gateway that rewrites it), or the key at {key} is not the one that signed it.',
    fi: 'Verkkotunnuksen {domain} DKIM-allekirjoitus ei täsmää ({result}): viestiä muutettiin allekirjoituksen jälkeen (edelleenlähetys tai viestiä muokkaava yhdyskäytävä), tai nimen {key} avain ei ole se, jolla allekirjoitettiin.',
  },
  'explain.advice.no-dkim': {
    en: 'The message has no DKIM signature: DMARC for {domain} can pass only through SPF. Ask Visma whether the hosted service can sign mail for your domain.',
    fi: 'Viestissä ei ole DKIM-allekirjoitusta: verkkotunnuksen {domain} DMARC voi mennä läpi vain SPF:n kautta. Kysy Vismalta, voiko sovelluspalvelu allekirjoittaa verkkotunnuksesi postin.',
  },
  'explain.advice.no-dkim.own': {
    en: "The message has no DKIM signature: DMARC for {domain} can pass only through SPF. Turn on DKIM signing for {domain} at the mail service behind {server} (Microsoft 365 and Google Workspace both sign a company's own domain once its administrator turns it on).",
    fi: 'Viestissä ei ole DKIM-allekirjoitusta: verkkotunnuksen {domain} DMARC voi mennä läpi vain SPF:n kautta. Ota DKIM-allekirjoitus käyttöön verkkotunnukselle {domain} palvelimen {server} takana olevassa postipalvelussa (Microsoft 365 ja Google Workspace allekirjoittavat yrityksen oman verkkotunnuksen, kun ylläpitäjä ottaa sen käyttöön).',
  },
  'explain.advice.dmarc-fails': {
    en: "DMARC fails for {domain}: neither SPF of the From's domain nor an aligned DKIM signature passes. {then} It passes once the SPF record above is published.",
    fi: 'DMARC epäonnistuu verkkotunnukselle {domain}: From-verkkotunnuksen SPF tai sen mukainen DKIM-allekirjoitus ei mene läpi. {then} Se menee läpi, kun yllä oleva SPF-tietue on julkaistu.',
  },
  'explain.advice.dmarc-fails-or-dkim': {
    en: "DMARC fails for {domain}: neither SPF of the From's domain nor an aligned DKIM signature passes. {then} It passes once the SPF record above is published or an aligned DKIM signature verifies.",
    fi: 'DMARC epäonnistuu verkkotunnukselle {domain}: From-verkkotunnuksen SPF tai sen mukainen DKIM-allekirjoitus ei mene läpi. {then} Se menee läpi, kun yllä oleva SPF-tietue on julkaistu tai sen mukainen DKIM-allekirjoitus täsmää.',
  },
  'explain.advice.no-dmarc': {
    en: '{domain} has no DMARC record: Gmail, Outlook.com and Yahoo expect one. A start: "v=DMARC1; p=none; rua=mailto:<a mailbox someone reads>" at _dmarc.{domain}.',
    fi: 'Verkkotunnuksella {domain} ei ole DMARC-tietuetta: Gmail, Outlook.com ja Yahoo odottavat sellaista. Alku: "v=DMARC1; p=none; rua=mailto:<postilaatikko, jota joku lukee>" nimelle _dmarc.{domain}.',
  },
  'explain.advice.verdicts-differ': {
    en: "The recipient's server ({server}) concluded otherwise than our check today ({what}): DNS may have changed since the message arrived.",
    fi: 'Vastaanottajan palvelin ({server}) päätyi eri tulokseen kuin tämänpäiväinen tarkistuksemme ({what}): DNS on voinut muuttua viestin saapumisen jälkeen.',
  },
  'explain.advice.dmarc-fails-no-record': {
    en: "DMARC fails for {domain}: neither SPF of the From's domain nor an aligned DKIM signature passes. {then} It passes once SPF authorizes the server the mail leaves from, or an aligned DKIM signature verifies.",
    fi: 'DMARC epäonnistuu verkkotunnukselle {domain}: From-verkkotunnuksen SPF tai sen mukainen DKIM-allekirjoitus ei mene läpi. {then} Se menee läpi, kun SPF sallii palvelimen, josta posti lähtee, tai sen mukainen DKIM-allekirjoitus täsmää.',
  },
  'explain.advice.nothing.own': {
    en: "Nothing to fix: the message went through the company's own mail server ({server}), as its nova-mail.json says, and authenticates (SPF {spf}, DMARC {dmarc}).",
    fi: 'Ei korjattavaa: viesti kulki yrityksen oman postipalvelimen ({server}) kautta, kuten sen nova-mail.json sanoo, ja todentuu (SPF {spf}, DMARC {dmarc}).',
  },
  'explain.advice.nothing': {
    en: 'Nothing to fix: the message came through {relay} and authenticates (SPF {spf}, DMARC {dmarc}).',
    fi: 'Ei korjattavaa: viesti tuli palvelimen {relay} kautta ja todentuu (SPF {spf}, DMARC {dmarc}).',
  },
  'explain.advice.no-config': {
    en: "No nova-mail.json sends as {from}: check Ohjaustiedot → Määritelty sähköpostin lähettäjä, or the person's Henkilörekisteri → Sähköposti tab, against this address.",
    fi: 'Mikään nova-mail.json ei lähetä osoitteella {from}: vertaa osoitetta kohtiin Ohjaustiedot → Määritelty sähköpostin lähettäjä tai henkilön Henkilörekisteri → Sähköposti.',
  },
} as const satisfies Catalog;
