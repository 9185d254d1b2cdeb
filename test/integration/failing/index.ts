import { runMochaSuite } from '../mocha-runner';

/** A suite that must fail: the launcher checks with it that a failing test makes it exit non-zero. */
export function run(): Promise<void> {
  return runMochaSuite(__dirname);
}
