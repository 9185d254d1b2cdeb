import type * as vscode from 'vscode';
import type { NewConfigAnswers } from '../core';
import type { SendCommandOutcome, SendTestEmailArgs } from './commands/send';
import type { ScanStats } from './diagnostics/workspace-scan';
import type { ConfigurationNode } from './view/configurations-view';

/** What the extension exposes to its integration tests (and other extensions). */
export interface NovaMailApi {
  /** The language status shown for the active nova-mail file: its text and its detail. */
  statusText(): string;
  statusDetail(): string;
  /** Resolves once the diagnostics of the document's current version are published. */
  whenChecked(document: vscode.TextDocument): Promise<void>;
  /** Resolves once no check waits for a typing pause. */
  whenIdle(): Promise<void>;
  /** Resolves once the workspace scan under way (novaMail.scope: workspace) has checked every file. */
  whenScanned(): Promise<void>;
  /** For the benchmark: when activation began, and the last complete scan (files, end). */
  scanTimes(): { activatedAt: number; scan?: ScanStats };
  /** The last lines written to the Nova Mail output channel. */
  outputLines(): readonly string[];
  /**
   * The commands with their questions answered in advance, for the extension's own integration
   * tests: there only (absent from an installed extension), never through a command's arguments.
   */
  testing?: {
    sendTestEmail(args: SendTestEmailArgs): Promise<SendCommandOutcome>;
    newConfiguration(answers: NewConfigAnswers): Promise<vscode.Uri | undefined>;
    /** Saves an own server's password as Set SMTP password would (the secret storage). */
    storeSmtpPassword(file: vscode.Uri, user: string, host: string, password: string): Promise<void>;
    smtpPassword(file: vscode.Uri, user: string, host: string): Promise<string | undefined>;
    /** Drops the deliverability diagnostics and puts the kept ones back, as activation does after a restart. */
    restoreKeptVerdicts(): Promise<void>;
    /** The Nova Mail view's tooltip for a file's node (what a user reads on hovering it). */
    viewTooltip(node: ConfigurationNode): string | undefined;
  };
}
