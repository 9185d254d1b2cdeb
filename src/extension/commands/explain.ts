import * as path from 'path';
import * as vscode from 'vscode';
import type { Explanation } from '../../core';
import { core } from '../core';
import { desktopTranslator } from '../desktop-l10n';
import type { Log } from '../log';
import type { ReportDocuments } from '../workspace/report-documents';
import { readDeliverabilitySettings, readSettings } from '../settings/settings';
import { fileOf } from '../workspace/target-file';
import { findConfigurations, textOf } from '../workspace/workspace-files';

/** A saved message with its attachments (an invoice PDF or two) stays far below this. */
const MAX_MESSAGE_BYTES = 50 * 1024 * 1024;

/**
 * "Explain received mail": the message the user saved from their mailbox (.eml), explained in a
 * Markdown report opened beside it (see the core's explainMail).
 */
export class ExplainCommand implements vscode.Disposable {
  private readonly subscriptions: vscode.Disposable[];

  constructor(
    private readonly output: Log,
    private readonly reports: ReportDocuments,
  ) {
    this.subscriptions = [
      vscode.commands.registerCommand('novaMail.explainMail', (arg?: unknown) => this.explain(fileOf(arg))),
    ];
  }

  /** Resolves with the explanation (for scripts and tests), or undefined when there was none. */
  async explain(given: vscode.Uri | undefined): Promise<Explanation | undefined> {
    const settings = readSettings(given);
    const say = desktopTranslator(settings.language);
    const uri = given ?? vscode.window.activeTextEditor?.document.uri;
    if (!uri || !uri.path.toLowerCase().endsWith('.eml')) {
      void vscode.window.showErrorMessage(say('explain.needs-eml'));
      return undefined;
    }
    const name = path.basename(uri.path);
    this.output.line(say('log.explain-started', { time: new Date().toISOString() }));
    this.output.line(say('log.file', { file: vscode.workspace.asRelativePath(uri) }));
    const message = await readMessage(uri);
    if (typeof message === 'number') {
      const megabytes = (size: number) => (size / 1048576).toFixed(1);
      const refusal = say('explain.too-large', {
        file: name,
        size: megabytes(message),
        limit: megabytes(MAX_MESSAGE_BYTES),
      });
      this.output.line(refusal);
      void vscode.window.showErrorMessage(refusal);
      return undefined;
    }

    const { relay, dnsServer, server, badServer } = readDeliverabilitySettings(uri);
    if (badServer) {
      void vscode.window.showErrorMessage(say('dns.bad-server', { value: dnsServer }));
      return undefined;
    }
    let explanation: Explanation;
    try {
      explanation = await vscode.window.withProgress(
        { location: vscode.ProgressLocation.Notification, title: say('explain.reading', { file: name }) },
        async () =>
          core().explainMail(message, {
            relay,
            server,
            lang: settings.lang,
            configs: await workspaceConfigs(),
          }),
      );
    } catch (error) {
      if (!(error instanceof core().NotAMessage)) throw error;
      const refusal = say('explain.not-message', { file: name, why: error.why[settings.lang] });
      this.output.line(refusal);
      void vscode.window.showErrorMessage(refusal);
      return undefined;
    }
    for (const advice of explanation.advice) this.output.line(`  ${advice}`);

    await this.reports.show(
      say('explain.report-title', { file: name }),
      uri,
      core().explanationMarkdown(explanation, settings.lang),
    );
    return explanation;
  }

  dispose(): void {
    for (const subscription of this.subscriptions) subscription.dispose();
  }
}

/** The message's bytes, or its size when it is too large to read. */
async function readMessage(uri: vscode.Uri): Promise<Buffer | number> {
  const { size } = await vscode.workspace.fs.stat(uri);
  if (size > MAX_MESSAGE_BYTES) return size;
  return Buffer.from(await vscode.workspace.fs.readFile(uri));
}

/** The workspace's nova-mail.json files, to tell which one sends as the message's From. */
async function workspaceConfigs(): Promise<{ file: string; text: string }[]> {
  const { found } = await findConfigurations();
  return found
    .flatMap((file) => {
      const text = textOf(file);
      return text === undefined ? [] : [{ file: vscode.workspace.asRelativePath(file), text }];
    })
    .sort((a, b) => a.file.localeCompare(b.file));
}
