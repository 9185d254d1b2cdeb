/**
 * What the scan-bench suite (run in the extension host by the test harness) prints for the
 * benchmark: one line, this marker and the report as JSON.
 */
export const SCAN_MARKER = 'NOVA_MAIL_SCAN';

export interface ScanReport {
  files: number;
  msFromActivation: number;
  msFinding: number;
  msReading: number;
  msBusy: number;
  slices: number;
  heapUsedMB: number;
}
