import * as fs from 'fs';
import Mocha from 'mocha';
import * as path from 'path';
import { RESULT_MARKER, type SuiteResult } from './protocol';

/** Runs every *.test.js beside the suite's index with mocha; rejects when a test fails. */
export function runMochaSuite(directory: string): Promise<void> {
  // NOVA_MAIL_TEST_GREP=<text> runs only the tests whose titles contain it (for the F5 loop).
  const grep = process.env.NOVA_MAIL_TEST_GREP;
  const mocha = new Mocha({
    ui: 'bdd',
    color: false,
    timeout: 60_000,
    reporter: 'spec',
    ...(grep ? { grep } : {}),
  });
  for (const file of fs
    .readdirSync(directory)
    .filter((f) => f.endsWith('.test.js'))
    .sort()) {
    mocha.addFile(path.join(directory, file));
  }
  return new Promise((resolve, reject) => {
    const runner = mocha.run((failures) => {
      const result: SuiteResult = {
        passed: runner.stats?.passes ?? 0,
        failed: runner.stats?.failures ?? failures,
        pending: runner.stats?.pending ?? 0,
      };
      console.log(`${RESULT_MARKER} ${JSON.stringify(result)}`);
      if (failures > 0) reject(new Error(`${failures} integration test(s) failed.`));
      else resolve();
    });
  });
}
