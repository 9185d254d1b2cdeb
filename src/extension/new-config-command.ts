import * as vscode from 'vscode';
import { fileNameFor, newConfiguration, type NewConfigAnswers } from '../core';
import { CITRIX_ID } from '../core/rules/model';
import { isPlainAddress } from '../core/send/text-safety';
import { t } from './i18n';
import { readSettings } from './settings';

/**
 * "Nova Mail: New configuration": asks what Nova needs and writes a correct nova-mail.json (or
 * <company>.nova-mail.json when one exists) into the workspace folder, then opens it. Answers may
 * be passed as the argument to skip the questions.
 */
export function registerNewConfiguration(): vscode.Disposable {
  return vscode.commands.registerCommand('novaMail.newConfiguration', async (given?: NewConfigAnswers) => {
    const language = readSettings().language;
    const say = (message: string, ...args: (string | number)[]) => t(language, message, ...args);
    const folder = vscode.workspace.workspaceFolders?.[0];
    if (!folder) {
      void vscode.window.showErrorMessage(say('Open a folder first: the new file is written into it.'));
      return undefined;
    }
    const answers = given ?? (await ask(say));
    if (!answers) return undefined;
    const uri = await freeName(folder.uri, answers.company);
    if (!uri) {
      void vscode.window.showErrorMessage(say('{0} exists already.', fileNameFor(answers.company)));
      return undefined;
    }
    await vscode.workspace.fs.writeFile(uri, Buffer.from(newConfiguration(answers), 'utf8'));
    await vscode.window.showTextDocument(uri);
    return uri;
  });
}

async function freeName(folder: vscode.Uri, company: string): Promise<vscode.Uri | undefined> {
  for (const name of ['nova-mail.json', fileNameFor(company)]) {
    const uri = vscode.Uri.joinPath(folder, name);
    try {
      await vscode.workspace.fs.stat(uri);
    } catch {
      return uri;
    }
  }
  return undefined;
}

type Say = (message: string, ...args: (string | number)[]) => string;

async function ask(say: Say): Promise<NewConfigAnswers | undefined> {
  const mode = await vscode.window.showQuickPick(
    [
      {
        label: say('Each user sends from their own address'),
        description: 'Käytä henkilörekisterin sähköpostilähettäjä',
        mode: 'personRegister' as const,
      },
      {
        label: say('One fixed sender address'),
        description: 'Määritelty sähköpostin lähettäjä',
        mode: 'defined' as const,
      },
    ],
    { title: say('How does Nova choose the sender?'), ignoreFocusOut: true },
  );
  if (!mode) return undefined;
  const input = (title: string, validate: (value: string) => string | undefined, value = '') =>
    vscode.window.showInputBox({ title, value, ignoreFocusOut: true, validateInput: validate });
  const required = (value: string) => (value.trim() ? undefined : say('Required.'));
  const address = (value: string) =>
    isPlainAddress(value.trim()) ? undefined : say('Not an e-mail address.');
  const company = await input(say('Company name'), required);
  if (company === undefined) return undefined;
  if (mode.mode === 'defined') {
    const senderAddress = await input(say('Sender address (Sähköpostiosoite)'), address);
    if (senderAddress === undefined) return undefined;
    const name = await input(say('Sender name (Nimi)'), required, `${company.trim()}`);
    if (name === undefined) return undefined;
    return {
      mode: 'defined',
      company: company.trim(),
      sender: { address: senderAddress.trim(), name: name.trim() },
    };
  }
  const name = await input(say("First sender's name"), required);
  if (name === undefined) return undefined;
  const citrixId = await input(say('Citrix ID (e.g. 999999teptes)'), (value) =>
    CITRIX_ID.test(value.trim())
      ? undefined
      : say('A Citrix ID is the customer number, then letters: 999999teptes.'),
  );
  if (citrixId === undefined) return undefined;
  const personAddress = await input(say('E-mail address (Sähköposti)'), address);
  if (personAddress === undefined) return undefined;
  return {
    mode: 'personRegister',
    company: company.trim(),
    person: { name: name.trim(), citrixId: citrixId.trim(), address: personAddress.trim() },
  };
}
