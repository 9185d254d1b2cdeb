/** A correct nova-mail.json to start from, as the "New configuration" command writes it. */
import { NOVA_SMTP_PORT, NOVA_SMTP_SERVER, NOVA_SMTP_SSL, PLACEHOLDER, SENDER_ROLE } from './nova';

export interface NewConfigAnswers {
  mode: 'personRegister' | 'defined';
  company: string;
  /** Person-register mode: the first person who sends. */
  person?: { name: string; citrixId: string; address: string };
  /** Defined-sender mode: the sender's address and name. */
  sender?: { address: string; name: string };
}

export function newConfiguration(answers: NewConfigAnswers): string {
  const config: Record<string, unknown> = {
    company: answers.company,
    smtp: { server: NOVA_SMTP_SERVER, port: NOVA_SMTP_PORT, ssl: NOVA_SMTP_SSL },
    editBeforeSend: false,
    deliveryReceipt: true,
  };
  if (answers.mode === 'defined') {
    const sender = answers.sender ?? { address: '', name: answers.company };
    config.sender = {
      mode: 'defined',
      address: sender.address,
      name: sender.name,
      username: PLACEHOLDER,
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
          smtpUsername: PLACEHOLDER,
          smtpPassword: PLACEHOLDER,
        },
      },
    ];
  }
  return `${JSON.stringify(config, null, 2)}\n`;
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
