/**
 * DNS lookups for one check: Node's own resolver (c-ares: no DNS code of ours), pointed at the
 * system's servers or at one given server, with a bound per lookup, a small number in flight at
 * once, and each question asked once per run (every later asker shares the first answer).
 *
 * Each question gets a c-ares channel of its own: c-ares 1.34 adapts a channel's timeout to the
 * answers it has seen (after a few fast ones it gave a lookup up after ~1 s of a 5 s timeout), and
 * Node 20 cannot turn that off. A fresh channel starts from the configured timeout, set a second
 * past our own deadline, so the deadline the user chose is the one that holds.
 */
import { promises as dns } from 'node:dns';
import { isIP } from 'node:net';

/** The resolver mailauth takes: rejections carry Node's codes (ENOTFOUND, ENODATA, ETIMEOUT, ...). */
export type Resolve = (name: string, type: string) => Promise<never[]>;

export const DEFAULT_DNS_TIMEOUT_MS = 5000;
/** Lookups in flight at once: enough to be quick, few enough not to flood a small office's resolver. */
export const DNS_CONCURRENCY = 8;
/**
 * After this many lookups in a row got no answer at all (each waited its whole timeout), the DNS
 * server counts as gone: the rest fail at once instead of each waiting (120 domains took 15 s).
 */
export const SILENT_LOOKUPS_BEFORE_GONE = 4;

export interface LookupOptions {
  /** `ip` or `ip:port` (`[v6]:port`); the system's resolvers when absent. */
  server?: string;
  timeoutMs?: number;
  signal?: AbortSignal;
  /** Instead of Node's resolver (the benchmark's baseline; tests use a real server instead). */
  resolve?: Resolve;
}

/** `ip`, `ip:port` or `[ipv6]:port` as Node's setServers takes it, or undefined when it is not one. */
export function parseDnsServer(value: string): string | undefined {
  const trimmed = value.trim();
  if (isIP(trimmed)) return isIP(trimmed) === 6 ? `[${trimmed}]` : trimmed;
  const match = /^(?:\[([^\]]+)\]|([^:]+)):(\d{1,5})$/.exec(trimmed);
  if (!match) return undefined;
  const host = match[1] ?? match[2];
  const port = Number(match[3]);
  const family = isIP(host);
  if (!family || (match[1] !== undefined && family !== 6) || port < 1 || port > 65_535) return undefined;
  return family === 6 ? `[${host}]:${port}` : `${host}:${port}`;
}

/** Our own codes besides Node's: EGONE, the server stopped answering (see SILENT_LOOKUPS_BEFORE_GONE). */
class DnsError extends Error {
  constructor(
    readonly code: string,
    name: string,
    type: string,
  ) {
    super(`${type} ${name}: ${code}`);
  }
}

export class Lookups {
  private readonly cache = new Map<string, Promise<never[]>>();
  private readonly waiting: (() => void)[] = [];
  private inFlight = 0;
  private readonly channels = new Set<dns.Resolver>();
  private readonly timeoutMs: number;
  private silentInARow = 0;
  /** The questions actually sent, as "TYPE name". */
  readonly asked: string[] = [];

  constructor(private readonly options: LookupOptions = {}) {
    this.timeoutMs = options.timeoutMs ?? DEFAULT_DNS_TIMEOUT_MS;
    options.signal?.addEventListener(
      'abort',
      () => {
        for (const channel of this.channels) channel.cancel();
      },
      { once: true },
    );
  }

  /** Whether the server stopped answering during this run (every later question failed at once). */
  get serverGone(): boolean {
    return this.silentInARow >= SILENT_LOOKUPS_BEFORE_GONE;
  }

  /** Bound to this run: hand it to mailauth as its resolver. */
  readonly resolve: Resolve = (name, type) => {
    const key = `${type.toUpperCase()} ${name.toLowerCase().replace(/\.$/, '')}`;
    let answer = this.cache.get(key);
    if (!answer) {
      answer = this.limited(() => this.ask(name, type, key));
      this.cache.set(key, answer);
    }
    return answer;
  };

  private async limited<T>(task: () => Promise<T>): Promise<T> {
    // A finished lookup hands its slot straight to the next one waiting.
    if (this.inFlight >= DNS_CONCURRENCY) await new Promise<void>((resume) => this.waiting.push(resume));
    else this.inFlight++;
    try {
      return await task();
    } finally {
      const next = this.waiting.shift();
      if (next) next();
      else this.inFlight--;
    }
  }

  private async ask(name: string, type: string, key: string): Promise<never[]> {
    if (this.options.signal?.aborted) throw new DnsError('ECANCELLED', name, type);
    if (this.serverGone) throw new DnsError('EGONE', name, type);
    this.asked.push(key);
    const channel = this.options.resolve ? undefined : this.channel();
    const query = channel
      ? (channel.resolve(name, type) as Promise<never[]>)
      : this.options.resolve!(name, type);
    // Our deadline: it holds even when a server trickles or the system stalls.
    let timer: ReturnType<typeof setTimeout> | undefined;
    const deadline = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new DnsError('ETIMEOUT', name, type)), this.timeoutMs);
    });
    try {
      const answer = await Promise.race([query, deadline]);
      this.silentInARow = 0;
      return answer;
    } catch (error) {
      if (dnsErrorCode(error) === 'ETIMEOUT') this.silentInARow++;
      else if (dnsErrorCode(error) !== 'ECANCELLED') this.silentInARow = 0; // an answer, if not a record
      throw error;
    } finally {
      clearTimeout(timer);
      if (channel) {
        channel.cancel(); // a question given up at our deadline stops here
        this.channels.delete(channel);
      }
    }
  }

  /** A c-ares channel for one question (see the top of this file). */
  private channel(): dns.Resolver {
    const channel = new dns.Resolver({ timeout: this.timeoutMs + 1000, tries: 1 });
    if (this.options.server) channel.setServers([this.options.server]);
    this.channels.add(channel);
    return channel;
  }
}

/** The code of a failed lookup (ENOTFOUND, ETIMEOUT, ...), or undefined for another error. */
export function dnsErrorCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | undefined)?.code;
  return typeof code === 'string' ? code : undefined;
}

/** "No such name" or "no such record": an answer, not a failure. */
export function isEmptyAnswer(error: unknown): boolean {
  const code = dnsErrorCode(error);
  return code === 'ENOTFOUND' || code === 'ENODATA';
}
