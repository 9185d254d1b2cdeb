/**
 * Which extension host runs us: Node (desktop VS Code, a remote, code-server's server side) or a
 * browser's web worker (vscode.dev, github.dev), where there is no disk, SMTP or DNS of our own.
 * Set once by the entry that activated (extension.ts or browser.ts).
 */
let web = false;

export function runInBrowser(): void {
  web = true;
}

export function isWebHost(): boolean {
  return web;
}
