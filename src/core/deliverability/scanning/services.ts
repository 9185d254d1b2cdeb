/**
 * The invoice-scanning services Finnish companies e-mail purchase invoices to, and what each says it
 * takes (docs/scanning-services.md: every value with its source and the date it was read). Data
 * only: the checks in checks/ read it.
 */

export type ServiceId = 'netvisor' | 'procountor' | 'maventa';

export interface FileNameRule {
  /** Every character of the name before its extension matches this. */
  allowed: RegExp;
  /** The characters allowed, as the service says them. */
  says: { en: string; fi: string };
}

export interface ScanningRules {
  /** Mail that fails SPF, DKIM or DMARC may be refused, since this month. */
  dmarcPass?: { since: string };
  /** Only PDF invoices are read; `otherFiles`: other attachments may ride along (not read). */
  pdfOnly: { otherFiles: boolean };
  /** PDF files: at least this version, and not locked or password protected. */
  pdf: { minVersion?: string; unlocked: boolean };
  maxFileBytes?: number;
  maxMessageBytes?: number;
  maxFiles?: number;
  /** The whole message holds one invoice (several are refused). */
  oneInvoicePerMessage?: boolean;
  /** Every file a name of its own. */
  uniqueNames?: boolean;
  fileName?: FileNameRule;
}

export interface ScanningService {
  id: ServiceId;
  name: string;
  /**
   * The address's domain is one of these or under one. Empty when the address form could not be
   * confirmed from the service's own pages: then only `--scanning-service` names it.
   */
  domains: readonly string[];
  rules: ScanningRules;
  /** Where the rules were read (the pages show no date of their own). */
  sources: readonly string[];
  read: string;
}

const MB = 1024 * 1024;

export const SCANNING_SERVICES: readonly ScanningService[] = [
  {
    id: 'netvisor',
    name: 'Netvisor',
    // <business ID without the hyphen>@scan.netvisor.fi
    domains: ['scan.netvisor.fi'],
    rules: {
      dmarcPass: { since: '2024-06' },
      pdfOnly: { otherFiles: false },
      pdf: { minVersion: '1.3', unlocked: true },
      maxMessageBytes: 10 * MB,
      maxFiles: 100,
      uniqueNames: true,
      fileName: {
        allowed: /^[A-Za-z0-9_ ]+$/,
        says: { en: 'a–z, A–Z, 0–9, _ and space', fi: 'a–z, A–Z, 0–9, _ ja välilyönti' },
      },
    },
    sources: [
      'https://support.netvisor.fi/en/support/solutions/articles/77000466886-receiving-invoices-via-scanning-service-email',
      'https://support.netvisor.fi/en/support/discussions/topics/77000289222',
    ],
    read: '2026-12-05',
  },
  {
    id: 'procountor',
    name: 'Procountor (Apix)',
    // <OVT: 0037 + business ID without the hyphen>@procountor.apix.fi
    domains: ['procountor.apix.fi'],
    rules: {
      pdfOnly: { otherFiles: true },
      pdf: { unlocked: true },
      maxFileBytes: 2 * MB,
      maxMessageBytes: 7 * MB,
      oneInvoicePerMessage: true,
    },
    sources: [
      'https://support.procountor.fi/hc/en-us/articles/4928660565661-Purchase-invoice-scanning-service-Apix-Messaging-Oy',
      'https://apix.fi/sahkopostiskannaus',
    ],
    read: '2026-12-05',
  },
  {
    id: 'maventa',
    name: 'Maventa Scan',
    // The address form is not on Maventa's pages as stored here: named by --scanning-service only.
    domains: [],
    rules: {
      pdfOnly: { otherFiles: false },
      pdf: { minVersion: '1.3', unlocked: true },
      maxMessageBytes: 10 * MB,
      uniqueNames: true,
    },
    sources: [
      'https://support.maventa.fi/en/support/solutions/articles/77000474643-what-is-the-scan-service-',
    ],
    read: '2026-12-05',
  },
];

/** The service an address belongs to, by its domain. */
export function serviceOfAddress(address: string): ScanningService | undefined {
  const domain = address
    .slice(address.lastIndexOf('@') + 1)
    .toLowerCase()
    .replace(/\.$/, '');
  return SCANNING_SERVICES.find((service) =>
    service.domains.some((known) => domain === known || domain.endsWith(`.${known}`)),
  );
}

/** The service of a name given on the command line (`--scanning-service netvisor`). */
export function serviceNamed(name: string): ScanningService | undefined {
  const wanted = name.trim().toLowerCase();
  return SCANNING_SERVICES.find(
    (service) =>
      service.id === wanted ||
      service.name
        .toLowerCase()
        .split(/[\s()]+/)
        .includes(wanted),
  );
}
