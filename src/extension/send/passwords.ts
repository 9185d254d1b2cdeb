import * as vscode from 'vscode';
import { core } from '../core';
import { desktopTranslator } from '../desktop-l10n';
import { readSendSettings, readSettings } from '../settings/settings';
import { fileOf, openTarget } from '../workspace/target-file';

/**
 * An own server's passwords, in VS Code's secret storage (the OS keychain where there is one): per
 * file, username and the host it was given for, never in the file, never in a setting or a log. A
 * send to another host (a pulled smtp.server, a workspace's testSend.server) finds none, and asks
 * again in words that name that host.
 */
export class SmtpPasswords implements vscode.Disposable {
  private readonly subscriptions: vscode.Disposable[];

  constructor(private readonly secrets: vscode.SecretStorage) {
    this.subscriptions = [
      vscode.commands.registerCommand('novaMail.setSmtpPassword', (arg?: unknown) => this.set(fileOf(arg))),
      vscode.commands.registerCommand('novaMail.forgetSmtpPassword', (arg?: unknown) =>
        this.forget(fileOf(arg)),
      ),
      vscode.commands.registerCommand(
        'novaMail.movePasswordsToSecretStorage',
        (uri: unknown, list: unknown) =>
          uri instanceof vscode.Uri && Array.isArray(list) ? this.movedAll(uri, list) : undefined,
      ),
      vscode.commands.registerCommand(
        'novaMail.movePasswordToSecretStorage',
        (uri: unknown, user: unknown, password: unknown) =>
          uri instanceof vscode.Uri && typeof user === 'string' && typeof password === 'string'
            ? this.moved(uri, user, password)
            : undefined,
      ),
    ];
  }

  get(file: vscode.Uri, user: string, host: string): Thenable<string | undefined> {
    return this.secrets.get(keyOf(file, user, host));
  }

  store(file: vscode.Uri, user: string, host: string, password: string): Thenable<void> {
    return this.secrets.store(keyOf(file, user, host), password);
  }

  delete(file: vscode.Uri, user: string, host: string): Thenable<void> {
    return this.secrets.delete(keyOf(file, user, host));
  }

  /** Asks for the password (never echoed), or undefined when the person gives none. */
  async ask(file: vscode.Uri, user: string, server: string): Promise<string | undefined> {
    const say = desktopTranslator(readSettings(file).language);
    const password = await vscode.window.showInputBox({
      title: say('password.title', { user, server }),
      prompt: say('password.prompt'),
      password: true,
      ignoreFocusOut: true,
    });
    return password === undefined || password === '' ? undefined : password;
  }

  private async set(uri: vscode.Uri | undefined): Promise<void> {
    const chosen = await this.chooseLogin(uri);
    if (!chosen) return;
    const password = await this.ask(chosen.document.uri, chosen.user, chosen.host);
    if (password === undefined) return;
    await this.store(chosen.document.uri, chosen.user, chosen.host, password);
    void vscode.window.showInformationMessage(chosen.say('password.saved', { user: chosen.user }));
  }

  private async forget(uri: vscode.Uri | undefined): Promise<void> {
    const chosen = await this.chooseLogin(uri);
    if (!chosen) return;
    await this.delete(chosen.document.uri, chosen.user, chosen.host);
    void vscode.window.showInformationMessage(chosen.say('password.forgotten', { user: chosen.user }));
  }

  /**
   * After the quick fix replaced a password in the file with xxx: the value goes here, for the
   * file's own server (the one it was written down for), never for an override: a workspace's
   * novaMail.testSend.server must ask for its own (a helper's finding: it got the moved one).
   */
  private async moved(uri: vscode.Uri, user: string, password: string): Promise<void> {
    const document = await vscode.workspace.openTextDocument(uri);
    await this.store(uri, user, fileServer(document), password);
    const say = desktopTranslator(readSettings(uri).language);
    const id = document.isDirty ? 'password.moved-unsaved' : 'password.moved';
    void vscode.window.showInformationMessage(say(id, { user }));
  }

  /** After Fix all replaced an own server's passwords with xxx: each goes here, none is dropped. */
  private async movedAll(uri: vscode.Uri, list: unknown[]): Promise<void> {
    for (const item of list) {
      const { user, password } = (item ?? {}) as { user?: unknown; password?: unknown };
      if (typeof user === 'string' && typeof password === 'string') await this.moved(uri, user, password);
    }
  }

  private async chooseLogin(uri: vscode.Uri | undefined) {
    const target = await openTarget(uri);
    if (!target) return undefined;
    const { document } = target;
    const sayHere = desktopTranslator(target.settings.language);
    const logins = core().ownServerLogins(document.getText());
    if (logins.length === 0) {
      void vscode.window.showInformationMessage(sayHere('password.no-logins'));
      return undefined;
    }
    const user =
      logins.length === 1
        ? logins[0]
        : await vscode.window.showQuickPick(logins, {
            title: sayHere('password.choose-login'),
            ignoreFocusOut: true,
          });
    return user ? { document, user, host: destinationHost(document), say: sayHere } : undefined;
  }

  dispose(): void {
    for (const subscription of this.subscriptions) subscription.dispose();
  }
}

/**
 * The host a send from this file goes to: the server override when one is set, else the file's
 * server (as the send plans it).
 */
function destinationHost(document: vscode.TextDocument): string {
  const override = readSendSettings(document.uri).server;
  const parsed = override === undefined ? undefined : core().parseServer(override);
  return parsed ? parsed.host : fileServer(document);
}

/** The server the file itself names. */
function fileServer(document: vscode.TextDocument): string {
  const config = core().parseJson(document.getText()).value as { smtp?: { server?: unknown } } | undefined;
  return typeof config?.smtp?.server === 'string' ? config.smtp.server.trim() : '';
}

/**
 * One secret per file, username and host (a username or host in any letter case is the same):
 * a password is never found for a host it was not given for.
 */
function keyOf(file: vscode.Uri, user: string, host: string): string {
  return `novaMail.smtpPassword:${file.toString()}:${user.toLowerCase()}:${host.toLowerCase()}`;
}
