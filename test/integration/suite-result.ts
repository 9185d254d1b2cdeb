import { RESULT_MARKER, type SuiteResult } from './protocol';

/**
 * Says a mocha run's result to the driver (the marker line it reads) and settles the suite's
 * promise: one place for the Node host's runner (mocha-runner.ts) and the web worker's (web/).
 */
export function reportRun(
  runner: { stats?: { passes: number; failures: number; pending: number } },
  failures: number,
  settle: { resolve: () => void; reject: (error: Error) => void },
): void {
  const result: SuiteResult = {
    passed: runner.stats?.passes ?? 0,
    failed: runner.stats?.failures ?? failures,
    pending: runner.stats?.pending ?? 0,
  };
  console.log(`${RESULT_MARKER} ${JSON.stringify(result)}`);
  if (failures > 0) settle.reject(new Error(`${failures} integration test(s) failed.`));
  else settle.resolve();
}
