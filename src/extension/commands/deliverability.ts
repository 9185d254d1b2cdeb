import * as path from 'path';
import * as vscode from 'vscode';
import type { DnsProblem } from '../../core';
import { DNS_CHECKED_CONTEXT } from '../contexts';
import { core } from '../core';
import { diagnosticOf, ruleOf, toRange } from '../diagnostics/diagnostics';
import { NOVA_MAIL_SELECTOR } from '../workspace/documents';
import { desktopTranslator, type DesktopSay } from '../desktop-l10n';
import type { KeptVerdictsStore } from '../state/kept-verdicts';
import type { LastResults } from '../state/last-results';
import type { ReportDocuments } from '../workspace/report-documents';
import type { Log } from '../log';
import { documentationAction, type RuleDocs } from '../diagnostics/rule-docs';
import { withCancellableProgress } from '../progress';
import { folderKey, readDeliverabilitySettings, readSettings } from '../settings/settings';
import { fileOf, openTarget } from '../workspace/target-file';
import { inSlices } from '../slices';
import { findConfigurations, textOf } from '../workspace/workspace-files';

/** Why a deliverability run gave no verdict: cancelled, the relay (or DNS) unreachable, a bad setting. */
type DnsRunRefusal = 'cancelled' | 'relay' | 'setting' | 'unreachable';

export const DNS_DIAGNOSTIC_SOURCE = 'nova-mail (DNS)';
/** The rules whose quick fix copies a whole SPF record to publish. */
const RECORD_RULES = new Set(['spf-not-authorized', 'spf-missing']);

/** What the command resolves with (for scripts and tests); undefined when there was no file. */
export type DeliverabilityOutcome =
  | { ok: true; problems: number; domains: string[] }
  | { ok: false; reason: DnsRunRefusal; message: string }
  | undefined;

/** What "Check deliverability for all" resolves with; undefined when the workspace has no file. */
export type DeliverabilityAllOutcome =
  | { ok: true; files: number; problems: number; domains: string[] }
  | { ok: false; reason: DnsRunRefusal; message: string }
  | undefined;

/**
 * "Check deliverability": only on command (never at activation or while typing, docs/contract.md §7). Its
 * results are diagnostics of their own collection on the sender addresses; an edit moves them
 * with their address (no DNS is asked) and drops those whose address changed.
 */
export class DeliverabilityCommands implements vscode.Disposable, vscode.CodeActionProvider {
  private readonly collection = vscode.languages.createDiagnosticCollection(DNS_DIAGNOSTIC_SOURCE);
  /**
   * Each document's problems as checked (positions of the text then), when, and those shown now:
   * moved with their addresses, without those whose address changed (back again when it is undone).
   */
  private readonly found = new Map<string, { at: number; checked: DnsProblem[]; shown: DnsProblem[] }>();
  private readonly subscriptions: vscode.Disposable[];

  constructor(
    private readonly output: Log,
    private readonly docs: RuleDocs,
    private readonly results: LastResults,
    private readonly kept: KeptVerdictsStore,
    private readonly reports: ReportDocuments,
  ) {
    // The kept verdicts are put back after activation returns (it stays cheap): each file is read.
    const restoring = setTimeout(() => void this.restore(), 0);
    this.subscriptions = [
      { dispose: () => clearTimeout(restoring) },
      this.collection,
      vscode.commands.registerCommand('novaMail.showDeliverabilityReport', (arg?: unknown) =>
        this.showKept(fileOf(arg)),
      ),
      // "Checked 3 hours ago" stays true: said anew when the window is back in focus.
      vscode.window.onDidChangeWindowState((state) => {
        if (state.focused) this.rerender();
      }),
      vscode.commands.registerCommand('novaMail.checkDeliverability', (arg?: unknown) =>
        this.check(fileOf(arg)),
      ),
      vscode.commands.registerCommand('novaMail.checkDeliverabilityAll', () => this.checkAll()),
      vscode.commands.registerCommand('novaMail.copySpfRecord', (record: unknown, domain: unknown) =>
        typeof record === 'string' ? this.copy(record, String(domain)) : undefined,
      ),
      vscode.workspace.onDidChangeTextDocument((event) => this.follow(event.document)),
      vscode.languages.registerCodeActionsProvider(NOVA_MAIL_SELECTOR, this, {
        providedCodeActionKinds: [vscode.CodeActionKind.QuickFix],
      }),
    ];
  }

  /** One file: the active one, the one given (explorer, view), or one chosen. */
  async check(uri: vscode.Uri | undefined): Promise<DeliverabilityOutcome> {
    const target = await openTarget(uri);
    if (!target) return undefined;
    const { document, file } = target;
    const sayHere = desktopTranslator(target.settings.language);
    const run = await this.run(
      [{ uri: document.uri, text: document.getText() }],
      sayHere('dns.checking', { file }),
    );
    if (!run.ok) return run;
    const problems = run.problems;
    const done =
      run.domains.length === 0
        ? sayHere('dns.no-senders', { file })
        : sayHere('dns.done', {
            file: file,
            problems: sayHere('count.problems', { count: problems }),
            domains: sayHere('count.domains', { count: run.domains.length }),
            relay: run.relay,
          });
    this.announce(done, sayHere);
    return { ok: true, problems, domains: run.domains };
  }

