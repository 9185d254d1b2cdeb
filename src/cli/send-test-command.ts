import { planTestSend, sendTestMail, type FrontEndWords, type Lang, type SendPlan } from '../core';
import { pathFromArgument } from './file-path';
import type { Io } from './io';
import { CLI_TEXT } from './messages';
import { readText } from './read-text';
import { escapeControl } from './terminal-text';

export const SEND_TEST_OPTIONS = {
  to: { type: 'string' },
  server: { type: 'string' },
  person: { type: 'string' },
  timeout: { type: 'string' },
  verbose: { type: 'boolean', default: false },
  lang: { type: 'string' },
  help: { type: 'boolean', short: 'h', default: false },
} as const;

export interface SendTestArgs {
  file: string;
  to: string;
  server?: string;
  person?: string;
  timeoutMs?: number;
  verbose: boolean;
  lang: Lang;
}

/** The command line's own names for what the core's advice points at. */
function cliWords(file: string): FrontEndWords {
  return {
    serverOverride: { en: '--server host:port', fi: '--server palvelin:portti' },
    transcript: { en: 'run again with --verbose', fi: 'aja uudelleen valitsimella --verbose' },
    choosePerson: { en: '--person <Citrix ID>', fi: '--person <Citrix-tunnus>' },
    problems: { en: `see nova-mail lint ${file}`, fi: `katso nova-mail lint ${file}` },
  };
}

const TEXT = {
  en: {
    otherProblems: (count: number, file: string) =>
      `warning: the file has ${count} other problem${count === 1 ? '' : 's'} (see: nova-mail lint ${file}); sending anyway.`,
    sending: (plan: SendPlan) =>
      `Sending a test message via ${plan.transport.host}:${plan.transport.port} (SSL ${plan.transport.secure ? 'on' : 'off'}) from ${plan.from.address} to ${plan.envelope.to.join(', ')}…`,
    accepted: (server: string, reply: string, id: string, ms: number) =>
      `Accepted by ${server}: ${reply} (message ${id}, ${ms} ms)`,
  },
  fi: {
    otherProblems: (count: number, file: string) =>
      `varoitus: tiedostossa on ${count} muu${count === 1 ? '' : 'ta'} ongelma${count === 1 ? '' : 'a'} (katso: nova-mail lint ${file}); lähetetään silti.`,
    sending: (plan: SendPlan) =>
      `Lähetetään testiviesti palvelimen ${plan.transport.host}:${plan.transport.port} kautta (SSL ${plan.transport.secure ? 'käytössä' : 'ei käytössä'}) osoitteesta ${plan.from.address} osoitteeseen ${plan.envelope.to.join(', ')}…`,
    accepted: (server: string, reply: string, id: string, ms: number) =>
      `${server} hyväksyi viestin: ${reply} (viesti ${id}, ${ms} ms)`,
  },
};

/** `nova-mail send-test`: 0 when the server accepted the message, 1 when sending failed, 2 otherwise. */
export async function runSendTest(args: SendTestArgs, io: Io): Promise<number> {
  const text = TEXT[args.lang];
  // Names, addresses and server replies come from outside: shown, never obeyed by the terminal.
  const out = (line: string) => io.stdout(escapeControl(line));
  const err = (line: string) => io.stderr(escapeControl(line));
  const read = readText(pathFromArgument(args.file));
  if (!read.ok) {
    const cli = CLI_TEXT[args.lang];
    err(cli.cannotRead(args.file, cli.fsProblem(read.problem, read.size)));
    return 2;
  }
  const planned = planTestSend(read.text, {
    to: args.to,
    server: args.server,
    person: args.person,
    timeoutMs: args.timeoutMs,
    lang: args.lang,
    words: cliWords(args.file),
  });
  if (!planned.ok) {
    err(planned.error.message);
    return 2;
  }
  const plan = planned.plan;
  if (plan.problems.length > 0) err(text.otherProblems(plan.problems.length, args.file));
  const abort = new AbortController();
  const onInterrupt = () => abort.abort();
  // Listening before the "Sending" line: a Ctrl-C the moment it shows must cancel, not kill.
  process.once('SIGINT', onInterrupt);
  try {
    out(text.sending(plan));
    const outcome = await sendTestMail(plan, {
      signal: abort.signal,
      onTranscriptLine: args.verbose ? err : undefined,
    });
    if (!outcome.ok) {
      err(`${outcome.failure.message} ${outcome.failure.hint}`);
      return 1;
    }
    const { result } = outcome;
    const server = `${plan.transport.host}:${plan.transport.port}`;
    out(text.accepted(server, result.serverReply, result.messageId, result.elapsedMs));
    return 0;
  } finally {
    process.removeListener('SIGINT', onInterrupt);
  }
}
