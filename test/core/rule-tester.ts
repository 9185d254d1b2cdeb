/**
 * Each rule tested alone on its own cases, as ESLint's RuleTester and markdownlint do: the core runs
 * with only that rule on, so a new rule never changes another rule's test. One file a rule:
 * test/core/rules/<id>.test.ts.
 */
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { applyEdits, ALL_RULES, fixAll, lint, type SeveritySetting } from '../../src/core';
import { definedConfig, personConfig, rangeOf, text, type Json } from '../helpers';

export interface InvalidCase {
  name: string;
  build: () => Json;
  /** The text the problem's range covers, and which occurrence of it (0 by default). */
  covers: string;
  occurrence?: number;
  severity: string;
  fixable: boolean;
  /** What is said, as ESLint's RuleTester asserts it: the catalog's id and the arguments (English). */
  messageId: string;
  data?: Record<string, string | number>;
}

export interface RuleCases {
  /** Configs the rule is silent on; the correct built configs are always among them. */
  valid?: { name: string; build: () => Json }[];
  invalid: InvalidCase[];
}

/** These rules on at their default severities, every other rule off (a new rule changes nothing). */
export function onlyRules(...ids: string[]): Record<string, SeveritySetting> {
  return Object.fromEntries(
    ALL_RULES.map((rule) => [rule.id, ids.includes(rule.id) ? rule.defaultSeverity : 'off']),
  );
}

export function ruleTester(id: string, cases: RuleCases): void {
  const options = { rules: onlyRules(id) };
  describe(`rule ${id}`, () => {
    const valid = [
      { name: 'the correct person-register config', build: personConfig },
      { name: 'the correct defined-sender config', build: definedConfig },
      ...(cases.valid ?? []),
    ];
    for (const c of valid)
      it(`is silent on ${c.name}`, () => assert.deepEqual(lint(text(c.build()), options), []));

    for (const c of cases.invalid) {
      it(`reports ${c.name}, on the exact range`, () => {
        const source = text(c.build());
        const problems = lint(source, options);
        assert.deepEqual(
          problems.map((p) => p.rule),
          [id],
          JSON.stringify(problems, null, 1),
        );
        const [problem] = problems;
        assert.deepEqual(problem.range, rangeOf(source, c.covers, c.occurrence ?? 0));
        assert.equal(problem.severity, c.severity);
        assert.equal(problem.fix !== undefined, c.fixable);
        assert.equal(problem.messageId, c.messageId);
        if (c.data) assert.deepEqual(problem.data, c.data);
      });
      if (c.fixable)
        it(`fixes ${c.name}: the fix silences it and keeps every other key in its order`, () => {
          const source = text(c.build());
          const [problem] = lint(source, options);
          assert.ok(problem.fix && problem.fix.title.length > 0);
          const fixed = applyEdits(source, problem.fix.edits);
          assert.deepEqual(lint(fixed, options), [], 'nothing of the rule left');
          // What the fixed value held goes with it (a password hidden in an object); nothing else does.
          const before = keyPaths(JSON.parse(source)).filter((p) => !p.startsWith(fixedPrefix(c.covers)));
          assert.deepEqual(
            keyPaths(JSON.parse(fixed)).filter((p) => before.includes(p)),
            before,
          );
          if (problem.severity === 'error' || problem.severity === 'warning')
            assert.equal(fixAll(source, options).text, fixed, 'Fix all does the same');
        });
    }
  });
}

/** Every key path of a value, in document order. */
function keyPaths(value: unknown, prefix = ''): string[] {
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, child]) => [
    `${prefix}/${key}`,
    ...keyPaths(child, `${prefix}/${key}`),
  ]);
}

/** What was inside a replaced object may go with it (a password hidden in an object); nothing else. */
function fixedPrefix(covers: string): string {
  return covers.startsWith('{') ? '/sender/password/' : '\u0000';
}
