import { runMochaSuite } from '../mocha-runner';

/** The benchmark of the workspace scan (bench/run.ts runs it on a generated workspace). */
export function run(): Promise<void> {
  return runMochaSuite(__dirname);
}
