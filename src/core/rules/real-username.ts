import { SHADOWED_NOTE } from './credentials';
import { ruleMessages } from './rule';
import { inBothLanguages } from '../catalog';
import { MESSAGES, msg, type MessageId } from '../messages';
import { namesAMailService } from '../own-server/profile';
import { realCredentials, type RealCredential } from './credentials';
import { CITRIX_ID, PLACEHOLDER, personsOf, stringAt } from '../config/model';
import type { Rule } from './rule';

const { messages, message } = ruleMessages('real-username', {
  fix: {
    en: 'Replace the username with {placeholder}',
    fi: 'Korvaa käyttäjätunnus merkeillä {placeholder}',
  },
  found: {
    en: '{label} holds {holds}: never your own username; Nova expects the placeholder {placeholder} ({screen}).',
    fi: '{label} sisältää {holds}: ei koskaan omaa tunnusta; Nova odottaa paikkamerkkiä {placeholder} ({screen}).',
  },
  shadowed: {
    en: `{label} holds {holds}: never your own username; Nova expects the placeholder {placeholder} ({screen}).${SHADOWED_NOTE.en}`,
    fi: `{label} sisältää {holds}: ei koskaan omaa tunnusta; Nova odottaa paikkamerkkiä {placeholder} ({screen}).${SHADOWED_NOTE.fi}`,
  },
});

export const realUsername: Rule = {
  id: 'real-username',
  messages,
  defaultSeverity: 'error',
  fixable: true,
  profiles: ['hosted'],
  description: {
    en: 'An SMTP username field holds something other than the placeholder xxx.',
    fi: 'SMTP-käyttäjätunnuskentässä on muuta kuin paikkamerkki xxx.',
  },
  check(context) {
    let citrixIds: Set<string> | undefined; // only needed once a real username turns up
    const isSomeonesCitrixId = (value: string) =>
      (citrixIds ??= new Set(
        personsOf(context.config).flatMap((view) => stringAt(view.email, 'username')?.toLowerCase() ?? []),
      )).has(value.toLowerCase());
    // An own-server Nova whose profile is missing: its login is no hosted credential, and
    // smtp-server says the one thing to do (add the profile).
    if (namesAMailService(context.config)) return;
    for (const found of realCredentials(context, 'username')) {
      const holds = whatItHolds(found, isSomeonesCitrixId);
      context.report({
        target: found.target,
        message: message(found.shadowed ? 'shadowed' : 'found', {
          label: found.label,
          holds: inBothLanguages(MESSAGES, msg(holds)),
          screen: found.screen,
          placeholder: PLACEHOLDER,
        }),
        fix: { title: message('fix', { placeholder: PLACEHOLDER }), action: found.fix },
      });
    }
  },
};

/** What kind of value it is, never the value itself. */
function whatItHolds(found: RealCredential, isSomeonesCitrixId: (value: string) => boolean): MessageId {
  const value = found.value;
  if (typeof value !== 'string') return 'holds.value';
  if (value.includes('@')) return 'holds.address';
  if (CITRIX_ID.test(value)) {
    if (found.citrixId !== undefined && value.toLowerCase() === found.citrixId.toLowerCase())
      return 'holds.own-citrix-id';
    if (isSomeonesCitrixId(value)) return 'holds.citrix-id';
  }
  return 'holds.username';
}
