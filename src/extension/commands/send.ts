import * as vscode from 'vscode';
import type { CheckOutcome, Lang, PlanError, SendOutcome, SendPlan, TransportSettings } from '../../core';
import { TEST_SENT_CONTEXT } from '../contexts';
import { core } from '../core';
import { desktopTranslator, type DesktopSay } from '../desktop-l10n';
import type { LastResults } from '../state/last-results';
import type { Log } from '../log';
import type { MessageEditor } from '../send/message-editor';
import { withCancellableProgress } from '../progress';
import { readSendSettings, readSettings } from '../settings/settings';
import { fileOf, openTarget } from '../workspace/target-file';
import { EDITOR_WORDS } from '../words';
import type { SmtpPasswords } from '../send/passwords';

/**
 * What a send takes. Through the command, from anyone (the editor title, the explorer, a link):
 * the file only. The rest skips questions: only the extension's own tests pass it, through the
 * API that activate() returns outside production (see extension.ts).
 */
export interface SendTestEmailArgs {
  uri?: vscode.Uri;
  to?: string;
  person?: string;
  /** Send even when the file has other problems, without asking. */
  sendAnyway?: boolean;
}

/** What the send command resolves with: the send's outcome, why nothing was sent, or undefined when the user stopped. */
export type SendCommandOutcome = SendOutcome | { ok: false; refused: PlanError } | undefined;
export type CheckCommandOutcome = CheckOutcome | { ok: false; refused: PlanError } | undefined;

export class SendCommands implements vscode.Disposable {
  private readonly subscriptions: vscode.Disposable[];

  constructor(
    private readonly output: Log,
    /** Remembers the last recipient per file (workspace state: one client's never prefills another's). */
    private readonly state: vscode.Memento,
    private readonly messageEditor: MessageEditor,
    private readonly results: LastResults,
    private readonly passwords: SmtpPasswords,
  ) {
    this.subscriptions = [
      vscode.commands.registerCommand('novaMail.sendTestEmail', (arg?: unknown) =>
        this.sendTestEmail({ uri: fileOf(arg) }),
      ),
      vscode.commands.registerCommand('novaMail.checkConnection', (arg?: unknown) =>
        this.checkConnection(fileOf(arg)),
      ),
    ];
  }

