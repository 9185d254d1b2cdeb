import type { Message } from '../../../catalog';
import type { Localized } from '../../../types';
import type { MessageFacts } from '../facts';
import type { ScanningService } from '../services';

export interface ScanFinding {
  check: string;
  /** fail: the service will not take the message; warn: it may not; ok: this check passes. */
  level: 'ok' | 'warn' | 'fail';
  message: Message;
}

/** One check of a message against a scanning service's rules: its findings, none when the rule does not apply. */
export interface ScanCheck {
  id: string;
  judge(service: ScanningService, facts: MessageFacts): ScanFinding[];
}

/** A size in the words people use for attachments: KB up to 1 MB, then MB with one decimal (Finnish: kt, Mt, a comma). */
export function sizeText(bytes: number): Localized {
  if (bytes < 1024 * 1024) {
    const kb = String(Math.ceil(bytes / 1024));
    return { en: `${kb} KB`, fi: `${kb} kt` };
  }
  const mb = (bytes / 1024 / 1024).toFixed(1).replace(/\.0$/, '');
  return { en: `${mb} MB`, fi: `${mb.replace('.', ',')} Mt` };
}
