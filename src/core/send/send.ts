/**
 * The one place that talks SMTP. nodemailer is loaded here only, when a message is sent or a
 * connection checked; the bundles load it from a file of its own (see esbuild.js). Every exchange
 * is bounded as a whole (a server that drips a line a second never trips an idle timeout), can be
 * cancelled, and leaves no socket behind when it ends.
 */
import { sameAddress } from '../address';
import type { Lang } from '../types';
import { classifyFailure, CLEARTEXT_LOGIN, NO_PASSWORD, type Stop } from './failures';
import { ALL_MESSAGES } from '../all-messages';
import { formatMessage } from '../catalog';
import { msg } from '../messages';
import { escapeLines } from '../visible-text';
import { hostAndPort } from './host-port';
import { SecretMask } from './secret-mask';
import { Transcript } from './transcript';
import type { CheckOutcome, FrontEndWords, SendOutcome, SendPlan, TransportSettings } from './types';

type SmtpLibrary = typeof import('./smtp-library');

/** Loaded on first use only; `require`, not `import()`, so the bundles load dist/nodemailer.js. */
function loadSmtpLibrary(): SmtpLibrary {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require('./smtp-library') as SmtpLibrary;
}

export interface SendControls {
  signal?: AbortSignal;
  /** Each transcript line as it happens (already redacted). */
  onTranscriptLine?: (line: string) => void;
  /** Extra trusted certificates, for a test relay with a private CA. */
  ca?: string | Buffer;
  /**
   * An own server's password for the plan's login (never from the file: VS Code's secret storage,
   * or the CLI's environment or prompt). Never logged.
   */
  password?: string;
  /**
   * The person said, for this send, that the password may cross the network unencrypted (SSL off
   * with a login). Without it such a send is refused before anything is connected to.
   */
  allowCleartextLogin?: boolean;
}

/** Whether the plan's login would go out unencrypted: a login, and neither TLS nor STARTTLS. */
export function loginInClear(plan: Pick<SendPlan, 'login' | 'transport'>): boolean {
  return plan.login !== undefined && !plan.transport.secure && !plan.transport.requireTls;
}

function connectionOptions(
  transport: TransportSettings,
  transcript: Transcript,
  controls: SendControls,
  login?: { user: string },
) {
  return {
    host: transport.host,
    port: transport.port,
    // Hosted: SSL on is implicit TLS; SSL off is plain SMTP and never STARTTLS, as Nova does (an
    // internal relay's certificate would fail the upgrade), and no AUTH (the credentials are the
    // xxx placeholders). An own server: implicit TLS on 465, else STARTTLS required with SSL on,
    // the certificate verified either way; the login with the password the front end gave.
    secure: transport.secure,
    ignoreTLS: !transport.secure && !transport.requireTls,
    requireTLS: transport.requireTls,
    ...(login && controls.password !== undefined
      ? { auth: { user: login.user, pass: controls.password } }
      : {}),
    connectionTimeout: transport.timeoutMs,
    greetingTimeout: transport.timeoutMs,
    socketTimeout: transport.timeoutMs,
    dnsTimeout: transport.timeoutMs,
    // Torn down at once when done: a server that never closes its side must not hold the process.
    socketCloseTimeout: 0,
    logger: transcript.logger,
    transactionLog: true,
    ...(controls.ca ? { tls: { ca: controls.ca } } : {}),
  };
}

/** One signal for "stop now": the caller's cancel, or the deadline of the whole exchange. */
class Deadline {
  private readonly controller = new AbortController();
  private readonly timer: ReturnType<typeof setTimeout>;
  stop: Stop;

  constructor(timeoutMs: number, cancel: AbortSignal | undefined, transcript: Transcript) {
    this.timer = setTimeout(() => this.abort(transcript.heardServer ? 'deadline' : 'silent'), timeoutMs);
    if (cancel?.aborted) this.abort('cancelled');
    cancel?.addEventListener('abort', () => this.abort('cancelled'), { once: true });
  }

  get signal(): AbortSignal {
    return this.controller.signal;
  }

  private abort(stop: Stop): void {
    if (this.stop) return;
    this.stop = stop;
    this.controller.abort();
  }

  dispose(): void {
    clearTimeout(this.timer);
  }
}

function notTried(plan: SendPlan): string {
  const said = msg('send.login-not-tried', { server: hostAndPort(plan.transport) });
  return formatMessage(ALL_MESSAGES, said, plan.lang);
}

/** A transcript line of the client beginning a login. */
const CLIENT_AUTH = /^\S+ C: AUTH\b/;