  /** Resolves with what happened (for scripts and tests), or undefined when the user stopped it. */
  async sendTestEmail(args: SendTestEmailArgs): Promise<SendCommandOutcome> {
    const started = await this.start(args.uri, 'log.send-started');
    if (!started) return undefined;
    const { document, settings, say: sayHere, send, request } = started;
    // The file is checked once; the questions (who sends, to whom) are asked from what it says,
    // and the message is planned once, with the answers.
    const prepared = core().prepareTestSend(document.getText(), request);
    if (!prepared.ok) return this.refuse(prepared.error);
    const { senders, choosePerson } = prepared.prepared;

    let person = args.person;
    if (person === undefined && choosePerson) {
      const picked = await vscode.window.showQuickPick(
        senders.map((candidate) => ({
          label: candidate.name ?? candidate.address,
          description: candidate.citrixId,
          detail: candidate.address,
          citrixId: candidate.citrixId,
        })),
        { title: sayHere('send.who-sends'), ignoreFocusOut: true },
      );
      if (!picked) return this.stopped(sayHere('log.stopped-at-person'));
      person = picked.citrixId;
    }
    const chosen = core().senderOf(prepared.prepared, person);
    if (!chosen.ok) return this.refuse(chosen.error);

    let to = args.to;
    if (to === undefined) {
      const remembered = `novaMail.lastRecipient:${document.uri.toString()}`;
      to = await vscode.window.showInputBox({
        title: sayHere('send.to'),
        value: this.state.get<string>(remembered) ?? chosen.sender.address,
        prompt: sayHere('send.recipient-prompt'),
        ignoreFocusOut: true,
        validateInput: (value) => core().recipientError(value, settings.lang),
      });
      if (to === undefined) return this.stopped(sayHere('log.stopped-at-recipient'));
      await this.state.update(remembered, to.trim());
    }
    const planned = core().planPrepared(prepared.prepared, { to, person });
    if (!planned.ok) return this.refuse(planned.error);
    let ready = planned.plan;

    const askAnyway = ready.problems.length > 0 && !args.sendAnyway;
    if (askAnyway || send.confirm) {
      const button = askAnyway ? sayHere('send.anyway') : sayHere('send.send');
      const ask = askAnyway ? vscode.window.showWarningMessage : vscode.window.showInformationMessage;
      const answer = await ask(
        askAnyway
          ? sayHere('send.problems-send-anyway', { count: ready.problems.length })
          : sayHere('send.question'),
        {
          modal: true,
          detail: this.describe(ready, sayHere, askAnyway, await this.hasSavedPassword(document.uri, ready)),
        },
        button,
      );
      if (answer !== button) return this.stopped(sayHere('log.stopped-at-confirm'));
    }
    if (editsBeforeSending(document.getText())) {
      const planned = ready;
      const edited = await this.messageEditor.edit(planned, sayHere, (message) => {
        const replanned = core().withEditedMessage(planned, message);
        if (replanned.ok) return { ok: true, value: replanned.plan };
        this.log(replanned.error.message);
        return { ok: false, error: replanned.error.message };
      });
      if (!edited) return this.stopped(sayHere('log.stopped-in-editor'));
      ready = edited;
    }
    // Before the password is asked: whether it may go at all.
    if (core().loginInClear(ready) && !(await this.allowCleartext(ready, sayHere)))
      return this.stopped(sayHere('log.stopped-at-cleartext'));
    const secrets = await this.secretsFor(document.uri, ready, send.caFile, sayHere);
    if (!secrets) return undefined;
    const outcome = await this.deliver(
      ready,
      sayHere,
      { ...secrets.controls, allowCleartextLogin: core().loginInClear(ready) },
      secrets.typed,
    );
    await this.afterLogin(document.uri, ready, secrets, outcome, sayHere);
    const explained = outcome.ok ? undefined : outcome.failure.explained;
    this.results.record(document.uri, 'send', { ok: outcome.ok, ...(explained ? { explained } : {}) });
    return outcome;
  }

  /**
   * An own server's password (saved, or asked now) and a CA file to trust; undefined when the
   * person gave no password or the CA file cannot be read (said why).
   */
  private async secretsFor(
    file: vscode.Uri,
    plan: SendPlan,
    caFile: string | undefined,
    say: DesktopSay,
  ): Promise<{ controls: { password?: string; ca?: Buffer }; typed: boolean } | undefined> {
    const trusted = this.readCa(caFile, say, plan.lang);
    if (!trusted) return undefined;
    const { ca } = trusted;
    if (!plan.login) return { controls: ca ? { ca } : {}, typed: false };
    const { user } = plan.login;
    const saved = await this.passwords.get(file, user, plan.transport.host);
    const password = saved ?? (await this.passwords.ask(file, user, core().hostAndPort(plan.transport)));
    if (password === undefined) return this.stopped(say('log.no-password'));
    return { controls: { password, ...(ca ? { ca } : {}) }, typed: saved === undefined };
  }

  /**
   * SSL off with a login: the password would go unencrypted. Asked in a modal that says so, after
   * asking the server (EHLO only, nothing secret) whether it offers STARTTLS.
   */
  private async allowCleartext(plan: SendPlan, say: DesktopSay): Promise<boolean> {
    const server = core().hostAndPort(plan.transport);
    const startTls = await withCancellableProgress(say('send.connecting-to', { server }), (signal) =>
      core().offersStartTls(plan, { signal }),
    );
    const text = core().cleartextLoginText(plan, startTls);
    const send = { title: say('cleartext.send') };
    // VS Code's modal focuses its first button (Enter presses it): "Don't send" comes first, so
    // that the default answer sends nothing; VS Code adds its own Cancel (Escape) after them.
    const dontSend = { title: say('cleartext.dont-send') };
    // A dialog that could not be shown is no yes.
    const answer = await Promise.resolve(
      vscode.window.showWarningMessage(
        text.warning,
        { modal: true, detail: [text.advice, say('cleartext.detail')].filter(Boolean).join('\n\n') },
        dontSend,
        send,
      ),
    ).catch(() => undefined);
    return answer === send;
  }

