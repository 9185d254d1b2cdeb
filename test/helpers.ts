/** Builders and independent position arithmetic for the core's tests. */
import * as fs from 'fs';
import * as path from 'path';

/** The repository: found upwards, so that the tests run from test/ or bundled under out/ alike. */
export const ROOT = repositoryRoot(__dirname);

function repositoryRoot(start: string): string {
  for (let dir = start; ; dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, 'package.json')) && fs.existsSync(path.join(dir, 'src', 'core')))
      return dir;
    if (path.dirname(dir) === dir) throw new Error(`no repository above ${start}`);
  }
}
export const EXAMPLES = path.join(ROOT, 'examples');

/** The rules still reported on examples/broken.nova-mail.json after Fix all (which leaves hints alone). */
export const BROKEN_AFTER_FIX_ALL = [
  'duplicate-key',
  'sent-items',
  'missing-email-tab',
  'duplicate-citrix-id',
  'schema',
  'schema',
];

export function readExample(name: string): string {
  return fs.readFileSync(path.join(EXAMPLES, name), 'utf8');
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Json = any;

/** A correct person-register config; tests change one thing at a time. */
export function personConfig(): Json {
  return {
    company: 'Esimerkki Oy',
    smtp: { server: 'smtp.visma.local', port: 25, ssl: false },
    editBeforeSend: false,
    deliveryReceipt: true,
    sender: { mode: 'personRegister' },
    persons: [person('Teppo Testaaja', '999999teptes'), person('Sanna Säännöllinen', '999999sansaa')],
  };
}

export function person(name: string, citrixId: string): Json {
  return {
    name,
    roles: ['Sähköpostilähettäjä'],
    email: {
      username: citrixId,
      address: `${citrixId}@esimerkki.fi`,
      novaUsername: citrixId,
      smtpUsername: 'xxx',
      smtpPassword: 'xxx',
    },
  };
}

/** A correct defined-sender config. */
export function definedConfig(): Json {
  return {
    company: 'Laskutus Oy',
    smtp: { server: 'smtp.visma.local', port: 25, ssl: false },
    deliveryReceipt: true,
    sender: {
      mode: 'defined',
      address: 'laskutus@esimerkki.fi',
      name: 'Laskutus',
      username: 'xxx',
      password: 'xxx',
    },
  };
}

/**
 * A correct own-server config (docs/own-server.md): a defined sender logging in to `server` with the
 * mailbox's address; Gmail by default, with the app password Google requires.
 */
export function ownServerConfig(smtp: Json = {}): Json {
  return {
    company: 'Laskutus Oy',
    profile: 'ownServer',
    smtp: { server: 'smtp.gmail.com', port: 587, ssl: true, authentication: 'appPassword', ...smtp },
    deliveryReceipt: true,
    sender: {
      mode: 'defined',
      address: 'laskutus@esimerkki.fi',
      name: 'Laskutus',
      username: 'laskutus@esimerkki.fi',
      password: 'xxx',
    },
  };
}

/** A correct own-server config whose persons log in with their own mailbox addresses. */
export function ownServerPersonConfig(smtp: Json = {}): Json {
  const config = personConfig();
  for (const person of config.persons as { email: Json }[]) person.email.smtpUsername = person.email.address;
  return { ...config, profile: 'ownServer', smtp: ownServerConfig(smtp).smtp };
}

export function text(config: Json): string {
  return JSON.stringify(config, null, 2) + '\n';
}

/**
 * The 0-based line/character range of the `occurrence`-th `needle` in an LF text, computed
 * independently of the core's line index.
 */
export function rangeOf(source: string, needle: string, occurrence = 0) {
  let index = -1;
  for (let i = 0; i <= occurrence; i++) {
    index = source.indexOf(needle, index + 1);
    if (index < 0) throw new Error(`"${needle}" #${occurrence} not in text`);
  }
  const at = (offset: number) => {
    const before = source.slice(0, offset);
    const line = before.split('\n').length - 1;
    return { line, character: offset - (before.lastIndexOf('\n') + 1) };
  };
  return { start: at(index), end: at(index + needle.length) };
}

/** Front-end words for the send core's advice, as a test front end would name its controls. */
export const WORDS = {
  serverOverride: { en: '--server host:port', fi: '--server palvelin:portti' },
  transcript: { en: 'run again with --verbose', fi: 'aja uudelleen valitsimella --verbose' },
  choosePerson: { en: '--person <Citrix ID>', fi: '--person <Citrix-tunnus>' },
  problems: { en: 'see nova-mail lint', fi: 'katso nova-mail lint' },
  password: { en: 'set NOVA_MAIL_SMTP_PASSWORD', fi: 'aseta NOVA_MAIL_SMTP_PASSWORD' },
  caFile: { en: '--ca-file <file.pem>', fi: '--ca-file <tiedosto.pem>' },
  allowCleartext: { en: '--allow-cleartext-login', fi: '--allow-cleartext-login' },
  timeout: { en: 'raise --timeout <ms>', fi: 'nosta valitsimen --timeout <ms> arvoa' },
};

/** Whether terminal output holds a control character other than a line feed (which a terminal would obey). */
export function hasTerminalControls(output: string): boolean {
  return [...output].some((c) => c !== '\n' && (c.charCodeAt(0) < 0x20 || c.charCodeAt(0) === 0x7f));
}
