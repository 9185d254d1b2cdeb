import type { Fix, Localized, Severity, Target } from '../types';

/** What every rule, including the structural ones the engine itself reports, tells about itself. */
export interface RuleMeta {
  id: string;
  defaultSeverity: Severity;
  fixable: boolean;
  /** One line: what the rule checks. */
  description: Localized;
}

export interface RuleReport {
  target: Target;
  message: Localized;
  fix?: Fix;
  related?: { target: Target; message: Localized }[];
}

export interface RuleContext {
  /** The parsed document; rules look only at values of the type they expect. */
  readonly config: unknown;
  report(report: RuleReport): void;
}

export interface Rule extends RuleMeta {
  check(context: RuleContext): void;
}
