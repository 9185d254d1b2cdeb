import { planTestSend, sendTestMail, type SendPlan } from '../core/send';
import type { Lang } from '../core';
import type { Io } from './io';
import { readText } from './read-text';

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

const TEXT = {
  en: {
    cannotRead: (file: string, reason: string) => `${file}: cannot read: ${reason}`,
    otherProblems: (count: number, file: string) =>
      `warning: the file has ${count} other problem${count === 1 ? '' : 's'} (see: nova-mail lint ${file}); sending anyway.`,
    sending: (plan: SendPlan) =>
      `Sending a test message via ${plan.transport.host}:${plan.transport.port} (SSL ${plan.transport.secure ? 'on' : 'off'}) from ${plan.from.address} to ${plan.envelope.to.join(', ')}…`,
    accepted: (server: string, reply: string, id: string, ms: number) =>
      `Accepted by ${server}: ${reply} (message ${id}, ${ms} ms)`,
    recipientRejected: (rejected: string) => `The server accepted the session but rejected ${rejected}.`,
    cancelled: 'Cancelled.',
  },
  fi: {
    cannotRead: (file: string, reason: string) => `${file}: ei voi lukea: ${reason}`,
    otherProblems: (count: number, file: string) =>
      `varoitus: tiedostossa on ${count} muu${count === 1 ? '' : 'ta'} ongelma${count === 1 ? '' : 'a'} (katso: nova-mail lint ${file}); lähetetään silti.`,
    sending: (plan: SendPlan) =>
      `Lähetetään testiviesti palvelimen ${plan.transport.host}:${plan.transport.port} kautta (SSL ${plan.transport.secure ? 'käytössä' : 'ei käytössä'}) osoitteesta ${plan.from.address} osoitteeseen ${plan.envelope.to.join(', ')}…`,
    accepted: (server: string, reply: string, id: string, ms: number) =>
      `${server} hyväksyi viestin: ${reply} (viesti ${id}, ${ms} ms)`,
    recipientRejected: (rejected: string) =>
      `Palvelin hyväksyi istunnon mutta hylkäsi vastaanottajan ${rejected}.`,
    cancelled: 'Peruutettu.',
  },
};

/** `nova-mail send-test`: 0 when the server accepted the message, 1 when sending failed, 2 otherwise. */
export async function runSendTest(args: SendTestArgs, io: Io): Promise<number> {
  const text = TEXT[args.lang];
  const read = readText(args.file);
  if (!read.ok) {
    io.stderr(text.cannotRead(args.file, read.reason));
    return 2;
  }
  const planned = planTestSend(read.text, {
    to: args.to,
    server: args.server,
    person: args.person,
    timeoutMs: args.timeoutMs,
    lang: args.lang,
  });
  if (!planned.ok) {
    io.stderr(planned.error.message);
    return 2;
  }
  const plan = planned.plan;
  if (plan.problems.length > 0) io.stderr(text.otherProblems(plan.problems.length, args.file));
  io.stdout(text.sending(plan));

  const abort = new AbortController();
  const onInterrupt = () => abort.abort();
  process.once('SIGINT', onInterrupt);
  try {
    const outcome = await sendTestMail(plan, {
      signal: abort.signal,
      onTranscriptLine: args.verbose ? (line) => io.stderr(line) : undefined,
    });
    const server = `${plan.transport.host}:${plan.transport.port}`;
    if (!outcome.ok) {
      io.stderr(`${outcome.failure.message} ${outcome.failure.hint}`);
      return 1;
    }
    const { result } = outcome;
    if (!result.accepted.some((address) => address.toLowerCase() === plan.to.toLowerCase())) {
      io.stderr(text.recipientRejected(result.rejected.join(', ') || plan.to));
      return 1;
    }
    io.stdout(text.accepted(server, result.serverReply, result.messageId, result.elapsedMs));
    return 0;
  } finally {
    process.removeListener('SIGINT', onInterrupt);
  }
}
