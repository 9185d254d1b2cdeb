import type { Say } from '../l10n';

/** The counts a configuration's node shows. */
export interface NodeCounts {
  senderMode: 'personRegister' | 'defined' | null | undefined;
  /** An own mail server's service; absent or null for the hosted service. */
  ownServer?: string | null;
  persons: number;
  errors: number;
  warnings: number;
}

/**
 * What the Nova Mail view says beside a configuration: an own mail server's service, its sender mode, its persons (not for a
 * defined sender, which sends for everyone: "0 persons" said nothing), its errors and warnings,
 * each in the singular or the plural (regression: "1 errors").
 */
export function configurationDescription(node: NodeCounts, say: Say): string {
  const mode =
    node.senderMode === 'defined'
      ? say('view.defined-sender')
      : node.senderMode === 'personRegister'
        ? say('view.person-register')
        : say('view.no-mode');
  const persons = node.senderMode === 'defined' ? [] : [say('view.persons', { count: node.persons })];
  const errors = say('count.errors', { count: node.errors });
  const warnings = say('count.warnings', { count: node.warnings });
  const service = node.ownServer ? [say('view.own-server', { service: node.ownServer })] : [];
  return [...service, mode, ...persons, `${errors}, ${warnings}`].join(' · ');
}
