import type { Lang } from '../core';

export const HELP: Record<Lang, string> = {
  en: `nova-mail: check Visma Nova e-mail settings (nova-mail.json) and send a test e-mail.

Usage:
  nova-mail lint [--format stylish|json|sarif] [--fix] [--lang en|fi] <file|dir>...
  nova-mail send-test <file> --to <address> [--server host[:port]] [--person <citrix id>]
                      [--timeout <ms>] [--verbose] [--lang en|fi]
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
`,
  fi: `nova-mail: tarkistaa Visma Noven sähköpostiasetukset (nova-mail.json) ja lähettää testiviestin.

Käyttö:
  nova-mail lint [--format stylish|json|sarif] [--fix] [--lang en|fi] <tiedosto|kansio>...
  nova-mail send-test <tiedosto> --to <osoite> [--server palvelin[:portti]] [--person <citrix-tunnus>]
                      [--timeout <ms>] [--verbose] [--lang en|fi]
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
`,
};
