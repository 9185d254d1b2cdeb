import type { Lang, Localized, Problem } from '../types';

/**
 * How a front end names its own controls, so that advice points at something the person can use
 * there: the CLI says `--server host:port`, the editor names its setting.
 */
export interface FrontEndWords {
  /** How to send through another server. */
  serverOverride: Localized;
  /** Where the SMTP transcript is seen. */
  transcript: Localized;
  /** How to choose the person who sends. */
  choosePerson: Localized;
  /** Where every problem of the file is listed. */
  problems: Localized;
}

/** What a caller asks for; the file's settings supply everything else. */
export interface SendRequest {
  /** The recipient (the editor defaults it to the sender's own address). */
  to: string;
  /** `host[:port]` to send through instead of the file's server (testing outside Visma's network). */
  server?: string;
  /** In person-register mode: the Citrix ID of the person who sends. */
  person?: string;
  /** Bounds the whole exchange, and each wait within it. */
  timeoutMs?: number;
  lang?: Lang;
  now?: Date;
  words: FrontEndWords;
}

export const DEFAULT_TIMEOUT_MS = 15_000;

export interface Sender {
  name?: string;
  address: string;
  /** The person's Citrix ID, in person-register mode. */
  citrixId?: string;
}

export interface TransportSettings {
  host: string;
  port: number;
  /** Implicit TLS from the first byte: the file's `ssl`. */
  secure: boolean;
  timeoutMs: number;
  /** Whether host and port came from the server override instead of the file. */
  overridden: boolean;
}

export interface SendPlan {
  transport: TransportSettings;
  from: Sender;
  to: string;
  envelope: { from: string; to: string[] };
  subject: string;
  text: string;
  /** The file's other problems: sending is allowed, but the user is warned. */
  problems: Problem[];
  lang: Lang;
  words: FrontEndWords;
}

/** Why a plan could not be made: nothing was sent, nothing was connected to. */
export type PlanErrorKind =
  | 'invalid-config'
  | 'real-credentials'
  | 'no-sender'
  | 'choose-person'
  | 'unknown-person'
  | 'invalid-address'
  | 'header-injection'
  | 'invalid-server';

export interface PlanError {
  kind: PlanErrorKind;
  message: string;
  /** For choose-person and unknown-person: the persons who can send. */
  candidates?: Sender[];
}

export type SendFailureKind =
  | 'dns'
  | 'refused'
  | 'timeout'
  | 'tls'
  /** The server greeted with a refusal (421, 554): it serves nobody, or not this client. */
  | 'unavailable'
  /** The server answered something that is not SMTP (a garbage greeting or reply). */
  | 'protocol'
  | 'rejected'
  | 'temporary'
  | 'closed'
  | 'cancelled'
  | 'other';

export interface SendFailure {
  kind: SendFailureKind;
  /** One line: what happened, with the server's reply when there is one. */
  message: string;
  /** What a person can do about it. */
  hint: string;
  serverReply?: string;
}

export interface SendResult {
  accepted: string[];
  rejected: string[];
  /** The server's final reply, e.g. "250 2.0.0 Ok: queued as 1234". */
  serverReply: string;
  messageId: string;
  elapsedMs: number;
}

export type SendOutcome =
  | { ok: true; result: SendResult; transcript: string[] }
  | { ok: false; failure: SendFailure; transcript: string[] };

export interface ConnectionReport {
  greeting: string;
  /** The EHLO keywords the server offers, e.g. STARTTLS, AUTH PLAIN LOGIN, SIZE 10240000. */
  capabilities: string[];
  elapsedMs: number;
}

export type CheckOutcome =
  | { ok: true; report: ConnectionReport; transcript: string[] }
  | { ok: false; failure: SendFailure; transcript: string[] };
