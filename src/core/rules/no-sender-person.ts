import { ruleMessages } from './rule';
import type { Rule, RuleReport } from './rule';
import { hasSenderRole, personsOf, senderMode, SENDER_ROLE } from '../config/model';

/** How many persons the problem lists, each with what it lacks, before "…and N more". */
const RELATED_PERSONS = 10;

const { messages, message } = ruleMessages('no-sender-person', {
  more: {
    en: { one: '…and {count} more person without both', other: '…and {count} more persons without both' },
    fi: {
      one: '…ja {count} muu henkilö ilman kumpaakin',
      other: '…ja {count} muuta henkilöä ilman kumpaakin',
    },
  },
  'no-email': { en: '{person}: no e-mail settings', fi: '{person}: ei sähköpostitietoja' },
  'no-role': { en: '{person}: no role {role}', fi: '{person}: ei roolia {role}' },
  none: {
    en: 'With the person-register sender, at least one person needs the role {role} and e-mail settings (Asetukset → Henkilörekisteri).',
    fi: 'Henkilörekisterin lähettäjä vaatii vähintään yhden henkilön, jolla on rooli {role} ja sähköpostitiedot (Asetukset → Henkilörekisteri).',
  },
});

export const noSenderPerson: Rule = {
  id: 'no-sender-person',
  messages,
  defaultSeverity: 'error',
  fixable: false,
  needsWholeFile: true,
  description: {
    en: `Person-register mode needs a person with the role ${SENDER_ROLE} and e-mail settings.`,
    fi: `Henkilörekisteritila tarvitsee henkilön, jolla on rooli ${SENDER_ROLE} ja sähköpostitiedot.`,
  },
  check({ config, report }) {
    if (senderMode(config) !== 'personRegister') return;
    const persons = personsOf(config);
    if (persons.some((view) => view.email && hasSenderRole(view.person))) return;
    // The first few persons, each with what it lacks (a file of 270,000 listed them all).
    const related: NonNullable<RuleReport['related']> = persons.slice(0, RELATED_PERSONS).map((view) => ({
      target: { at: 'value', path: view.path },
      message: view.email
        ? message('no-role', { person: view.label, role: SENDER_ROLE })
        : message('no-email', { person: view.label }),
    }));
    const more = persons.length - RELATED_PERSONS;
    if (more > 0)
      related.push({
        target: { at: 'value', path: ['persons'] },
        message: message('more', { count: more }),
      });
    report({
      target: { at: 'value', path: ['sender', 'mode'] },
      message: message('none', { role: SENDER_ROLE }),
      related,
    });
  },
};
