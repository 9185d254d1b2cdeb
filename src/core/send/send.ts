/**
 * The one place that talks SMTP. nodemailer is imported here only, when a message is sent or a
 * connection checked; the bundles load it from a file of its own (see esbuild.js).
 */
import type { Lang } from '../types';
import { classifyFailure } from './failures';
import { Transcript } from './transcript';
import type { CheckOutcome, SendOutcome, SendPlan, TransportSettings } from './types';

type Nodemailer = typeof import('nodemailer');

/** Loaded on first use only; `require`, not `import()`, so the bundles load dist/nodemailer.js. */
function loadNodemailer(): Nodemailer {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require('nodemailer') as Nodemailer;
}

export interface SendControls {
  signal?: AbortSignal;
  /** Each transcript line as it happens (already redacted). */
  onTranscriptLine?: (line: string) => void;
  /** Values that must never appear in the transcript. */
  secrets?: string[];
  /** Extra trusted certificates, for a test relay with a private CA. */
  ca?: string | Buffer;
}

function transportOptions(transport: TransportSettings, transcript: Transcript, controls: SendControls) {
  return {
    host: transport.host,
    port: transport.port,
    // SSL on: implicit TLS from the first byte. SSL off: plain SMTP and never STARTTLS, as Nova
    // does (an internal relay's certificate would fail the upgrade). No auth: the credentials are
    // the xxx placeholders, which a relay offering AUTH would reject.
    secure: transport.secure,
    ignoreTLS: !transport.secure,
    connectionTimeout: transport.timeoutMs,
    greetingTimeout: transport.timeoutMs,
    socketTimeout: transport.timeoutMs,
    dnsTimeout: transport.timeoutMs,
    logger: transcript.logger,
    transactionLog: true,
    ...(controls.ca ? { tls: { ca: controls.ca } } : {}),
  };
}

export async function sendTestMail(plan: SendPlan, controls: SendControls = {}): Promise<SendOutcome> {
  const transcript = new Transcript(controls.secrets, controls.onTranscriptLine);
  const started = Date.now();
  const fail = (error: unknown): SendOutcome => ({
    ok: false,
    failure: classifyFailure(error, plan.transport, plan.lang, controls.signal?.aborted === true),
    transcript: transcript.lines,
  });
  if (controls.signal?.aborted) return fail(new Error('aborted'));
  const nodemailer = loadNodemailer();
  const transporter = nodemailer.createTransport(transportOptions(plan.transport, transcript, controls));
  try {
    const info = await transporter.sendMail({
      from: plan.from.name ? { name: plan.from.name, address: plan.from.address } : plan.from.address,
      to: plan.to,
      envelope: plan.envelope,
      subject: plan.subject,
      text: plan.text,
      disableFileAccess: true,
      disableUrlAccess: true,
      ...(controls.signal ? { signal: controls.signal } : {}),
    });
    return {
      ok: true,
      result: {
        accepted: info.accepted.map(String),
        rejected: info.rejected.map(String),
        serverReply: info.response,
        messageId: info.messageId,
        elapsedMs: Date.now() - started,
      },
      transcript: transcript.lines,
    };
  } catch (error) {
    return fail(error);
  } finally {
    transporter.close();
  }
}

/** Connects, says EHLO and quits: what the server offers, without sending anything. */
export async function checkConnection(
  transport: TransportSettings,
  lang: Lang,
  controls: Omit<SendControls, 'signal'> = {},
): Promise<CheckOutcome> {
  const transcript = new Transcript(controls.secrets, controls.onTranscriptLine);
  const started = Date.now();
  const nodemailer = loadNodemailer();
  const transporter = nodemailer.createTransport(transportOptions(transport, transcript, controls));
  try {
    await transporter.verify();
    const serverLines = transcript.lines
      .map((line) => / S: (.*)$/.exec(line)?.[1])
      .filter((text): text is string => text !== undefined);
    const greeting = serverLines.find((text) => text.startsWith('220')) ?? '';
    const ehlo = serverLines.filter((text) => /^250[ -]/.test(text));
    // The first 250 line of the EHLO reply names the server; the others are its keywords.
    const capabilities = ehlo
      .slice(1, ehlo.findIndex((text) => text.startsWith('250 ')) + 1)
      .map((text) => text.slice(4));
    return {
      ok: true,
      report: { greeting, capabilities, elapsedMs: Date.now() - started },
      transcript: transcript.lines,
    };
  } catch (error) {
    return {
      ok: false,
      failure: classifyFailure(error, transport, lang, false),
      transcript: transcript.lines,
    };
  } finally {
    transporter.close();
  }
}
