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
  /**
   * The file after the problem's own fix, as ESLint's RuleTester's `output`; null when the problem
   * has no fix. Given the built input (a copy), it returns what the fix must leave: every other
   * key kept, in its order.
   */
  output: ((input: Json) => Json) | null;
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
        assert.equal(
          problem.fix !== undefined,
          c.output !== null,
          'a fix exactly when the case has an output',
        );
        assert.equal(problem.messageId, c.messageId);
        if (c.data) assert.deepEqual(problem.data, c.data);
      });
      const { output } = c;
      if (output)
        it(`fixes ${c.name}: the output is the expected file, key for key and in order`, () => {
          const source = text(c.build());
          const [problem] = lint(source, options);
          assert.ok(problem.fix && problem.fix.title.length > 0);
          const fixed = applyEdits(source, problem.fix.edits);
          // Compared as text of the parsed values, so that a key moved or dropped fails too.
          assert.equal(JSON.stringify(JSON.parse(fixed)), JSON.stringify(output(c.build())));
          assert.deepEqual(lint(fixed, options), [], 'nothing of the rule left');
          if (problem.severity === 'error' || problem.severity === 'warning')
            assert.equal(fixAll(source, options).text, fixed, 'Fix all does the same');
        });
    }
  });
}

/**
 * The input with one value set at a JSON pointer (`/persons/0/roles/1`): what a fix that changes
 * or adds one value must leave. A new key goes last in its object, where the fixes insert it.
 */
export function changed(input: Json, pointer: string, value: unknown): Json {
  const keys = pointer.split('/').slice(1);
  const last = keys.pop();
  if (last === undefined) throw new Error(`not a pointer to a value: ${pointer}`);
  let parent = input;
  for (const key of keys) parent = parent[key];
  parent[last] = value;
  return input;
}
