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

/** The verdict of the service the message is addressed to, or of `named`; undefined when neither. */
export function scanningVerdict(
  recipients: readonly string[],
  facts: MessageFacts,
  named?: ScanningService,
): ScanningVerdict | undefined {
  const address = named ? undefined : recipients.find((recipient) => serviceOfAddress(recipient));
  const service = named ?? (address ? serviceOfAddress(address) : undefined);
  if (!service) return undefined;
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
}

export { attachmentFacts, type MessageFacts } from './facts';
export { serviceNamed, SCANNING_SERVICES, type ScanningService } from './services';
export { SCANNING_MESSAGES } from './messages';
export { SCAN_CHECKS } from './checks';
