import * as vscode from 'vscode';
import type { NewConfigAnswers } from '../../core';
import { CREATED_CONTEXT } from '../contexts';
import { core } from '../core';
import { translator, type Say } from '../l10n';
import { BACK, MultiStepInput, type StepAnswer } from './multi-step';
import { readSettings } from '../settings/settings';

export function registerNewConfiguration(): vscode.Disposable {
  return vscode.commands.registerCommand('novaMail.newConfiguration', () => newConfigurationCommand());
}

/**
 * "Nova Mail: New configuration": asks what Nova needs, step by step (with Back), and writes a
 * correct nova-mail.json — or <company>.nova-mail.json, or the next free name — into the workspace
 * folder, then opens it. The name is settled right after the company, before the other questions.
 * Answers given skip the questions: only the extension's own tests give them (through its API).
 */
export async function newConfigurationCommand(given?: NewConfigAnswers): Promise<vscode.Uri | undefined> {
  const say = translator(readSettings().language);
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) {
    void vscode.window.showErrorMessage(say('new-config.open-folder-first'));
    return undefined;
  }
  const taken = new Set(
    (await vscode.workspace.fs.readDirectory(folder.uri)).map(([name]) => name.toLowerCase()),
  );
  const answers = given ?? (await ask(say, (company) => freeName(company, taken)));
  if (!answers) return undefined;
  let name = freeName(answers.company, taken);
  // Taken since the questions were asked (another window, a sync): the next free name, never over it.
  while (await exists(vscode.Uri.joinPath(folder.uri, name))) {
    taken.add(name.toLowerCase());
    name = freeName(answers.company, taken);
  }
  const uri = vscode.Uri.joinPath(folder.uri, name);
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(core().newConfiguration(answers)));
  await vscode.commands.executeCommand('setContext', CREATED_CONTEXT, true);
  await vscode.window.showTextDocument(uri);
  return uri;
}