  /**
   * Every configuration of the workspace (the view's "Check deliverability for all"): one check per
   * workspace folder (its files share their settings and each domain is asked once), the problems
   * put on every file, open or not.
   */
  async checkAll(): Promise<DeliverabilityAllOutcome> {
    const say = desktopTranslator(readSettings().language);
    const { found } = await findConfigurations();
    if (found.length === 0) {
      void vscode.window.showInformationMessage(say('file.none-in-workspace'));
      return undefined;
    }
    // Files of one folder share their settings (the relay, the DNS server): one run each.
    const byFolder = new Map<string, { uri: vscode.Uri; text: string }[]>();
    let files = 0;
    for (const uri of found) {
      const text = textOf(uri);
      if (text === undefined) continue;
      const folder = folderKey(uri);
      if (!byFolder.has(folder)) byFolder.set(folder, []);
      byFolder.get(folder)?.push({ uri, text });
      files++;
    }
    if (files === 0) {
      void vscode.window.showInformationMessage(say('file.none-in-workspace'));
      return undefined;
    }
    let problems = 0;
    const domains = new Set<string>();
    const relays = new Set<string>();
    for (const group of byFolder.values()) {
      const run = await this.run(
        group,
        say('dns.checking-all', { configurations: say('count.configurations', { count: group.length }) }),
      );
      if (!run.ok) return run;
      problems += run.problems;
      for (const domain of run.domains) domains.add(domain);
      relays.add(run.relay);
    }
    this.announce(
      say('dns.done-all', {
        configurations: say('count.configurations', { count: files }),
        problems: say('count.problems', { count: problems }),
        domains: say('count.domains', { count: domains.size }),
        relay: [...relays].join(', '),
      }),
      say,
    );
    return { ok: true, files, problems, domains: [...domains].sort() };
  }

  /**
   * Checks files that share their settings (those of the first), logs what DNS said, shows each
   * file's problems and records its result. Resolves with the problem count and the domains.
   */
  private async run(
    files: readonly { uri: vscode.Uri; text: string }[],
    title: string,
  ): Promise<
    | { ok: true; problems: number; domains: string[]; relay: string }
    | { ok: false; reason: DnsRunRefusal; message: string }
  > {
    const settings = readSettings(files[0].uri);
    const say = desktopTranslator(settings.language);
    const { relay, dnsServer, server, badServer } = readDeliverabilitySettings(files[0].uri);
    if (badServer) {
      const message = say('dns.bad-server', { value: dnsServer });
      void vscode.window.showErrorMessage(message);
      return { ok: false, reason: 'setting', message };
    }
    this.output.line(say('log.dns-started', { time: new Date().toISOString() }));
    for (const { uri } of files)
      this.output.line(say('log.file', { file: vscode.workspace.asRelativePath(uri) }));

    const texts = files.map(({ text }) => text);
    const result = await withCancellableProgress(title, (signal) =>
      core()
        .checkDeliverability(texts, { relay, server, lang: settings.lang, rules: settings.rules, signal })
        .then((outcome) => ({ outcome, cancelled: signal.aborted })),
    );
    if (result.cancelled) {
      const message = say('dns.cancelled');
      this.output.line(message);
      void vscode.window.showInformationMessage(message);
      return { ok: false, reason: 'cancelled', message };
    }
    const { outcome } = result;
    if (!outcome.ok) {
      this.output.line(outcome.message);
      void vscode.window.showErrorMessage(outcome.message);
      return { ok: false, reason: 'relay', message: outcome.message };
    }

    this.output.line(
      say('log.relay', {
        host: outcome.relays.map((relay) => relay.host).join(', '),
        addresses: outcome.relays.flatMap((relay) => relay.addresses).join(', '),
      }),
    );
    for (const domain of outcome.domains) this.output.line(`  ${domain.summary}`);
    for (const note of outcome.notes) {
      this.output.line(note);
      void vscode.window.showWarningMessage(note);
    }
    let problems = 0;
    const at = Date.now();
    const relayNames = outcome.relays.map((relay) => relay.host).join(', ');
    files.forEach(({ uri }, index) => {
      // An open document may have changed while DNS answered: the problems follow their addresses.
      const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
      const found = outcome.files[index];
      this.show(uri, found, at, open?.getText());
      problems += found.length;
    });
    await this.kept.keep(
      files.map(({ uri }, index) => [
        uri,
        { at, relay: relayNames, problems: outcome.files[index], domains: outcome.summaries[index] },
      ]),
    );
    this.results.recordAll(
      'deliverability',
      files.map(({ uri }, index) => [
        uri,
        { ok: outcome.files[index].length === 0, problems: outcome.files[index].length },
      ]),
    );
    await vscode.commands.executeCommand('setContext', DNS_CHECKED_CONTEXT, true);
    if (outcome.nothingChecked) {
      // Each address says it could not be checked; the run says why none could.
      this.output.line(outcome.nothingChecked);
      void vscode.window.showErrorMessage(outcome.nothingChecked);
      return { ok: false, reason: 'unreachable', message: outcome.nothingChecked };
    }
    return {
      ok: true,
      problems,
      domains: outcome.domains.map((domain) => domain.domain),
      relay: outcome.relay.host,
    };
  }

