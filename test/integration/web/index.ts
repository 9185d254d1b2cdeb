/**
 * The web suite: runs in the browser's web worker extension host beside the `browser` entry, so it
 * is one bundle (esbuild, platform browser) with mocha's browser build and no Node module.
 */
import 'mocha/mocha';
import { RESULT_MARKER, type SuiteResult } from '../protocol';

/** Called by VS Code's extension test runner (extensionTestsPath points at this file). */
export function run(): Promise<void> {
  mocha.setup({ ui: 'bdd', reporter: 'spec', timeout: 60_000, color: false });
  // After setup: describe and it are globals now.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  require('./web.test');
  return new Promise((resolve, reject) => {
    const runner = mocha.run((failures) => {
      const result: SuiteResult = {
        passed: runner.stats?.passes ?? 0,
        failed: runner.stats?.failures ?? failures,
        pending: runner.stats?.pending ?? 0,
      };
      console.log(`${RESULT_MARKER} ${JSON.stringify(result)}`);
      if (failures > 0) reject(new Error(`${failures} web test(s) failed.`));
      else resolve();
    });
  });
}
