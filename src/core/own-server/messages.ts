/**
 * What the core says about a Nova that sends through its own mail server (docs/own-server.md):
 * part of the core's one catalog (messages.ts spreads it in), kept apart because it is many.
 */
import type { Catalog } from '../catalog';

const PORT = 'Ohjaustiedot → Portti';
const SSL = 'Ohjaustiedot → SSL';

export const OWN_SERVER_MESSAGES = {
  // own-server-port: port and SSL as Nova can use them with this server
  'own-server-port.ssl-off': {
    en: `SSL is off: Nova would log in to {server} and send the password unencrypted, and services such as Microsoft 365 and Gmail refuse a login without TLS. Turn SSL on (${SSL}): on port {port} Nova then starts TLS with STARTTLS.`,
    fi: `SSL ei ole käytössä: Nova kirjautuisi palvelimelle {server} ja lähettäisi salasanan salaamatta, ja esimerkiksi Microsoft 365 ja Gmail eivät hyväksy kirjautumista ilman TLS:ää. Ota SSL käyttöön (${SSL}): portissa {port} Nova aloittaa silloin TLS:n STARTTLS-komennolla.`,
  },
  'own-server-port.fix.ssl': { en: 'Turn SSL on', fi: 'Ota SSL käyttöön' },
  'own-server-port.ssl-off-465': {
    en: `SSL is off on port 465: Nova would speak to {server} without TLS, and if it logged in, the password would cross the network unencrypted (port 465 expects TLS from the first byte). Turn SSL on (${SSL}).`,
    fi: `SSL ei ole käytössä portissa 465: Nova puhuisi palvelimelle {server} ilman TLS:ää, ja jos se kirjautuisi, salasana kulkisi verkossa salaamattomana (portti 465 odottaa TLS:ää heti ensimmäisestä tavusta). Ota SSL käyttöön (${SSL}).`,
  },
  'own-server-port.implicit-tls': {
    en: `Port 465 expects TLS from the first byte (implicit TLS), which Nova may not manage: it starts TLS with STARTTLS. Use port 587 with SSL on (${PORT}).`,
    fi: `Portti 465 odottaa TLS:ää heti ensimmäisestä tavusta (implisiittinen TLS), mihin Nova ei välttämättä pysty: se aloittaa TLS:n STARTTLS-komennolla. Käytä porttia 587 ja ota SSL käyttöön (${PORT}).`,
  },
  'own-server-port.outside-25': {
    en: `Port 25 to a server outside your network ({server}) is usually blocked by internet and cloud providers, and mail services take a client's mail on 587. Use port 587 with SSL on (${PORT}), or a relay connector that accepts your office's address on port 25.`,
    fi: `Portti 25 oman verkon ulkopuoliseen palvelimeen ({server}) on yleensä estetty internet- ja pilvipalveluissa, ja postipalvelut ottavat asiakasohjelman postin vastaan portissa 587. Käytä porttia 587 ja ota SSL käyttöön (${PORT}) tai välitysliitintä, joka hyväksyy toimiston osoitteen portissa 25.`,
  },
  'own-server-port.relay-25': {
    en: `{provider} takes mail on port 25 only ({server}). Set the port to 25 (${PORT}).`,
    fi: `{provider} ottaa postia vastaan vain portissa 25 ({server}). Aseta portiksi 25 (${PORT}).`,
  },
  'own-server-port.fix.port': { en: 'Set the port to {port}', fi: 'Aseta portiksi {port}' },

  // own-server-username: the login an own server takes
  'own-server-username.missing': {
    en: '{label} is empty or the placeholder xxx: {server} needs the login of the mailbox Nova sends from (usually its address), entered in Nova ({screen}). The password is never written in this file.',
    fi: '{label} on tyhjä tai paikkamerkki xxx: {server} tarvitsee sen postilaatikon tunnuksen, josta Nova lähettää (yleensä sen osoite), Novaan syötettynä ({screen}). Salasanaa ei koskaan kirjoiteta tähän tiedostoon.',
  },
  'own-server-username.fix': {
    en: 'Use the sender address {address}',
    fi: 'Käytä lähettäjän osoitetta {address}',
  },
  'own-server-username.not-address': {
    en: '{label} is not an e-mail address: {provider} logs in with the mailbox address ({screen}).',
    fi: '{label} ei ole sähköpostiosoite: {provider} kirjautuu postilaatikon osoitteella ({screen}).',
  },
  'own-server-username.other-domain': {
    en: "{label} is an address at {domain}, but mail is sent as {address}: the service lets a mailbox send only as itself (or as what it was given permission to send as), and mail from another domain's mailbox fails the sender domain's checks. Log in as a mailbox at {senderDomain} ({screen}).",
    fi: '{label} on osoite verkkotunnuksessa {domain}, mutta posti lähtee osoitteesta {address}: palvelu antaa postilaatikon lähettää vain omissa nimissään (tai niissä, joihin sille on annettu lupa), ja toisen verkkotunnuksen postilaatikon posti ei läpäise lähettäjän verkkotunnuksen tarkistuksia. Kirjaudu verkkotunnuksen {senderDomain} postilaatikolla ({screen}).',
  },

  // microsoft-basic-auth: Microsoft's Basic authentication for SMTP AUTH (MC786329)
  'microsoft-basic-auth.until': {
    en: 'Microsoft 365 disables Basic authentication for SMTP AUTH (a username and password, as Nova logs in) by default for existing tenants at the end of December 2026; tenants made after January 2020 or with Security defaults have it off already. Before then: have the administrator enable SMTP AUTH for this mailbox where policy allows, or send through a Microsoft 365 SMTP relay connector on port 25 by your office IP address, or through the hosted relay.',
    fi: 'Microsoft 365 poistaa perustodennuksen SMTP AUTH -lähetyksistä (käyttäjätunnus ja salasana, joilla Nova kirjautuu) oletuksena käytöstä olemassa olevilta vuokraajilta joulukuun 2026 lopussa; tammikuun 2020 jälkeen luoduilla tai suojauksen oletusasetuksia käyttävillä se on jo pois käytöstä. Ennen sitä: pyydä ylläpitäjää sallimaan SMTP AUTH tälle postilaatikolle, jos käytännöt sen sallivat, tai lähetä Microsoft 365:n SMTP-välitysliittimen kautta portissa 25 toimiston IP-osoitteella tai sovelluspalvelun välityspalvelimen kautta.',
  },
  'microsoft-basic-auth.off-by-default': {
    en: 'Since the end of December 2026 Microsoft 365 has Basic authentication for SMTP AUTH (a username and password, as Nova logs in) disabled by default, unless your administrator enabled SMTP AUTH for this mailbox; the final removal date is to be announced in 2027. Have the administrator enable SMTP AUTH for this mailbox where policy allows, or send through a Microsoft 365 SMTP relay connector on port 25 by your office IP address, or through the hosted relay. Refused logins answer 550 5.7.30 or 535 5.7.139.',
    fi: 'Joulukuun 2026 lopusta lähtien Microsoft 365:ssä perustodennus SMTP AUTH -lähetyksissä (käyttäjätunnus ja salasana, joilla Nova kirjautuu) on oletuksena pois käytöstä, ellei ylläpitäjä ole sallinut SMTP AUTHia tälle postilaatikolle; lopullinen poistopäivä ilmoitetaan vuonna 2027. Pyydä ylläpitäjää sallimaan SMTP AUTH tälle postilaatikolle, jos käytännöt sen sallivat, tai lähetä Microsoft 365:n SMTP-välitysliittimen kautta portissa 25 toimiston IP-osoitteella tai sovelluspalvelun välityspalvelimen kautta. Hylätty kirjautuminen vastaa 550 5.7.30 tai 535 5.7.139.',
  },

  // gmail-app-password: Google takes no account password from an app like Nova
  'gmail-app-password.needs': {
    en: 'Google no longer lets an app such as Nova log in with the account\'s own password (personal accounts since 2022, Google Workspace since autumn 2024). Create an app password for the account (it needs 2-Step Verification on: do not turn that off), enter it in Nova as the password, and set "authentication" to "appPassword" here. A wrong password answers 535-5.7.8.',
    fi: 'Google ei enää päästä Noven kaltaista sovellusta kirjautumaan tilin omalla salasanalla (henkilökohtaiset tilit vuodesta 2022, Google Workspace syksystä 2024). Luo tilille sovellussalasana (se vaatii kaksivaiheisen vahvistuksen: älä poista sitä käytöstä), syötä se Novaan salasanaksi ja aseta tähän "authentication": "appPassword". Väärä salasana vastaa 535-5.7.8.',
  },

  // check-dns: an own server's relay that DNS cannot tell
  'dns.own-relay-unchecked': {
    en: {
      one: 'Not checked: the {count} own-server file that sends through it.',
      other: 'Not checked: the {count} own-server files that send through it.',
    },
    fi: {
      one: 'Ei tarkistettu: {count} sen kautta lähettävä oman palvelimen tiedosto.',
      other: 'Ei tarkistettu: {count} sen kautta lähettävää oman palvelimen tiedostoa.',
    },
  },
} as const satisfies Catalog;
