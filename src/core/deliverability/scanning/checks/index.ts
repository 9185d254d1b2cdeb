import type { ScanCheck } from './check';
import { scanDmarc } from './scan-dmarc';
import { scanFileCount } from './scan-file-count';
import { scanFileName } from './scan-file-name';
import { scanFileType } from './scan-file-type';
import { scanPdf } from './scan-pdf';
import { scanSize } from './scan-size';

/** The checks of a message against a scanning service, in the order the report lists them. */
export const SCAN_CHECKS: readonly ScanCheck[] = [
  scanDmarc,
  scanFileType,
  scanPdf,
  scanSize,
  scanFileCount,
  scanFileName,
];

export type { ScanCheck, ScanFinding } from './check';
