import { ruleMessages } from './rule';
import { authenticationOf } from '../own-server/profile';
import { MICROSOFT_BASIC_AUTH_OFF_BY_DEFAULT, providerOf } from '../own-server/providers';
import { objectAt, stringAt } from '../config/model';
import type { Rule } from './rule';

const { messages, message } = ruleMessages('microsoft-basic-auth', {
  'off-by-default': {
    en: 'Since the end of December 2026 Microsoft 365 has Basic authentication for SMTP AUTH (a username and password, as Nova logs in) disabled by default, unless your administrator enabled SMTP AUTH for this mailbox; the final removal date is to be announced in 2027. Have the administrator enable SMTP AUTH for this mailbox where policy allows, or send through a Microsoft 365 SMTP relay connector on port 25 by your office IP address, or through the hosted relay. Refused logins answer 550 5.7.30 or 535 5.7.139.',
    fi: 'Joulukuun 2026 lopusta lähtien Microsoft 365:ssä perustodennus SMTP AUTH -lähetyksissä (käyttäjätunnus ja salasana, joilla Nova kirjautuu) on oletuksena pois käytöstä, ellei ylläpitäjä ole sallinut SMTP AUTHia tälle postilaatikolle; lopullinen poistopäivä ilmoitetaan vuonna 2027. Pyydä ylläpitäjää sallimaan SMTP AUTH tälle postilaatikolle, jos käytännöt sen sallivat, tai lähetä Microsoft 365:n SMTP-välitysliittimen kautta portissa 25 toimiston IP-osoitteella tai sovelluspalvelun välityspalvelimen kautta. Hylätty kirjautuminen vastaa 550 5.7.30 tai 535 5.7.139.',
  },
  until: {
    en: 'Microsoft 365 disables Basic authentication for SMTP AUTH (a username and password, as Nova logs in) by default for existing tenants at the end of December 2026; tenants made after January 2020 or with Security defaults have it off already. Before then: have the administrator enable SMTP AUTH for this mailbox where policy allows, or send through a Microsoft 365 SMTP relay connector on port 25 by your office IP address, or through the hosted relay.',
    fi: 'Microsoft 365 poistaa perustodennuksen SMTP AUTH -lähetyksistä (käyttäjätunnus ja salasana, joilla Nova kirjautuu) oletuksena käytöstä olemassa olevilta vuokraajilta joulukuun 2026 lopussa; tammikuun 2020 jälkeen luoduilla tai suojauksen oletusasetuksia käyttävillä se on jo pois käytöstä. Ennen sitä: pyydä ylläpitäjää sallimaan SMTP AUTH tälle postilaatikolle, jos käytännöt sen sallivat, tai lähetä Microsoft 365:n SMTP-välitysliittimen kautta portissa 25 toimiston IP-osoitteella tai sovelluspalvelun välityspalvelimen kautta.',
  },
});

export const microsoftBasicAuth: Rule = {
  id: 'microsoft-basic-auth',
  messages,
  defaultSeverity: 'warning',
  fixable: false,
  profiles: ['ownServer'],
  description: {
    en: 'Microsoft 365 SMTP AUTH with a username and password: disabled by default from the end of December 2026.',
    fi: 'Microsoft 365:n SMTP AUTH käyttäjätunnuksella ja salasanalla: oletuksena pois käytöstä joulukuun 2026 lopusta.',
  },
  check({ config, report, now }) {
    const server = stringAt(objectAt(config, 'smtp'), 'server');
    if (server === undefined || providerOf(server).id !== 'microsoft365') return;
    if (authenticationOf(config) === 'none') return;
    report({
      target: { at: 'value', path: ['smtp', 'server'] },
      message: message(now < MICROSOFT_BASIC_AUTH_OFF_BY_DEFAULT ? 'until' : 'off-by-default'),
    });
  },
};
