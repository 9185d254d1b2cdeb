import { configurationDescription } from './view-description';
import * as vscode from 'vscode';
import { fileNameOf } from '../workspace/documents';
import type { ConfigSummary, KeptVerdicts, Lang } from '../../core';
import { core } from '../core';
import type { DiagnosticsController } from '../diagnostics/diagnostics';
import { translator, type Say } from '../l10n';
import type { KeptVerdictsStore } from '../state/kept-verdicts';
import type { LastResult, LastResults } from '../state/last-results';
import { lintOptions, readSettings } from '../settings/settings';
import { inSlices } from '../slices';
import { currentText, currentTextAnywhere, findConfigurations, onDisk } from '../workspace/workspace-files';
import type { DiskText } from '../diagnostics/diagnostics';

export const VIEW_ID = 'novaMail.configurations';
/** Rebuilding waits this long after the last change (a scan publishes files in batches). */
const SETTLE_MS = 250;

/** A node of the Nova Mail view, as the view model command returns it (plain data). */
export interface ConfigurationNode {
  kind: 'configuration';
  /** The file (as a URI string) and where it is shown relative to its folder. */
  uri: string;
  file: string;
  label: string;
  senderMode: ConfigSummary['senderMode'] | null;
  /** An own mail server's service, or null for the hosted service. */
  ownServer: string | null;
  persons: number;
  errors: number;
  warnings: number;
  /** The last test send and deliverability check of the file, when there was one. */
  lastSend: LastResult | null;
  lastDeliverability: LastResult | null;
  children: SenderNode[];
  /** Another file shows the same label (one company, two files): the file is said first. */
  sharedLabel?: boolean;
}

export interface SenderNode {
  kind: 'person' | 'sender';
  uri: string;
  label: string;
  citrixId: string | null;
  address: string | null;
  /** The role and the Sähköposti tab are right (always true for a defined sender). */
  ok: boolean;
  /** Where the node is in the file, to reveal it. */
  offset: number;
  /** The kept deliverability verdict of its address: when, and the rules that found a problem. */
  dns: { at: number; problems: string[] } | null;
}

type Node = ConfigurationNode | SenderNode;

/**
 * The Nova Mail view: one node per configuration of the workspace (company, sender mode, persons,
 * problem counts), its senders as children. Each file's node is built from its text (the open
 * editor's when there is one) with the user's rule settings, and kept until that file's problems
 * or results change: an edit in one file never makes the view read the others again.
 */
