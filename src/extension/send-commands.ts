import * as vscode from 'vscode';
import {
  checkConnection,
  planConnectionCheck,
  planTestSend,
  recipientError,
  sendTestMail,
  type PlanError,
  type PlanResult,
  type SendOutcome,
  type SendPlan,
} from '../core/send';
import { isNovaMailDocument } from './documents';
import { t } from './i18n';
import { readSettings, type EditorSettings } from './settings';

/** Arguments for running the commands without prompts (scripts, keybindings, tests). */
export interface SendTestEmailArgs {
  uri?: vscode.Uri;
  to?: string;
  person?: string;
  /** Send even when the file has other problems, without asking. */
  sendAnyway?: boolean;
}

const LAST_RECIPIENT = 'novaMail.lastRecipient';

/** What the send command resolves with: the send's outcome, why nothing was sent, or undefined when the user stopped. */
export type SendCommandOutcome = SendOutcome | { ok: false; refused: PlanError } | undefined;

interface SendSettings {
  server?: string;
  timeoutMs: number;
  confirm: boolean;
}

function sendSettings(uri: vscode.Uri): SendSettings {
  const config = vscode.workspace.getConfiguration('novaMail.testSend', uri);
  const server = config.get<string>('server', '').trim();
  return {
    server: server === '' ? undefined : server,
    timeoutMs: config.get<number>('timeoutMs', 15_000),
    confirm: config.get<boolean>('confirm', true),
  };
}

export class SendCommands implements vscode.Disposable {
  private readonly output = vscode.window.createOutputChannel('Nova Mail');
  private readonly subscriptions: vscode.Disposable[];

  constructor(private readonly state: vscode.Memento) {
    this.subscriptions = [
      this.output,
      vscode.commands.registerCommand('novaMail.sendTestEmail', (arg?: vscode.Uri | SendTestEmailArgs) =>
        this.sendTestEmail(arg instanceof vscode.Uri ? { uri: arg } : (arg ?? {})),
      ),
      vscode.commands.registerCommand('novaMail.checkConnection', (arg?: vscode.Uri | { uri?: vscode.Uri }) =>
        this.checkConnection(arg instanceof vscode.Uri ? arg : arg?.uri),
      ),
    ];
  }

  /** Resolves with what happened (for scripts and tests), or undefined when the user stopped it. */
  async sendTestEmail(args: SendTestEmailArgs): Promise<SendCommandOutcome> {
    const document = await this.documentFor(args.uri);
    if (!document) return undefined;
    const settings = readSettings(document.uri);
    const send = sendSettings(document.uri);
    const say = (message: string, ...rest: (string | number)[]) => t(settings.language, message, ...rest);
    const plan = (to: string, person?: string): PlanResult =>
      planTestSend(document.getText(), {
        to,
        person,
        server: send.server,
        timeoutMs: send.timeoutMs,
        lang: settings.lang,
      });

    // A first plan with a stand-in recipient finds the sender (and whether to ask which person).
    let person = args.person;
    let draft = plan(args.to ?? 'recipient@example.invalid', person);
    if (!draft.ok && draft.error.kind === 'choose-person' && draft.error.candidates) {
      const picked = await vscode.window.showQuickPick(
        draft.error.candidates.map((candidate) => ({
          label: candidate.name ?? candidate.address,
          description: candidate.citrixId,
          detail: candidate.address,
          citrixId: candidate.citrixId,
        })),
        { title: say('Who sends the test message?'), ignoreFocusOut: true },
      );
      if (!picked) return undefined;
      person = picked.citrixId;
      draft = plan(args.to ?? 'recipient@example.invalid', person);
    }
    if (!draft.ok) return this.refuse(draft.error);

    let to = args.to;
    if (to === undefined) {
      to = await vscode.window.showInputBox({
        title: say('Send the test message to'),
        value: this.state.get<string>(LAST_RECIPIENT) ?? draft.plan.from.address,
        prompt: say('The recipient of the test message (the sender gets a copy when Lähetyskuittaus is on).'),
        ignoreFocusOut: true,
        validateInput: (value) => recipientError(value, settings.lang),
      });
      if (to === undefined) return undefined;
      await this.state.update(LAST_RECIPIENT, to.trim());
    }
    const planned = plan(to, person);
    if (!planned.ok) return this.refuse(planned.error);
    const { plan: ready } = planned;

    if (ready.problems.length > 0 && !args.sendAnyway) {
      const anyway = say('Send anyway');
      const answer = await vscode.window.showWarningMessage(
        say('The file has {0} problem(s). Send the test message anyway?', ready.problems.length),
        {
          modal: true,
          detail: say('Testing a wrong setting is fine: the result tells what the server thinks of it.'),
        },
        anyway,
      );
      if (answer !== anyway) return undefined;
    }
    if (send.confirm) {
      const sendButton = say('Send');
      const answer = await vscode.window.showInformationMessage(
        say('Send a test message?'),
        { modal: true, detail: this.describe(ready, settings) },
        sendButton,
      );
      if (answer !== sendButton) return undefined;
    }
    return this.deliver(ready, settings);
  }

