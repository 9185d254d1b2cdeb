import { format } from 'util';

/**
 * Collects nodemailer's log as timestamped lines. Whatever could be a credential is masked: the
 * whole argument of AUTH (nodemailer's own masking still shows the username) and every client line
 * of an AUTH exchange, plus any value the caller names as secret.
 */
export class Transcript {
  readonly lines: string[] = [];
  private inAuthExchange = false;

  constructor(
    private readonly secrets: readonly string[] = [],
    private readonly onLine?: (line: string) => void,
  ) {}

  /** A bunyan-style logger for nodemailer's `logger` option. */
  get logger() {
    const log = (entry: unknown, message: unknown, ...args: unknown[]) => {
      const tnx = typeof entry === 'object' && entry !== null ? (entry as { tnx?: string }).tnx : undefined;
      this.add(tnx, typeof message === 'string' ? format(message, ...args) : format(message, ...args));
    };
    return { trace: log, debug: log, info: log, warn: log, error: log, fatal: log };
  }

  add(tnx: string | undefined, text: string): void {
    const arrow = tnx === 'client' ? 'C:' : tnx === 'server' ? 'S:' : '*';
    for (const raw of text.split(/\r?\n/)) {
      if (raw === '') continue;
      const line = `${new Date().toISOString()} ${arrow} ${this.redact(tnx, raw)}`;
      this.lines.push(line);
      this.onLine?.(line);
    }
  }

  private redact(tnx: string | undefined, text: string): string {
    let safe = text;
    if (tnx === 'client') {
      const auth = /^(AUTH\s+\S+)/i.exec(safe);
      if (auth) {
        this.inAuthExchange = true;
        safe = safe.length > auth[1].length ? `${auth[1]} <redacted>` : auth[1];
      } else if (this.inAuthExchange) {
        safe = '<redacted>';
      }
    } else if (tnx === 'server' && this.inAuthExchange && !/^334[ -]/.test(safe)) {
      this.inAuthExchange = false;
    }
    for (const secret of this.secrets) {
      if (secret.length < 3) continue;
      for (const form of [secret, Buffer.from(secret).toString('base64')])
        safe = safe.split(form).join('<redacted>');
    }
    return safe;
  }
}
