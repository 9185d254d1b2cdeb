/**
 * Every string the extension says at run time, in English: the key of its translation in
 * l10n/bundle.l10n.<lang>.json (VS Code's format). Nothing is said that is not listed here, so
 * the translation test covers every runtime string.
 */
export const STRINGS = {
  // language status
  statusOk: 'nova-mail: OK',
  statusOneProblem: 'nova-mail: 1 problem',
  statusProblems: 'nova-mail: {0} problems',
  statusOff: 'nova-mail: off',
  statusDetail: '{0} from nova-mail, {1} from JSON (syntax, keys, schema)',
  showProblems: 'Show problems',
  // code actions
  fixAll: 'Fix all nova-mail problems',
  fixAllRefused: 'Fix all: {0}.',
  showDocumentation: 'Show documentation for {0}',
  // which file
  notOurFile: '{0} is not a nova-mail.json or *.nova-mail.json file.',
  noFileInWorkspace:
    'This workspace has no nova-mail.json or *.nova-mail.json yet: create one with Nova Mail: New configuration.',
  chooseFile: 'Which configuration?',
  // sending
  whoSends: 'Who sends the test message?',
  sendTo: 'Send the test message to',
  recipientPrompt: 'The recipient of the test message (the sender gets a copy when Lähetyskuittaus is on).',
  sendQuestion: 'Send a test message?',
  problemsSendAnyway: 'The file has {0} problem(s). Send the test message anyway?',
  wrongSettingIsFine: 'Testing a wrong setting is fine: the result tells what the server thinks of it.',
  overrideIsTested:
    "The file's own server is not tried: the message goes through the override {0} (novaMail.testSend.server).",
  send: 'Send',
  sendAnyway: 'Send anyway',
  cancel: 'Cancel',
  serverLine: 'Server: {0}:{1} (SSL {2})',
  fromLine: 'From: {0}',
  toLine: 'To: {0}',
  on: 'on',
  off: 'off',
  sendingVia: 'Sending a test message via {0}…',
  acceptedBy: 'Accepted by {0}: {1}',
  showTranscript: 'Show transcript',
  editBeforeSending:
    'Muokkaus ennen lähetystä is on: edit the message (To, Subject, text), then choose Send. Closing it sends nothing.',
  connectingTo: 'Connecting to {0}…',
  serverAnswered: '{0} answered: {1}. It offers: {2}. Nothing was sent.',
  needsTrust: 'Sending test mail needs a trusted workspace; checking the file works without trust.',
  // the output channel
  logSendStarted: '— {0} Send test email',
  logCheckStarted: '— {0} Check SMTP connection',
  logFile: 'File: {0}',
  logNoFile: 'Not sent: no nova-mail.json was chosen.',
  logStoppedAtPerson: 'Not sent: no person was chosen.',
  logStoppedAtRecipient: 'Not sent: no recipient was given.',
  logStoppedAtConfirm: 'Not sent: the confirmation was declined.',
  logStoppedInEditor: 'Not sent: the edited message was cancelled or closed.',
  // what the core's advice calls the editor's controls
  wordsServerOverride: 'the setting novaMail.testSend.server',
  wordsTranscript: 'the Nova Mail output: Show transcript',
  wordsChoosePerson: 'the list of persons',
  wordsProblems: 'see the Problems view',
  // New configuration
  newConfigTitle: 'Nova Mail: New configuration',
  openFolderFirst: 'Open a folder first: the new file is written into it.',
  howSenderChosen: 'How does Nova choose the sender?',
  modePersons: 'Each user sends from their own address',
  modeDefined: 'One fixed sender address',
  companyName: 'Company name',
  writtenAs: 'Written as {0}',
  senderAddress: 'Sender address (Sähköpostiosoite)',
  senderName: 'Sender name (Nimi)',
  firstSenderName: "First sender's name",
  citrixIdPrompt: 'Citrix ID (e.g. 999999teptes)',
  citrixIdFormat: 'A Citrix ID is the customer number, then letters: 999999teptes.',
  personAddress: 'E-mail address (Sähköposti)',
  required: 'Required.',
  notAnAddress: 'Not an e-mail address.',
  // deliverability (DNS) and received mail
  dnsChecking: 'Checking in DNS whether mail from {0} will arrive…',
  dnsDone: 'Deliverability of {0}: {1} problem(s) at {2} sender domain(s), checked against the relay {3}.',
  dnsCheckingAll: 'Checking in DNS whether mail from the {0} configuration(s) will arrive…',
  dnsDoneAll:
    'Deliverability of {0} configuration(s): {1} problem(s) at {2} sender domain(s), checked against the relay {3}.',
  dnsNoSenders:
    'Nothing to check in {0}: it names no sender address (a defined sender, or persons with the Sähköpostilähettäjä role).',
  dnsCancelled: 'The deliverability check was cancelled; earlier results are kept.',
  dnsBadServer:
    'The setting novaMail.deliverability.dnsServer is not an IP address with an optional port: {0}',
  showOutput: 'Show output',
  copySpfRecord: 'Copy the corrected SPF record for {0}',
  copiedSpfRecord:
    'Copied the SPF record for {0}: publish it as the TXT record of {0} (in place of the current SPF record).',
  explainNeedsEml: 'Open or choose a saved message (.eml) to explain.',
  explainReading: 'Explaining {0}…',
  explainTooLarge: '{0} is too large to explain ({1} MB; the limit is {2} MB).',
  explainNotMessage: '{0}: {1}.',
  explainReportTitle: 'What happened to {0}',
  logDnsStarted: '— {0} Check deliverability',
  logRelay: 'Relay: {0} ({1})',
  logExplainStarted: '— {0} Explain received mail',
  // the Nova Mail view
  viewDefinedSender: 'defined sender',
  viewPersonRegister: 'person register',
  viewNoMode: 'no sender mode',
  viewOnePerson: '1 person',
  viewPersons: '{0} persons',
  viewOneError: '1 error',
  viewErrors: '{0} errors',
  viewOneWarning: '1 warning',
  viewWarnings: '{0} warnings',
  viewOpen: 'Open',
  viewSenderOk: 'The role Sähköpostilähettäjä and the Sähköposti tab are right.',
  viewSenderNotOk: 'The role Sähköpostilähettäjä or the Sähköposti tab is missing.',
  viewSent: 'test mail',
  viewSendOk: 'Last test send: accepted by the server ({0}).',
  viewSendFailed: 'Last test send: failed ({0}); see the Nova Mail output.',
  viewDeliverability: 'Last deliverability check: {0} problem(s) ({1}).',
  // the entry sheet
  sheetTitle: 'Nova entry sheet: {0}',
  // the workspace
  tooManyFiles:
    'The workspace has more nova-mail files than novaMail.maxFiles: only the first {0} are checked. Raise the setting, or exclude folders (files.exclude).',
} as const;

export type StringKey = keyof typeof STRINGS;
