/** Who a nova-mail.json sends as: the one place that answers it, for sending and for the DNS check. */
import { hasSenderRole, objectAt, personsOf, senderMode, stringAt } from './config/model';
import type { JsonPath } from './types';

export interface SenderAddress {
  /** The defined sender's name, or the person's name (or "Person 2"). */
  name?: string;
  address: string;
  /** Where the address is in the file. */
  path: JsonPath;
  /** The person's Citrix ID, in person-register mode. */
  citrixId?: string;
  /** The username field beside the address (an own server's login; `xxx` in the hosted service). */
  username?: string;
}

/**
 * docs/contract.md §7: `sender.address` when the sender is `defined`; in `personRegister` mode, each person that
 * can send (the Sähköpostilähettäjä role and an e-mail address). Empty addresses are nobody's.
 */
export function senderAddresses(config: unknown): SenderAddress[] {
  const mode = senderMode(config);
  if (mode === 'defined') {
    const sender = objectAt(config, 'sender');
    const address = stringAt(sender, 'address');
    if (!address) return [];
    const username = stringAt(sender, 'username');
    return [{ name: stringAt(sender, 'name'), address, path: ['sender', 'address'], username }];
  }
  if (mode !== 'personRegister') return [];
  return personsOf(config).flatMap((view) => {
    const address = stringAt(view.email, 'address');
    if (!view.email || !hasSenderRole(view.person) || !address) return [];
    return [
      {
        name: view.label.en,
        address,
        path: [...view.path, 'email', 'address'],
        citrixId: stringAt(view.email, 'username'),
        username: stringAt(view.email, 'smtpUsername'),
      },
    ];
  });
}