export async function sendTestMail(plan: SendPlan, controls: SendControls = {}): Promise<SendOutcome> {
  const mask = new SecretMask(controls.password, plan.lang);
  const transcript = new Transcript(controls.onTranscriptLine, mask);
  const started = Date.now();
  const deadline = new Deadline(plan.transport.timeoutMs, controls.signal, transcript);
  const fail = (error: unknown): SendOutcome => ({
    ok: false,
    failure: classifyFailure(error, plan.transport, plan.lang, plan.words, deadline.stop, {
      offered: lastEhloKeywords(transcript.lines),
      caGiven: controls.ca !== undefined,
      mask,
    }),
    transcript: transcript.lines,
  });
  if (deadline.stop) return fail(new Error('aborted'));
  if (plan.login && !controls.password) {
    deadline.dispose();
    return fail({ code: NO_PASSWORD });
  }
  if (loginInClear(plan) && controls.allowCleartextLogin !== true) {
    deadline.dispose();
    return fail({ code: CLEARTEXT_LOGIN, user: plan.login?.user });
  }
  const transporter = loadSmtpLibrary().createTransport(
    connectionOptions(plan.transport, transcript, controls, plan.login),
  );
  try {
    const info = await transporter.sendMail({
      from: plan.from.name ? { name: plan.from.name, address: plan.from.address } : plan.from.address,
      to: plan.to,
      envelope: plan.envelope,
      subject: plan.subject,
      text: plan.text,
      disableFileAccess: true,
      disableUrlAccess: true,
      signal: deadline.signal,
    });
    const accepted = info.accepted.map(String);
    const rejected = info.rejected.map(String);
    // nodemailer lists the addresses as they went out (IDN domains in punycode): compare in one form.
    if (!accepted.some((address) => sameAddress(address, plan.to))) {
      return fail({
        code: 'EENVELOPE',
        command: 'RCPT TO',
        responseCode: 550,
        response:
          (info as { rejectedErrors?: { response?: string }[] }).rejectedErrors?.[0]?.response ??
          `${plan.to}`,
      });
    }
    // nodemailer logs in only when the server offers AUTH: a login it never sent was never tested.
    const loginTried = transcript.lines.some((line) => CLIENT_AUTH.test(line));
    return {
      ok: true,
      result: {
        accepted,
        rejected,
        serverReply: escapeLines(mask.shown(info.response)),
        messageId: info.messageId,
        elapsedMs: Date.now() - started,
        ...(plan.login && !loginTried ? { loginNotTried: notTried(plan) } : {}),
      },
      transcript: transcript.lines,
    };
  } catch (error) {
    return fail(error);
  } finally {
    deadline.dispose();
    transporter.close();
  }
}

/**
 * The keywords of the server's reply to the last EHLO (after STARTTLS the server is asked again,
 * and only that answer counts: AUTH often comes only then). Its first line names the server.
 */
function lastEhloKeywords(lines: readonly string[]): string[] {
  const lastEhlo = lines.map((line) => / C: EHLO\b/i.test(line)).lastIndexOf(true);
  if (lastEhlo < 0) return [];
  const reply = serverLinesOf(lines.slice(lastEhlo + 1));
  const end = reply.findIndex((text) => /^250 /.test(text));
  return reply
    .slice(1, end + 1)
    .filter((text) => /^250[ -]/.test(text))
    .map((text) => text.slice(4));
}

function serverLinesOf(lines: readonly string[]): string[] {
  return lines
    .map((line) => / S: (.*)$/.exec(line)?.[1])
    .filter((text): text is string => text !== undefined);
}

/** Connects, says EHLO and quits: what the server offers, without sending anything. */
export async function checkConnection(
  transport: TransportSettings,
  lang: Lang,
  words: FrontEndWords,
  controls: SendControls = {},
): Promise<CheckOutcome> {
  const mask = new SecretMask(controls.password, lang);
  const transcript = new Transcript(controls.onTranscriptLine, mask);
  const started = Date.now();
  const deadline = new Deadline(transport.timeoutMs, controls.signal, transcript);
  const fail = (error: unknown): CheckOutcome => ({
    ok: false,
    failure: classifyFailure(error, transport, lang, words, deadline.stop, {
      offered: lastEhloKeywords(transcript.lines),
      caGiven: controls.ca !== undefined,
      mask,
    }),
    transcript: transcript.lines,
  });
  if (deadline.stop) return fail(new Error('aborted'));
  const { SMTPConnection } = loadSmtpLibrary();
  const connection = new SMTPConnection(connectionOptions(transport, transcript, controls));
  try {
    await new Promise<void>((resolve, reject) => {
      const stop = () => reject(new Error('stopped'));
      deadline.signal.addEventListener('abort', stop, { once: true });
      connection.on('error', reject);
      connection.once('end', () =>
        reject(Object.assign(new Error('Connection closed'), { code: 'ECONNECTION' })),
      );
      connection.connect((error) => (error ? reject(error) : resolve()));
    });
    connection.quit();
    const greeting = serverLinesOf(transcript.lines).find((text) => text.startsWith('220')) ?? '';
    const capabilities = lastEhloKeywords(transcript.lines);
    return {
      ok: true,
      report: { greeting, capabilities, elapsedMs: Date.now() - started },
      transcript: transcript.lines,
    };
  } catch (error) {
    return fail(error);
  } finally {
    deadline.dispose();
    connection.close();
  }
}
