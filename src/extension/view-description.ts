import type { Say } from './l10n';

/** The counts a configuration's node shows. */
export interface NodeCounts {
  senderMode: 'personRegister' | 'defined' | null | undefined;
  persons: number;
  errors: number;
  warnings: number;
}

/**
 * What the Nova Mail view says beside a configuration: its sender mode, its persons (not for a
 * defined sender, which sends for everyone: "0 persons" said nothing), its errors and warnings,
 * each in the singular or the plural (regression: "1 errors").
 */
export function configurationDescription(node: NodeCounts, say: Say): string {
  const mode =
    node.senderMode === 'defined'
      ? say('viewDefinedSender')
      : node.senderMode === 'personRegister'
        ? say('viewPersonRegister')
        : say('viewNoMode');
  const persons =
    node.senderMode === 'defined'
      ? []
      : [node.persons === 1 ? say('viewOnePerson') : say('viewPersons', node.persons)];
  const errors = node.errors === 1 ? say('viewOneError') : say('viewErrors', node.errors);
  const warnings = node.warnings === 1 ? say('viewOneWarning') : say('viewWarnings', node.warnings);
  return [mode, ...persons, `${errors}, ${warnings}`].join(' · ');
}
