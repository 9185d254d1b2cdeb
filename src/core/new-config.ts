/** A correct nova-mail.json to start from, as the "New configuration" command writes it. */
import { NOVA_SMTP_PORT, NOVA_SMTP_SERVER, NOVA_SMTP_SSL, PLACEHOLDER, SENDER_ROLE } from './nova';
import type { Authentication, Profile } from './own-server/profile';
import { providerOf } from './own-server/providers';
import { OWN_SERVER_PORTS } from './own-server/ports';

export interface NewConfigAnswers {
  /** hosted (the default) or an own mail server, whose name is `server`. */
  profile?: Profile;
  server?: string;
  mode: 'personRegister' | 'defined';
  company: string;
  /** Person-register mode: the first person who sends. */
  person?: { name: string; citrixId: string; address: string };
  /** Defined-sender mode: the sender's address and name. */
  sender?: { address: string; name: string };
}

export function newConfiguration(answers: NewConfigAnswers): string {
  const own = answers.profile === 'ownServer' ? ownServerSmtp(answers.server ?? '') : undefined;
  const config: Record<string, unknown> = {
    company: answers.company,
    ...(own ? { profile: 'ownServer' } : {}),
    smtp: own?.smtp ?? { server: NOVA_SMTP_SERVER, port: NOVA_SMTP_PORT, ssl: NOVA_SMTP_SSL },
    editBeforeSend: false,
    deliveryReceipt: true,
  };
  // An own server's login is the mailbox's address; the password is never written.
  const loginOf = (address: string) => (own && own.smtp.authentication !== 'none' ? address : PLACEHOLDER);
  if (answers.mode === 'defined') {
    const sender = answers.sender ?? { address: '', name: answers.company };
    config.sender = {
      mode: 'defined',
      address: sender.address,
      name: sender.name,
      username: loginOf(sender.address),
      password: PLACEHOLDER,
    };
  } else {
    const person = answers.person ?? { name: '', citrixId: '', address: '' };
    config.sender = { mode: 'personRegister' };
    config.persons = [
      {
        name: person.name,
        roles: [SENDER_ROLE],
        email: {
          username: person.citrixId,
          address: person.address,
          novaUsername: person.citrixId,
          smtpUsername: loginOf(person.address),
          smtpPassword: PLACEHOLDER,
        },
      },
    ];
  }
  return `${JSON.stringify(config, null, 2)}\n`;
}

/**
 * What an own server takes, by its provider (docs/own-server.md): a relay connector on 25 without a
 * login, Google with an app password, anything else on 587 with SSL and the account's password.
 */
function ownServerSmtp(server: string): {
  smtp: { server: string; port: number; ssl: boolean; authentication: Authentication };
} {
  const provider = providerOf(server);
  const host = server.trim();
  if (provider.relayByAddress && provider.id === 'microsoft365Relay')
    return { smtp: { server: host, port: OWN_SERVER_PORTS.relay, ssl: true, authentication: 'none' } };
  if (provider.id === 'googleRelay')
    return { smtp: { server: host, port: OWN_SERVER_PORTS.submission, ssl: true, authentication: 'none' } };
  const authentication = provider.id === 'google' ? 'appPassword' : 'password';
  return { smtp: { server: host, port: OWN_SERVER_PORTS.submission, ssl: true, authentication } };
}

/** `Esimerkki Oy` -> `esimerkki-oy`, for `<company>.nova-mail.json`. */
export function fileNameFor(company: string): string {
  const slug = company
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return `${slug || 'company'}.nova-mail.json`;
}
