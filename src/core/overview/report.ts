/**
 * The consultant's record: one row per sending address across all companies, and one per file
 * (what the Nova Mail view shows of it). Never a credential's value: only names, Citrix IDs,
 * addresses and counts.
 */
import type { ConfigSummary } from './summary';

export interface ReportRow {
  company: string | null;
  file: string;
  senderMode: 'personRegister' | 'defined' | null;
  /** The person (person-register mode); null for the defined sender. */
  person: string | null;
  citrixId: string | null;
  address: string | null;
  /** The file's error- and warning-severity problems (the whole configuration's). */
  errors: number;
  warnings: number;
}

export const REPORT_COLUMNS: readonly (keyof ReportRow)[] = [
  'company',
  'file',
  'senderMode',
  'person',
  'citrixId',
  'address',
  'errors',
  'warnings',
];

/**
 * The rows of one file: the defined sender, or each person with an e-mail address (in the order
 * of the file). A file that names no address still gets one row, so that no company goes missing.
 */
export function reportRows(file: string, summary: ConfigSummary): ReportRow[] {
  // Built key by key, in the order of the columns (JSON readers and the contract see that order).
  const row = (person: string | null, citrixId: string | null, address: string | null): ReportRow => ({
    company: summary.company ?? null,
    file,
    senderMode: summary.senderMode ?? null,
    person,
    citrixId,
    address,
    errors: summary.errors,
    warnings: summary.warnings,
  });
  const rows =
    summary.senderMode === 'defined'
      ? summary.sender?.address
        ? [row(null, null, summary.sender.address)]
        : []
      : summary.persons
          .filter((person) => person.address)
          .map((person) => row(person.name ?? null, person.citrixId ?? null, person.address ?? null));
  return rows.length > 0 ? rows : [row(null, null, null)];
}

/** One file of the report: the configuration as the Nova Mail view shows its node. */
export interface ReportFileRow {
  company: string | null;
  file: string;
  senderMode: 'personRegister' | 'defined' | null;
  /** An own mail server's service (its provider's name, or the server); null for Visma's hosted service. */
  ownServer: string | null;
  /** The persons in the file, whether or not they can send. */
  persons: number;
  /** Its sending addresses: the file's rows among the addresses. */
  addresses: number;
  errors: number;
  warnings: number;
}

export const REPORT_FILE_COLUMNS: readonly (keyof ReportFileRow)[] = [
  'company',
  'file',
  'senderMode',
  'ownServer',
  'persons',
  'addresses',
  'errors',
  'warnings',
];

export function reportFileRow(file: string, summary: ConfigSummary): ReportFileRow {
  return {
    company: summary.company ?? null,
    file,
    senderMode: summary.senderMode ?? null,
    ownServer: summary.ownServer ?? null,
    persons: summary.persons.length,
    addresses: reportRows(file, summary).filter((row) => row.address !== null).length,
    errors: summary.errors,
    warnings: summary.warnings,
  };
}
