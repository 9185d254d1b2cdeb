/**
 * DNS lookups for one check: Node's own resolver (c-ares: no DNS code of ours), pointed at the
 * system's servers or at one given server, with a bound per lookup, a small number in flight at
 * once, and each question asked once per run (every later asker shares the first answer).
 */
import { promises as dns } from 'node:dns';
import { isIP } from 'node:net';

/** The resolver mailauth takes: rejections carry Node's codes (ENOTFOUND, ENODATA, ETIMEOUT, ...). */
export type Resolve = (name: string, type: string) => Promise<never[]>;

export const DEFAULT_DNS_TIMEOUT_MS = 5000;
/** Lookups in flight at once: enough to be quick, few enough not to flood a small office's resolver. */
export const DNS_CONCURRENCY = 8;

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
  private readonly resolver: dns.Resolver | undefined;
  private readonly timeoutMs: number;
  /** The questions actually sent, as "TYPE name". */
  readonly asked: string[] = [];

  constructor(private readonly options: LookupOptions = {}) {
    this.timeoutMs = options.timeoutMs ?? DEFAULT_DNS_TIMEOUT_MS;
    if (!options.resolve) {
      this.resolver = new dns.Resolver({ timeout: this.timeoutMs, tries: 1 });
      if (options.server) this.resolver.setServers([options.server]);
      options.signal?.addEventListener('abort', () => this.resolver?.cancel(), { once: true });
    }
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

  private ask(name: string, type: string, key: string): Promise<never[]> {
    if (this.options.signal?.aborted) return Promise.reject(new DnsError('ECANCELLED', name, type));
    this.asked.push(key);
    const query = this.options.resolve
      ? this.options.resolve(name, type)
      : (this.resolver!.resolve(name, type) as Promise<never[]>);
    // c-ares has its own timeout; this one holds even when a server trickles or the system stalls.
    let timer: ReturnType<typeof setTimeout> | undefined;
    const deadline = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new DnsError('ETIMEOUT', name, type)), this.timeoutMs);
    });
    return Promise.race([query, deadline]).finally(() => clearTimeout(timer));
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
