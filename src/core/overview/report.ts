/**
 * The consultant's record: one row per sending address across all companies. Never a
 * credential's value: only names, Citrix IDs, addresses and counts.
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
