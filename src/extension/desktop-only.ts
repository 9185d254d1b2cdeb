/**
 * The commands that need the desktop (a mail server, DNS, a terminal, a library the browser's
 * bundle has no room for). On the desktop their code loads on first use (commands/lazy-desktop.ts);
 * in a browser they are hidden from menus (the manifest's `!novaMail.webHost`) and answer in one
 * line what to do instead (desktop-hints.ts). Apart from both so that the manifest's test reads it
 * without VS Code, and so that the desktop's activation carries no more than their names.
 */
export const DESKTOP_COMMANDS = [
  'novaMail.sendTestEmail',
  'novaMail.checkConnection',
  'novaMail.sendEditedMessage',
  'novaMail.cancelEditedMessage',
  'novaMail.setSmtpPassword',
  'novaMail.forgetSmtpPassword',
  'novaMail.movePasswordToSecretStorage',
  // Fix all's, after its edit: in no menu (code-actions.ts).
  'novaMail.movePasswordsToSecretStorage',
  'novaMail.checkDeliverability',
  'novaMail.checkDeliverabilityAll',
  'novaMail.copySpfRecord',
  'novaMail.showDeliverabilityReport',
  'novaMail.explainMail',
  'novaMail.exportReport',
] as const;

export type DesktopCommand = (typeof DESKTOP_COMMANDS)[number];
