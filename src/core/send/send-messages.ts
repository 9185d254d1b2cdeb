/**
 * What a test send says when it cannot be planned (plan.ts) or fails (failures.ts: one message and
 * one hint per kind of failure), part of the core's one catalog (messages.ts spreads it in). A
 * server's refusal that the table of SMTP replies knows gets that table's explanation instead of
 * the kind's hint.
 */
import type { Catalog } from '../catalog';

export const SEND_MESSAGES = {
  // plan.ts: why nothing was sent, before anything connected
  'plan.real-password': {
    en: 'Not sent: the file holds a real password (line {where}). Replace it with xxx first; real credentials are never sent.',
    fi: 'Ei lähetetty: tiedostossa on oikea salasana (rivi {where}). Korvaa se ensin merkeillä xxx; oikeita tunnuksia ei koskaan lähetetä.',
  },
  'plan.real-username': {
    en: 'Not sent: the file holds a real username (line {where}). Replace it with xxx first; real credentials are never sent.',
    fi: 'Ei lähetetty: tiedostossa on oikea käyttäjätunnus (rivi {where}). Korvaa se ensin merkeillä xxx; oikeita tunnuksia ei koskaan lähetetä.',
  },
  'plan.not-json': {
    en: 'Not sent: the file is not valid JSON ({error}; {problems}).',
    fi: 'Ei lähetetty: tiedosto ei ole kelvollista JSONia ({error}; {problems}).',
  },
  'plan.invalid-server': {
    en: 'Not sent: "{server}" is not host or host:port.',
    fi: 'Ei lähetetty: "{server}" ei ole muotoa palvelin tai palvelin:portti.',
  },
  'plan.invalid-smtp': {
    en: 'Not sent: smtp.server (text), smtp.port (1–65535) and smtp.ssl (true/false) are all needed ({problems}).',
    fi: 'Ei lähetetty: tarvitaan smtp.server (teksti), smtp.port (1–65535) ja smtp.ssl (true/false) ({problems}).',
  },
  'plan.no-login': {
    en: 'Not sent: {host} takes a login, and {address} has no username in the file (own-server-username).',
    fi: 'Ei lähetetty: {host} vaatii kirjautumisen, eikä osoitteella {address} ole tiedostossa käyttäjätunnusta (own-server-username).',
  },
  'plan.unknown-person': {
    en: 'Not sent: no person who can send has the Citrix ID {person}. Can send: {candidates}.',
    fi: 'Ei lähetetty: kenelläkään lähettäjällä ei ole Citrix-tunnusta {person}. Lähettäjät: {candidates}.',
  },
  'plan.choose-person': {
    en: 'Several persons can send; choose one ({how}): {candidates}.',
    fi: 'Useampi henkilö voi lähettää; valitse yksi ({how}): {candidates}.',
  },
  'plan.no-sender': {
    en: 'Not sent: the file names no sender: a defined sender with an address, or a person with the Sähköpostilähettäjä role and an e-mail address.',
    fi: 'Ei lähetetty: tiedostossa ei ole lähettäjää: määriteltyä lähettäjää osoitteineen tai henkilöä, jolla on rooli Sähköpostilähettäjä ja sähköpostiosoite.',
  },

  'send.at-command': { en: ' at {command}', fi: ' ({command})' },
  'send.check.override': {
    en: 'check the override server {server} ({override})',
    fi: 'tarkista ohituspalvelin {server} ({override})',
  },
  'send.check.own': {
    en: 'check the server and the port (mail services take Nova on 587)',
    fi: 'tarkista palvelin ja portti (postipalvelut ottavat Noven vastaan portissa 587)',
  },
  'send.check.hosted': {
    en: 'check the server and the port (Nova uses 25)',
    fi: 'tarkista palvelin ja portti (Nova käyttää porttia 25)',
  },

  'send.dns': { en: '{host} could not be resolved (DNS).', fi: 'Nimeä {host} ei löytynyt (DNS).' },
  'send.dns.hint.relay': {
    en: "{relay} resolves only inside Visma's hosted service (Citrix). Send from there, or test through another server ({override}).",
    fi: '{relay} löytyy vain Visman sovelluspalvelun (Citrix) sisältä. Lähetä sieltä tai testaa toisen palvelimen kautta ({override}).',
  },
  'send.dns.hint': { en: 'Check the server name.', fi: 'Tarkista palvelimen nimi.' },

  'send.refused': { en: '{server} refused the connection.', fi: '{server} kieltäytyi yhteydestä.' },
  'send.refused.hint': {
    en: 'Nothing accepts SMTP there: {check}.',
    fi: 'Siellä ei ole SMTP-palvelua: {check}.',
  },

  'send.timeout.deadline': {
    en: '{server} did not finish the exchange within {ms} ms.',
    fi: '{server} ei saanut keskustelua valmiiksi {ms} ms:ssa.',
  },
  'send.timeout': {
    en: '{server} did not answer in time ({ms} ms).',
    fi: '{server} ei vastannut ajoissa ({ms} ms).',
  },
  'send.timeout.hint.ssl-hosted': {
    en: 'SSL is on: a plain SMTP server waits for the client to speak first and never answers a TLS handshake. Nova uses SSL off.',
    fi: 'SSL on käytössä: tavallinen SMTP-palvelin odottaa asiakkaan aloittavan eikä vastaa TLS-kättelyyn. Novassa SSL ei ole käytössä.',
  },
  'send.timeout.hint.implicit-port': {
    en: 'The server never greeted: one that expects TLS from the first byte (port 465) waits for a handshake, while with SSL on other ports Nova speaks plain SMTP first and starts TLS with STARTTLS. If this is such a port, use 465 with SSL on; otherwise a firewall may drop the connection: {check}.',
    fi: 'Palvelin ei tervehtinyt: TLS:ää heti ensimmäisestä tavusta odottava palvelin (portti 465) odottaa kättelyä, kun taas muissa porteissa Nova puhuu SSL käytössä ensin tavallista SMTP:tä ja aloittaa TLS:n STARTTLS-komennolla. Jos portti on sellainen, käytä porttia 465 ja SSL käytössä; muuten palomuuri voi pudottaa yhteyden: {check}.',
  },
  'send.timeout.hint.ssl-own': {
    en: 'SSL is on: a plain SMTP server waits for the client to speak first and never answers a TLS handshake. Use port 587 (STARTTLS).',
    fi: 'SSL on käytössä: tavallinen SMTP-palvelin odottaa asiakkaan aloittavan eikä vastaa TLS-kättelyyn. Käytä porttia 587 (STARTTLS).',
  },
  'send.timeout.hint': {
    en: 'A firewall may drop the connection, or the server is slow or overloaded: {check} and the network, or allow more time ({timeout}). The transcript shows how far it got ({transcript}).',
    fi: 'Palomuuri voi estää yhteyden tai palvelin on hidas tai ruuhkautunut: {check} ja verkko tai salli enemmän aikaa ({timeout}). Keskusteluloki näyttää, mihin asti päästiin ({transcript}).',
  },

  'send.tls': {
    en: 'The TLS connection to {server} failed ({reason}).',
    fi: 'TLS-yhteys palvelimeen {server} epäonnistui ({reason}).',
  },
  'send.tls.hint.hosted-ssl': {
    en: 'SSL is on, but the server speaks plain SMTP (or its certificate is not trusted). Nova uses SSL off on port 25.',
    fi: 'SSL on käytössä, mutta palvelin puhuu tavallista SMTP:tä (tai sen varmennetta ei luoteta). Novassa SSL ei ole käytössä portissa 25.',
  },
  'send.tls.hint.hosted': { en: "Check the server's certificate.", fi: 'Tarkista palvelimen varmenne.' },
  'send.tls.hint.untrusted': {
    en: "The server's certificate is not trusted: certificate checks stay on. For an in-house server with its own CA, trust that CA's certificate ({caFile}); otherwise check the server name.",
    fi: 'Palvelimen varmenteeseen ei luoteta: varmenteen tarkistus pysyy päällä. Jos sisäisellä palvelimella on oma varmentaja, luota sen varmenteeseen ({caFile}); muuten tarkista palvelimen nimi.',
  },
  'send.tls.hint.implicit': {
    en: 'Port 465 with SSL on expects TLS from the first byte, and the server does not speak it there: use port 587 (STARTTLS).',
    fi: 'Portti 465 ja SSL käytössä odottaa TLS:ää heti alusta, eikä palvelin puhu sitä siellä: käytä porttia 587 (STARTTLS).',
  },
  'send.tls.hint.implicit-override': {
    en: "The file's port 465 with SSL on means TLS from the first byte, which {server} ({override}) does not speak: test it through a server that does, or use port 587 (STARTTLS) in the file.",
    fi: 'Tiedoston portti 465 ja SSL käytössä tarkoittavat TLS:ää heti alusta, eikä {server} ({override}) puhu sitä: testaa sen puhuvan palvelimen kautta tai käytä tiedostossa porttia 587 (STARTTLS).',
  },
  'send.tls.hint.other-ca': {
    en: "The server's certificate is not signed by the CA that was given ({caFile}), nor by a CA the system trusts: check that the file is that server's CA (and the server name), or ask its administrator which CA signed it.",
    fi: 'Palvelimen varmennetta ei ole allekirjoittanut annettu varmentaja ({caFile}) eikä mikään järjestelmän luottama varmentaja: tarkista, että tiedosto on juuri tämän palvelimen varmentaja (ja palvelimen nimi), tai kysy ylläpitäjältä, mikä varmentaja sen allekirjoitti.',
  },
  'send.tls.hint.expired': {
    en: "The server's certificate is out of its dates (expired, or not valid yet): its administrator must renew it. Trusting a CA does not help, and certificate checks stay on.",
    fi: 'Palvelimen varmenne ei ole voimassa (vanhentunut tai ei vielä voimassa): sen ylläpitäjän pitää uusia se. Varmentajaan luottaminen ei auta, ja varmenteen tarkistus pysyy päällä.',
  },
  'send.tls.hint.handshake': {
    en: "The server took STARTTLS, but then no TLS handshake came through: it did not speak TLS after all, closed the connection, or offered only what is not accepted (TLS 1.2 or newer, a usable certificate). Ask the server's administrator.",
    fi: 'Palvelin hyväksyi STARTTLS:n, mutta TLS-kättely ei onnistunut: palvelin ei puhunutkaan TLS:ää, sulki yhteyden tai tarjosi vain sellaista, mitä ei hyväksytä (TLS 1.2 tai uudempi, käyttökelpoinen varmenne). Kysy palvelimen ylläpitäjältä.',
  },
  'send.tls.hint.no-starttls': {
    en: 'The server does not offer STARTTLS on this port, and with SSL on nothing is sent without TLS: use the port the service gives for client mail (587).',
    fi: 'Palvelin ei tarjoa STARTTLS:ää tässä portissa, eikä SSL:n ollessa käytössä mitään lähetetä ilman TLS:ää: käytä palvelun asiakasohjelmille antamaa porttia (587).',
  },

  'send.auth.no-password': {
    en: '{server} takes a login, and no password was given: nothing was sent.',
    fi: '{server} vaatii kirjautumisen, eikä salasanaa annettu: mitään ei lähetetty.',
  },
  'send.auth.no-password.hint': {
    en: "Give the mailbox's password ({password}); it is never written in the file.",
    fi: 'Anna postilaatikon salasana ({password}); sitä ei koskaan kirjoiteta tiedostoon.',
  },
  'send.cleartext-login': {
    en: 'Not sent: SSL is off, so the password of {user} would cross the network to {server} unencrypted.',
    fi: 'Ei lähetetty: SSL ei ole käytössä, joten käyttäjän {user} salasana kulkisi verkossa palvelimelle {server} salaamattomana.',
  },
  'send.cleartext-login.hint': {
    en: 'Turn SSL on (Ohjaustiedot → SSL), or allow it for this one send ({allow}).',
    fi: 'Ota SSL käyttöön (Ohjaustiedot → SSL) tai salli se tälle yhdelle lähetykselle ({allow}).',
  },
  'cleartext.warning': {
    en: 'SSL is off: the password of {user} would cross the network to {server} unencrypted, readable by anyone on the way.',
    fi: 'SSL ei ole käytössä: käyttäjän {user} salasana kulkisi verkossa palvelimelle {server} salaamattomana, kenen tahansa matkan varrella luettavissa.',
  },
  'cleartext.starttls': {
    en: '{server} offers STARTTLS: turn SSL on (Ohjaustiedot → SSL) and Nova logs in encrypted.',
    fi: '{server} tarjoaa STARTTLS:n: ota SSL käyttöön (Ohjaustiedot → SSL), niin Nova kirjautuu salattuna.',
  },
  'cleartext.no-starttls': {
    en: '{server} does not offer STARTTLS on this port: ask whoever runs it for the port with TLS (usually 587) and turn SSL on.',
    fi: '{server} ei tarjoa STARTTLS:ää tässä portissa: kysy sen ylläpitäjältä TLS:ää käyttävä portti (yleensä 587) ja ota SSL käyttöön.',
  },
  'cleartext.refused': {
    en: 'Not sent: {warning} {advice}To send it so once, as Nova with SSL off would, add {allow}.',
    fi: 'Ei lähetetty: {warning} {advice}Jos haluat lähettää näin kerran, kuten Nova SSL:n ollessa pois käytöstä tekisi, lisää {allow}.',
  },
  'send.auth': { en: '{server} refused the login: {reply}', fi: '{server} hylkäsi kirjautumisen: {reply}' },
  'send.auth.unsupported': {
    en: '{server} offers no login Nova can make (it offers AUTH {mechanisms}; Nova logs in with a username and password: PLAIN or LOGIN).',
    fi: '{server} ei tarjoa kirjautumista, jonka Nova osaa (se tarjoaa AUTH {mechanisms}; Nova kirjautuu käyttäjätunnuksella ja salasanalla: PLAIN tai LOGIN).',
  },
  'send.login-not-tried': {
    en: '{server} offered no login (no AUTH in its reply to EHLO) and took the message without one: the username and password were not tested.',
    fi: '{server} ei tarjonnut kirjautumista (EHLO-vastauksessa ei ole AUTH-riviä) ja otti viestin vastaan ilman sitä: käyttäjätunnusta ja salasanaa ei testattu.',
  },
  'send.auth.unsupported.hint': {
    en: "No password helps here: ask the server's administrator to allow SMTP AUTH with a password (or an app password) for this mailbox, or send through a relay that takes Nova by its IP address.",
    fi: 'Mikään salasana ei auta tässä: pyydä palvelimen ylläpitäjää sallimaan tälle postilaatikolle SMTP AUTH salasanalla (tai sovellussalasanalla) tai lähetä välityspalvelimen kautta, joka hyväksyy Noven IP-osoitteen perusteella.',
  },
  'send.auth.hint': {
    en: 'Check the username and the password ({password}).',
    fi: 'Tarkista käyttäjätunnus ja salasana ({password}).',
  },

  'send.unavailable': {
    en: '{server} refused to serve this connection: {reply}',
    fi: '{server} ei palvele tätä yhteyttä: {reply}',
  },
  'send.unavailable.hint': {
    en: 'The server greets with a refusal before any mail is offered (busy, or it does not accept clients from here): try again later, or {check}.',
    fi: 'Palvelin kieltäytyy jo tervehdyksessään (ruuhka tai se ei hyväksy asiakkaita täältä): yritä myöhemmin tai {check}.',
  },

  'send.protocol.command': {
    en: '{server} answered {command} with something that is not SMTP: {reply}',
    fi: '{server} vastasi komentoon {command} jotain, mikä ei ole SMTP:tä: {reply}',
  },
  'send.protocol.oversized': {
    en: '{server} sent a reply longer than 1 MB, which no mail server sends: the exchange was stopped there',
    fi: '{server} lähetti yli 1 Mt:n pituisen vastauksen, jollaista mikään postipalvelin ei lähetä: keskustelu keskeytettiin siihen',
  },
  'send.protocol.greeting': {
    en: '{server} greeted with something that is not SMTP: {reply}',
    fi: '{server} tervehti jollain, mikä ei ole SMTP:tä: {reply}',
  },
  'send.protocol.hint': {
    en: 'Something other than a mail server listens there: {check}. The transcript shows the exchange ({transcript}).',
    fi: 'Siellä kuuntelee jokin muu kuin postipalvelin: {check}. Keskusteluloki näyttää keskustelun ({transcript}).',
  },

  'send.rejected': {
    en: '{server} rejected the message{at}: {reply}',
    fi: '{server} hylkäsi viestin{at}: {reply}',
  },
  'send.rejected.hint.hosted': {
    en: 'The server refuses to relay for this sender or recipient. Inside the hosted service use smtp.visma.local; check the sender address (Sähköposti / Sähköpostiosoite).',
    fi: 'Palvelin ei välitä postia tälle lähettäjälle tai vastaanottajalle. Sovelluspalvelussa käytä smtp.visma.local; tarkista lähettäjän osoite (Sähköposti / Sähköpostiosoite).',
  },
  'send.rejected.hint.own': {
    en: "The server refuses this sender or recipient: log in as the sender's own mailbox, and check the sender address and the recipient.",
    fi: 'Palvelin ei hyväksy tätä lähettäjää tai vastaanottajaa: kirjaudu lähettäjän omalla postilaatikolla ja tarkista lähettäjän ja vastaanottajan osoitteet.',
  },
  'send.temporary': {
    en: '{server} deferred the message{at}: {reply}',
    fi: '{server} lykkäsi viestiä{at}: {reply}',
  },
  'send.temporary.hint': {
    en: 'A temporary problem on the server: try again in a few minutes.',
    fi: 'Tilapäinen ongelma palvelimella: yritä uudelleen muutaman minuutin kuluttua.',
  },
  'send.closed': {
    en: '{server} closed the connection unexpectedly.',
    fi: '{server} katkaisi yhteyden odottamatta.',
  },
  'send.closed.hint': {
    en: "The server dropped the session (a filter or a limit). Try again; if it repeats, ask the server's administrator.",
    fi: 'Palvelin katkaisi istunnon (suodatin tai rajoitus). Yritä uudelleen; jos toistuu, kysy palvelimen ylläpitäjältä.',
  },
  'send.cancelled': {
    en: 'Cancelled: nothing more was sent.',
    fi: 'Peruutettu: mitään ei lähetetty enempää.',
  },
  'send.cancelled.hint': {
    en: 'Run the test again when you are ready.',
    fi: 'Aja testi uudelleen, kun olet valmis.',
  },
  'send.other': { en: 'Sending failed: {detail}', fi: 'Lähetys epäonnistui: {detail}' },
  'send.other.hint': {
    en: 'The transcript has the details ({transcript}).',
    fi: 'Keskustelulokissa on yksityiskohdat ({transcript}).',
  },
} as const satisfies Catalog;
