import * as vscode from 'vscode';
import { RULE_DOCS_FOLDER } from '../../core/names';
import type { Say } from '../l10n';

/** Each rule's page as shipped inside the extension: offline, and of the installed version. */
export class RuleDocs {
  constructor(private readonly extensionUri: vscode.Uri) {}

  uri(rule: string): vscode.Uri {
    return vscode.Uri.joinPath(this.extensionUri, ...RULE_DOCS_FOLDER.split('/'), `${rule}.md`);
  }

  /** Opens the page rendered (Markdown preview), beside the file. */
  show(rule: string): Thenable<unknown> {
    return vscode.commands.executeCommand('markdown.showPreviewToSide', this.uri(rule));
  }
}

/** The quick fix "Show documentation for <rule>" that opens the rule's page. */
export function documentationAction(rule: string, say: Say): vscode.CodeAction {
  const action = new vscode.CodeAction(
    say('action.show-documentation', { rule }),
    vscode.CodeActionKind.QuickFix,
  );
  action.command = { command: 'novaMail.showRuleDocumentation', title: action.title, arguments: [rule] };
  return action;
}
