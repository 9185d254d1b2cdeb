/**
 * SSL off with a login: Nova would send the password unencrypted. A test may show that, but never
 * silently: the front ends refuse or ask first, in these words, having asked the server (without
 * any credential) whether it offers STARTTLS, so that the way out can be named.
 */
import { formatMessage, type Data } from '../catalog';
import { msg, type MessageId } from '../messages';
import { ALL_MESSAGES } from '../all-messages';
import { hostAndPort } from './host-port';
import { checkConnection } from './send';
import type { SendPlan } from './types';

export interface CleartextLoginText {
  /** What would happen, in one sentence. */
  warning: string;
  /** What to do instead (turn SSL on), when the server's answer tells; else empty. */
  advice: string;
  /** The command line's refusal: the warning, the advice and the option that allows it once. */
  refused: string;
}

export function cleartextLoginText(plan: SendPlan, offersStartTls: boolean | undefined): CleartextLoginText {
  const say = (id: MessageId, data: Data) => formatMessage(ALL_MESSAGES, msg(id, data), plan.lang);
  const server = hostAndPort(plan.transport);
  const warning = say('cleartext.warning', { user: plan.login?.user ?? '', server });
  const advice =
    offersStartTls === undefined
      ? ''
      : say(offersStartTls ? 'cleartext.starttls' : 'cleartext.no-starttls', { server });
  const refused = say('cleartext.refused', {
    warning,
    advice: advice ? `${advice} ` : '',
    allow: plan.words.allowCleartext,
  });
  return { warning, advice, refused };
}

/**
 * Whether the plan's server offers STARTTLS on its port, asked with EHLO only (nothing secret is
 * sent); undefined when it could not be asked.
 */
export async function offersStartTls(
  plan: SendPlan,
  controls: { signal?: AbortSignal; ca?: string | Buffer } = {},
): Promise<boolean | undefined> {
  const outcome = await checkConnection(plan.transport, plan.lang, plan.words, controls);
  if (!outcome.ok) return undefined;
  return outcome.report.capabilities.some((keyword) => /^STARTTLS\b/i.test(keyword));
}