  /** novaMail.testSend.caFile's certificate, when set; undefined (said why) when it cannot be read. */
  private readCa(caFile: string | undefined, say: DesktopSay, lang: Lang): { ca?: Buffer } | undefined {
    if (caFile === undefined) return {};
    // As the CLI reads --ca-file: a FIFO or /dev/zero is refused, never waited on or read whole.
    const read = core().readCaFile(caFile);
    if (read.ok) return { ca: read.pem };
    const reason = core().describeFsProblem(read.problem, lang, read.size, core().MAX_CA_FILE_BYTES);
    this.refuse({
      kind: 'invalid-config',
      message: say('password.ca-file-unreadable', { file: caFile, reason }),
    });
    return undefined;
  }

  /** A typed password is saved unless the server refused it; a saved one it refused is forgotten. */
  private async afterLogin(
    file: vscode.Uri,
    plan: SendPlan,
    secrets: { controls: { password?: string }; typed: boolean },
    outcome: SendOutcome,
    say: DesktopSay,
  ): Promise<void> {
    const { password } = secrets.controls;
    if (!plan.login || password === undefined) return;
    const { host } = plan.transport;
    // Forgotten only when the server refused the password at AUTH (not a 535 to MAIL FROM, not a
    // login Nova cannot make, not a TLS failure or a timeout).
    const refused = !outcome.ok && outcome.failure.passwordRefused === true;
    // Saved only once the server took it: the message accepted, or a login that succeeded (235)
    // before something else failed. A TLS failure or a timeout proves nothing of the password.
    const taken = outcome.ok || outcome.transcript.some((line) => / S: 235[ -]/.test(line));
    if (refused) {
      await this.passwords.delete(file, plan.login.user, host);
      if (!secrets.typed) this.log(say('password.refused', { user: plan.login.user }));
    } else if (secrets.typed && taken) {
      await this.passwords.store(file, plan.login.user, host, password);
      this.log(say('password.saved', { user: plan.login.user }));
    }
  }

  private refuse(error: PlanError): { ok: false; refused: PlanError } {
    this.log(error.message);
    void vscode.window.showErrorMessage(error.message);
    return { ok: false, refused: error };
  }

  /**
   * What a send and a connection check begin with: the log line, the workspace trust, the file
   * (opened, with its settings and words) and what the core's plan takes. Undefined when stopped.
   */
  private async start(uri: vscode.Uri | undefined, started: 'log.send-started' | 'log.check-started') {
    const say = desktopTranslator(readSettings(uri).language);
    this.log(say(started, { time: new Date().toISOString() }));
    if (!this.requireTrust(say)) return undefined;
    const target = await openTarget(uri);
    if (!target) return this.stopped(say('log.no-file'));
    const send = readSendSettings(target.document.uri);
    // The target's words in its own language, the desktop's included.
    const sayThere = desktopTranslator(target.settings.language);
    this.log(sayThere('log.file', { file: target.file }));
    const request = {
      server: send.server,
      timeoutMs: send.timeoutMs,
      lang: target.settings.lang,
      words: EDITOR_WORDS,
    };
    return { ...target, say: sayThere, send, request };
  }

  private stopped(why: string): undefined {
    this.log(why);
    return undefined;
  }

  /** Whether a password is saved for the plan's login at the host it goes to. */
  private async hasSavedPassword(file: vscode.Uri, plan: SendPlan): Promise<boolean> {
    return (
      plan.login !== undefined &&
      (await this.passwords.get(file, plan.login.user, plan.transport.host)) !== undefined
    );
  }

  private describe(
    plan: SendPlan,
    say: DesktopSay,
    problems: boolean,
    saved = true,
    sending = false,
  ): string {
    const from = plan.from.name ? `${plan.from.name} <${plan.from.address}>` : plan.from.address;
    const { host, port, ssl } = plan.transport;
    const lines = [
      say('send.server-line', { host, port, ssl: ssl ? say('state.on') : say('state.off') }),
      ...(plan.login
        ? [
            say(saved ? 'login.line' : sending ? 'login.line-typed' : 'login.line-asked', {
              user: plan.login.user,
            }),
          ]
        : []),
      say('send.from-line', { from }),
      say('send.to-line', { to: plan.envelope.to.join(', ') }),
    ];
    // Always said of an override (a workspace may set it): where the login goes is not the file's.
    if (plan.transport.overridden)
      lines.push('', say('send.override-is-tested', { server: core().hostAndPort(plan.transport) }));
    else if (problems) lines.push('', say('send.wrong-setting-is-fine'));
    return lines.join('\n');
  }

