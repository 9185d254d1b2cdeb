import { format } from 'util';
import { escapeControl } from '../visible-text';
import { SecretMask } from './secret-mask';

/**
 * Collects nodemailer's log as timestamped lines. Whatever could be a credential is masked: the
 * whole argument of AUTH (nodemailer's own masking still shows the username) and every client line
 * of an AUTH exchange; and in every line, the password in any form a server could echo it.
 */
export class Transcript {
  readonly lines: string[] = [];
  /** Whether the server has said anything yet. */
  heardServer = false;
  private inAuthExchange = false;

  constructor(
    private readonly onLine?: (line: string) => void,
    /** A server may echo the login: its lines are masked and cut like every other reply. */
    private readonly mask = new SecretMask(),
  ) {}

  /** A bunyan-style logger for nodemailer's `logger` option. */
  get logger() {
    const log = (entry: unknown, message: unknown, ...args: unknown[]) => {
      const tnx = typeof entry === 'object' && entry !== null ? (entry as { tnx?: string }).tnx : undefined;
      this.add(tnx, format(message, ...args));
    };
    return { trace: log, debug: log, info: log, warn: log, error: log, fatal: log };
  }

  add(tnx: string | undefined, text: string): void {
    const arrow = tnx === 'client' ? 'C:' : tnx === 'server' ? 'S:' : '*';
    if (tnx === 'server') this.heardServer = true;
    // What the server said (and nodemailer's lines, which quote it) is masked as one text: a
    // password split over the lines of a multi-line reply is found too.
    const masked = tnx === 'client' ? text : this.mask.masked(text);
    for (const raw of masked.split(/\r?\n/)) {
      if (raw === '') continue;
      // A server's ESC, bare CR or bidi override shown, never obeyed (an output channel's log file
      // kept them raw for a terminal; a CR forged a line): as the CLI shows them.
      const shown = escapeControl(this.mask.cut(this.redact(tnx, raw)));
      const line = `${new Date().toISOString()} ${arrow} ${shown}`;
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
    return safe;
  }
}
