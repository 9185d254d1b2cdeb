/**
 * mailauth (SPF, DMARC, and the whole authenticate() for a received message) and mailparser. The
 * bundles build this module into dist/mailauth.js of its own and load it only when a check runs;
 * inside it, each part is required on first use, so a DNS check never loads the message parsers.
 */
import type {
  AuthenticateOptions,
  AuthenticateResult,
  DMARCOptions,
  DMARCResult,
  SPFOptions,
  SPFResult,
} from 'mailauth';
import type { ParsedMail, SimpleParserOptions } from 'mailparser';

/* eslint-disable @typescript-eslint/no-require-imports */
export function spf(options: SPFOptions): Promise<SPFResult> {
  return (require('mailauth/lib/spf') as typeof import('mailauth/lib/spf')).spf(options);
}

export function dmarc(options: DMARCOptions): Promise<DMARCResult | false> {
  return (require('mailauth/lib/dmarc') as typeof import('mailauth/lib/dmarc')).dmarc(options);
}

/** A DMARC record's tags (p, sp, np, t, pct, ...), as mailauth reads them. */
export function parseDmarcRecord(record: string): DmarcTags {
  const parse = (
    require('mailauth/lib/dmarc/get-dmarc-record') as { parseDmarcRecord: (txt: string) => unknown }
  ).parseDmarcRecord;
  return parse(record) ?? {};
}

/**
 * RFC 7489's organizational domain: the public suffix list's registrable domain (tldts, the list
 * mailauth itself uses, with its private section as mailauth does); undefined for a public suffix.
 */
export function organizationalDomain(domain: string): string | undefined {
  const tldts = require('tldts') as typeof import('tldts');
  return tldts.getDomain(domain, { allowPrivateDomains: true }) ?? undefined;
}

export interface DmarcTags {
  p?: string;
  sp?: string;
  np?: string;
  t?: string;
  pct?: number;
}

export function authenticate(message: Buffer, options: AuthenticateOptions): Promise<AuthenticateResult> {
  return (require('mailauth') as typeof import('mailauth')).authenticate(message, options);
}

export function parseMail(message: Buffer, options: SimpleParserOptions): Promise<ParsedMail> {
  return (require('mailparser') as typeof import('mailparser')).simpleParser(message, options);
}

/** One Authentication-Results header as mailauth reads it: the server's name and each method's result. */
export interface AuthenticationResults {
  value?: string;
  spf?: MethodResult | MethodResult[];
  dkim?: MethodResult | MethodResult[];
  dmarc?: MethodResult | MethodResult[];
  [method: string]: unknown;
}
export interface MethodResult {
  value?: string;
  comment?: string;
  header?: Record<string, string>;
  smtp?: Record<string, string>;
}

/** mailauth's reader of Authentication-Results (and DKIM-Signature) header lines. */
export function parseAuthenticationResults(line: string): AuthenticationResults | undefined {
  const parse = require('mailauth/lib/parse-dkim-headers') as (line: string) => {
    parsed?: AuthenticationResults;
  };
  return parse(line).parsed;
}