  private async deliver(
    plan: SendPlan,
    say: DesktopSay,
    controls: { password?: string; ca?: Buffer; allowCleartextLogin?: boolean },
    typed: boolean,
  ): Promise<SendOutcome> {
    const server = core().hostAndPort(plan.transport);
    for (const line of this.describe(plan, say, false, !typed, true).split('\n')) this.log(line);
    const outcome = await withCancellableProgress(say('send.sending-via', { server }), (signal) =>
      core().sendTestMail(plan, { signal, onTranscriptLine: (line) => this.log(line), ...controls }),
    );
    if (outcome.ok) {
      await vscode.commands.executeCommand('setContext', TEST_SENT_CONTEXT, true);
      const accepted = say('send.accepted-by', { server, reply: outcome.result.serverReply });
      const { loginNotTried } = outcome.result;
      // Accepted, but what the file's login would do was not seen: a warning, not a pass.
      if (loginNotTried) this.report(`${accepted} ${loginNotTried}`, say, 'warning');
      else this.report(accepted, say, 'info');
    } else {
      this.report(`${outcome.failure.message} ${outcome.failure.hint}`, say, 'error');
    }
    return outcome;
  }

  async checkConnection(uri?: vscode.Uri): Promise<CheckCommandOutcome> {
    const started = await this.start(uri, 'log.check-started');
    if (!started) return undefined;
    const { document, settings, say: sayHere, send, request } = started;
    const planned = core().planConnectionCheck(document.getText(), request);
    if (!planned.ok) return this.refuse(planned.error);
    const transport: TransportSettings = planned.transport;
    const server = core().hostAndPort(transport);
    const trusted = this.readCa(send.caFile, sayHere, settings.lang);
    if (!trusted) return undefined;
    const outcome = await withCancellableProgress(sayHere('send.connecting-to', { server }), (signal) =>
      core().checkConnection(transport, settings.lang, EDITOR_WORDS, {
        signal,
        onTranscriptLine: (line) => this.log(line),
        ...trusted,
      }),
    );
    if (outcome.ok) {
      const offers = outcome.report.capabilities.join(', ') || '—';
      this.report(
        sayHere('send.server-answered', { server, greeting: outcome.report.greeting, offers }),
        sayHere,
        'info',
      );
    } else {
      this.report(`${outcome.failure.message} ${outcome.failure.hint}`, sayHere, 'error');
    }
    return outcome;
  }

  /** A result for the person: in the output channel, and as a notification offering the transcript. */
  private report(message: string, say: DesktopSay, level: 'info' | 'warning' | 'error'): void {
    this.log(message);
    const show = say('send.show-transcript');
    const notify =
      level === 'info'
        ? vscode.window.showInformationMessage
        : level === 'warning'
          ? vscode.window.showWarningMessage
          : vscode.window.showErrorMessage;
    void notify(message, show).then((choice) => {
      if (choice === show) this.output.show();
    });
  }

  /** Sending reads settings that could point anywhere: only in a trusted workspace. */
  private requireTrust(say: DesktopSay): boolean {
    if (vscode.workspace.isTrusted) return true;
    const message = say('send.needs-trust');
    this.log(message);
    void vscode.window.showErrorMessage(message);
    return false;
  }

  private log(line: string): void {
    this.output.line(line);
  }

  dispose(): void {
    for (const subscription of this.subscriptions) subscription.dispose();
  }
}

/** The file's "editBeforeSend": Nova opens the message for editing before it goes. */
function editsBeforeSending(text: string): boolean {
  const value = core().parseJson(text).value;
  return (
    typeof value === 'object' &&
    value !== null &&
    (value as { editBeforeSend?: unknown }).editBeforeSend === true
  );
}