/** nova-mail.json when the folder has none, else <company>.nova-mail.json, else <company>-2.nova-mail.json, ... */
function freeName(company: string, taken: ReadonlySet<string>): string {
  if (!taken.has('nova-mail.json')) return 'nova-mail.json';
  const base = core()
    .fileNameFor(company)
    .replace(/\.nova-mail\.json$/, '');
  for (let n = 1; ; n++) {
    const name = `${base}${n === 1 ? '' : `-${n}`}.nova-mail.json`;
    if (!taken.has(name)) return name;
  }
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

/** Where Nova sends through, as the first question offers it: the mail services by name. */
type Service = 'hosted' | 'microsoft365' | 'google' | 'other';

/** The SMTP server of a mail service chosen by name (another server is asked for). */
const SERVICE_SERVERS: Partial<Record<Service, string>> = {
  microsoft365: 'smtp.office365.com',
  google: 'smtp.gmail.com',
};

type Draft = Partial<{
  service: Service;
  server: string;
  mode: 'personRegister' | 'defined';
  company: string;
  senderAddress: string;
  senderName: string;
  personName: string;
  citrixId: string;
  personAddress: string;
}>;

type Step = { key: keyof Draft; run: (step: number) => Promise<StepAnswer<string>> };

async function ask(say: Say, nameFor: (company: string) => string): Promise<NewConfigAnswers | undefined> {
  const draft: Draft = {};
  // The steps depend on the answers so far (an own server asks its name; each sender mode its own).
  const stepsNow = (): Step[] => [
    ...start,
    ...(draft.service === 'other' ? [server] : []),
    ...middle,
    ...(draft.mode === 'defined' ? defined : persons),
  ];
  // The total is known once the answers that change it are given (where Nova sends, how the
  // sender is chosen); a changed answer (Back) may change it again.
  const input = new MultiStepInput(() =>
    draft.service !== undefined && draft.mode !== undefined ? stepsNow().length : undefined,
  );
  const title = say('new-config.title');
  // A control character or bidi override is refused as it is typed: the file would hold a
  // control-characters error from its first line (a helper's finding).
  const required = (value: string) =>
    value.trim() === ''
      ? say('new-config.required')
      : core().escapeControl(value) !== value
        ? say('new-config.control-characters')
        : undefined;
  const { CITRIX_ID, recipientError } = core();
  const address = (value: string) => recipientError(value, 'en') && say('new-config.not-an-address');
  const text =
    (prompt: string, key: keyof Draft, placeholder: string, validate = required) =>
    async (step: number): Promise<StepAnswer<string>> =>
      input.text(step, { kind: 'text', title, prompt, placeholder, value: draft[key], validate });
  const start: Step[] = [
    {
      key: 'service',
      run: (step) =>
        input.pick(step, {
          kind: 'pick',
          title,
          placeholder: say('new-config.where-nova-sends'),
          items: [
            { label: say('profile.hosted'), description: 'smtp.visma.local', value: 'hosted' },
            { label: 'Microsoft 365', description: SERVICE_SERVERS.microsoft365, value: 'microsoft365' },
            { label: 'Gmail / Google Workspace', description: SERVICE_SERVERS.google, value: 'google' },
            {
              label: say('profile.other-server'),
              description: say('profile.other-server-detail'),
              value: 'other',
            },
          ],
        }),
    },
  ];
  const server: Step = {
    key: 'server',
    run: text(say('new-config.own-server-name'), 'server', 'mail.esimerkki.fi'),
  };
  const middle: Step[] = [
    {
      key: 'mode',
      run: (step) =>
        input.pick(step, {
          kind: 'pick',
          title,
          placeholder: say('new-config.how-sender-chosen'),
          items: [
            {
              label: say('mode.persons'),
              description: 'Käytä henkilörekisterin sähköpostilähettäjä',
              value: 'personRegister',
            },
            { label: say('mode.defined'), description: 'Määritelty sähköpostin lähettäjä', value: 'defined' },
          ],
        }),
    },
    {
      key: 'company',
      run: (step) =>
        input.text(step, {
          kind: 'text',
          title,
          prompt: say('new-config.company-name'),
          placeholder: 'Esimerkki Oy',
          value: draft.company,
          validate: (value) =>
            required(value) ?? { info: say('new-config.written-as', { file: nameFor(value.trim()) }) },
        }),
    },
  ];
  const defined: Step[] = [
    {
      key: 'senderAddress',
      run: text(say('new-config.sender-address'), 'senderAddress', 'laskutus@esimerkki.fi', address),
    },
    { key: 'senderName', run: text(say('new-config.sender-name'), 'senderName', 'Esimerkki Oy laskutus') },
  ];
  const persons: Step[] = [
    { key: 'personName', run: text(say('new-config.first-sender-name'), 'personName', 'Teppo Testaaja') },
    {
      key: 'citrixId',
      run: text(say('citrix.id-prompt'), 'citrixId', '999999teptes', (value) =>
        CITRIX_ID.test(value.trim()) ? undefined : say('citrix.id-format'),
      ),
    },
    {
      key: 'personAddress',
      run: text(say('new-config.person-address'), 'personAddress', 'teppo.testaaja@esimerkki.fi', address),
    },
  ];
  for (let index = 0; ;) {
    const all = stepsNow();
    if (index >= all.length) break;
    const answer = await all[index].run(index + 1);
    if (answer === undefined) return undefined;
    if (answer === BACK) {
      index = Math.max(0, index - 1);
      continue;
    }
    Object.assign(draft, { [all[index].key]: answer.trim() });
    index++;
  }
  const service = draft.service ?? 'hosted';
  const where =
    service === 'hosted'
      ? {}
      : { profile: 'ownServer' as const, server: SERVICE_SERVERS[service] ?? draft.server ?? '' };
  const company = draft.company ?? '';
  if (draft.mode === 'defined') {
    if (draft.senderName === '') draft.senderName = company;
    return {
      ...where,
      mode: 'defined',
      company,
      sender: { address: draft.senderAddress ?? '', name: draft.senderName ?? company },
    };
  }
  return {
    ...where,
    mode: 'personRegister',
    company,
    person: {
      name: draft.personName ?? '',
      citrixId: draft.citrixId ?? '',
      address: draft.personAddress ?? '',
    },
  };
}
