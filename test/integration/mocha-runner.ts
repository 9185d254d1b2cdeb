import * as fs from 'fs';
import Mocha from 'mocha';
import * as path from 'path';
import { reportRun } from './suite-result';

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
    const runner = mocha.run((failures) => reportRun(runner, failures, { resolve, reject }));
  });
}
