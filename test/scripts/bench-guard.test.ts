import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { measuresOf, regressions } from '../../bench/guard';
import { ROOT } from '../helpers';

describe("the quick benchmark's guard (bench/baseline.json)", () => {
  const { checks } = JSON.parse(fs.readFileSync(path.join(ROOT, 'bench', 'baseline.json'), 'utf8')) as {
    checks: Parameters<typeof regressions>[1];
  };
  const at = (overrides: Record<string, number>) =>
    Object.fromEntries(checks.map((check) => [check.measure, overrides[check.measure] ?? check.baseline]));

  it('names a measure the results have for every check', () => {
    const results = {
      tree: { ajvCli: { wallMs: 400 }, novaMail: { wallMs: 200 }, cliBytes: 4 },
      send: { cliMs: 300, swaksMs: 150 },
      deliverability: { questions: 78 },
      activation: { bundleBytes: 1, webBundleBytes: 2, coreBytes: 3 },
    };
    const measured = measuresOf(results);
    for (const check of checks) assert.ok(Number.isFinite(measured[check.measure]), check.measure);
  });

  it('passes the baseline itself, and noise inside the margins', () => {
    assert.deepEqual(regressions(at({}), checks), []);
    assert.deepEqual(regressions(at({ ajvOverCli: 1.4, sendOverSwaks: 2.4 }), checks), []);
  });

  it('fails a slower CLI, one more DNS question, and a bundle grown past its margin', () => {
    const failed = regressions(
      at({ ajvOverCli: 1.2, dnsQuestions: 79, webBytes: 210_000, cliBytes: 320_000 }),
      checks,
    );
    assert.equal(failed.length, 4, failed.join('\n'));
    assert.match(failed.join('\n'), /ajv-cli/);
    assert.match(failed.join('\n'), /DNS questions/);
    assert.match(failed.join('\n'), /web/);
    assert.match(failed.join('\n'), /cli\.js/);
  });

  it("holds the web entry to the full benchmark's 200 KB target, not to a margin over it", () => {
    assert.match(regressions(at({ webBytes: 204_801 }), checks).join('\n'), /web/);
  });
});
