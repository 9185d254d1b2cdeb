import * as path from 'node:path';

export const ROOT = path.resolve(__dirname, '../..');
export const RESULTS_DIR = path.join(ROOT, 'test-results');
/** Where the integration suites are bundled to (see test/harness/build-tests.ts). */
export const OUT_DIR = path.join(ROOT, 'out', 'integration');
