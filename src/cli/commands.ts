/** The commands of nova-mail, in the order the help lists them. */
import { checkDnsCommand } from './check-dns-command';
import type { Command } from './command';
import { explainMailCommand } from './explain-mail-command';
import { lintCommand } from './lint-command';
import { reportCommand } from './report-command';
import { sendTestCommand } from './send-test-command';
import { sheetCommand } from './sheet-command';

export const COMMANDS: readonly Command[] = [
  lintCommand,
  sendTestCommand,
  checkDnsCommand,
  explainMailCommand,
  reportCommand,
  sheetCommand,
];
