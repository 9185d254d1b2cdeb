import { runMochaSuite } from '../mocha-runner';

/** The multi-root suite: two client folders whose nova-mail settings differ. */
export function run(): Promise<void> {
  return runMochaSuite(__dirname);
}
