/** The benchmark's inputs, generated into bench/.data (git-ignored). */
import * as fs from 'node:fs';
import * as path from 'node:path';

export const DATA_DIR = path.join(__dirname, '.data');
export const TREE_DIR = path.join(DATA_DIR, 'tree');
export const TREE_FILES = 10_000;

function person(index: number) {
  const citrixId = `${100000 + (index % 900000)}${String.fromCharCode(97 + (index % 26))}henk${index}`;
  return {
    name: `Henkilö ${index} Äänekoski`,
    roles: index % 3 === 0 ? ['Sähköpostilähettäjä', 'Pääkäyttäjä'] : ['Sähköpostilähettäjä'],
    email: {
      username: citrixId,
      address: `henkilo.${index}@esimerkki.fi`,
      novaUsername: citrixId,
      smtpUsername: 'xxx',
      smtpPassword: 'xxx',
    },
  };
}

/** A correct person-register config with `persons` persons, formatted as people write it. */
export function configText(persons: number, company = 'Esimerkki Oy'): string {
  return (
    JSON.stringify(
      {
        company,
        smtp: { server: 'smtp.visma.local', port: 25, ssl: false },
        editBeforeSend: false,
        deliveryReceipt: true,
        sender: { mode: 'personRegister' },
        persons: Array.from({ length: persons }, (_, i) => person(i)),
      },
      null,
      2,
    ) + '\n'
  );
}

/** 10,000 typical files in 100 folders of 100, written once and reused. */
export function ensureTree(): string {
  const marker = path.join(TREE_DIR, '.complete');
  if (fs.existsSync(marker)) return TREE_DIR;
  fs.rmSync(TREE_DIR, { recursive: true, force: true });
  for (let i = 0; i < TREE_FILES; i++) {
    const dir = path.join(TREE_DIR, `client-${String(Math.floor(i / 100)).padStart(3, '0')}`);
    if (i % 100 === 0) fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, `company-${i}.nova-mail.json`), configText(3, `Asiakas ${i} Oy`));
  }
  fs.writeFileSync(marker, '');
  return TREE_DIR;
}
