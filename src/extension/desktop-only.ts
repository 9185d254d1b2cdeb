/**
 * The commands that need the desktop (a mail server, DNS, a terminal, a library the browser's
 * bundle has no room for): in a browser they are hidden
 * from menus (the manifest's `!novaMail.webHost`) and answer in one line what to do instead. Apart
 * from browser.ts so that the manifest's test reads it without VS Code.
 */
import type { ExtensionMessageId } from './messages';

/**
 * Each command that needs the desktop, what it is called, the CLI command that does it instead, and
 * why (when it is not the network).
 */
export const NEEDS_DESKTOP: [
  command: string,
  name: ExtensionMessageId,
  cli: string,
  why?: ExtensionMessageId,
][] = [
  ['novaMail.sendTestEmail', 'web.command.send', 'nova-mail send-test <file> --to <address>'],
  ['novaMail.checkConnection', 'web.command.connection', 'nova-mail send-test <file> --to <address>'],
  ['novaMail.sendEditedMessage', 'web.command.send', 'nova-mail send-test <file> --to <address>'],
  ['novaMail.cancelEditedMessage', 'web.command.send', 'nova-mail send-test <file> --to <address>'],
  [
    'novaMail.setSmtpPassword',
    'web.command.password',
    'NOVA_MAIL_SMTP_PASSWORD=… nova-mail send-test <file> --to <address>',
  ],
  [
    'novaMail.forgetSmtpPassword',
    'web.command.password',
    'NOVA_MAIL_SMTP_PASSWORD=… nova-mail send-test <file> --to <address>',
  ],
  ['novaMail.movePasswordToSecretStorage', 'web.command.password', 'nova-mail lint --fix <file>'],
  ['novaMail.checkDeliverability', 'web.command.dns', 'nova-mail check-dns <file>'],
  ['novaMail.checkDeliverabilityAll', 'web.command.dns', 'nova-mail check-dns <folder>'],
  ['novaMail.copySpfRecord', 'web.command.dns', 'nova-mail check-dns <file>'],
  ['novaMail.showDeliverabilityReport', 'web.command.dns', 'nova-mail check-dns <file>'],
  ['novaMail.explainMail', 'web.command.explain', 'nova-mail explain-mail <message.eml>'],
  // The workbook's library is 76 KB; even the CSV's command and words were over the web budget.
  [
    'novaMail.exportReport',
    'web.command.export',
    'nova-mail report --format xlsx --output report.xlsx <folder>',
    'web.why.workbook',
  ],
];
