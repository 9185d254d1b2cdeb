import * as vscode from 'vscode';
import { fixAll, lint, minimalEdit, ruleDocUrl, type Problem, type TextEdit } from '../core';
import { ruleOf, toRange } from './diagnostics';
import { isNovaMailDocument } from './documents';
import { t } from './i18n';
import { lintOptions, readSettings, type EditorSettings } from './settings';

export const FIX_ALL_KIND = vscode.CodeActionKind.SourceFixAll.append('novaMail');

/**
 * Quick fixes for our diagnostics, "Fix all" (as a quick fix and as source.fixAll.novaMail, so it
 * can run on save) and a link to each rule's documentation. Fixes come from the core, computed
 * from the current text, so they can never be stale.
 */
export class NovaMailCodeActions implements vscode.CodeActionProvider {
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
    if (context.only && !context.only.intersects(vscode.CodeActionKind.QuickFix)) {
      if (!FIX_ALL_KIND.intersects(context.only)) return [];
      const action = this.fixAllAction(document, settings, FIX_ALL_KIND);
      return action ? [action] : [];
    }

    const ours = context.diagnostics.filter((diagnostic) => ruleOf(diagnostic) !== undefined);
    if (ours.length === 0) return [];
    const problems = lint(document.getText(), lintOptions(settings));
    const actions: vscode.CodeAction[] = [];
    for (const diagnostic of ours) {
      const problem = problems.find(
        (candidate) =>
          candidate.rule === ruleOf(diagnostic) && toRange(candidate.range).isEqual(diagnostic.range),
      );
      if (!problem?.fix) continue;
      const action = new vscode.CodeAction(problem.fix.title, vscode.CodeActionKind.QuickFix);
      action.edit = workspaceEdit(document, problem.fix.edits);
      action.diagnostics = [diagnostic];
      action.isPreferred = true;
      actions.push(action);
    }
    if (problems.filter((problem: Problem) => problem.fix).length > 1) {
      const action = this.fixAllAction(document, settings, vscode.CodeActionKind.QuickFix);
      if (action) actions.push(action);
    }
    for (const rule of new Set(ours.map((diagnostic) => ruleOf(diagnostic) as string))) {
      const action = new vscode.CodeAction(
        t(settings.language, 'Show documentation for {0}', rule),
        vscode.CodeActionKind.QuickFix,
      );
      action.command = {
        command: 'vscode.open',
        title: action.title,
        arguments: [vscode.Uri.parse(ruleDocUrl(rule))],
      };
      actions.push(action);
    }
    return actions;
  }

  private fixAllAction(
    document: vscode.TextDocument,
    settings: EditorSettings,
    kind: vscode.CodeActionKind,
  ): vscode.CodeAction | undefined {
    const before = document.getText();
    const edit = minimalEdit(before, fixAll(before, lintOptions(settings)));
    if (!edit) return undefined;
    const action = new vscode.CodeAction(t(settings.language, 'Fix all nova-mail problems'), kind);
    action.edit = workspaceEdit(document, [edit]);
    return action;
  }
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
