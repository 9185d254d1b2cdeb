import type { Lang } from '../core';

export const HELP: Record<Lang, string> = {
  en: `nova-mail: check Visma Nova e-mail settings (nova-mail.json) and send a test e-mail.

Usage:
  nova-mail lint [--format stylish|json|sarif] [--fix] [--lang en|fi] <file|dir>...
  nova-mail send-test <file> --to <address> [--server host[:port]] [--person <citrix id>]
                      [--timeout <ms>] [--verbose] [--lang en|fi]
  nova-mail check-dns [--relay <host>] [--dns-server <ip>[:<port>]] [--timeout <ms>]
                      [--format stylish|json] [--lang en|fi] <file|dir>...
  nova-mail explain-mail <message.eml> [--config <file|dir>] [--relay <host>]
                      [--dns-server <ip>[:<port>]] [--timeout <ms>] [--format stylish|json] [--lang en|fi]
  nova-mail report [--format markdown|csv|json] [--lang en|fi] <file|dir>...
  nova-mail sheet <file> [--format markdown|html] [--lang en|fi]
  nova-mail --help | --version

lint
  Checks each file, and every nova-mail.json / *.nova-mail.json below each folder
  (node_modules and .git are skipped).
  --format   stylish (default, file:line:col per problem), json, or sarif (SARIF 2.1.0)
  --fix      rewrite the files with every available fix (only the fixed values change)
  --lang     language of the messages (default: from LANG / LC_ALL)
  Exit: 0 no errors, 1 at least one error, 2 bad usage or a file that could not be read.

send-test
  Sends one real message with the file's settings (SMTP server, port, SSL, sender).
  --to       recipient address (required)
  --server   send through another server instead, e.g. localhost:2525
  --person   in person-register mode: the Citrix ID of the sending person
  --timeout  connection, greeting and socket timeout in ms (default 15000)
  --verbose  print the SMTP transcript (credentials are always hidden)
  Exit: 0 accepted by the server, 1 sending failed, 2 bad usage or configuration.

check-dns
  Will the mail arrive? Checks in DNS that each sender address's domain exists and that its
  SPF authorizes the relay (and its DMARC policy). Files and folders as lint finds them.
  --relay       the relay the mail leaves through (default smtp.od.visma.fi)
  --dns-server  ask this DNS server (UDP), e.g. 127.0.0.1:5353 (default: the system's)
  --timeout     bound of each DNS lookup in ms (default 5000)
  --format      stylish (default) or json
  Exit: 0 no errors, 1 at least one error, 2 bad usage, unreadable input, or a relay
  that does not resolve.

explain-mail
  The proof: explains a message received from Nova (saved as .eml): which servers it
  passed, what the recipient's server concluded (Authentication-Results), our own check of
  SPF, DKIM and DMARC, and which nova-mail.json sends as its From.
  --config      the nova-mail.json file or folder to look for its sender in
  --relay, --dns-server, --timeout, --format as for check-dns
  Exit: 0 it came through the relay and authenticates (DMARC passes, or SPF with no
  DMARC record), 1 something needs fixing, 2 bad usage or unreadable input.

report
  One row per sending address across all companies (company, file, sender mode, person,
  Citrix ID, address, the file's errors and warnings), for your records. Never a credential.
  --format   markdown (default), csv (UTF-8 with BOM, for Excel) or json
  Exit: 0 written, 2 bad usage, unreadable input or no file found.

sheet
  The Nova entry sheet of one file: Nova's screens in order, each field with the value to
  type and a box to tick. Refused while the file has errors.
  --format   markdown (default) or html (printable)
  Exit: 0 printed, 1 refused (the file has errors), 2 bad usage or unreadable file.
`,
  fi: `nova-mail: tarkistaa Visma Noven sähköpostiasetukset (nova-mail.json) ja lähettää testiviestin.

Käyttö:
  nova-mail lint [--format stylish|json|sarif] [--fix] [--lang en|fi] <tiedosto|kansio>...
  nova-mail send-test <tiedosto> --to <osoite> [--server palvelin[:portti]] [--person <citrix-tunnus>]
                      [--timeout <ms>] [--verbose] [--lang en|fi]
  nova-mail check-dns [--relay <palvelin>] [--dns-server <ip>[:<portti>]] [--timeout <ms>]
                      [--format stylish|json] [--lang en|fi] <tiedosto|kansio>...
  nova-mail explain-mail <viesti.eml> [--config <tiedosto|kansio>] [--relay <palvelin>]
                      [--dns-server <ip>[:<portti>]] [--timeout <ms>] [--format stylish|json] [--lang en|fi]
  nova-mail report [--format markdown|csv|json] [--lang en|fi] <tiedosto|kansio>...
  nova-mail sheet <tiedosto> [--format markdown|html] [--lang en|fi]
  nova-mail --help | --version

lint
  Tarkistaa jokaisen tiedoston sekä kansioiden kaikki nova-mail.json- ja *.nova-mail.json-tiedostot
  (node_modules ja .git ohitetaan).
  --format   stylish (oletus, tiedosto:rivi:sarake), json tai sarif (SARIF 2.1.0)
  --fix      korjaa tiedostot (vain korjatut arvot muuttuvat)
  --lang     ilmoitusten kieli (oletus: LANG / LC_ALL)
  Paluuarvo: 0 ei virheitä, 1 vähintään yksi virhe, 2 väärä käyttö tai lukukelvoton tiedosto.

send-test
  Lähettää yhden oikean viestin tiedoston asetuksilla (SMTP-palvelin, portti, SSL, lähettäjä).
  --to       vastaanottajan osoite (pakollinen)
  --server   lähetä toisen palvelimen kautta, esim. localhost:2525
  --person   henkilörekisteritilassa: lähettävän henkilön Citrix-tunnus
  --timeout  yhteyden, tervehdyksen ja soketin aikaraja millisekunteina (oletus 15000)
  --verbose  näytä SMTP-keskustelu (tunnukset piilotetaan aina)
  Paluuarvo: 0 palvelin hyväksyi viestin, 1 lähetys epäonnistui, 2 väärä käyttö tai asetukset.

check-dns
  Menevätkö viestit perille? Tarkistaa DNS:stä, että jokaisen lähettäjän osoitteen verkkotunnus
  on olemassa ja että sen SPF sallii välityspalvelimen (sekä sen DMARC-käytännön).
  Tiedostot ja kansiot kuten lint.
  --relay       välityspalvelin, jonka kautta posti lähtee (oletus smtp.od.visma.fi)
  --dns-server  kysy tältä DNS-palvelimelta (UDP), esim. 127.0.0.1:5353 (oletus: järjestelmän)
  --timeout     kunkin DNS-kyselyn aikaraja millisekunteina (oletus 5000)
  --format      stylish (oletus) tai json
  Paluuarvo: 0 ei virheitä, 1 vähintään yksi virhe, 2 väärä käyttö, lukukelvoton tiedosto tai
  välityspalvelin, jonka nimi ei selviä.

explain-mail
  Todiste: selittää Novasta vastaanotetun viestin (tallennettu .eml-tiedostoksi): minkä
  palvelinten kautta se kulki, mitä vastaanottajan palvelin päätteli (Authentication-Results),
  oma tarkistuksemme SPF:lle, DKIM:lle ja DMARC:lle, ja mikä nova-mail.json lähettää sen From-osoitteella.
  --config      nova-mail.json-tiedosto tai -kansio, josta lähettäjää etsitään
  --relay, --dns-server, --timeout, --format kuten check-dns
  Paluuarvo: 0 viesti tuli välityspalvelimen kautta ja todentuu (DMARC menee läpi, tai SPF, jos
  DMARC-tietuetta ei ole), 1 jotain on korjattava, 2 väärä käyttö tai lukukelvoton syöte.

report
  Yksi rivi kustakin lähettäjän osoitteesta kaikista yrityksistä (yritys, tiedosto, lähettäjätapa,
  henkilö, Citrix-tunnus, osoite, tiedoston virheet ja varoitukset) kirjanpitoasi varten.
  Ei koskaan tunnuksia.
  --format   markdown (oletus), csv (UTF-8 ja BOM, Exceliä varten) tai json
  Paluuarvo: 0 kirjoitettu, 2 väärä käyttö, lukukelvoton syöte tai ei tiedostoja.

sheet
  Yhden tiedoston Nova-syöttölomake: Noven näytöt järjestyksessä, jokaiselle kentälle
  kirjoitettava arvo ja valintaruutu. Ei tehdä, jos tiedostossa on virheitä.
  --format   markdown (oletus) tai html (tulostettava)
  Paluuarvo: 0 tulostettu, 1 ei tehty (tiedostossa virheitä), 2 väärä käyttö tai lukukelvoton tiedosto.
`,
};