  private announce(done: string, say: DesktopSay): void {
    this.output.line(done);
    void vscode.window.showInformationMessage(done, say('dns.show-output')).then((choice) => {
      if (choice) this.output.show();
    });
  }

  provideCodeActions(
    document: vscode.TextDocument,
    _range: vscode.Range,
    context: vscode.CodeActionContext,
  ): vscode.CodeAction[] {
    const ours = context.diagnostics.filter((diagnostic) => diagnostic.source === DNS_DIAGNOSTIC_SOURCE);
    if (ours.length === 0) return [];
    const say = desktopTranslator(readSettings(document.uri).language);
    const problems = this.found.get(document.uri.toString())?.shown ?? [];
    const actions: vscode.CodeAction[] = [];
    const rules = new Set<string>();
    for (const diagnostic of ours) {
      const rule = ruleOf(diagnostic, DNS_DIAGNOSTIC_SOURCE);
      if (!rule) continue;
      rules.add(rule);
      const problem = problems.find(
        (candidate) => candidate.rule === rule && toRange(candidate.range).isEqual(diagnostic.range),
      );
      if (!problem?.record || !RECORD_RULES.has(rule)) continue;
      const action = new vscode.CodeAction(
        say('dns.copy-spf-record', { domain: problem.domain }),
        vscode.CodeActionKind.QuickFix,
      );
      action.command = {
        command: 'novaMail.copySpfRecord',
        title: action.title,
        arguments: [problem.record, problem.domain],
      };
      action.diagnostics = [diagnostic];
      action.isPreferred = true;
      actions.push(action);
    }
    for (const rule of rules) actions.push(documentationAction(rule, say));
    return actions;
  }

  private async copy(record: string, domain: string): Promise<void> {
    await vscode.env.clipboard.writeText(record);
    const say = desktopTranslator(readSettings().language);
    void vscode.window.showInformationMessage(say('dns.copied-spf-record', { domain }));
  }

  private follow(document: vscode.TextDocument): void {
    const found = this.found.get(document.uri.toString());
    if (!found) return;
    this.show(document.uri, found.checked, found.at, document.getText());
  }

  /** The verdicts kept from an earlier session, on the addresses that are still where they were. */
  /** Each file is read and parsed: in slices, so that thousands kept never freeze the host after activation. */
  private async restore(): Promise<void> {
    await inSlices(this.kept.entries(), ([uri, kept]) => {
      if (this.found.has(uri.toString())) return;
      const text = textOf(uri);
      if (text !== undefined) this.show(uri, kept.problems, kept.at, text);
    });
  }

  /** What a restart does: nothing shown, then the kept verdicts put back. */
  restoreAfresh(): Promise<void> {
    this.found.clear();
    this.collection.clear();
    return this.restore();
  }

  private rerender(): void {
    for (const [key, found] of this.found) {
      const uri = vscode.Uri.parse(key);
      this.show(
        uri,
        found.checked,
        found.at,
        vscode.workspace.textDocuments.find((d) => d.uri.toString() === key)?.getText(),
      );
    }
  }

  /**
   * The problems of a check on their addresses in `text` (the file's text now; as checked when
   * absent). Each diagnostic says when it was checked ("Checked 3 days ago, …"): never as if DNS
   * were asked now.
   */
  private show(uri: vscode.Uri, checked: DnsProblem[], at: number, text?: string): void {
    const key = uri.toString();
    if (checked.length === 0) {
      this.found.delete(key);
      this.collection.delete(uri);
      return;
    }
    const shown = text === undefined ? checked : core().relocateDnsProblems(text, checked);
    this.found.set(key, { at, checked, shown });
    const { lang } = readSettings(uri);
    const now = Date.now();
    this.collection.set(
      uri,
      shown.map((problem) =>
        diagnosticOf(core().withCheckedWhen(problem, at, now, lang), DNS_DIAGNOSTIC_SOURCE, this.docs),
      ),
    );
  }

  /** The last check of a file as a report beside it, offline, with when it was made. */
  private async showKept(uri: vscode.Uri | undefined): Promise<vscode.Uri | undefined> {
    const target = await openTarget(uri);
    if (!target) return undefined;
    const { document, file, settings } = target;
    const say = desktopTranslator(settings.language);
    const kept = this.kept.of(document.uri);
    if (!kept) {
      void vscode.window.showInformationMessage(say('dns.nothing-kept', { file }));
      return undefined;
    }
    const { lang } = settings;
    return this.reports.show(
      say('dns.kept-report-title', { file: path.basename(document.uri.path) }),
      document.uri,
      core().keptMarkdown(file, kept, Date.now(), lang),
    );
  }

  dispose(): void {
    for (const subscription of this.subscriptions) subscription.dispose();
  }
}
