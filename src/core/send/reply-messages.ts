/**
 * What an SMTP server's refusal means and what to do next (docs/own-server.md#smtp-replies), for
 * both profiles: part of the core's one catalog (messages.ts spreads it in).
 */
import type { Catalog } from '../catalog';

export const REPLY_MESSAGES = {
  'reply.5.7.30': {
    en: 'Microsoft 365 no longer takes a username and password (Basic authentication) for this mailbox: have the administrator enable SMTP AUTH for it where policy allows, or send through a Microsoft 365 SMTP relay connector on port 25, or through the hosted relay.',
    fi: 'Microsoft 365 ei enää hyväksy tälle postilaatikolle käyttäjätunnusta ja salasanaa (perustodennus): pyydä ylläpitäjää sallimaan SMTP AUTH sille, jos käytännöt sallivat, tai lähetä Microsoft 365:n SMTP-välitysliittimen kautta portissa 25 tai sovelluspalvelun välityspalvelimen kautta.',
  },
  'reply.5.7.139': {
    en: 'Microsoft 365 refused the login: SMTP AUTH is off for the tenant or the mailbox (Security defaults turn it off), the account needs MFA, or the password is wrong. Have the administrator enable SMTP AUTH for this mailbox, check the password, or use a relay connector on port 25.',
    fi: 'Microsoft 365 hylkäsi kirjautumisen: SMTP AUTH on pois käytöstä vuokraajalta tai postilaatikolta (suojauksen oletusasetukset poistavat sen), tili vaatii monivaiheisen todennuksen tai salasana on väärä. Pyydä ylläpitäjää sallimaan SMTP AUTH tälle postilaatikolle, tarkista salasana tai käytä välitysliitintä portissa 25.',
  },
  'reply.5.7.57': {
    en: 'The server takes mail only after a login, and none was made: set the mailbox as the username and "authentication" to "password" or "appPassword", and give the password ({password}; never in the file).',
    fi: 'Palvelin ottaa postia vastaan vasta kirjautumisen jälkeen, eikä kirjautumista tehty: aseta postilaatikko käyttäjätunnukseksi ja "authentication" arvoon "password" tai "appPassword", ja anna salasana ({password}; ei koskaan tiedostoon).',
  },
  'reply.5.7.8': {
    en: "Google did not accept the username and password. Gmail and Google Workspace take only an app password from an app like Nova (made in the Google Account under Security → App passwords; it needs 2-Step Verification on), never the account's own password; the username is the whole address.",
    fi: 'Google ei hyväksynyt käyttäjätunnusta ja salasanaa. Gmail ja Google Workspace hyväksyvät Noven kaltaiselta sovellukselta vain sovellussalasanan (luodaan Google-tilin kohdassa Tietoturva → Sovellussalasanat; vaatii kaksivaiheisen vahvistuksen), ei koskaan tilin omaa salasanaa; käyttäjätunnus on koko osoite.',
  },
  'reply.535': {
    en: 'The server refused the login: check the username (usually the whole address) and the password ({password}).',
    fi: 'Palvelin hylkäsi kirjautumisen: tarkista käyttäjätunnus (yleensä koko osoite) ja salasana ({password}).',
  },
  'reply.starttls-first': {
    en: 'The server wants TLS (STARTTLS) before anything else: turn SSL on (Ohjaustiedot → SSL) and use port 587.',
    fi: 'Palvelin vaatii TLS:n (STARTTLS) ennen muuta: ota SSL käyttöön (Ohjaustiedot → SSL) ja käytä porttia 587.',
  },
  'reply.530': {
    en: 'The server takes mail only after a login: set the username, and give the password ({password}; never in the file).',
    fi: 'Palvelin ottaa postia vastaan vasta kirjautumisen jälkeen: aseta käyttäjätunnus ja anna salasana ({password}; ei koskaan tiedostoon).',
  },
  'reply.5.7.1': {
    en: 'The server does not pass on mail for this sender or recipient (relay denied): in the hosted service send through smtp.visma.local, from an address of the company.',
    fi: 'Palvelin ei välitä postia tälle lähettäjälle tai vastaanottajalle (välitys estetty): sovelluspalvelussa lähetä smtp.visma.localin kautta yrityksen osoitteesta.',
  },
  'reply.5.7.1-own': {
    en: "The server does not pass on mail for this sender or recipient (relay denied): log in as the sender's own mailbox, or have the relay connector accept your office's IP address; the sender address must be one the mailbox may send as.",
    fi: 'Palvelin ei välitä postia tälle lähettäjälle tai vastaanottajalle (välitys estetty): kirjaudu lähettäjän omalla postilaatikolla tai pyydä välitysliittimeen toimiston IP-osoite; lähettäjän osoitteen pitää olla sellainen, jolla postilaatikko saa lähettää.',
  },
  'reply.5.7.1-content': {
    en: 'The server refused the message itself (its content, or the reputation of the sender or its server), not the relaying: read the reply, and ask the administrator of the server that refused it.',
    fi: 'Palvelin hylkäsi itse viestin (sen sisällön tai lähettäjän tai sen palvelimen maineen), ei välitystä: lue vastaus ja kysy hylänneen palvelimen ylläpitäjältä.',
  },
  'reply.5.1.1': {
    en: 'The recipient address does not exist at its domain: check the address the test was sent to.',
    fi: 'Vastaanottajan osoitetta ei ole sen verkkotunnuksessa: tarkista osoite, johon testi lähetettiin.',
  },
  'reply.5.7.515': {
    en: "Microsoft refused the message because the sender's domain does not authenticate its mail (SPF, DKIM and DMARC): run Check deliverability (nova-mail check-dns) and publish what it proves.",
    fi: 'Microsoft hylkäsi viestin, koska lähettäjän verkkotunnus ei todenna postiaan (SPF, DKIM ja DMARC): aja toimitettavuuden tarkistus (nova-mail check-dns) ja julkaise se, minkä se osoittaa toimivaksi.',
  },
  'reply.5.7.25': {
    en: "Gmail refused the message: the IP address that sent it has no reverse DNS name (PTR). The sending server's provider must set one; with a mail service (Microsoft 365, Google) this is theirs, so send through their submission server instead.",
    fi: 'Gmail hylkäsi viestin: lähettäneellä IP-osoitteella ei ole käänteistä DNS-nimeä (PTR). Lähettävän palvelimen palveluntarjoajan pitää asettaa se; postipalvelun (Microsoft 365, Google) lähetyspalvelin hoitaa tämän, joten lähetä sen kautta.',
  },
  'reply.5.7.68': {
    en: "Microsoft 365 refuses this as Direct Send (Reject Direct Send is on for the tenant): mail sent to the tenant without a login whose envelope sender (MAIL FROM) is one of the tenant's own domains is taken only through a partner inbound connector. The tenant's admin adds one (Exchange admin center → Mail flow → Connectors: from Partner organization to Office 365) that matches this server's public addresses or its TLS certificate; or Nova logs in on smtp.office365.com port 587 instead.",
    fi: 'Microsoft 365 hylkää tämän suorana lähetyksenä (vuokraajalla on Reject Direct Send päällä): vuokraajalle ilman kirjautumista lähetetty posti, jonka kirjekuoren lähettäjä (MAIL FROM) on vuokraajan oma verkkotunnus, otetaan vastaan vain kumppanin saapuvan liittimen kautta. Vuokraajan ylläpitäjä lisää sellaisen (Exchange-hallintakeskus → Postinkulku → Liittimet: kumppaniorganisaatiolta Office 365:een), joka tunnistaa tämän palvelimen julkiset osoitteet tai sen TLS-varmenteen; tai Nova kirjautuu sen sijaan palvelimelle smtp.office365.com porttiin 587.',
  },
  'reply.4.7.0-tls': {
    en: 'The server requires TLS: turn SSL on (Ohjaustiedot → SSL) and use port 587.',
    fi: 'Palvelin vaatii TLS:n: ota SSL käyttöön (Ohjaustiedot → SSL) ja käytä porttia 587.',
  },
  'reply.tls-failed': {
    en: "The server's TLS failed on its side (SSL is already asked for): try again in a few minutes; if it repeats, its administrator must look at the server's TLS (certificate, key, settings).",
    fi: 'Palvelimen TLS epäonnistui sen omalla puolella (SSL on jo käytössä): yritä muutaman minuutin kuluttua uudelleen; jos toistuu, palvelimen ylläpitäjän pitää tarkistaa sen TLS (varmenne, avain, asetukset).',
  },
  'reply.421': {
    en: 'The server is closing the connection (busy, a limit reached, or it does not serve this client now): try again in a few minutes; if it repeats, ask its administrator.',
    fi: 'Palvelin sulkee yhteyden (ruuhka, raja täynnä tai se ei nyt palvele tätä asiakasta): yritä muutaman minuutin kuluttua uudelleen; jos toistuu, kysy sen ylläpitäjältä.',
  },
} as const satisfies Catalog;

export type ReplyId = keyof typeof REPLY_MESSAGES;
