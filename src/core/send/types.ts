import type { Profile } from '../own-server/profile';
import type { ProviderId } from '../own-server/providers';
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
  /** How to give an own server's password (never in the file). */
  password: Localized;
  /** How to trust a private CA's certificate (an in-house server, a test server). */
  caFile: Localized;
  /** How to let a login go unencrypted for one send (SSL off, as Nova would do it). */
  allowCleartext: Localized;
  /** How to give a send more time. */
  timeout: Localized;
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
  /** An own server's login for this sender (the username field), when Nova logs in. */
  username?: string;
}

export interface TransportSettings {
  host: string;
  port: number;
  /** The file's `ssl` (Ohjaustiedot → SSL), as the message and the summaries say it. */
  ssl: boolean;
  /**
   * Implicit TLS from the first byte: the hosted profile's SSL on, or an own server's port 465
   * with SSL on.
   */
  secure: boolean;
  /** STARTTLS before anything else, the certificate verified: an own server with SSL on, off 465. */
  requireTls: boolean;
  timeoutMs: number;
  /** Whether host and port came from the server override instead of the file. */
  overridden: boolean;
  profile: Profile;
  /** An own server's mail service, from the file's server (an override does not change it). */
  provider?: ProviderId;
}

export interface SendPlan {
  transport: TransportSettings;
  from: Sender;
  to: string;
  envelope: { from: string; to: string[] };
  /** An own server's login: the password is the front end's to supply (SendControls.password). */
  login?: { user: string };
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
  | 'invalid-server'
  /** An own server that takes a login, and the sender has no username for it. */
  | 'no-login';

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
  /** The server refused the login (535, 5.7.8, 5.7.139, 5.7.30), or there was no password to give. */
  | 'auth'
  /** SSL off with a login, and the person did not allow the password to go unencrypted. */
  | 'cleartext-login'
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
  /** The server refused the password itself (a reply to AUTH): a saved one is wrong. */
  passwordRefused?: boolean;
  serverReply?: string;
  /**
   * The server's reply as the table of SMTP replies knows it (docs/own-server.md#smtp-replies): its
   * message id and the status it was recognised by, e.g. `{ id: 'reply.5.7.139', status: '5.7.139' }`.
   */
  explained?: { id: string; status: string };
}

export interface SendResult {
  accepted: string[];
  rejected: string[];
  /** The server's final reply, e.g. "250 2.0.0 Ok: queued as 1234". */
  serverReply: string;
  messageId: string;
  elapsedMs: number;
  /**
   * The plan had a login, but the server offered none and took the message without it (as
   * nodemailer does): said in the plan's language, for the front end to show beside "accepted".
   */
  loginNotTried?: string;
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
