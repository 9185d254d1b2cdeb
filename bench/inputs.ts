/** The benchmark's inputs, generated into bench/.data (git-ignored). */
import * as fs from 'node:fs';
import * as path from 'node:path';

export const DATA_DIR = path.join(__dirname, '.data');

/** What the core's advice calls the front end's controls (the benchmark's own, as any front end has). */
export const BENCH_WORDS = {
  serverOverride: { en: '--server host:port', fi: '--server palvelin:portti' },
  transcript: { en: 'run again with --verbose', fi: 'aja uudelleen valitsimella --verbose' },
  choosePerson: { en: '--person <Citrix ID>', fi: '--person <Citrix-tunnus>' },
  problems: { en: 'see nova-mail lint', fi: 'katso nova-mail lint' },
  password: { en: 'set NOVA_MAIL_SMTP_PASSWORD', fi: 'aseta NOVA_MAIL_SMTP_PASSWORD' },
  caFile: { en: '--ca-file <file.pem>', fi: '--ca-file <tiedosto.pem>' },
  allowCleartext: { en: '--allow-cleartext-login', fi: '--allow-cleartext-login' },
  timeout: { en: '--timeout', fi: '--timeout' },
};

function person(index: number, address = `henkilo.${index}@esimerkki.fi`) {
  const citrixId = `${100000 + (index % 900000)}${String.fromCharCode(97 + (index % 26))}henk${index}`;
  return {
    name: `Henkilö ${index} Äänekoski`,
    roles: index % 3 === 0 ? ['Sähköpostilähettäjä', 'Pääkäyttäjä'] : ['Sähköpostilähettäjä'],
    email: {
      username: citrixId,
      address,
      novaUsername: citrixId,
      smtpUsername: 'xxx',
      smtpPassword: 'xxx',
    },
  };
}

/** A correct person-register config with `persons` persons, formatted as people write it. */
export function configText(
  persons: number,
  company = 'Esimerkki Oy',
  addressOf?: (index: number) => string,
): string {
  return (
    JSON.stringify(
      {
        company,
        smtp: { server: 'smtp.visma.local', port: 25, ssl: false },
        editBeforeSend: false,
        deliveryReceipt: true,
        sender: { mode: 'personRegister' },
        persons: Array.from({ length: persons }, (_, i) => person(i, addressOf?.(i))),
      },
      null,
      2,
    ) + '\n'
  );
}

/** The same, with a problem in every person (a real password): every problem needs a place. */
export function brokenConfigText(persons: number): string {
  return configText(persons).replace(/"smtpPassword": "xxx"/g, '"smtpPassword": "Salainen1"');
}

/** A config whose root has `keys` unknown properties (one schema problem each). */
export function unknownKeysText(keys: number): string {
  const extra = Array.from({ length: keys }, (_, i) => `"unknown${i}": ${i}`).join(',\n  ');
  return `{\n  "smtp": {"server": "smtp.visma.local", "port": 25, "ssl": false},\n  "sender": {"mode": "personRegister"},\n  "persons": [],\n  ${extra}\n}\n`;
}

/** `files` typical files in folders of 100, written once per size and reused. */
export function ensureTree(files: number): string {
  const root = path.join(DATA_DIR, `tree-${files}`);
  const marker = path.join(root, '.complete');
  if (fs.existsSync(marker)) return root;
  fs.rmSync(root, { recursive: true, force: true });
  for (let i = 0; i < files; i++) {
    const dir = path.join(root, `client-${String(Math.floor(i / 100)).padStart(3, '0')}`);
    if (i % 100 === 0) fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, `company-${i}.nova-mail.json`), configText(3, `Asiakas ${i} Oy`));
  }
  fs.writeFileSync(marker, '');
  return root;
}

/** A file of about `megabytes` MB in DATA_DIR, written once. */
export function ensureFile(name: string, make: () => string): string {
  const file = path.join(DATA_DIR, name);
  if (!fs.existsSync(file)) fs.writeFileSync(file, make());
  return file;
}

/**
 * The worst shape the size limit admits: as many of the smallest broken persons as fit under
 * `bytes` (each a real password and nothing else: seven problems a person, 270,000 persons in 8 MB).
 */
export function worstShapeText(bytes: number): string {
  const head =
    '{"smtp":{"server":"smtp.visma.local","port":25,"ssl":false},"sender":{"mode":"personRegister"},"persons":[';
  const person = '{"email":{"smtpPassword":"p"}}';
  const count = Math.floor((bytes - head.length - 2) / (person.length + 1));
  return head + Array.from({ length: count }, () => person).join(',') + ']}';
}

/** A file on one line, as programs write it, whose persons each miss two fields --fix inserts. */
export function oneLineText(persons: number): string {
  return JSON.stringify({
    company: 'Yksi Rivi Oy',
    smtp: { server: 'smtp.visma.local', port: 2525, ssl: false },
    sender: { mode: 'personRegister' },
    persons: Array.from({ length: persons }, (_, i) => {
      const id = `${100000 + i}abc`;
      return {
        name: `Henkilö ${i}`,
        roles: ['Sähköpostilähettäjä'],
        email: { username: id, address: `h${i}@esimerkki.fi`, novaUsername: id },
      };
    }),
  });
}
