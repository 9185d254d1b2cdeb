/**
 * A local SMTP catcher for development: accepts every message on 127.0.0.1 without
 * authentication and prints it (envelope, headers, text). `npm start` runs it on port 2525, which
 * examples/.vscode/settings.json names as novaMail.testSend.server. The tests use the same server
 * on random ports. `npm run smtp-catcher` runs it alone (scripts/smtp-catcher-main.ts).
 */
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer, type SMTPServerOptions, type SMTPServerSession } from 'smtp-server';

export interface Received {
  mailFrom: string;
  rcptTo: string[];
  secure: boolean;
  parsed: ParsedMail;
  raw: string;
}

export interface Catcher {
  port: number;
  received: Received[];
  authAttempts: number;
  close(): Promise<void>;
}

export interface CatcherOptions extends Partial<SMTPServerOptions> {
  /** 0 (the default): a free port. */
  port?: number;
  onReceived?: (message: Received) => void;
  /** Take any login (over TLS only, smtp-server's default), counted; refused otherwise. */
  acceptLogins?: boolean;
}

/** An smtp-server on 127.0.0.1 that accepts mail without authentication and records every message. */
export async function startCatcher(options: CatcherOptions = {}): Promise<Catcher> {
  const { port: wanted = 0, onReceived, acceptLogins = false, ...serverOptions } = options;
  const received: Received[] = [];
  const state = { authAttempts: 0 };
  const server = new SMTPServer({
    logger: false,
    authOptional: true,
    disableReverseLookup: true,
    onAuth(auth, _session, callback) {
      state.authAttempts++;
      if (acceptLogins) return callback(null, { user: auth.username ?? '' });
      callback(new Error('this catcher takes no AUTH'));
    },
    onData(stream, session: SMTPServerSession, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        const raw = Buffer.concat(chunks).toString('utf8');
        simpleParser(raw).then((parsed) => {
          const message: Received = {
            mailFrom: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
            rcptTo: session.envelope.rcptTo.map((r) => r.address),
            secure: session.secure,
            parsed,
            raw,
          };
          received.push(message);
          onReceived?.(message);
          callback();
        }, callback);
      });
    },
    ...serverOptions,
  });
  // smtp-server re-emits its socket's errors on itself: unheard, a taken port would crash the process.
  const port = await new Promise<number>((resolve, reject) => {
    server.once('error', reject);
    server.listen(wanted, '127.0.0.1', () => {
      server.removeListener('error', reject);
      server.on('error', (error) => console.error(`[smtp-catcher] ${error.message}`));
      resolve((server.server.address() as { port: number }).port);
    });
  });
  return {
    port,
    received,
    get authAttempts() {
      return state.authAttempts;
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** A parsed header as text: addresses by their text, dates in ISO form. */
function headerText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'object' && value !== null && 'text' in value) return String(value.text);
  return '';
}

/** How the catcher prints a message. */
export function describeMessage(message: Received): string {
  const headers = ['from', 'to', 'subject', 'date', 'message-id']
    .map((name) => {
      const value: unknown = message.parsed.headers.get(name);
      return `  ${name}: ${headerText(value)}`;
    })
    .join('\n');
  return [
    `── message received ${new Date().toISOString()}`,
    `  envelope: MAIL FROM:<${message.mailFrom}> RCPT TO:${message.rcptTo.map((r) => `<${r}>`).join(' ')}`,
    headers,
    '',
    ...(message.parsed.text ?? '')
      .trimEnd()
      .split('\n')
      .map((line) => `  | ${line}`),
    '',
  ].join('\n');
}