  private refuse(error: PlanError): SendCommandOutcome {
    void vscode.window.showErrorMessage(error.message);
    return { ok: false, refused: error };
  }

  private describe(plan: SendPlan, settings: EditorSettings): string {
    const say = (message: string, ...rest: (string | number)[]) => t(settings.language, message, ...rest);
    const from = plan.from.name ? `${plan.from.name} <${plan.from.address}>` : plan.from.address;
    return [
      say(
        'Server: {0}:{1} (SSL {2})',
        plan.transport.host,
        plan.transport.port,
        plan.transport.secure ? say('on') : say('off'),
      ),
      say('From: {0}', from),
      say('To: {0}', plan.envelope.to.join(', ')),
    ].join('\n');
  }

  private async deliver(plan: SendPlan, settings: EditorSettings): Promise<SendOutcome> {
    const say = (message: string, ...rest: (string | number)[]) => t(settings.language, message, ...rest);
    const server = `${plan.transport.host}:${plan.transport.port}`;
    this.output.appendLine(`— ${new Date().toISOString()} ${say('Send test email')}`);
    for (const line of this.describe(plan, settings).split('\n')) this.output.appendLine(line);
    const outcome = await vscode.window.withProgress(
      {
        location: vscode.ProgressLocation.Notification,
        title: say('Sending a test message via {0}…', server),
        cancellable: true,
      },
      (_progress, token) => {
        const abort = new AbortController();
        token.onCancellationRequested(() => abort.abort());
        return sendTestMail(plan, {
          signal: abort.signal,
          onTranscriptLine: (line) => this.output.appendLine(line),
        });
      },
    );
    const showTranscript = say('Show transcript');
    if (outcome.ok) {
      const message = say('Accepted by {0}: {1}', server, outcome.result.serverReply);
      this.output.appendLine(message);
      void vscode.window.showInformationMessage(message, showTranscript).then((choice) => {
        if (choice === showTranscript) this.output.show(true);
      });
    } else {
      const message = `${outcome.failure.message} ${outcome.failure.hint}`;
      this.output.appendLine(message);
      void vscode.window.showErrorMessage(message, showTranscript).then((choice) => {
        if (choice === showTranscript) this.output.show(true);
      });
    }
    return outcome;
  }

  async checkConnection(uri?: vscode.Uri) {
    const document = await this.documentFor(uri);
    if (!document) return undefined;
    const settings = readSettings(document.uri);
    const send = sendSettings(document.uri);
    const say = (message: string, ...rest: (string | number)[]) => t(settings.language, message, ...rest);
    const planned = planConnectionCheck(document.getText(), {
      server: send.server,
      timeoutMs: send.timeoutMs,
      lang: settings.lang,
    });
    if (!planned.ok) {
      void vscode.window.showErrorMessage(planned.error.message);
      return undefined;
    }
    const { transport } = planned;
    const server = `${transport.host}:${transport.port}`;
    this.output.appendLine(`— ${new Date().toISOString()} ${say('Check SMTP connection')} ${server}`);
    const outcome = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: say('Connecting to {0}…', server) },
      () =>
        checkConnection(transport, settings.lang, {
          onTranscriptLine: (line) => this.output.appendLine(line),
        }),
    );
    if (outcome.ok) {
      const offers = outcome.report.capabilities.join(', ') || '—';
      const message = say(
        '{0} answered: {1}. It offers: {2}. Nothing was sent.',
        server,
        outcome.report.greeting,
        offers,
      );
      this.output.appendLine(message);
      void vscode.window.showInformationMessage(message);
    } else {
      const message = `${outcome.failure.message} ${outcome.failure.hint}`;
      this.output.appendLine(message);
      void vscode.window.showErrorMessage(message);
    }
    return outcome;
  }

  private async documentFor(uri: vscode.Uri | undefined): Promise<vscode.TextDocument | undefined> {
    // Sending reads settings that could point anywhere: only in a trusted workspace.
    if (!vscode.workspace.isTrusted) {
      void vscode.window.showErrorMessage(
        t(
          readSettings().language,
          'Sending test mail needs a trusted workspace; checking the file works without trust.',
        ),
      );
      return undefined;
    }
    const document = uri
      ? await vscode.workspace.openTextDocument(uri)
      : vscode.window.activeTextEditor?.document;
    if (!document || !isNovaMailDocument(document)) {
      void vscode.window.showErrorMessage(
        t(readSettings().language, 'Open a nova-mail.json or *.nova-mail.json file first.'),
      );
      return undefined;
    }
    return document;
  }

  dispose(): void {
    for (const subscription of this.subscriptions) subscription.dispose();
  }
}
