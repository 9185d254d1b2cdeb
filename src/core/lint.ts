import { JsonDocument } from './document';
import { editsForFix } from './fixes';
import { mayHaveDuplicateKeys } from './json/duplicate-scan';
import { pathKey } from './json/pointer';
import { RULES, type RuleMeta } from './rules';
import type { RuleReport } from './rules/rule';
import { duplicateKeyRule, parseRule, schemaRule } from './rules/structural';
import { validate } from './schema/validate';
import type { Lang, Localized, Problem, SeveritySetting, Target } from './types';

export interface LintOptions {
  /** The language of messages and fix titles; English by default. */
  lang?: Lang;
  /** A severity per rule id, overriding the rule's default; 'off' silences the rule. */
  rules?: Readonly<Record<string, SeveritySetting | undefined>>;
}

interface Finding extends RuleReport {
  rule: RuleMeta;
}

/** Checks one nova-mail.json text: every problem, in document order. Never throws on any input. */
export function lint(text: string, options: LintOptions = {}): Problem[] {
  const document = new JsonDocument(text);
  return place(findProblems(document), document, options);
}

function findProblems(document: JsonDocument): Finding[] {
  const bom = document.text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const body = bom ? document.text.slice(1) : document.text;
  let config: unknown;
  try {
    config = JSON.parse(body);
  } catch (error) {
    const syntax = document.tree.error;
    const reason = error instanceof Error ? error.message : String(error);
    return [
      {
        rule: parseRule,
        target: syntax ? { at: 'offset', ...syntax } : { at: 'offset', offset: bom, length: 0 },
        message: syntax?.message ?? { en: `Not valid JSON: ${reason}`, fi: `Virheellinen JSON: ${reason}` },
      },
    ];
  }

  const findings: Finding[] = [];
  if (mayHaveDuplicateKeys(body, config)) {
    for (const property of document.tree.duplicates) {
      const key = property.key.value;
      findings.push({
        rule: duplicateKeyRule,
        target: { at: 'offset', offset: property.key.offset, length: property.key.length },
        message: {
          en: `Duplicate key "${key}": JSON keeps only the last one.`,
          fi: `Avain "${key}" on tässä objektissa kahdesti: vain viimeinen jää voimaan.`,
        },
      });
    }
  }

  const ruleFindings: Finding[] = [];
  for (const rule of RULES) {
    rule.check({
      config,
      report: (report) => ruleFindings.push({ ...report, rule }),
    });
  }
  // A value a rule already speaks about is not reported again as a schema violation.
  const covered = new Set(ruleFindings.map((finding) => pathKeyOf(finding.target)));
  for (const violation of validate(config)) {
    if (!covered.has(pathKeyOf(violation.target))) findings.push({ rule: schemaRule, ...violation });
  }
  return findings.concat(ruleFindings);
}

function pathKeyOf(target: Target): string {
  return target.at === 'offset' ? '' : pathKey(target.path);
}

function place(findings: Finding[], document: JsonDocument, options: LintOptions): Problem[] {
  const lang = options.lang ?? 'en';
  const say = (text: Localized): string => text[lang];
  const problems: Problem[] = [];
  for (const finding of findings) {
    const severity = options.rules?.[finding.rule.id] ?? finding.rule.defaultSeverity;
    if (severity === 'off') continue;
    const { offset, length } = document.resolve(finding.target);
    const problem: Problem = {
      rule: finding.rule.id,
      severity,
      message: say(finding.message),
      range: document.lines.rangeAt(offset, length),
      offset,
      length,
    };
    const edits = finding.fix && editsForFix(finding.fix.action, document);
    if (finding.fix && edits) problem.fix = { title: say(finding.fix.title), edits };
    if (finding.related?.length) {
      problem.related = finding.related.map((related) => {
        const span = document.resolve(related.target);
        return { range: document.lines.rangeAt(span.offset, span.length), message: say(related.message) };
      });
    }
    problems.push(problem);
  }
  return problems.sort((a, b) => a.offset - b.offset);
}
