import { runMochaSuite } from '../mocha-runner';

/** The smoke suite: nova-mail installed from its .vsix, not from the development folder. */
export function run(): Promise<void> {
  return runMochaSuite(__dirname);
}
