/**
 * What a browser's command that needs the desktop answers (browser.ts): what it is called, the CLI
 * command that does it instead, and why (when it is not the network). One for each of
 * DESKTOP_COMMANDS: the type says so.
 */
import type { DesktopCommand } from './desktop-only';
import type { ExtensionMessageId } from './messages';

const SEND = 'nova-mail send-test <file> --to <address>';
const PASSWORD = 'NOVA_MAIL_SMTP_PASSWORD=… nova-mail send-test <file> --to <address>';

export const DESKTOP_HINTS: Record<
  DesktopCommand,
  { name: ExtensionMessageId; cli: string; why?: ExtensionMessageId }
> = {
  'novaMail.sendTestEmail': { name: 'web.command.send', cli: SEND },
  'novaMail.checkConnection': { name: 'web.command.connection', cli: SEND },
  'novaMail.sendEditedMessage': { name: 'web.command.send', cli: SEND },
  'novaMail.cancelEditedMessage': { name: 'web.command.send', cli: SEND },
  'novaMail.setSmtpPassword': { name: 'web.command.password', cli: PASSWORD },
  'novaMail.forgetSmtpPassword': { name: 'web.command.password', cli: PASSWORD },
  'novaMail.movePasswordToSecretStorage': {
    name: 'web.command.password',
    cli: 'nova-mail lint --fix <file>',
  },
  'novaMail.movePasswordsToSecretStorage': {
    name: 'web.command.password',
    cli: 'nova-mail lint --fix <file>',
  },
  'novaMail.checkDeliverability': { name: 'web.command.dns', cli: 'nova-mail check-dns <file>' },
  'novaMail.checkDeliverabilityAll': { name: 'web.command.dns', cli: 'nova-mail check-dns <folder>' },
  'novaMail.copySpfRecord': { name: 'web.command.dns', cli: 'nova-mail check-dns <file>' },
  'novaMail.showDeliverabilityReport': { name: 'web.command.dns', cli: 'nova-mail check-dns <file>' },
  'novaMail.explainMail': { name: 'web.command.explain', cli: 'nova-mail explain-mail <message.eml>' },
  // The workbook's library is 76 KB; even the CSV's command and words were over the web budget.
  'novaMail.exportReport': {
    name: 'web.command.export',
    cli: 'nova-mail report --format xlsx --output report.xlsx <folder>',
    why: 'web.why.workbook',
  },
};
