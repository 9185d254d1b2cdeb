import * as vscode from 'vscode';

/** The "Nova Mail" output channel, remembering its last lines (for the extension's own tests). */
export class Log implements vscode.Disposable {
  private readonly channel = vscode.window.createOutputChannel('Nova Mail');
  private readonly recent: string[] = [];

  line(text: string): void {
    this.channel.appendLine(text);
    this.recent.push(text);
    if (this.recent.length > 1000) this.recent.splice(0, this.recent.length - 1000);
  }

  show(): void {
    this.channel.show(true);
  }

  lines(): readonly string[] {
    return this.recent;
  }

  dispose(): void {
    this.channel.dispose();
  }
}
