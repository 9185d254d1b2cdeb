/**
 * Explain received mail, for an invoice sent to a scanning service: which service the message is
 * addressed to (or is named), and whether it will take it, rule by rule (checks/).
 */
import type { Message } from '../../catalog';
import { msg } from '../../messages';
import { SCAN_CHECKS, type ScanFinding } from './checks';
import type { MessageFacts } from './facts';
import { serviceOfAddress, type ScanningService } from './services';

export interface ScanningVerdict {
  service: ScanningService;
  /** The recipient address that is the service's; undefined when named by the option. */
  address?: string;
  /** take: every check passes; maybe: only warnings; refuse: a check fails. */
  verdict: 'take' | 'maybe' | 'refuse';
  summary: Message;
  findings: ScanFinding[];
}

/**
 * The verdict of each service the message is addressed to (a message to two services is judged
 * by both), or of `named` alone; empty when neither.
 */
export function scanningVerdicts(
  recipients: readonly string[],
  facts: MessageFacts,
  named?: ScanningService,
): ScanningVerdict[] {
  const addressed = new Map<ScanningService, string>();
  if (!named)
    for (const recipient of recipients) {
      const service = serviceOfAddress(recipient);
      if (service && !addressed.has(service)) addressed.set(service, recipient);
    }
  const targets: [ScanningService, string | undefined][] = named ? [[named, undefined]] : [...addressed];
  return targets.map(([service, address]) => {
    const findings = SCAN_CHECKS.flatMap((check) => check.judge(service, facts));
    const verdict = findings.some((finding) => finding.level === 'fail')
      ? 'refuse'
      : findings.some((finding) => finding.level === 'warn')
        ? 'maybe'
        : 'take';
    const where = address ?? msg('scan.named');
    return {
      service,
      address,
      verdict,
      summary: msg(`scan.verdict.${verdict}`, { service: service.name, address: where }),
      findings,
    };
  });
}

export { attachmentFacts, type MessageFacts } from './facts';
export { serviceNamed, SCANNING_SERVICES, type ScanningService } from './services';
export { SCANNING_MESSAGES } from './messages';
export { SCAN_CHECKS } from './checks';