export class ConfigurationsView implements vscode.TreeDataProvider<Node>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<Node | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  /** The files, as last found; found again when a file not among them changes. */
  private files: Promise<vscode.Uri[]> | undefined;
  /** The keys of the files found last (once found), to tell a new file from a known one. */
  private listed: Set<string> | undefined;
  private readonly nodesByFile = new Map<string, ConfigurationNode | undefined>();
  /** The summary each node was built from (its problems left out), for the report. */
  private readonly summaries = new Map<string, ConfigSummary>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly subscriptions: vscode.Disposable[];
  /**
   * Words for a failed send's server reply: given by the desktop entry, which can send. The web
   * entry cannot, and its bundle leaves the table of SMTP replies out (8 KB of its 200 KB).
   */
  private explainReply: ExplainReply | undefined;

  constructor(
    diagnostics: DiagnosticsController,
    private readonly results: LastResults,
    private readonly kept: KeptVerdictsStore,
  ) {
    const view = vscode.window.createTreeView(VIEW_ID, { treeDataProvider: this, showCollapseAll: true });
    this.subscriptions = [
      view,
      this.changed,
      diagnostics.onDidUpdate((uris) => this.filesChanged(uris)),
      results.onDidChange((uri) => this.filesChanged([uri])),
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (['novaMail', 'files.exclude', 'search.exclude'].some((key) => event.affectsConfiguration(key)))
          this.refresh();
      }),
      vscode.commands.registerCommand('novaMail.refreshView', () => this.refresh()),
      vscode.commands.registerCommand('novaMail.viewModel', () => this.nodes()),
      vscode.commands.registerCommand('novaMail.revealInFile', (node: unknown) => reveal(node)),
    ];
  }

  /** Everything found and built again (the Refresh button, a changed setting). */
  refresh(): void {
    this.files = this.listed = undefined;
    this.nodesByFile.clear();
    this.summaries.clear();
    this.fireSoon();
  }

  /** The view's model (also for scripts and tests): every configuration with its senders. */
  async nodes(): Promise<ConfigurationNode[]> {
    this.files ??= findConfigurations().then(({ found }) => {
      this.listed = new Set(found.map((uri) => uri.toString()));
      return found;
    });
    const files = await this.files;
    // Files no disk of ours holds (a browser's, a virtual workspace's) are read first, through workspace.fs.
    const elsewhere = new Map<string, DiskText | undefined>();
    const unread = files.filter((uri) => !onDisk(uri) && !this.nodesByFile.has(uri.toString()));
    // 32 at a time: thousands of reads at once through the window swamp it (measured: 3,106 files, 7-9 s).
    for (let start = 0; start < unread.length; start += 32)
      for (const [key, read] of await Promise.all(
        unread
          .slice(start, start + 32)
          .map(async (uri) => [uri.toString(), await currentTextAnywhere(uri)] as const),
      ))
        elsewhere.set(key, read);
    // Each file not yet built is read and summarized: in slices, so that thousands never freeze the host.
    const nodes: (ConfigurationNode | undefined)[] = [];
    await inSlices(files, (uri) => nodes.push(this.nodeOf(uri, elsewhere.get(uri.toString()))));
    // By company as people read them: Asiakas 2 before Asiakas 10, Ä after Z.
    const collator = new Intl.Collator('fi', { numeric: true });
    const sorted = nodes
      .filter((node): node is ConfigurationNode => node !== undefined)
      .sort((a, b) => collator.compare(a.label, b.label) || a.file.localeCompare(b.file));
    // Two files of one company look the same by their label: those say their file first.
    const seen = new Map<string, number>();
    for (const node of sorted) seen.set(node.label, (seen.get(node.label) ?? 0) + 1);
    return sorted.map((node) => ((seen.get(node.label) ?? 0) > 1 ? { ...node, sharedLabel: true } : node));
  }

  /** Each configuration's summary, as the view shows them (for Export report): its file and its summary. */
  async summarized(): Promise<{ file: string; summary: ConfigSummary }[]> {
    return (await this.nodes()).flatMap((node) => {
      const summary = this.summaries.get(node.uri);
      return summary ? [{ file: node.file, summary }] : [];
    });
  }

  async getChildren(node?: Node): Promise<Node[]> {
    if (!node) return this.nodes();
    return node.kind === 'configuration' ? node.children : [];
  }

  getTreeItem(node: Node): vscode.TreeItem {
    const say = translator(readSettings(vscode.Uri.parse(node.uri)).language);
    return node.kind === 'configuration'
      ? configurationItem(node, say, this.explainReply)
      : senderItem(node, say);
  }

  /** Shows a failed send's server reply in words (the desktop entry; see explainReply). */
  explainRepliesWith(explain: ExplainReply): void {
    this.explainReply = explain;
  }

  private nodeOf(uri: vscode.Uri, read?: DiskText): ConfigurationNode | undefined {
    const key = uri.toString();
    if (!this.nodesByFile.has(key)) {
      const built = configurationNode(uri, this.results, this.kept.of(uri), read);
      this.nodesByFile.set(key, built?.node);
      if (built) this.summaries.set(key, { ...built.summary, problems: [] });
      else this.summaries.delete(key);
    }
    return this.nodesByFile.get(key);
  }

  /** Those files' nodes are built again; a file not yet listed (created) makes the list be found again. */
  private filesChanged(uris: readonly vscode.Uri[]): void {
    for (const uri of uris) {
      const key = uri.toString();
      this.nodesByFile.delete(key);
      this.summaries.delete(key);
      if (this.listed && !this.listed.has(key)) this.files = this.listed = undefined;
    }
    this.fireSoon();
  }

  /** A scan publishes files in batches: the tree is told once they settle. */
  private fireSoon(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.changed.fire(undefined), SETTLE_MS);
  }

  dispose(): void {
    clearTimeout(this.timer);
    for (const subscription of this.subscriptions) subscription.dispose();
  }
}

/** A file's node and the summary it shows; undefined when it cannot be read (deleted since it was found). */
function configurationNode(
  uri: vscode.Uri,
  results: LastResults,
  kept: KeptVerdicts | undefined,
  read = currentText(uri),
): { node: ConfigurationNode; summary: ConfigSummary } | undefined {
  if (!read) return undefined;
  // A file too large to read, or one that cannot be read, is listed with its one problem.
  const summary: ConfigSummary =
    'text' in read
      ? core().summarize(read.text, lintOptions(readSettings(uri)))
      : { persons: [], errors: 1, warnings: 0, problems: [] };
  const key = uri.toString();
  const last = results.of(uri);
  const dnsOf = (address: string | undefined): SenderNode['dns'] =>
    kept && address
      ? {
          at: kept.at,
          problems: kept.problems
            .filter((problem) => problem.address === address)
            .map((problem) => `${problem.rule} (${problem.severity})`),
        }
      : null;
  const children: SenderNode[] =
    summary.senderMode === 'defined' && summary.sender
      ? [
          {
            kind: 'sender',
            uri: key,
            label: summary.sender.name ?? summary.sender.address ?? '?',
            citrixId: null,
            address: summary.sender.address ?? null,
            ok: true,
            offset: summary.sender.offset,
            dns: dnsOf(summary.sender.address),
          },
        ]
      : summary.persons.map((person) => ({
          kind: 'person',
          uri: key,
          label: person.name ?? `#${person.index + 1}`,
          citrixId: person.citrixId ?? null,
          address: person.address ?? null,
          ok: person.roleOk && person.tabOk,
          offset: person.offset,
          dns: dnsOf(person.address),
        }));
  const node: ConfigurationNode = {
    kind: 'configuration',
    uri: key,
    file: vscode.workspace.asRelativePath(uri, (vscode.workspace.workspaceFolders?.length ?? 0) > 1),
    label: summary.company ?? fileNameOf(uri),
    senderMode: summary.senderMode ?? null,
    ownServer: summary.ownServer ?? null,
    persons: summary.persons.length,
    errors: summary.errors,
    warnings: summary.warnings,
    lastSend: last.send ?? null,
    lastDeliverability: last.deliverability ?? null,
    children,
  };
  return { node, summary };
}

