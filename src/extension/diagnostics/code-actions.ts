import * as vscode from 'vscode';
import type { Problem, TextEdit } from '../../core';
import { core } from '../core';
import { isWebHost } from '../host';
import { ruleOf, toRange, type DiagnosticsController } from './diagnostics';
import { isNovaMailDocument } from '../workspace/documents';
import { documentationAction } from './rule-docs';
import { translator, type Say } from '../l10n';
import { lintOptions, readSettings, type EditorSettings } from '../settings/settings';

export const FIX_ALL_KIND = vscode.CodeActionKind.SourceFixAll.append('novaMail');

/** "Fix all" offered as a quick fix: its edit (up to ten lint passes) is computed only when chosen. */
class FixAllQuickFix extends vscode.CodeAction {
  constructor(
    title: string,
    readonly document: vscode.TextDocument,
    readonly settings: EditorSettings,
  ) {
    super(title, vscode.CodeActionKind.QuickFix);
  }
}

/**
 * Quick fixes for our diagnostics, "Fix all" (as a quick fix and as source.fixAll.novaMail, so it
 * can run on save) and each rule's documentation. Fixes come from the core for the document's
 * current version; none is offered whose result would not parse, and Fix all writes nothing to a
 * file that does not parse (it says why instead).
 */
export class NovaMailCodeActions implements vscode.CodeActionProvider<vscode.CodeAction> {
  constructor(private readonly diagnostics: DiagnosticsController) {}

  static readonly metadata: vscode.CodeActionProviderMetadata = {
    providedCodeActionKinds: [vscode.CodeActionKind.QuickFix, FIX_ALL_KIND],
  };

  provideCodeActions(
    document: vscode.TextDocument,
    _range: vscode.Range,
    context: vscode.CodeActionContext,
  ): vscode.CodeAction[] {
    if (!isNovaMailDocument(document)) return [];
    const settings = readSettings(document.uri);
    if (!settings.enable) return [];
    const say = translator(settings.language);
    if (context.only && !context.only.intersects(vscode.CodeActionKind.QuickFix)) {
      if (!FIX_ALL_KIND.intersects(context.only)) return [];
      const action = new vscode.CodeAction(say('action.fix-all'), FIX_ALL_KIND);
      const result = fixAllEdit(document, settings, say);
      if (!result.edit) return [];
      action.edit = result.edit;
      action.command = movePasswordsCommand(document);
      return [action];
    }

    const ours = context.diagnostics.filter((diagnostic) => ruleOf(diagnostic) !== undefined);
    if (ours.length === 0) return [];
    const problems = this.diagnostics.problemsFor(document);
    const text = document.getText();
    const actions: vscode.CodeAction[] = [];
    for (const diagnostic of ours) {
      const problem = problems.find(
        (candidate) =>
          candidate.rule === ruleOf(diagnostic) && toRange(candidate.range).isEqual(diagnostic.range),
      );
      if (!problem?.fix || !keepsJsonValid(text, problem.fix.edits)) continue;
      // An own server's password in the file: moved to the secret storage, then replaced with xxx.
      // Not in a browser: no mail is sent from there, so a password kept there would serve nothing,
      // and its command could only answer after the edit had already taken the password out.
      const secret =
        problem.rule === 'real-password' && !isWebHost()
          ? core().passwordAt(text, problem.offset)
          : undefined;
      if (secret) {
        const move = new vscode.CodeAction(
          say('password.move-fix', { user: secret.user }),
          vscode.CodeActionKind.QuickFix,
        );
        move.edit = workspaceEdit(document, problem.fix.edits);
        move.command = {
          command: 'novaMail.movePasswordToSecretStorage',
          title: move.title,
          arguments: [document.uri, secret.user, secret.password],
        };
        move.diagnostics = [diagnostic];
        move.isPreferred = true;
        actions.push(move);
      }
      const action = new vscode.CodeAction(problem.fix.title, vscode.CodeActionKind.QuickFix);
      action.edit = workspaceEdit(document, problem.fix.edits);
      action.diagnostics = [diagnostic];
      action.isPreferred = !secret;
      actions.push(action);
    }
    if (problems.filter((problem: Problem) => problem.fix).length > 1) {
      const fixAll = new FixAllQuickFix(say('action.fix-all'), document, settings);
      fixAll.command = movePasswordsCommand(document);
      actions.push(fixAll);
    }
    for (const rule of new Set(ours.map((diagnostic) => ruleOf(diagnostic) as string)))
      actions.push(documentationAction(rule, say));
    return actions;
  }

  resolveCodeAction(action: vscode.CodeAction): vscode.CodeAction {
    if (action instanceof FixAllQuickFix && !action.edit) {
      const result = fixAllEdit(action.document, action.settings, translator(action.settings.language));
      if (result.edit) action.edit = result.edit;
      else if (result.refused) void vscode.window.showWarningMessage(result.refused);
    }
    return action;
  }
}

/**
 * Fix all replaces an own server's passwords with xxx, as the single quick fix does: so it moves
 * them to the secret storage too (VS Code runs the command after the edit), never drops them.
 */
function movePasswordsCommand(document: vscode.TextDocument): vscode.Command | undefined {
  if (isWebHost()) return undefined; // as for one password, above
  const passwords = core()
    .misplacedPasswords(document.getText())
    .map(({ user, password }) => ({ user, password }));
  if (passwords.length === 0) return undefined;
  return {
    title: 'move passwords',
    command: 'novaMail.movePasswordsToSecretStorage',
    arguments: [document.uri, passwords],
  };
}

/** One edit from the text as it is to the text with every fix applied, or why there is none. */
function fixAllEdit(
  document: vscode.TextDocument,
  settings: EditorSettings,
  say: Say,
): { edit?: vscode.WorkspaceEdit; refused?: string } {
  const before = document.getText();
  const result = core().fixAll(before, lintOptions(settings));
  if (result.refused)
    return { refused: say('action.fix-all-refused', { reason: result.refused[settings.lang] }) };
  const edit = core().minimalEdit(before, result.text);
  return edit ? { edit: workspaceEdit(document, [edit]) } : {};
}

/** A single fix on a valid file must leave it valid (a file with a syntax error gets only replacements). */
function keepsJsonValid(text: string, edits: readonly TextEdit[]): boolean {
  const { parseJson, applyEdits } = core();
  if (!parseJson(text).valid) return true;
  return parseJson(applyEdits(text, edits)).valid;
}

function workspaceEdit(document: vscode.TextDocument, edits: readonly TextEdit[]): vscode.WorkspaceEdit {
  const workspaceEdit = new vscode.WorkspaceEdit();
  for (const edit of edits) {
    const range = new vscode.Range(
      document.positionAt(edit.offset),
      document.positionAt(edit.offset + edit.length),
    );
    workspaceEdit.replace(document.uri, range, edit.newText);
  }
  return workspaceEdit;
}
