/**
 * The mail services a Nova with its own mail server sends through, recognised from the SMTP
 * server's name (docs/own-server.md): what each one accepts, and what a sender domain's SPF must
 * include for its mail.
 */

export type ProviderId = 'microsoft365' | 'microsoft365Relay' | 'google' | 'googleRelay' | 'other';

export interface Provider {
  id: ProviderId;
  /** How people call it (a proper name: the same in both languages). */
  name: string;
  /** The domain whose SPF record lists the service's senders (`include:` it), when one is known. */
  spfInclude?: string;
  /** It takes mail on port 25 without a login, by the sender's IP address (a relay connector). */
  relayByAddress: boolean;
}

const MICROSOFT_SPF = 'spf.protection.outlook.com';
const GOOGLE_SPF = '_spf.google.com';

const PROVIDERS: Record<ProviderId, Provider> = {
  microsoft365: {
    id: 'microsoft365',
    name: 'Microsoft 365 / Outlook.com',
    spfInclude: MICROSOFT_SPF,
    relayByAddress: false,
  },
  microsoft365Relay: {
    id: 'microsoft365Relay',
    name: 'Microsoft 365 (SMTP relay connector)',
    spfInclude: MICROSOFT_SPF,
    relayByAddress: true,
  },
  google: {
    id: 'google',
    name: 'Gmail / Google Workspace',
    spfInclude: GOOGLE_SPF,
    relayByAddress: false,
  },
  googleRelay: {
    id: 'googleRelay',
    name: 'Google Workspace SMTP relay',
    spfInclude: GOOGLE_SPF,
    relayByAddress: true,
  },
  other: { id: 'other', name: 'SMTP', relayByAddress: false },
};

/** Microsoft's client-submission endpoints (SMTP AUTH), Microsoft 365's and Outlook.com's. */
const MICROSOFT_SUBMISSION = new Set([
  'smtp.office365.com',
  'smtp-legacy.office365.com',
  'smtp.outlook.office365.com',
  'smtp-mail.outlook.com',
]);
const GOOGLE_SUBMISSION = new Set(['smtp.gmail.com', 'smtp.googlemail.com']);

export function providerOf(server: string): Provider {
  const host = server.trim().toLowerCase().replace(/\.$/, '');
  if (MICROSOFT_SUBMISSION.has(host)) return PROVIDERS.microsoft365;
  // A tenant's MX endpoint, e.g. esimerkki-fi.mail.protection.outlook.com.
  if (host.endsWith('.mail.protection.outlook.com')) return PROVIDERS.microsoft365Relay;
  if (GOOGLE_SUBMISSION.has(host)) return PROVIDERS.google;
  if (host === 'smtp-relay.gmail.com') return PROVIDERS.googleRelay;
  return PROVIDERS.other;
}

/**
 * Whether a server name is one of the local network's (a private address, a one-label name, a
 * `.local`, `.lan`, `.internal`, `.intra` or `.corp` name): port 25 to it is not blocked on the way.
 */
export function isInternalServer(server: string): boolean {
  const host = server.trim().toLowerCase().replace(/\.$/, '');
  if (!host.includes('.') || host === 'localhost') return true;
  if (/\.(local|lan|internal|intra|corp|home\.arpa)$/.test(host)) return true;
  const v4 = /^(\d+)\.(\d+)\.\d+\.\d+$/.exec(host);
  if (v4) {
    const [a, b] = [Number(v4[1]), Number(v4[2])];
    return a === 10 || a === 127 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168);
  }
  return /^\[?(fc|fd|fe80|::1)/.test(host);
}

/**
 * Microsoft's date (message center MC786329, update of 2026-01-27): at the end of December 2026
 * Basic authentication for SMTP AUTH is disabled by default for existing tenants. From this
 * moment on, the rule says it has happened.
 */
export const MICROSOFT_BASIC_AUTH_OFF_BY_DEFAULT = new Date('2027-01-01T00:00:00Z');
