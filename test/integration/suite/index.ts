import { runMochaSuite } from '../mocha-runner';

/** Called by VS Code's extension test runner (extensionTestsPath points at this folder). */
export function run(): Promise<void> {
  return runMochaSuite(__dirname);
}
