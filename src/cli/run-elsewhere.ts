/** The commands' work that lint does not need (see elsewhere.ts): dist/cli-commands.js. */
export { runCheckDns } from './check-dns-run';
export { runExplainMail } from './explain-mail-run';
export { runReport } from './report-run';
export { runSendTest } from './send-test-run';
export { runSheet } from './sheet-run';
export { helpText } from './help';
export { ALL_CLI_MESSAGES } from './more-messages';
/** The version this bundle was built for: dist/cli.js refuses another one's (see elsewhere.ts). */
export { version as BUILT_FOR } from '../../package.json';
