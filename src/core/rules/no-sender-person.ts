import type { Rule, RuleReport } from './rule';
import { hasSenderRole, personsOf, senderMode, SENDER_ROLE } from './model';
import { msg } from '../messages';

/** How many persons the problem lists, each with what it lacks, before "…and N more". */
const RELATED_PERSONS = 10;

export const noSenderPerson: Rule = {
  id: 'no-sender-person',
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
        ? msg('no-sender-person.no-role', { person: view.label, role: SENDER_ROLE })
        : msg('no-sender-person.no-email', { person: view.label }),
    }));
    const more = persons.length - RELATED_PERSONS;
    if (more > 0)
      related.push({
        target: { at: 'value', path: ['persons'] },
        message: msg('no-sender-person.more', { count: more }),
      });
    report({
      target: { at: 'value', path: ['sender', 'mode'] },
      message: msg('no-sender-person.none', { role: SENDER_ROLE }),
      related,
    });
  },
};