/** A server reply's words, by the id of the SMTP replies' table, in a language (none for an unknown id). */
export type ExplainReply = (id: string, lang: Lang) => string | undefined;

/** The last failed send's server reply, status and words, when there are words for it. */
function replyLine(node: ConfigurationNode, explainReply: ExplainReply | undefined): string | undefined {
  const explained = node.lastSend?.explained;
  const words = explained && explainReply?.(explained.id, readSettings(vscode.Uri.parse(node.uri)).lang);
  return explained && words ? `${explained.status}: ${words}` : undefined;
}

/** A moment in Finnish as Finnish writes it (the extension host's own locale is en-US: 12/6/2026, 7:18 PM). */
function shownTime(at: number, lang: string): string {
  return new Date(at).toLocaleString(lang === 'fi' ? 'fi-FI' : undefined);
}

function configurationItem(node: ConfigurationNode, say: Say, explainReply?: ExplainReply): vscode.TreeItem {
  const { lang } = readSettings(vscode.Uri.parse(node.uri));
  const item = new vscode.TreeItem(
    core().escapeControl(node.label),
    vscode.TreeItemCollapsibleState.Collapsed,
  );
  item.description = configurationDescription(node, say);
  if (node.sharedLabel) item.description = `${node.file} · ${item.description}`;
  const last = [
    node.lastSend &&
      say(node.lastSend.ok ? 'view.send-ok' : 'view.send-failed', {
        time: shownTime(node.lastSend.at, lang),
      }),
    node.lastDeliverability &&
      say('view.deliverability', {
        problems: say('count.problems', { count: node.lastDeliverability.problems ?? 0 }),
        ago: core().checkedAgo(node.lastDeliverability.at, Date.now(), lang),
        time: shownTime(node.lastDeliverability.at, lang),
      }),
    replyLine(node, explainReply),
  ].filter((line): line is string => Boolean(line));
  if (node.lastSend) item.description += ` · ${node.lastSend.ok ? '✓' : '✗'} ${say('view.sent')}`;
  if (node.lastDeliverability)
    item.description += ` · ${say('view.dns-short', {
      problems: say('count.problems', { count: node.lastDeliverability.problems ?? 0 }),
      ago: core().checkedAgo(node.lastDeliverability.at, Date.now(), lang),
    })}`;
  item.tooltip = [node.file, item.description, ...last].join('\n');
  item.iconPath =
    node.errors > 0
      ? new vscode.ThemeIcon('error', new vscode.ThemeColor('problemsErrorIcon.foreground'))
      : node.warnings > 0
        ? new vscode.ThemeIcon('warning', new vscode.ThemeColor('problemsWarningIcon.foreground'))
        : new vscode.ThemeIcon('pass', new vscode.ThemeColor('testing.iconPassed'));
  item.resourceUri = vscode.Uri.parse(node.uri);
  item.contextValue = 'novaMail.configuration';
  item.id = node.uri;
  item.command = { command: 'novaMail.revealInFile', title: say('view.open'), arguments: [node] };
  return item;
}

function senderItem(node: SenderNode, say: Say): vscode.TreeItem {
  const item = new vscode.TreeItem(core().escapeControl(node.label), vscode.TreeItemCollapsibleState.None);
  item.description = core().escapeControl([node.citrixId, node.address].filter(Boolean).join(' · '));
  item.tooltip = [
    node.ok ? say('view.sender-ok') : say('view.sender-not-ok'),
    node.dns &&
      say('view.sender-dns', {
        ago: core().checkedAgo(node.dns.at, Date.now(), readSettings(vscode.Uri.parse(node.uri)).lang),
        problems: node.dns.problems.join(', ') || say('count.problems', { count: 0 }),
      }),
  ]
    .filter(Boolean)
    .join('\n');
  item.iconPath = new vscode.ThemeIcon(
    node.kind === 'sender' ? 'mail' : node.ok ? 'person' : 'warning',
    node.ok ? undefined : new vscode.ThemeColor('problemsWarningIcon.foreground'),
  );
  item.contextValue = `novaMail.${node.kind}`;
  item.id = `${node.uri}#${node.offset}`;
  item.command = { command: 'novaMail.revealInFile', title: say('view.open'), arguments: [node] };
  return item;
}

/** Opens the node's file with the cursor on it (a configuration: its start). */
async function reveal(node: unknown): Promise<void> {
  if (typeof node !== 'object' || node === null || typeof (node as Node).uri !== 'string') return;
  const target = node as Node;
  const document = await vscode.workspace.openTextDocument(vscode.Uri.parse(target.uri));
  const position = document.positionAt(target.kind === 'configuration' ? 0 : target.offset);
  await vscode.window.showTextDocument(document, { selection: new vscode.Range(position, position) });
}
