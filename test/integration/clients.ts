/**
 * The consultant's workspace of the workspace-scan tests: 60 generated client files under clients/
 * (a dozen broken, five in excluded folders, one nested two levels down), written by the harness
 * before VS Code starts so that the start-up scan is what finds them.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { applyEdits, modify } from 'jsonc-parser';

export interface ClientFile {
  /** Relative to the workspace folder, with / separators. */
  path: string;
  /** The rule ids the file's problems must have, sorted (none for an excluded file). */
  expected: string[];
  excluded: boolean;
}

/** Folders the workspace settings exclude: one through files.exclude, one through search.exclude. */
export const EXCLUDE_SETTINGS = {
  'files.exclude': { '**/arkisto': true },
  'search.exclude': { '**/vanhat': true },
};

type Kind = 'good' | 'port' | 'password';

const EXPECTED: Record<Kind, string[]> = { good: [], port: ['smtp-port'], password: ['real-password'] };

function file(relative: string, kind: Kind, excluded = false): ClientFile & { kind: Kind } {
  return { path: relative, expected: excluded ? [] : EXPECTED[kind], excluded, kind };
}

function number(index: number): string {
  return String(index).padStart(2, '0');
}

const GENERATED = [
  // 54 at the top: every fifth of the first 55 broken (11), by port or by password.
  ...Array.from({ length: 54 }, (_, i) =>
    file(
      `clients/asiakas-${number(i)}.nova-mail.json`,
      i % 5 === 0 ? (i % 10 === 0 ? 'port' : 'password') : 'good',
    ),
  ),
  file('clients/alue/etela/asiakas-90.nova-mail.json', 'password'),
  file('clients/arkisto/asiakas-91.nova-mail.json', 'password', true),
  file('clients/arkisto/asiakas-92.nova-mail.json', 'port', true),
  file('clients/arkisto/vanha/asiakas-93.nova-mail.json', 'password', true),
  file('clients/vanhat/asiakas-94.nova-mail.json', 'port', true),
  file('clients/vanhat/asiakas-95.nova-mail.json', 'password', true),
];

export const CLIENT_FILES: ClientFile[] = GENERATED.map(({ path: p, expected, excluded }) => ({
  path: p,
  expected,
  excluded,
}));

/** A client's configuration, correct or with the one problem of its kind. */
export function clientText(company: string, kind: Kind = 'good'): string {
  const citrixId = '123456asiasi';
  return (
    JSON.stringify(
      {
        company,
        smtp: { server: 'smtp.visma.local', port: kind === 'port' ? 587 : 25, ssl: false },
        editBeforeSend: false,
        deliveryReceipt: true,
        sender: { mode: 'personRegister' },
        persons: [
          {
            name: 'Asta Asiakas',
            roles: ['Sähköpostilähettäjä'],
            email: {
              username: citrixId,
              address: 'asta.asiakas@esimerkki.fi',
              novaUsername: citrixId,
              smtpUsername: 'xxx',
              smtpPassword: kind === 'password' ? 'Salainen1' : 'xxx',
            },
          },
        ],
      },
      null,
      2,
    ) + '\n'
  );
}

/** Writes the client files and the exclude settings into a workspace folder (a copy of examples/). */
export function writeClients(workspace: string): void {
  for (const [index, client] of GENERATED.entries()) {
    const target = path.join(workspace, ...client.path.split('/'));
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, clientText(`Asiakas ${index + 1} Oy`, client.kind));
  }
  const settingsFile = path.join(workspace, '.vscode', 'settings.json');
  let settings = fs.readFileSync(settingsFile, 'utf8');
  for (const [key, value] of Object.entries(EXCLUDE_SETTINGS)) {
    settings = applyEdits(
      settings,
      modify(settings, [key], value, { formattingOptions: { insertSpaces: true, tabSize: 2 } }),
    );
  }
  fs.writeFileSync(settingsFile, settings);
}
