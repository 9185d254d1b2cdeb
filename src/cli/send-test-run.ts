import {
  cleartextLoginText,
  hostAndPort,
  inBothLanguages,
  loginInClear,
  MAX_CA_FILE_BYTES,
  offersStartTls,
  readCaFile,
  planTestSend,
  sendTestMail,
  type Data,
  type FrontEndWords,
  type Lang,
} from '../core';
import { pathFromArgument } from './file-path';
import type { Io } from './io';
import { cannotRead } from './messages';
import { ALL_CLI_MESSAGES, moreSayer, type MoreMessageId } from './more-messages';
import { readText } from './read-text';
import { escapeControl } from './terminal-text';
import { passwordFor } from './password';
import { PASSWORD_ENV } from './password-env';

export interface SendTestArgs {
  file: string;
  to: string;
  server?: string;
  person?: string;
  timeoutMs?: number;
  /** A CA certificate (PEM) to trust besides the system's: an in-house or test server's. */
  caFile?: string;
  verbose: boolean;
  /** SSL off with a login: the password may go unencrypted, this once (as Nova would send it). */
  allowCleartextLogin?: boolean;
  lang: Lang;
}

/** The command line's own names for what the core's advice points at. */
function cliWords(file: string): FrontEndWords {
  const both = (id: MoreMessageId, data?: Data) =>
    inBothLanguages(ALL_CLI_MESSAGES, data ? { id, data } : { id });
  return {
    serverOverride: both('send-test.words.server-override'),
    transcript: both('send-test.words.transcript'),
    choosePerson: both('send-test.words.choose-person'),
    problems: both('send-test.words.problems', { file }),
    password: both('send-test.words.password', { env: PASSWORD_ENV }),
    caFile: both('send-test.words.ca-file'),
    allowCleartext: both('send-test.words.allow-cleartext'),
    timeout: both('send-test.words.timeout'),
  };
}

/** `nova-mail send-test`: 0 when the server accepted the message, 1 when sending failed, 2 otherwise. */
export async function runSendTest(args: SendTestArgs, io: Io): Promise<number> {
  const say = moreSayer(args.lang);
  // Names, addresses and server replies come from outside: shown, never obeyed by the terminal.
  const out = (line: string) => io.stdout(escapeControl(line));
  const err = (line: string) => io.stderr(escapeControl(line));
  const read = readText(pathFromArgument(args.file));
  if (!read.ok) {
    err(cannotRead(say, args.lang, args.file, read.problem, read.size));
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
  let ca: Buffer | undefined;
  if (args.caFile !== undefined) {
    const caRead = readCaFile(pathFromArgument(args.caFile).bytes);
    if (!caRead.ok) {
      err(cannotRead(say, args.lang, args.caFile, caRead.problem, caRead.size, MAX_CA_FILE_BYTES));
      return 2;
    }
    ca = caRead.pem;
  }
  if (loginInClear(plan) && args.allowCleartextLogin !== true) {
    // Nothing secret is sent to ask: EHLO only, so that the way out (turn SSL on) can be named.
    err(cleartextLoginText(plan, await offersStartTls(plan, ca ? { ca } : {})).refused);
    return 2;
  }
  let password: string | undefined;
  if (plan.login) {
    const server = hostAndPort(plan.transport);
    // The username and server come from the file: shown escaped, so that they cannot redraw the prompt.
    const answer = await passwordFor(
      escapeControl(say('send-test.password-prompt', { user: plan.login.user, server })),
    );
    if ('none' in answer) {
      const why = answer.none === 'not-given' ? 'send-test.no-password-typed' : 'send-test.no-password';
      err(say(why, { user: plan.login.user, server, env: PASSWORD_ENV }));
      return 2;
    }
    password = answer.password;
  }
  if (plan.problems.length > 0)
    err(say('send-test.other-problems', { count: plan.problems.length, file: args.file }));
  const abort = new AbortController();
  const onInterrupt = () => abort.abort();
  // Listening before the "Sending" line: a Ctrl-C the moment it shows must cancel, not kill.
  process.once('SIGINT', onInterrupt);
  try {
    out(
      say('send-test.sending', {
        server: hostAndPort(plan.transport),
        ssl: say(plan.transport.ssl ? 'state.on' : 'state.off'),
        from: plan.from.address,
        to: plan.envelope.to.join(', '),
      }),
    );
    const outcome = await sendTestMail(plan, {
      signal: abort.signal,
      onTranscriptLine: args.verbose ? err : undefined,
      ...(ca ? { ca } : {}),
      ...(password !== undefined ? { password } : {}),
      allowCleartextLogin: args.allowCleartextLogin === true,
    });
    if (!outcome.ok) {
      err(`${outcome.failure.message} ${outcome.failure.hint}`);
      return 1;
    }
    const { result } = outcome;
    const server = hostAndPort(plan.transport);
    out(
      say('send-test.accepted', {
        server,
        reply: result.serverReply,
        messageId: result.messageId,
        ms: result.elapsedMs,
      }),
    );
    if (result.loginNotTried) out(result.loginNotTried);
    return 0;
  } finally {
    process.removeListener('SIGINT', onInterrupt);
  }
}
