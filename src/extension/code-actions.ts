import * as vscode from 'vscode';
import { fixAll, minimalEdit, ruleDocUrl, type Problem, type TextEdit } from '../core';
import { ruleOf, toRange, type DiagnosticsController } from './diagnostics';
import { isNovaMailDocument } from './documents';
import { t } from './i18n';
import { lintOptions, readSettings, type EditorSettings } from './settings';

export const FIX_ALL_KIND = vscode.CodeActionKind.SourceFixAll.append('novaMail');

/**
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
 * can run on save) and a link to each rule's documentation. Fixes come from the core for the
 * document's current version (the diagnostics' own lint when it is that version).
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
    if (context.only && !context.only.intersects(vscode.CodeActionKind.QuickFix)) {
      if (!FIX_ALL_KIND.intersects(context.only)) return [];
      const edit = fixAllEdit(document, settings);
      if (!edit) return [];
      const action = new vscode.CodeAction(t(settings.language, 'Fix all nova-mail problems'), FIX_ALL_KIND);
      action.edit = edit;
      return [action];
    }

    const ours = context.diagnostics.filter((diagnostic) => ruleOf(diagnostic) !== undefined);
    if (ours.length === 0) return [];
    const problems = this.diagnostics.problemsFor(document);
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
      actions.push(
        new FixAllQuickFix(t(settings.language, 'Fix all nova-mail problems'), document, settings),
      );
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

  resolveCodeAction(action: vscode.CodeAction): vscode.CodeAction {
    if (action instanceof FixAllQuickFix && !action.edit)
      action.edit = fixAllEdit(action.document, action.settings);
    return action;
  }
}

/** One edit from the text as it is to the text with every fix applied; undefined when nothing changes. */
function fixAllEdit(
  document: vscode.TextDocument,
  settings: EditorSettings,
): vscode.WorkspaceEdit | undefined {
  const before = document.getText();
  const edit = minimalEdit(before, fixAll(before, lintOptions(settings)).text);
  return edit ? workspaceEdit(document, [edit]) : undefined;
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
