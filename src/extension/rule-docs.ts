import * as vscode from 'vscode';
import { RULE_DOCS_FOLDER } from '../core/names';

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
