/**
 * The web suite: runs in the browser's web worker extension host beside the `browser` entry, so it
 * is one bundle (esbuild, platform browser) with mocha's browser build and no Node module.
 */
import 'mocha/mocha';
import { reportRun } from '../suite-result';

/** Called by VS Code's extension test runner (extensionTestsPath points at this file). */
export function run(): Promise<void> {
  mocha.setup({ ui: 'bdd', reporter: 'spec', timeout: 60_000, color: false });
  // After setup: describe and it are globals now.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  require('./web.test');
  return new Promise((resolve, reject) => {
    const runner = mocha.run((failures) => reportRun(runner, failures, { resolve, reject }));
  });
}
